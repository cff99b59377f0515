"""Legal references, round 27: a provision with its instrument's name after a comma, and a translation's title of
UNTOC (probe 31).

Probe 31 (``data/probe/probe31_legal.jsonl``) reads texts from documents no round had read: UNODC pages and issue
papers, COP and IRG documents, a GA resolution, Austria's 2014 proclamation on UNTOC's scope, the UN treaty status of
UNTOC, guides, and near misses of the same words (the OECD Convention, the 1988 Convention, the CRC). Two kinds it
found each in two documents, both fixed:
- a provision whose instrument is named after a comma, as a citation writes it: "(Article 3, Smuggling of Migrants
  Protocol)" (UNODC's observatory on smuggling of migrants) and "Mandatory provision based on Article 3, trafficking
  Protocol" (UNODC's draft model law slides, probe 12): the name was read and the article dropped. Only a name of the
  list counts, never "the Protocol", and only without "the" ("under Article 2, Law 4228/2014" and "Article 2(2),
  Article 8(4) and Article 14(1) of Framework Decision 2001/220/JHA" stay unread; "(Article 51, UNCAC)" was read).
- the machine translation of Austria's proclamations on UNTOC's scope (BGBl. III No. 176/2012, probe 16; No.
  232/2014, probe 31): "the Convention of the United Nations against the transnational organi[sz]ed crime", and its
  "article 35 § 3" ("§" a paragraph word; the US Code's "§§1581, 1583" beside no article stays unread).
"""

from __future__ import annotations

from tests.legal_support import probe_round_tests

NO_INSTRUMENT = None
PROBE = "probe31_legal.jsonl"
SOM_OBSERVATORY = "https://unodc.org/unodc/en/data-and-analysis/som-observatory.html"
DRAFT_ML = "https://studylib.net/doc/15241217/unodc-draft-model-legislation-on-trafficking-in-persons"
AT_2014 = (
    "https://www.global-regulation.com/translation/austria/2995030/scope-of-the-convention-of-the-united-nations-against"
    "-the-transnational-organized-crime.html"
)
AT_2012 = (
    "https://www.global-regulation.com/translation/austria/2996968/scope-of-the-convention-of-the-united-nations-against"
    "-the-transnational-organized-crime.html"
)
CSO_AR = "https://cso.assetrecovery.org/guide/background"
GREEK_NPM = "https://fdocument.org/document/national-preventive-against-torture-and-ill-treatment-2018-12-07-processing-and.html"
DIRECTIVE_19 = "https://legislation.gov.uk/eudr/2011/93/article/19/adopted/data.xht?view=snippet&wrap=true"
NYLJ = (
    "https://www.law.com/newyorklawjournal/2024/04/11/d-c-circuit-upholds-standing-in-forced-child-labor-case-but-limits"
    "-scope-of-what-constitutes-a-venture/"
)

