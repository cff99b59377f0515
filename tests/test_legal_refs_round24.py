"""Legal references, round 24: treaties on mutual assistance in the older wording, and "where required by domestic law"
(probe 16).

Probe 16 (``data/probe/probe16_legal.jsonl``) reads texts from documents no round had read: UNCAC Conference
resolutions, GA and Human Rights Council resolutions, UNODC and OECD guides, States' declarations on UNTOC, a G8 text
and treaties beside the list. Fixed kinds, both of a class an earlier round began:
- an agreement between States in the older wording without "legal", here with "treaties": "in conformity with any
  treaties on mutual assistance that may exist between them" (the SUA Convention, 1988, article 12(2)); round 23 took
  the same wording with "agreements" (Council of Europe, 1983). The near misses ask for mutual assistance itself, or
  name none, with no agreement (the same article's paragraph 1; article 1 of the European Convention on Mutual
  Assistance in Criminal Matters, 1959, probe 24).
- the condition framed by the law in force, "where required by domestic law" (UNTOC article 5(1)(a)(i), quoted in a
  journal's summary), as "where permitted by" and "where domestic law so requires" already are. The near miss is "as
  required by" a treaty: no domestic law.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from tests.legal_support import assert_refs, in_both_modes, probe_round_tests

NO_INSTRUMENT = None
PROBE = "probe16_legal.jsonl"
SUA = "https://vilp.de/compare_article?lid=en&aid=47456&cid=3100&bid=treaty_full"
AEI = "https://ebook.um.edu.my/aei/aei-insights-2020/files/basic-html/page79.html"
ETS_30 = "http://worldlii.org/int/other/COETS/1959/3.html"
GA_72_198 = "https://adattar.minorityforum.info/entity/xh5huqg7ltd?file=1587457248296ic50r172i3.pdf&page=12"

SUA_12_2 = (
    "2. States Parties shall carry out their obligations under paragraph 1 in conformity with any treaties on mutual"
    " assistance that may exist between them. In the absence of such treaties, States Parties shall afford each other"
    " assistance in accordance with their national law."
)
SUA_12_1 = (
    "1. State Parties shall afford one another the greatest measure of assistance in connection with criminal"
    " proceedings brought in respect of the offences set forth in article 3, including assistance in obtaining evidence"
    " at their disposal necessary for the proceedings."
)
AEI_ART5 = (
    "o Agreeing with one or more other persons to commit a serious crime for directly\nor indirectly to the obtaining of"
    " a financial or other material benefit and, where\nrequired by domestic law, involving an act undertaken by one of"
    " the participants\nin furtherance of the agreement or involving an organized criminal"
)
ETS_30_ART1 = (
    "The Contracting Parties undertake to afford each other, in accordance with the provisions of this Convention, the"
    " widest measure of mutual assistance in proceedings in respect of offences the punishment of which, at the time of"
    " the request for assistance, falls within the jurisdiction of the judicial authorities of the requesting Party."
)
# (probe file, source, text, about_instrument, references)
FIXED = [
    (PROBE, SUA, SUA_12_2, NO_INSTRUMENT, {"mla_agreement", "domestic_law"}),
    (PROBE, AEI, AEI_ART5, "UNTOC", {"domestic_law"}),
    (PROBE, AEI, AEI_ART5, NO_INSTRUMENT, {"domestic_law"}),
]
NEAR_MISSES = [
    (PROBE, SUA, SUA_12_1, NO_INSTRUMENT, set()),
    # mutual assistance itself is the act asked, no agreement (the European Convention on Mutual Assistance, 1959)
    ("probe24_modality.jsonl", ETS_30, ETS_30_ART1, NO_INSTRUMENT, set()),
]

test_round24_fixed, test_round24_near_misses, test_round24_probe_holds_the_cases = probe_round_tests(FIXED, NEAR_MISSES)


@functools.cache
def dev_gold() -> dict[str, dict[str, Any]]:
    """Dev gold records by id (``real_dev.jsonl`` only)."""
    lines = Path("data/gold/real_dev.jsonl").read_text(encoding="utf-8").splitlines()
    return {row["id"]: row for row in map(json.loads, filter(str.strip, lines))}


# "as required by" a treaty names no domestic law: a GA resolution's "as required by the three international drug
# control conventions" (gold: no reference, the drug conventions are outside the list)
GOLD_NEAR_MISS = "real-a-ga72-198-2017-op49"


@in_both_modes("record_id", [GOLD_NEAR_MISS])
def test_round24_required_by_a_treaty_is_no_frame(mode: str, record_id: str) -> None:
    record = dev_gold()[record_id]
    assert record["url"] == GA_72_198
    assert_refs(mode, record["text"], set(record["legal_refs"]), record["about_instrument"], record["url"])
