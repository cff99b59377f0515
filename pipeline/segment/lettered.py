"""Layout 3: lettered sub-items under a lead-in, each one its own recommendation.

Reports of sister bodies (HONLEA meetings, the Subcommission on Illicit Drug Traffic)
and some working-group reports print "2. The following recommendations were made with
regard to ...: (a) Governments are encouraged to ...; (b) ..." or "The Working Group
recommended that States parties: (a) Develop ...". Each item is then one recommendation,
numbered ``2(a)``, with the lead-in kept as its ``context`` (the tagger reads the
addressee there when the item has none). A list that only details one request
("should cooperate in tracing firearms, including by: (a) ...") stays one recommendation.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.segment import headings as h
from pipeline.segment.layouts import Found

_ITEM = re.compile(r"(?<![\w(])\((?P<letter>[a-z])\)(?:\s+|$)")  # "$": a page break cut the item's text off
# What may come before the second and later items: the end of the previous item.
_ITEM_BOUNDARY = re.compile(r"(?:[;.:]|[;,]\s*(?:and|or))\s*$|\n\s*$")
# What ends an item but is not part of its wording: "; and", ";", ", or".
_ITEM_TAIL = re.compile(r"\s*(?:[;,]\s*(?:and|or)\b|;)?\s*$")


def split_lettered(text: str, found: Found) -> list[Found]:
    """The sub-items of ``found`` as recommendations when it is a lettered list of requests, else ``[found]``."""
    markers = _markers(text, found.start, found.end)
    if len(markers) < 2:
        return [found]
    lead_in = text[found.start : markers[0].start()].strip()
    items = [
        _item_span(text, marker.end(), following.start() if following else found.end)
        for marker, following in zip(markers, [*markers[1:], None])
    ]
    if not (
        h.opens_request(lead_in) or (h.announces_list(lead_in) and all(h.is_directive(text[start:end]) for start, end in items))
    ):
        return [found]
    prefix = f"{found.number}{found.qualifier}"
    kept = [(marker.group("letter"), start, end) for marker, (start, end) in zip(markers, items) if start < end]
    return [
        replace(
            found,
            number=f"{prefix}({letter})",
            qualifier="",
            start=start,
            end=end,
            truncated=found.truncated and index == len(kept) - 1,
            context=lead_in,
        )
        for index, (letter, start, end) in enumerate(kept)
    ]


def _markers(text: str, start: int, end: int) -> list[re.Match[str]]:
    """ "(a)", "(b)", ... in sequence: "(a)" right after a colon, each next letter after the end of an item."""
    markers: list[re.Match[str]] = []
    for match in _ITEM.finditer(text, start, end):
        expected = chr(ord("a") + len(markers))
        if match.group("letter") != expected:
            continue
        before = text[start : match.start()]
        if not markers:
            if before.rstrip().endswith(":"):
                markers.append(match)
        elif _ITEM_BOUNDARY.search(before):
            markers.append(match)
    return markers


def _item_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The item's wording: without surrounding space and without the "; and" that links it to the next."""
    tail = _ITEM_TAIL.search(text, start, end)
    if tail is not None:
        end = tail.start()
    while start < end and text[start].isspace():
        start += 1
    return start, end
