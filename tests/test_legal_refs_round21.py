"""Legal references, round 21: missed and false references in families no legal round had read
(``data/probe/probe15_legal.jsonl``).

Each kind below is seen in two documents or more of probe 15. Each probe text is copied verbatim from its probe file;
the address it was copied from is checked against that file.

Fixed kinds:
- a missed name: UNTOC's title with its words in another order and without "Transnational", "the Convention on
  Organized Crime" (an analysis of the Trafficking Protocol's general provisions; a page on mutual legal assistance),
  read as no instrument because "the Convention on ..." is another treaty's generic form;
- a false article: a bare article beside an untied "the Protocol" / "This Protocol" in a document about no Protocol (no
  instrument, or UNTOC), read as UNTOC's: "The Protocol facilitates the repatriation of victims through article 8",
  "In accordance with its article 16, the Protocol will be open for signature" (the UN treaty collection), "This
  Protocol shall enter into force on it in article 18" (a law approving the Firearms Protocol), "Articles 1, 2 and 4 set
  out the relationship between the Protocol and its parent instrument, the UN Convention ...". The article is the
  Protocol's, which such a document cannot name; a Protocol document reads it as its own, as before. Found by the
  grouping: two E4J module texts of probe 13 ("The purposes of the Protocol are prescribed in article 2:", "Article 6
  sets out conduct to be criminalized in accordance with the Protocol:").
- a missed capitalized provision after a name of the list, in a text naming no other treaty: "While the Palermo
  Protocol does not include articles relating to enforcement, Article 32 of the Convention contains ..." (a law note),
  "In the Organized Crime Convention, Article 18 is devoted to mutual legal assistance" (a page on mutual legal
  assistance), and, found by the grouping, UNODC's page on UNCAC ("especially on Article 44 (Extradition) and 46 ... of
  the Convention", probe 6). The capital was read as a Council of Europe or EU text's.
The near misses keep the Protocol document's reading, a provision "of the Protocol" beside "the Convention", the
review mechanism's lists of articles of named instruments, and another treaty's "Convention Against ...".
"""

from __future__ import annotations

from tests.legal_support import probe_round_tests

P15 = "probe15_legal.jsonl"
ANALYSIS = "https://th20.ilovetranslation.com/C1-3LW3xnKi6BTOBqL6SXW==d"
REPATRIATION = "https://th20.ilovetranslation.com/X8CPzQ7PP5PvTfLcizIjn6==d"
MLA_BLOG = "https://mikeslife.com/wp/index.php/2020/12/02/agreement-on-mutual-legal-assistance-in-criminal-matters/"
UNTC_STATUS = "https://treaties.un.org/Pages/ShowMTDSGDetails.aspx?src=UNTSONLINE&tabid=2&mtdsg_no=XVIII-12-a&chapter=18&lang=en"
LV_FIREARMS = (
    "https://www.global-regulation.com/translation/latvia/7834163/the-united-nations-convention-against-transnational-"
    "organized-crime%252c-of-the-protocol-on-firearms%252c-their-parts-and-components-and-ammunition-of-ill.html"
)
DOCEST = (
    "https://docest.com/doc/336379/protocol-to-prevent-suppress-and-punish-trafficking-in-persons-especially-women-and-children"
)
LASTRADA = "https://www.lastradainternational.org/news/constructive-dialogues-un-review-mechanism/"
UNDCP = "http://derechos.org/nizkor/corru/doc/mutassist1.html"
ENFORCEMENT = "https://th4.ilovetranslation.com/0dO5rj9M0dN6BTOBqL6SXW==d"
MLA_BLOG_18 = "http://www.moondezigns.com/agreement-on-mutual-legal-assistance-in-criminal-matters"
FT_UNCAC = "https://www.unodc.org/unodc/en/ft-uncac/focus-areas/international-cooperation.html"
P029 = "https://www.girlsrightsplatform.org/es/entity/3k6xxdf9bx2"
ILO_4325316 = (
    "http://ilo.ch/dyn/normlex/de/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A4325316%2Cen%3ANO"
)
E4J_M6 = "https://sherloc.unodc.org/cld/ru/education/tertiary/tip-and-som/module-6/key-issues/international-legal-framework.html"
E4J_SOM_M1 = (
    "https://sherloc.unodc.org/cld/ar/education/tertiary/tip-and-som/module-1/key-issues/offences-under-the-protocol.html"
)

