"""Legal references, round 30: Protocols named by two topics or more before a lower-case "protocols" (probes 31 and 39).

"Sudan's accession to the migrant smuggling and firearms protocols" (UNODC's COP 9 release, probe 31) and "the UN
Convention against Transnational Organized Crime's (UNTOC's) trafficking in persons and trafficking in firearms
protocols" (GI-TOC on the COP's resolutions, probe 39) name the Protocols as "the Trafficking in Persons and Migrants
Protocols" does with a capital. Two topics of `protocol_topics` or more joined before the noun make the treaties; the
noun alone ("agreeing on protocols", "shared protocols") and the topics without it stay no reference.
"""

from __future__ import annotations

from tests.legal_support import probe_round_tests

NO_INSTRUMENT = None
UNODC_COP9 = (
    "http://unodc.org/unodc/en/frontpage/2018/October/"
    "unodc-executive-director-welcomes-governments-decision-on-review-mechanism-for-palermo-convention.html"
)
GITOC = "https://globalinitiative.net/analysis/colombia-mexico-untoc-cop-resolutions/"
OVCTTAC = (
    "https://www.ovcttac.gov/taskforceguide/eguide/3-operating-a-task-force/31-task-force-membership-and-management/"
    "task-force-operational-protocol/"
)
IACP = "https://policechiefmagazine.org/iacpwork-protocol-development-tools-anti-human-trafficking-task-forces"

SUDAN = (
    "At the opening of the session, the UNODC Executive Director also welcomed Sudan's accession to the migrant"
    " smuggling and firearms protocols."
)
GITOC_PROTOCOLS = (
    "Progressive resolutions on the UN Convention against Transnational Organized Crime’s (UNTOC’s) trafficking in"
    " persons and trafficking in firearms protocols give hope for a more holistic and coordinated response to these"
    " criminal markets."
)
GITOC_TOPICS = (
    "At this year’s UNTOC conference, Colombia and Mexico led the way in tabling texts on trafficking in persons and"
    " firearms trafficking – unsurprisingly, as both countries are facing acute crises due to these illicit markets."
)
OVCTTAC_PROTOCOLS = (
    "Discussing and agreeing on protocols prior to a case or at a time other than when a crisis arises will assist in"
    " smooth progression of a case while maintaining positive relationships among task force partners."
)
IACP_PROTOCOLS = (
    "The toolkit includes eight protocol development checklists, each providing a range of considerations to"
    " incorporate when developing shared protocols that govern the work of a multiagency, multidisciplinary team."
)
IACP_TOOLKIT = (
    "To support the needs of multidisciplinary anti-human trafficking task forces, the IACP developed the Enhanced"
    " Collaborative Model (ECM) Anti-Human Trafficking Task Force Protocol Development Checklist Toolkit."
)
GITOC_REFS = {"UNTOC", "TIP_PROTOCOL", "FIREARMS_PROTOCOL"}
# (probe file, source, text, about_instrument, references)
FIXED = [
    ("probe31_legal.jsonl", UNODC_COP9, SUDAN, NO_INSTRUMENT, {"SOM_PROTOCOL", "FIREARMS_PROTOCOL"}),
    ("probe39_legal.jsonl", GITOC, GITOC_PROTOCOLS, NO_INSTRUMENT, GITOC_REFS),
    ("probe39_legal.jsonl", GITOC, GITOC_PROTOCOLS, "UNTOC", GITOC_REFS),
]
NEAR_MISSES = [
    ("probe39_legal.jsonl", GITOC, GITOC_TOPICS, "UNTOC", {"UNTOC"}),  # the topics without the noun
    ("probe39_legal.jsonl", OVCTTAC, OVCTTAC_PROTOCOLS, NO_INSTRUMENT, set()),  # a task force's procedures
    ("probe39_legal.jsonl", IACP, IACP_PROTOCOLS, NO_INSTRUMENT, set()),  # "shared protocols": no topic
    ("probe39_legal.jsonl", IACP, IACP_TOOLKIT, NO_INSTRUMENT, set()),  # one topic before a capital "Protocol"
]

test_round30_fixed, test_round30_near_misses, test_round30_probe_holds_the_cases = probe_round_tests(FIXED, NEAR_MISSES)