SOM_DEFINITION = (
    "“the procurement, in order to obtain, directly or indirectly, a financial or other material benefit, of the illegal"
    " entry of a person into a State Party of which the person is not a national or a permanent resident.” (Article 3,"
    " Smuggling of Migrants Protocol)"
)
DRAFT_ML_OFFENCE = (
    "UNODC Draft ML on TIP - The Trafficking Offence\nMandatory provision based on Article 3, trafficking\nProtocol,"
    " elements include:"
)
AT_2014_SCOPE = (
    "After messages of the Secretary-General of the United Nations, following further States have their instruments of"
    " ratification or accession to the Convention of the United Nations against the transnational organised crime"
    " (Federal Law Gazette III No. 84/2005, last proclamation of the scope BGBl. III No. 294/2013) deposited:"
)
AT_2012_ANDORRA = (
    "In accordance with article 35 § 3 of the Convention of the United Nations against the transnational organized crime,"
    " adopted explains the Principality of Andorra on 15 November 2000 in New York, that's bound considered para 2 is on"
    " the obligation under article 35, in the sense that the consent of all parties is necessary to submit a dispute to"
    " the International Court of Justice."
)
CSO_PRINCIPLE = (
    "The United Nations Convention against Corruption (UNCAC) explicitly states asset recovery as a fundamental principle"
    " of the Convention (Article 51, UNCAC) and dedicates an entire chapter to asset recovery (Chapter V) In addition, the"
    " Conference of the States Parties to UNCAC established an open-ended intergovernmental working group on asset"
    " recovery that has met regularly since 2007.* This chapter outlines, inter alia, measures to be taken for the"
    " prevention and detection of transfers of proceeds of crime (Article 52); measures for direct recovery of property"
    " (Article 53); mechanisms for recovery of property through international cooperation in confiscation a"
)
GREEK_LAW = (
    "This report reflects the activities of the Greek Ombudsman in 2016, as the National Torture Preventive Mechanism, in"
    " accordance with its competence under Article 2, Law 4228/2014."
)
DIRECTIVE_VICTIMS = (
    "4.Child victims of any of the offences referred to in Articles 3 to 7 shall be considered as particularly vulnerable"
    " victims pursuant to Article 2(2), Article 8(4) and Article 14(1) of Framework Decision 2001/220/JHA."
)
NYLJ_TVPA = (
    "In 2000, Congress enacted the Trafficking Victims Protection Act (TVPA) in response to the growing problem of human"
    " trafficking. The act defines human trafficking broadly as the exploitation of an individual for forced labor or a"
    " commercial sex act done under force, fraud or coercion. (Victims of Trafficking and Violence Protection Act of 2000,"
    " Pub. L. No. 106-386, 114 Stat. 1464 (2000). Title 18 U.S.C. §§1581, 1583, 1584(a), 1589(a) and (b), 1590(a) and"
    " 1591(a) of the TVPA lay out provisions criminalizing specific human trafficking offenses: peonage, enticement into"
    " slavery, sale into involuntary servitude, forced labor, trafficking with respect to peonage, slavery, involuntary"
    " servitude, or forced labor, and sex trafficking)."
)
ANDORRA_35 = {"UNTOC art. 35", "UNTOC art. 35(3)"}
# (probe file, source, text, about_instrument, references)
FIXED = [
    (PROBE, SOM_OBSERVATORY, SOM_DEFINITION, NO_INSTRUMENT, {"SOM_PROTOCOL art. 3"}),
    (PROBE, SOM_OBSERVATORY, SOM_DEFINITION, "SOM_PROTOCOL", {"SOM_PROTOCOL art. 3"}),
    ("probe12_legal.jsonl", DRAFT_ML, DRAFT_ML_OFFENCE, NO_INSTRUMENT, {"TIP_PROTOCOL art. 3"}),
    ("probe12_legal.jsonl", DRAFT_ML, DRAFT_ML_OFFENCE, "TIP_PROTOCOL", {"TIP_PROTOCOL art. 3"}),
    (PROBE, AT_2014, AT_2014_SCOPE, NO_INSTRUMENT, {"UNTOC"}),
    (PROBE, AT_2014, AT_2014_SCOPE, "UNTOC", {"UNTOC"}),
    ("probe16_legal.jsonl", AT_2012, AT_2012_ANDORRA, NO_INSTRUMENT, ANDORRA_35),
    ("probe16_legal.jsonl", AT_2012, AT_2012_ANDORRA, "UNTOC", ANDORRA_35),
]
NEAR_MISSES = [
    (PROBE, CSO_AR, CSO_PRINCIPLE, "UNCAC", {"UNCAC", "UNCAC art. 51", "UNCAC art. 52", "UNCAC art. 53"}),
    ("probe6_legal.jsonl", GREEK_NPM, GREEK_LAW, NO_INSTRUMENT, set()),
    ("probe8_legal.jsonl", DIRECTIVE_19, DIRECTIVE_VICTIMS, NO_INSTRUMENT, set()),
    ("probe14_legal.jsonl", NYLJ, NYLJ_TVPA, NO_INSTRUMENT, set()),
]

test_round27_fixed, test_round27_near_misses, test_round27_probe_holds_the_cases = probe_round_tests(FIXED, NEAR_MISSES)