ANALYSIS_TEXT = (
    "The first article of the Protocol outlines the relationship between the Convention on Organized Crime and the Protocol."
)
MLA_TEXT = (
    "The relationship between bilateral and multilateral treaties on international mutual legal assistance is addressed"
    " in the Convention on Organized Crime."
)
REPATRIATION_TEXT = "The Protocol facilitates the repatriation of victims through article 8."
UNTC_TEXT = (
    "In accordance with its article 16, the Protocol will be open for signature by all States and by regional economic"
    " integration organizations, provided that at least one Member State of such organization has signed the Protocol,"
    " from 12 to 15 December 2000 at the Palazzi di Giustizia in Palermo, Italy, and thereafter at United Nations"
    " Headquarters in New York until 12 December 2002."
)
LV_TEXT = (
    "4. article. This Protocol shall enter into force on it in article 18 within the time and in order, and the Ministry"
    ' of Foreign Affairs shall notify the newspaper "journal".'
)
DOCEST_TEXT = (
    "Articles 1, 2 and 4 set out the relationship between the Protocol and its parent instrument, the UN Convention"
    " against Transnational Organized Crime, the basic purpose of the Protocol and its scope of application."
)
OFFENCES_TEXT = (
    "3)The offences established in article 5 of the Protocol shall be regarded as offences as established in accordance"
    " with the Convention"
)
LASTRADA_TEXT = (
    "Currently there is a review around Cluster 1 which focuses on “criminalisation.” This means states are being"
    " reviewed against Articles 3 and 5 of the Trafficking in Persons Protocol; Articles 3, 5 and 6 of the Smuggling of"
    " Migrants Protocol; and Articles 2, 5, 6, 8, 9, 10, 15 and 23 of UNTOC."
)
UNDCP_TEXT = (
    'UNDCP\'s Legal Advisory Programme organized an informal expert working group ("EWG") of mutual legal assistance'
    " practitioners from central authorities designated under article 7 of the United Nations Convention Against Illicit"
    ' Traffic in Narcotic Drugs and Psychotropic Substances, 1988 ("the 1988 Convention").'
)

ENFORCEMENT_TEXT = (
    "While the Palermo Protocol does not include articles relating to enforcement, Article 32 of the Convention contains"
    " mechanisms for implementation and enforcement by establishing a Conference of the Parties to the Convention."
)
MLA_18_TEXT = (
    "In the Organized Crime Convention, Article 18 is devoted to mutual legal assistance and the text consists of 30"
    " paragraphs, the longest article of the entire Convention."
)
FT_UNCAC_TEXT = (
    "Nearly all the UNCAC States Parties have received recommendations under Chapter IV of the Convention in the context"
    " of the Implementation Review Mechanism, especially on Article 44 (Extradition) and 46 (Mutual Legal Assistance) of"
    " the Convention."
)
P029_TEXT = (
    "Recalling that the definition of forced or compulsory labour under Article 2 of the Convention covers forced or"
    " compulsory labour in all its forms and manifestations and is applicable to all human beings without distinction,"
    " and"
)
ILO_TEXT = (
    "Moreover, while the legislation in some manner prohibits forced labour and trafficking in persons, the provisions,"
    " which do not offer the maximum protection and penalties, are not stringent as required by Article 25 of the"
    " Convention."
)

NO_PROTOCOL = (None, "UNTOC")  # the readings of a document about no Protocol
EVERY_READING = (None, "TIP_PROTOCOL", "SOM_PROTOCOL", "UNTOC")

