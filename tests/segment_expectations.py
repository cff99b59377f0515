"""How segment reports a recommendation of the benchmark generator (benchmarks/generate_corpus.py).

The generator writes some recommendations as a modal stem and a lettered list
("States parties should:" + "(a) ...;" "(b) ..."): segment makes each item a
recommendation of its own (layout 3), numbered "N(a)", without the "; and" linking it.
"""

from __future__ import annotations

import re


def as_segmented(rec) -> list[tuple[str, str, bool]]:
    """(number, text, truncated) of each recommendation segment finds for one generated recommendation."""
    stem, *items = rec.text.split("\n\n")
    if not (items and stem.endswith(":") and all(re.match(r"\([a-h]\) ", item) for item in items)):
        return [(rec.number, rec.text, rec.truncated)]
    last = len(items) - 1
    return [
        (f"{rec.number}({item[1]})", re.sub(r"\s*;(?:\s*and)?$", "", item[4:]), rec.truncated and index == last)
        for index, item in enumerate(items)
    ]
