"""Legal references, round 18: another treaty's "the Convention" beside "the Committee"; a decimal article number;
the "TIP Protocol" short form.

Real text no rule had been written from (``data/probe/probe13_legal.jsonl``, committed before the tagger read it:
treaty bodies, Special Rapporteurs, resolutions, UNODC guides and commentaries) and the texts round 17 left in
``data/probe/probe12_legal.jsonl``. Each probe text is copied verbatim; the address it was copied from is checked
against its probe file. Every kind is seen in two documents or more.

Fixed kinds:
- "the Committee" on its own is a treaty body or the Lanzarote Committee, never a UN crime treaty's body (their
  bodies are Conferences of the Parties, the drafting body "the Ad Hoc Committee"): the text's "the Convention" is that
  treaty's, no ``UNTOC`` ("The Convention establishes three other mechanisms through which the Committee performs its
  monitoring functions", ICERD; "the Committee organises ... hearings ... raised by the implementation of the
  Convention", two Lanzarote Committee pages);
- a decimal article number is the article's paragraph: "Article 6.2 of the Protocol" is ``art. 6(2)`` of the
  document's Protocol (it was ``art. 6`` and a second, bare ``TIP_PROTOCOL``), and "Art. 2.1 of Directive
  2011/36/EU" is the Directive's (it was read as the document's instrument's ``art. 2``);
- "TIP Protocol" is the Trafficking Protocol (UNODC's draft model law slides; "also referred to as the Trafficking
  Protocol or UN TIP Protocol").
The near misses keep a named Protocol's articles beside "The Committee of Ministers", an article number followed by a
numbered paragraph of its text ("Article 9 of the Protocol: 1. States Parties shall"), and "TIP" alone.
"""

from __future__ import annotations

from tests.legal_support import probe_round_tests

ICERD = "https://fr.scribd.com/document/442713163/Mechanism-International-Convention-on-the-Elimination-of-All-Forms-of-Racial-Discrimination"
LANZAROTE_COE = "https://www.coe.int/sl/web/children/lanzarote-committee"
LANZAROTE_UNIPD = (
    "https://unipd-centrodirittiumani.it/en/pages/the-committee-of-the-parties-to-the-convention-on-the-protection-of-children-against"
    "-sexual-exploitation-and-sexual-abuse"
)
BARNAHUS = "https://barnahus.eu/en/?p=1411"
EJTN = "https://pdfslide.us/documents/key-concepts-ejtn.html"
DRAFT_MODEL_LAW = "https://studylib.net/doc/15241217/unodc-draft-model-legislation-on-trafficking-in-persons"
PACE_9553 = "https://assembly.coe.int/nw/xml/XRef/X2H-Xref-ViewHTML.asp?FileID=9849&lang=EN"
ASEAN_2023 = (
    "https://vietnam.vnanet.vn/english/tin-van/asean-leaders-issue-declaration-on-combating-trafficking-in-persons-330685.html"
)

ICERD_TEXT = "The Convention establishes three other mechanisms through which the Committee performs its\nmonitoring functions:"
LANZAROTE_COE_TEXT = (
    "In this regard, the Committee organises capacity-building activities in which information is exchanged and hearings"
    " are held on specific challenges raised by the implementation of the Convention."
)
LANZAROTE_UNIPD_TEXT = (
    "Within this framework, the Committee organises activities aimed at exchanging information and holding hearings on"
    " specific issues raised by the implementation of the Convention."
)
DECIMAL_TEXT = (
    "Article 6.2 of the Protocol Each State Party shall ensure that its domestic legal or administrative system contains"
    " measures that provide to victims of trafficking in persons, in appropriate cases:.. (b) Assistance to enable their"
    " views and concerns to be presented and considered at appropriate stages of criminal proceedings against offenders,"
    " in a manner not prejudicial to the rights of the defence."
)
DIRECTIVE_TEXT = (
    "Art. 2.1 of Directive 2011/36/EU (hereinafter, the Anti-Trafficking Directive) includes three\n\nconstitutive"
    " elements of this crime: acts, means and purpose."
)
TIP_TEXT = "Objectives of UNODC Draft ML\nClosely Follow “Purposes” of TIP Protocol (Art.2)"

