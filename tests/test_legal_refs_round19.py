"""Legal references, round 19: kinds earlier rounds left one document at a time, grouped across rounds.

Grouped from every legal section's "left" list of ``data/probe/README.md``; each kind below is seen in two documents
or more once the rounds' leftovers are put together. Each probe text is copied verbatim from its probe file; the
address it was copied from is checked against that file.

Fixed kinds:
- another treaty's untied "the Convention" beside the regional body that made it: "the Council of Europe" (Latvia's
  laws approving CETS 197 and CETS 201: "inform the Secretary General of the Council of Europe", whose "article 31 of
  the Convention" was read as ``UNTOC art. 31``), "ASEAN Member State" (ACTIP's entry into force), and "evaluation
  round", the monitoring cycle of GRETA, GRECO and MONEYVAL (GRETA on Latvia 2025; the UN crime treaties' review
  mechanism runs in review cycles): no ``UNTOC``, read with no instrument or with ``UNTOC``;
- a bare bracketed "(Art.2)" / "(as defined in Art. 3)" after the one listed Protocol a slide names is that
  Protocol's article (UNODC's draft model law slides, a slideplayer deck on the Smuggling Protocol), and the
  abbreviation may be glued to its number ("Art.2"); before, the capital in brackets was read as a Council of Europe
  or EU text's and the article dropped.
The near misses keep "the Convention" of a G77 statement to the UNTOC Conference ("efforts made by the Parties"),
a named Protocol beside "the Council of Europe Convention", and a bracketed "(Art. 4, para. 1)" with no listed
instrument named (an ILO manual).
"""

from __future__ import annotations

from tests.legal_support import probe_round_tests

LV_CETS197 = (
    "https://www.global-regulation.com/translation/latvia/7832927/for-the-council-of-europe-convention-on-the-fight-against"
    "-human-trafficking.html"
)
LV_CETS201 = (
    "https://www.global-regulation.com/translation/latvia/7838188/for-the-council-of-europe-convention-on-the-protection-of"
    "-children-against-sexual-exploitation-and-sexual-abuse.html"
)
ASEAN_2017 = "https://asean.org/a-step-closer-for-entry-into-force-of-the-asean-convention-against-trafficking-in-persons/"
COE_LATVIA = "https://coe.int/en/web/anti-human-trafficking/all-news"
DRAFT_MODEL_LAW = "https://studylib.net/doc/15241217/unodc-draft-model-legislation-on-trafficking-in-persons"
SLIDEPLAYER = "https://slideplayer.com./amp/16383091"
G77_COP8 = "http://www.g77.org/vienna/UNODCCONFPAR8.html"
HEUNI = "https://issuu.com./heuni/docs/policybrief_residence_permits_on_humanitarian_grou"
ILO_MANUAL = "https://fliphtml5.com/ihvg/qjam/A_TRAINING_MANUAL_FOR_-_International_Labour_Organization/19/"

CETS197_TEXT = (
    "In accordance with article 31 of the Convention, paragraph 2 of the Ministry of Foreign Affairs shall inform the"
    " Secretary General of the Council of Europe, that the Republic of Latvia will not apply the jurisdiction of article"
    ' 31 of the Convention paragraph 1 of "d" and "e" provisions.'
)
CETS201_TEXT = (
    "In accordance with article 37 of the Convention, paragraph 2 of the Ministry of Foreign Affairs shall inform the"
    " Secretary General of the Council of Europe, that article 37 of the Convention referred to in paragraph 1 the"
    " institution responsible for the provision of data is the State police."
)
ASEAN_TEXT = (
    "The Convention will enter into force on the 30th day upon the submission of the Instrument of Ratification by the"
    " sixth ASEAN Member State."
)
COE_LATVIA_TEXT = (
    "This evaluation round of monitoring the implementation of the Convention focuses on vulnerabilities to human"
    " trafficking and measures taken by States Parties to prevent them, detect and support vulnerable victims, and punish"
    " the offenders."
)
TIP_TEXT = "Objectives of UNODC Draft ML\nClosely Follow “Purposes” of TIP Protocol (Art.2)"
SOM_DEFINED_TEXT = (
    "Criminalization Art. 6 of the Migrant Smuggling Protocol requires States to criminalize migrant smuggling (as defined"
    " in Art. 3) “Smuggling of migrants” shall mean: the procurement of the illegal entry of a person into a State Party"
    " of which the person is not a national or a permanent resident, in order to obtain a financial or other material"
    " benefit"
)
SOM_OBJECTIVES_TEXT = (
    "Objectives of the Migrant Smuggling Protocol Prevent and combat the smuggling of migrants Protect the rights of"
    " smuggled migrants Promote cooperation between states (Art.2)"
)

