"""Legal references, round 23: agreements named in older treaties' wording, and the law an offence is to be made under
(gold part S).

An agreement between States is labelled whatever its name (data/gold/README.md); the lexicon held only the modern
names ("mutual legal assistance treaties", "extradition agreements"). Fixed kind (three documents of part S): the
older or longer wording of the same agreements: "agreements on mutual assistance" without "legal" (Council of Europe,
1983), "extradition Conventions in force between them" (League of Nations, 1921) and the conventions' article on
further agreements, "agreements or arrangements to carry out or to enhance the effectiveness of extradition" (UNCAC
article 44(18), word for word UNTOC article 16(17)). The near misses name mutual assistance or extradition as the act
asked, not an agreement: no reference.

Second kind (two documents of part S): "establish ... as a criminal offence under its domestic law" (Council of Europe,
2005) and "establish that it is a criminal offence under its law" (OECD, 1997) ask to legislate; the law is the one to
be made, not existing law framing the act, so no `domestic_law`. The near miss keeps an offence under the law in force
("a person whose conduct constitutes an offence under its domestic law", the Smuggling Protocol, probe 9).

Third kind (two documents of part S): existing law framing the act after a frame the lexicon lacked, "Without prejudice
to domestic law, the competent authorities ... may" (UNCAC article 46(4)) and "shall be governed by the law of the
sentencing State" (Council of Europe, 1983). The near miss is the same frame before a right, not a law (GRETA's
reading of the Trafficking Convention: "without prejudice to the right to seek and enjoy asylum").
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from tests.legal_support import assert_refs, check_probe_sources, in_both_modes

NO_INSTRUMENT = None
LAWS_MARKDOWN = "https://github.com/statengeneraal/laws-markdown/blob/"
UNCAC = (
    LAWS_MARKDOWN
    + "7b601188b62c5ca719277a17e9e0bfa61d511b3b/verdrag/united/nations/convention/against/corruption/BWBV0001830/README.md"
)
TRAFFIC_1921 = (
    LAWS_MARKDOWN + "f4b6a784f5d5c2f41498ebe84c892513f50385a5/verdrag/international/convention/for/the/suppression/of/the/"
    "traffic/in/women/and/etc/BWBV0005431/README.md"
)
ETS_116 = (
    LAWS_MARKDOWN + "3142885073076495c4d5431300dc71f2de82fb14/verdrag/european/convention/on/the/compensation/of/victims/of/"
    "violent/crimes/BWBV0002622/README.md"
)
ETS_51 = (
    LAWS_MARKDOWN + "159cf543afb9fe178b636b066f18c0feb86fa09c/verdrag/european/convention/on/the/supervision/of/"
    "conditionally/sentenced/or/etc/BWBV0004551/README.md"
)
ETS_24 = (
    LAWS_MARKDOWN + "0d7dc3d5be3172ba2c0c89f0a6b5ccde8c2caebb/verdrag/european/convention/on/extradition/BWBV0001010/README.md"
)
OECD_1997 = (
    LAWS_MARKDOWN + "07fd7e593c26154f1543ed03392e0cb3b66bd41c/verdrag/convention/on/combating/bribery/of/foreign/public/"
    "officials/in/etc/BWBV0001468/README.md"
)
CETS_196 = (
    LAWS_MARKDOWN + "8eedbd7d88a6ddbc6d4f5f30e041c4c84716ad25/verdrag/council/of/europe/convention/on/the/prevention/of/"
    "terrorism/BWBV0004604/README.md"
)
CETS_112 = (
    LAWS_MARKDOWN + "159cf543afb9fe178b636b066f18c0feb86fa09c/verdrag/convention/on/the/transfer/of/sentenced/persons/"
    "BWBV0001039/README.md"
)
NORDIC_BALTIC = "http://nordicbaltic-assistwomen.net/spip.php?article23"
SOM_NIPPON = "https://nippon.zaidan.info/seikabutsu/2000/00674/contents/100.htm"
BUDAPEST = "https://vilp.de/compare_article?lid=en&aid=27691&cid=1807&bid=treaty_full"

FIXED = [
    (  # UNCAC article 44(18)
        UNCAC,
        "18. States Parties shall seek to conclude bilateral and multilateral agreements or arrangements to carry out or to"
        " enhance the effectiveness of extradition.",
        "UNCAC",
        {"extradition_agreement"},
    ),
    (  # 1921 Convention, article 4: the agreements' older name
        TRAFFIC_1921,
        "The High Contracting Parties agree that, in cases where there are no extradition Conventions in force between"
        " them, they will take all measures within their power to extradite or provide for the extradition of persons"
        " accused or convicted of the offences specified in Articles 1 and 2 of the Convention of May 4th, 1910.",
        NO_INSTRUMENT,
        {"extradition_agreement"},
    ),
    (  # ETS No. 116, article 12: "mutual assistance" without "legal"
        ETS_116,
        "Subject to the application of bilateral or multilateral agreements on mutual assistance concluded between"
        " Contracting States, the competent authorities of each Party shall, at the request of the appropriate"
        " authorities of any other Party, give the maximum possible assistance in connection with the matters covered by"
        " this Convention. To this end, each Contracting State shall designate a central authority to receive, and to"
        " take action on, requests for such assistance, and shall inform thereof the Secretary General of the Council of"
        " Europe when depositing its instrument of ratification, acceptance, approval or accession.",
        NO_INSTRUMENT,
        {"mla_agreement"},
    ),
]
LAW_TO_BE_MADE = [
    (  # OECD Anti-Bribery Convention, article 1(1)
        OECD_1997,
        "1. Each Party shall take such measures as may be necessary to establish that it is a criminal offence under its"
        " law for any person intentionally to offer, promise or give any undue pecuniary or other advantage, whether"
        " directly or through intermediaries, to a foreign public official, for that official or for a third party, in"
        " order that the official act or refrain from acting in relation to the performance of official duties, in order"
        " to obtain or retain business or other improper advantage in the conduct of international business.",
        NO_INSTRUMENT,
        set(),
    ),
    (  # CETS No. 196, article 6(2)
        CETS_196,
        "2. Each Party shall adopt such measures as may be necessary to establish recruitment for terrorism, as defined in"
        " paragraph 1, when committed unlawfully and intentionally, as a criminal offence under its domestic law.",
        NO_INSTRUMENT,
        set(),
    ),
]
SOM_ART6_4 = (
    "Nothing in this Protocol shall prevent a State Party from taking measures against a person whose conduct constitutes"
    " an offence under its domestic law."
)
LAW_IN_FORCE = [
    (SOM_NIPPON, SOM_ART6_4, "SOM_PROTOCOL", {"SOM_PROTOCOL", "domestic_law"}),
    (SOM_NIPPON, SOM_ART6_4, NO_INSTRUMENT, {"domestic_law"}),
]
NEW_FRAMES = [
    (  # UNCAC article 46(4)
        UNCAC,
        "4. Without prejudice to domestic law, the competent authorities of a State Party may, without prior request,"
        " transmit information relating to criminal matters to a competent authority in another State Party where they"
        " believe that such information could assist the authority in undertaking or successfully concluding inquiries"
        " and criminal proceedings or could result in a request formulated by the latter State Party pursuant to this"
        " Convention.",
        "UNCAC",
        {"UNCAC", "domestic_law"},
    ),
    (  # CETS No. 112, article 7(1)
        CETS_112,
        "1. The sentencing State shall ensure that the person required to give consent to the transfer in accordance with"
        " Article 3 (1)(d) does so voluntarily and with full knowledge of the legal consequences thereof. The procedure for"
        " giving such consent shall be governed by the law of the sentencing State.",
        NO_INSTRUMENT,
        {"domestic_law"},
    ),
    (  # near miss: the frame before a right, no law
        NORDIC_BALTIC,
        "Having regard to the obligations of Parties to which Article 40 of this Convention refers, each Party shall ensure"
        " that granting of a permit according to this provision shall be without prejudice to the right to seek and enjoy"
        " asylum.",
        "TIP_PROTOCOL",
        set(),
    ),
]
NEAR_MISSES = [
    (  # the Budapest Convention, article 25(1): mutual assistance is the act, no agreement is named
        BUDAPEST,
        "1. The Parties shall afford one another mutual assistance to the widest extent possible for the purpose of"
        " investigations or proceedings concerning criminal offences related to computer systems and data, or for the"
        " collection of evidence in electronic form of a criminal offence.",
        NO_INSTRUMENT,
        set(),
    ),
    (  # ETS No. 51, article 1(1): "the mutual assistance necessary"
        ETS_51,
        "1. The Contracting Parties undertake to grant each other in the circumstances set out below the mutual"
        " assistance necessary for the social rehabilitation of the offenders referred to in Article 2. This assistance"
        " shall take the form of supervision designed to facilitate the good conduct and readaptation to social life of"
        " such offenders and to keep a watch on their behaviour with a view, should it become necessary, either to"
        " pronouncing sentence on them or to enforcing a sentence already pronounced.",
        NO_INSTRUMENT,
        set(),
    ),
    (  # ETS No. 24, article 3(1): extradition itself
        ETS_24,
        "1. Extradition shall not be granted if the offence in respect of which it is requested is regarded by the"
        " requested Party as a political offence or as an offence connected with a political offence.",
        NO_INSTRUMENT,
        set(),
    ),
]
NAMES = ("source", "text", "about", "expected")


@in_both_modes(NAMES, FIXED, ids=[f"fixed-{i}" for i in range(len(FIXED))])
def test_older_names_of_agreements(mode: str, source: str, text: str, about: str | None, expected: set[str]) -> None:
    assert_refs(mode, text, expected, about, source)


@in_both_modes(NAMES, NEAR_MISSES, ids=[f"near-{i}" for i in range(len(NEAR_MISSES))])
def test_assistance_or_extradition_asked_is_no_agreement(
    mode: str, source: str, text: str, about: str | None, expected: set[str]
) -> None:
    assert_refs(mode, text, expected, about, source)


@in_both_modes(NAMES, LAW_TO_BE_MADE, ids=[f"to-be-made-{i}" for i in range(len(LAW_TO_BE_MADE))])
def test_offence_to_establish_under_its_law(mode: str, source: str, text: str, about: str | None, expected: set[str]) -> None:
    assert_refs(mode, text, expected, about, source)


@in_both_modes(NAMES, LAW_IN_FORCE, ids=[f"in-force-{i}" for i in range(len(LAW_IN_FORCE))])
def test_offence_under_the_law_in_force_keeps_the_frame(
    mode: str, source: str, text: str, about: str | None, expected: set[str]
) -> None:
    assert_refs(mode, text, expected, about, source)


@in_both_modes(NAMES, NEW_FRAMES, ids=[f"frame-{i}" for i in range(len(NEW_FRAMES))])
def test_without_prejudice_to_and_governed_by_the_law(
    mode: str, source: str, text: str, about: str | None, expected: set[str]
) -> None:
    assert_refs(mode, text, expected, about, source)


def test_probe_text_is_verbatim() -> None:
    check_probe_sources([("probe9_legal.jsonl", SOM_NIPPON, SOM_ART6_4)])


@functools.cache
def _gold_sources() -> dict[str, str]:
    lines = Path("data/gold/real_dev.jsonl").read_text(encoding="utf-8").splitlines()
    return {row["text"]: row["url"] for row in map(json.loads, filter(str.strip, lines))}


def test_cases_are_gold_texts_verbatim() -> None:
    """Every case is a real_dev record's text, copied from the address given, so the tests follow the gold."""
    for source, text, _, _ in [*FIXED, *NEAR_MISSES, *LAW_TO_BE_MADE, *NEW_FRAMES]:
        assert _gold_sources().get(text) == source, text[:60]