# (probe file, source, text, about_instrument, the references it yields): each wrong on main
FIXED = [
    # a treaty body's or the Lanzarote Committee's "the Convention": no UNTOC, with no instrument or with UNTOC
    *(
        (probe, source, text, about, set())
        for probe, source, text in [
            ("probe13_legal.jsonl", ICERD, ICERD_TEXT),
            ("probe12_legal.jsonl", LANZAROTE_COE, LANZAROTE_COE_TEXT),
            ("probe12_legal.jsonl", LANZAROTE_UNIPD, LANZAROTE_UNIPD_TEXT),
        ]
        for about in (None, "UNTOC")
    ),
    # a decimal article number: the article's paragraph
    ("probe13_legal.jsonl", BARNAHUS, DECIMAL_TEXT, "TIP_PROTOCOL", {"TIP_PROTOCOL art. 6(2)"}),
    ("probe13_legal.jsonl", BARNAHUS, DECIMAL_TEXT, "SOM_PROTOCOL", {"SOM_PROTOCOL art. 6(2)"}),
    ("probe13_legal.jsonl", BARNAHUS, DECIMAL_TEXT, None, set()),
    *(("probe12_legal.jsonl", EJTN, DIRECTIVE_TEXT, about, set()) for about in (None, "TIP_PROTOCOL", "UNTOC")),
    # "TIP Protocol"
    *(
        ("probe12_legal.jsonl", DRAFT_MODEL_LAW, TIP_TEXT, about, {"TIP_PROTOCOL", "TIP_PROTOCOL art. 2"})  # "(Art.2)": round 19
        for about in (None, "TIP_PROTOCOL", "UNTOC")
    ),
]

# Probe texts read as before: (probe file, source, text, about_instrument, references)
NEAR_MISSES = [
    # "The Committee of Ministers" marks a Council of Europe text, but a named Protocol's articles are that Protocol's
    (
        "probe6_legal.jsonl",
        PACE_9553,
        "The Committee of Ministers however recognises the international definition of trafficking given in Article 3 of the"
        " Protocol to Prevent, Suppress and Punish Trafficking in Persons, especially Women and Children, supplementing the"
        " United Nations Convention against Trans-national Organized Crime (Palermo, 2000). Under Article 5 of that protocol,"
        " states parties are obliged to establish as criminal offences the acts set out in Article 3. These include"
        " trafficking in human beings for the purpose of exploitation, including forced labour or slavery.",
        None,
        {"TIP_PROTOCOL art. 3", "TIP_PROTOCOL art. 5"},
    ),
    # an article number, then the first numbered paragraph of its text: the article alone, as before
    (
        "probe13_legal.jsonl",
        BARNAHUS,
        "Article 9 of the Protocol: 1. States Parties shall establish comprehensive policies, programmes and other measures:",
        "TIP_PROTOCOL",
        {"TIP_PROTOCOL art. 9"},
    ),
    # "TIP" alone is the subject, not the Protocol
    (
        "probe11_modality.jsonl",
        ASEAN_2023,
        "Under the declaration, the leaders agreed to strengthen regional efforts to identify trafficked or potential victims;"
        " promote the effective implementation of the existing ASEAN instruments related to TIP, such as the ACTIP, to"
        " maintain their relevance and adaptability in the context of emerging and future challenges; and encourage setting"
        " a minimum standard of protection at the regional level for a victim of TIP.",
        "TIP_PROTOCOL",
        set(),
    ),
]


test_round18_fixed, test_round18_near_misses, test_probe_files_hold_the_cases = probe_round_tests(FIXED, NEAR_MISSES)