# (probe file, source, text, about_instrument, the references it yields): each wrong on main
FIXED = [
    # a regional body or its monitoring rounds beside the untied "the Convention": no UNTOC
    *(
        (probe, source, text, about, set())
        for probe, source, text in [
            ("probe8_legal.jsonl", LV_CETS197, CETS197_TEXT),
            ("probe8_legal.jsonl", LV_CETS201, CETS201_TEXT),
            ("probe12_legal.jsonl", ASEAN_2017, ASEAN_TEXT),
            ("probe13_legal.jsonl", COE_LATVIA, COE_LATVIA_TEXT),
        ]
        for about in (None, "UNTOC")
    ),
    # a bracketed article after the one Protocol named: that Protocol's, whatever the document
    *(
        ("probe12_legal.jsonl", DRAFT_MODEL_LAW, TIP_TEXT, about, {"TIP_PROTOCOL", "TIP_PROTOCOL art. 2"})
        for about in (None, "TIP_PROTOCOL", "UNTOC")
    ),
    *(
        ("probe9_legal.jsonl", SLIDEPLAYER, SOM_DEFINED_TEXT, about, {"SOM_PROTOCOL art. 6", "SOM_PROTOCOL art. 3"})
        for about in (None, "SOM_PROTOCOL", "TIP_PROTOCOL")
    ),
    ("probe9_legal.jsonl", SLIDEPLAYER, SOM_OBJECTIVES_TEXT, None, {"SOM_PROTOCOL", "SOM_PROTOCOL art. 2"}),
]

# Probe texts read as before: (probe file, source, text, about_instrument, references)
NEAR_MISSES = [
    # "the Parties" of the UNTOC Conference: its "the Convention" stays UNTOC (no "Parties" marker was added)
    (
        "probe10_modality.jsonl",
        G77_COP8,
        "We also acknowledge the efforts made by the Parties in promoting the implementation of the Convention and its"
        " Protocols and encourage all Parties to continue to strengthen such efforts.",
        None,
        {"UNTOC"},
    ),
    # "the Council of Europe Convention" beside the named Trafficking Protocol: the name is still read
    (
        "probe7_legal.jsonl",
        HEUNI,
        "The United Nations Protocol to Prevent, Suppress and Punish Trafficking in Persons Especially Women and Children"
        " (The Protocol) and the Council of Europe Convention on Action against Trafficking in Human Beings (The CoE"
        " Convention) both presume that the return of victims to their country of origin is the expected outcome.",
        "TIP_PROTOCOL",
        {"TIP_PROTOCOL"},
    ),
    # a bracketed capital article with no listed instrument named: an ILO convention's, none
    (
        "probe11_legal.jsonl",
        ILO_MANUAL,
        "The “imposition of forced or compulsory labour for the benefit of private individuals, companies or associations”"
        " was prohibited immediately (Art. 4, para. 1), but forced labour imposed by public authorities was not outlawed"
        " outright.",
        None,
        set(),
    ),
]


test_round19_fixed, test_round19_near_misses, test_probe_files_hold_the_cases = probe_round_tests(FIXED, NEAR_MISSES)
