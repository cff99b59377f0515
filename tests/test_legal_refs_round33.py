"""Legal references, round 33: Protocols counted in their order of adoption (probe 47).

A book on interdiction at sea writes "the First and the Second Protocol to the UNTOC" and "the Second Protocol to the
UNTOC, dedicated, inter alia, to the Smuggling of Migrants by Sea"; the Council on Foreign Relations calls the Firearms
Protocol "the third supplementary Protocol to the United Nations Convention against Transnational Organized Crime".
The tagger read the Convention and missed the Protocols. The Trafficking in Persons and Smuggling of Migrants Protocols
are annexes II and III of resolution 55/25 and the Firearms Protocol came third (resolution 55/255), so an ordinal
before "Protocol(s) to" and a name of the Convention names them (``instruments.yaml`` ``protocol_ordinals``); the
Convention's name is still read. An ordinal with no Convention of the list after it (a Council of Europe "Second
Additional Protocol") or a Protocol named otherwise is read as before.
"""

from __future__ import annotations

from tests.legal_support import probe_round_tests

PROBE = "probe47_legal.jsonl"
EBRARY = "https://ebrary.net/57728/law/interdiction_ships_suspected_engaged_human_trafficking"
CFR = "http://www.cfr.org/transnational-crime/un-firearms-protocol/p27783"
GA9866 = "https://press.un.org/en/2001/ga9866.doc.htm"
ZAKI = "https://zaki.ru/pagesnew.php?id=57444&page=19"
WIKI = "https://wiki-gateway.eudic.net/wikipedia_en/Transnational_Organized_Crime_Convention.html"

FIRST_AND_SECOND = (
    "While numerous treaties exist that address the issues of human trafficking and smuggling of migrants, the most"
    " important of which are the First and the Second Protocol to the UNTOC and the United Nations Convention for the"
    " Suppression of the Traffic in Persons and of the Exploitation of the Prostitution of Others^ none of these"
    " agreements assigns any specific intervention rights to non-flag states."
)
SECOND = (
    "In particular, the Second Protocol to the UNTOC, dedicated, inter alia, to the Smuggling of Migrants by Sea, does not"
    " authorize non-flag states to interdict and board vessels suspected of being engaged in human trafficking, or"
    " migrant smuggling, without the consent of the flag state."
)
THIRD = (
    'The UN states that the protocol was "adopted in May 2001 by General Assembly resolution 55/255, as the third'
    " supplementary Protocol to the United Nations Convention against Transnational Organized Crime."
)
PARENT = (
    "Adopting, without a vote, a Firearms Protocol to last year's Convention against Transnational Organized Crime, the"
    " General Assembly this afternoon declared criminal such offences as illicit manufacturing and trafficking in"
    " firearms, their parts, components and ammunition, and falsifying or altering the markings on firearms."
)
COUNCIL_OF_EUROPE = (
    "In accordance with Article 33 of the Second Additional Protocol, Montenegro declares that it will not apply the"
    " provisions of Article 16 of the Protocol."
)
NAMED = (
    "With each protocol requiring the same number of parties for entry into force, the Protocol to Prevent, Suppress and"
    " Punish Trafficking in Persons, Especially Women and Children, entered into force on 25 December 2003; the Protocol"
    " against the Smuggling of Migrants by Land, Sea and Air, entered into force on 28 January 2004; and the Protocol"
    " against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts an"
)
# (probe file, source, text, about_instrument, references)
FIXED = [
    (PROBE, EBRARY, FIRST_AND_SECOND, "SOM_PROTOCOL", {"TIP_PROTOCOL", "SOM_PROTOCOL", "UNTOC"}),
    (PROBE, EBRARY, SECOND, "SOM_PROTOCOL", {"SOM_PROTOCOL", "UNTOC"}),
    (PROBE, CFR, THIRD, "FIREARMS_PROTOCOL", {"resolution 55/255", "FIREARMS_PROTOCOL", "UNTOC"}),
]
NEAR_MISSES = [
    (PROBE, GA9866, PARENT, "FIREARMS_PROTOCOL", {"FIREARMS_PROTOCOL", "UNTOC"}),  # no ordinal: read right before too
    ("probe17_legal.jsonl", ZAKI, COUNCIL_OF_EUROPE, None, set()),  # no Convention of the list after the ordinal
    (PROBE, WIKI, NAMED, "UNTOC", {"TIP_PROTOCOL", "SOM_PROTOCOL", "FIREARMS_PROTOCOL"}),  # named by title: as before
]

test_round33_fixed, test_round33_near_misses, test_round33_probe_holds_the_cases = probe_round_tests(FIXED, NEAR_MISSES)
