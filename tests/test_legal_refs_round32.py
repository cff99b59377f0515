"""Legal references, round 32: an untied "the Convention" in a document about none of the listed instruments (probe 44).

The Budapest Convention's committee, the UN cybercrime convention's status pages and news, and CITES's handbook and a
CITES authority write "the Convention" for their own treaty, with nothing in the sentence that names it ("72 states
signed the Convention", "In line with article 46 of the Convention, the Committee works ..."). Only the document says
whose treaty it is: a gold record's null ``about_instrument`` (the document is about none of the listed instruments),
which the tagger now gets as ``NO_INSTRUMENT`` and reads as no reference (TAXONOMY section 3 lists no other treaty),
where it read the default UNTOC; dev real-r-046, -170, -194 and real-s-021 are the same kind. A named instrument of the
list is still read, and a document whose instrument is not known (None: a CSV row of ``recs assign``) keeps the default.
"""

from __future__ import annotations

from pipeline.tagging.extensions import NO_INSTRUMENT
from tests.legal_support import probe_round_tests

PROBE = "probe44_legal.jsonl"
UNKNOWN = None  # a document whose instrument is not known: the default
DIPLO = "https://www.diplomacy.edu/actor/cybercrime-convention-committee/"
CCDCOE = "https://ccdcoe.org/incyder-articles/council-of-europe-giving-guidance-on-the-budapest-convention-on-cybercrime/"
CITES_HANDBOOK = "https://cites.unia.es/cites/file.php/1/handbook/eng/res/intro.htm"
UNTC = "https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml"
HELPNET = "https://www.helpnetsecurity.com/2025/10/27/un-convention-against-cybercrime"
NEWSHOUR = "https://newshour.media/2025/10/29/in-hanoi-72-states-ratify-the-un-convention-on-cybercrime"
COSP = "https://readkong.com/page/conference-of-the-states-parties-to-the-united-nations-7193763"

NOTES = (
    "The notes, adopted in June 2013, are aimed at facilitating the effective use and implementation of the Convention,"
    " and cover the following issues: computer systems, botnets, transborder access, identity theft, DDOS attacks,"
    " critical infrastructure attacks, malware, and spam."
)
RATIFIED = (
    "The Cybercrime Convention Committee (T-CY) represents the State Parties to the Budapest Convention and consists of"
    " the representatives of the States that have ratified or signed the Convention, or have been invited to join the"
    " treaty, as well as other Member States of the Council of Europe as observers."
)
PLATFORM = (
    "The T-CY Committee offers a platform for interested parties to consult periodically regarding: the facilitation of"
    " the effective use and implementation of the Convention; the exchange of information on significant legal, policy"
    " or technological developments pertaining to cybercrime and the collection of evidence in electronic form; and"
    " consideration of possible supplementation or amendment to the Convention."
)
CITES_TEXT = "The text of the Convention provides a basic framework for the implementation of CITES."
ADOPTED = (
    "The Convention was adopted on 24 December 2024 by Resolution 79/243 at the 55th plenary meeting of the General"
    " Assembly of the United Nations."
)
ITS_ARTICLE = (
    "In accordance with its article 64, the Convention shall be open for signature to all States and regional economic"
    " integration organizations in Hanoi, from 25 to 26 October 2025, and thereafter at United Nations Headquarters in"
    " New York until 31 December 2026."
)
SIGNED = "72 states signed the Convention, which must still be ratified by each according to its national procedures."
HOST = "Viet Nam, as the host country, was the first to sign the Convention."
ARTICLE_46 = (
    "In line with article 46 of the Convention, the Committee works to facilitate the effective use and implementation"
    " of the Convention, the exchange of information, and consideration of any future amendments."
)
REVIEW = (
    "2.    In its resolution 1/1, adopted at its first session, the Conference agreed that it\n"
    "               was necessary to establish an appropriate mechanism to assist it in reviewing the\n"
    "               implementation of the Convention and decided to establish an open -ended\n"
    "               intergovernmental expert working group to make recommendations to the\n"
    "               Conference."
)
# (probe file, source, text, about_instrument, references)
FIXED = [
    (PROBE, DIPLO, NOTES, NO_INSTRUMENT, set()),
    (PROBE, CCDCOE, PLATFORM, NO_INSTRUMENT, set()),
    (PROBE, CITES_HANDBOOK, CITES_TEXT, NO_INSTRUMENT, set()),
    (PROBE, UNTC, ADOPTED, NO_INSTRUMENT, {"resolution 79/243"}),
    (PROBE, UNTC, ITS_ARTICLE, NO_INSTRUMENT, set()),
    (PROBE, HELPNET, SIGNED, NO_INSTRUMENT, set()),
    (PROBE, NEWSHOUR, HOST, NO_INSTRUMENT, set()),
]
NEAR_MISSES = [
    (PROBE, DIPLO, ARTICLE_46, NO_INSTRUMENT, set()),  # read right before too (a treaty body's "the Committee")
    (PROBE, CCDCOE, RATIFIED, NO_INSTRUMENT, set()),  # beside another treaty's name: read right before too
    (PROBE, HELPNET, SIGNED, UNKNOWN, {"UNTOC"}),  # instrument not known: the default, as before
    (PROBE, COSP, REVIEW, "UNCAC", {"resolution 1/1", "UNCAC"}),  # a document about a listed instrument
]

test_round32_fixed, test_round32_near_misses, test_round32_probe_holds_the_cases = probe_round_tests(FIXED, NEAR_MISSES)
