"""Legal references, round 25: a capitalized "Article N of the Convention" in a text tied to the list (probe 17 legal).

A capitalized "Article" mid-sentence naming only "the Convention" is read as a Council of Europe or EU text's (the UN
Editorial Manual writes "article"); round 24 left the UN-family texts that capitalize it too. Fixed: the text ties
its generic form to the list, with the words rounds 18-22 already read as ties (``default_ties``: "the Conference of
the Parties", "the Convention and its protocols", the G77 at the third COP of UNTOC) or the UN depositary the crime
treaties are notified to (``capital_ties``: "the Secretary-General is hereby notified, in accordance with Article 18
(13) of the Convention", South Africa's notification on UNTOC). The near misses are Council of Europe texts with the
same capital and no tie: a State's declaration on ETS No. 182 ("In accordance with Article 4, paragraph 8, of the
Protocol") and a commentary on CETS No. 197 whose writer says "States Parties" (probe 7).
"""

from __future__ import annotations

from tests.legal_support import probe_round_tests

NO_INSTRUMENT = None
PROBE = "probe17_legal.jsonl"
G77 = "http://costis.g77.org/vienna/UNODCCOP3.htm"
UNTOC_STATUS = "https://zaki.ru/pagesnew.php?id=58378&page=33"
ETS_182 = "http://www.conventions.coe.int/Treaty/Commun/ListeDeclarations.asp?CL=FRE&CM=8&NT=182&DF=02/05/2012&VL=1"
ETS_182_NL = "https://zaki.ru/pagesnew.php?id=57444&page=19"
LA_STRADA = (
    "https://www.lastradainternational.org/blog/dr-julia-planitzer-on-the-residence-permit-on-personal-grounds-for-"
    "trafficked-persons/"
)

G77_COP3 = (
    "As the Conference of the Parties embarks upon the activities envisaged under the Convention and its protocols, the"
    " Group wishes to recall the commitments undertaken during the negotiations of the Convention and its protocols to"
    " provide technical assistance to the developing countries for their implementation at the national level, in"
    " accordance with Article 30 of the Convention."
)
ZA_18_13 = (
    "AND WHEREAS the Secretary-General is hereby notified, in accordance with Article 18 (13) of the Convention that the"
    " Director-General of the Department of Justice and Constitutional Development has been designated as the central"
    " authority to receive requests for mutual legal assistance."
)
ZA_18_14 = (
    "AND WHEREAS the Secretary-General is hereby notified, as provided for in Article 18 (14) of the Convention, that"
    " English is the acceptable language for receiving requests for mutual legal assistance."
)
AM_4_8 = (
    "In accordance with Article 4, paragraph 8, of the Protocol, the Republic of Armenia declares that the copy of the"
    " requests for assistance shall be transmitted at the same time to the Ministry of Justice of the Republic of"
    " Armenia."
)
NL_4_9 = (
    "The Government of the Netherlands accepts, for the European part of the Netherlands, the use of electronic or other"
    " means of telecommunication to forward requests for legal assistance and any other communications as referred to"
    " in Article 4, paragraph 9, of the Protocol, provided that the request or communication is forwarded as soon as"
    " possible in its original written form."
)
LA_STRADA_14 = (
    "States Parties fulfil the obligation under Article 14 (1) of the Convention when either granting a residence permit"
    " in case of co-operation with the competent authorities or granting a residence permit on the basis of the"
    " trafficked person’s personal situation."
)
# (probe file, source, text, about_instrument, references)
FIXED = [
    ("probe10_modality.jsonl", G77, G77_COP3, NO_INSTRUMENT, {"UNTOC", "UNTOC art. 30"}),
    (PROBE, UNTOC_STATUS, ZA_18_13, NO_INSTRUMENT, {"UNTOC art. 18(13)"}),
    (PROBE, UNTOC_STATUS, ZA_18_14, "UNTOC", {"UNTOC art. 18(14)"}),
]
NEAR_MISSES = [
    (PROBE, ETS_182, AM_4_8, NO_INSTRUMENT, set()),
    (PROBE, ETS_182_NL, NL_4_9, "TIP_PROTOCOL", set()),
    ("probe7_legal.jsonl", LA_STRADA, LA_STRADA_14, NO_INSTRUMENT, set()),
]

test_round25_fixed, test_round25_near_misses, test_round25_probe_holds_the_cases = probe_round_tests(FIXED, NEAR_MISSES)