# (probe file, source, text, about_instrument, the references it yields): each wrong on main
FIXED = [
    # "the Convention on Organized Crime": UNTOC
    *((P15, ANALYSIS, ANALYSIS_TEXT, about, {"UNTOC"}) for about in NO_PROTOCOL),
    (P15, ANALYSIS, ANALYSIS_TEXT, "TIP_PROTOCOL", {"TIP_PROTOCOL", "UNTOC"}),
    *((P15, MLA_BLOG, MLA_TEXT, about, {"UNTOC"}) for about in EVERY_READING),
    # a bare article beside an untied "the Protocol" of a document about no Protocol: the Protocol's
    *((P15, REPATRIATION, REPATRIATION_TEXT, about, set()) for about in NO_PROTOCOL),
    *((P15, UNTC_STATUS, UNTC_TEXT, about, set()) for about in NO_PROTOCOL),
    *((P15, LV_FIREARMS, LV_TEXT, about, set()) for about in NO_PROTOCOL),
    *((P15, DOCEST, DOCEST_TEXT, about, {"UNTOC"}) for about in NO_PROTOCOL),
    # found by the grouping: two E4J module texts of probe 13, read as UNTOC's articles 2 and 6 there
    *(
        ("probe13_legal.jsonl", E4J_M6, "The purposes of the Protocol are prescribed in article 2:", about, set())
        for about in NO_PROTOCOL
    ),
    *(
        (
            "probe13_legal.jsonl",
            E4J_SOM_M1,
            "Article 6 sets out conduct to be criminalized in accordance with the Protocol:",
            about,
            set(),
        )
        for about in NO_PROTOCOL
    ),
]

FIXED += [
    # a capitalized provision after a name of the list, in a text naming no other treaty: the list's
    *((P15, ENFORCEMENT, ENFORCEMENT_TEXT, about, {"TIP_PROTOCOL", "UNTOC", "UNTOC art. 32"}) for about in EVERY_READING),
    *((P15, MLA_BLOG_18, MLA_18_TEXT, about, {"UNTOC", "UNTOC art. 18"}) for about in EVERY_READING),
    # found by the grouping: UNODC's page on UNCAC (probe 6), its Article 44 missed
    *(("probe6_legal.jsonl", FT_UNCAC, FT_UNCAC_TEXT, about, {"UNCAC", "UNCAC art. 44"}) for about in EVERY_READING),
]

# Probe texts read as before: (probe file, source, text, about_instrument, references)
NEAR_MISSES = [
    # a Protocol document reads its "the Protocol" and the bare article as its own
    (P15, REPATRIATION, REPATRIATION_TEXT, "TIP_PROTOCOL", {"TIP_PROTOCOL", "TIP_PROTOCOL art. 8"}),
    (P15, LV_FIREARMS, LV_TEXT, "SOM_PROTOCOL", {"SOM_PROTOCOL", "SOM_PROTOCOL art. 18"}),
    # a provision "of the Protocol" is no bare article; "the Convention" beside it is still UNTOC
    *((P15, ANALYSIS, OFFENCES_TEXT, about, {"UNTOC"}) for about in NO_PROTOCOL),
    # named instruments: their lists of articles, whatever the document
    *(
        (
            P15,
            LASTRADA,
            LASTRADA_TEXT,
            about,
            {
                "TIP_PROTOCOL art. 3",
                "TIP_PROTOCOL art. 5",
                "SOM_PROTOCOL art. 3",
                "SOM_PROTOCOL art. 5",
                "SOM_PROTOCOL art. 6",
                *(f"UNTOC art. {article}" for article in (2, 5, 6, 8, 9, 10, 15, 23)),
            },
        )
        for about in EVERY_READING
    ),
    # a capitalized provision with no name of the list before it: another treaty's (the ILO's), as before
    *(("probe14_legal.jsonl", P029, P029_TEXT, about, set()) for about in EVERY_READING),
    *(("probe7_legal.jsonl", ILO_4325316, ILO_TEXT, about, set()) for about in EVERY_READING),
    # another treaty's "Convention Against ...": still not normalized
    *((P15, UNDCP, UNDCP_TEXT, about, set()) for about in NO_PROTOCOL),
]

test_round21_fixed, test_round21_near_misses, test_probe_files_hold_the_cases = probe_round_tests(FIXED, NEAR_MISSES)
