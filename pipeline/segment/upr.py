"""Layout 6: the items of a UPR Working Group report's conclusions paragraphs, each one recommendation.

A report of the Working Group on the Universal Periodic Review ends with a chapter "Conclusions and/or
recommendations" of a few numbered paragraphs, each a lead-in ("The recommendations formulated during the
interactive dialogue and listed below enjoy the support of Armenia:") over a list of items, every item one or more
requests closed by the recommending State(s) in brackets and ";" or ".". Early reports nest the items under the
paragraph ("111. ... 1. To examine ... (Algeria); 2. To ratify ... (Spain);"), later ones print the paragraph
number with them ("93.1. Sign and ratify ... (Spain, France); 93.2 Ratify ... (Greece);"). Each item is a
recommendation numbered "paragraph.item" either way, with the chapter as section and the lead-in as context
(it names the State under review); the paragraphs themselves, and the closing "All conclusions and/or
recommendations ... should not be construed as endorsed ...", are not (tests/fixtures/real/README.md, rounds
segment16 and segment18).

Only a list of at least two items, numbered 1, 2, ... in order, every item closed by a bracketed State, is read
this way: numbered requests without a recommending State ("States parties should: 1. Adopt ...; 2. Train ...")
keep the numbered layout's reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.segment import headings as h
from pipeline.segment.layouts import Found
from pipeline.segment.outline import Outline
from pipeline.segment.pieces import Kind, Piece

# An item's close: the bracketed recommending State(s) and ";" or "." ("(Algeria);", "(Canada)."), a footnote
# mark glued after it ("(Indonesia);1") kept with it.
_STATE_CLOSE = re.compile(r"\)[;.]\d{0,2}")
# What comes right before an item's number: the end of the lead-in or of the previous item (and a footnote mark).
_ITEM_BOUNDARY = re.compile(r"[;.:]\d{0,2}\s*$")
# Pieces that end a paragraph's list: a new heading of any kind but a numbered one (an item line "10. To ..." may
# resolve as one), or the report's next paragraph.
_LIST_ENDS = frozenset({Kind.CHAPTER, Kind.SECTION, Kind.HEADING, Kind.REC_HEADING})
# A nested item's number: "1. To examine ...", "1. \tRatify ..." (the printed "93.1. " is ``_printed_pattern``'s).
_NESTED = re.compile(r"(?<!\S)(?P<item>\d{1,3})\.(?=\s)")
_MIN_ITEMS = 2
_BOUNDARY_WINDOW = 16  # characters before an item's number: ";", a footnote mark, spaces and a tab


@dataclass(frozen=True)
class _Marker:
    """One item's number as found in the text: the item's wording runs from ``body_start`` to the next marker."""

    item: int  # the item's own number: 1, 2, ...
    start: int  # where its number starts
    body_start: int  # where its wording starts


def conclusions(text: str, pieces: list[Piece], outlines: list[Outline]) -> list[Found]:
    """Layout 6: every "(State);" item of a numbered paragraph under a recommendations chapter."""
    found: list[Found] = []
    for index, piece in enumerate(pieces):
        if piece.kind is not Kind.PARAGRAPH or not piece.number.isdigit() or not outlines[index].about_recommendations():
            continue
        found.extend(_paragraph_items(text, pieces, index, outlines[index].path()))
    return found


def _paragraph_items(text: str, pieces: list[Piece], index: int, section: str) -> list[Found]:
    """The items of the paragraph at ``pieces[index]``, or [] when it holds no UPR list."""
    paragraph = int(pieces[index].number)
    start, end = pieces[index].body_start, _list_end(text, pieces, index, paragraph)
    markers = _markers(text, start, end, _printed_pattern(paragraph)) or _markers(text, start, end, _NESTED)
    if len(markers) < _MIN_ITEMS:
        return []
    lead_in = text[start : markers[0].start].strip()
    furniture = [piece.start for piece in pieces if piece.kind is Kind.FURNITURE and start <= piece.start < end]
    found: list[Found] = []
    for position, marker in enumerate(markers):
        stop = markers[position + 1].start if position + 1 < len(markers) else end
        item = _item_span(text, marker.body_start, stop, furniture)
        if item is None:
            return []  # an item without its recommending State: not a UPR list
        item_start, item_end, truncated = item
        found.append(Found(f"{paragraph}.{marker.item}", "", section, item_start, item_end, truncated, lead_in))
    return found


def _list_end(text: str, pieces: list[Piece], index: int, paragraph: int) -> int:
    """Where the paragraph's list ends: at the next heading or at the report's next paragraph.

    Report paragraphs go up by one. Nested items ("2.    To ratify ...") may resolve as paragraphs of their own,
    and so may a year a printed line starts with ("2010. 1.    To examine ..."): only the number after the
    paragraph's is the report's next paragraph.
    """
    for piece in pieces[index + 1 :]:
        if piece.kind in _LIST_ENDS or (piece.kind is Kind.PARAGRAPH and piece.number == str(paragraph + 1)):
            return piece.start
    return len(text)


@lru_cache(maxsize=256)
def _printed_pattern(paragraph: int) -> re.Pattern[str]:
    """ "93.1. ", "93.2 " (a stop after the item number is sometimes lost): the paragraph's number printed. Built once
    a paragraph number: every numbered paragraph under a recommendations chapter of every document asks for one."""
    return re.compile(rf"(?<!\S){paragraph}\.(?P<item>\d{{1,3}})\.?(?=\s)")


def _markers(text: str, start: int, end: int, pattern: re.Pattern[str]) -> list[_Marker]:
    """The item numbers 1, 2, ... in order, each right after the end of the lead-in or of the previous item."""
    markers: list[_Marker] = []
    for match in pattern.finditer(text, start, end):
        if int(match.group("item")) != len(markers) + 1:
            continue
        # only the few characters before the number matter (a search from ``start`` would be quadratic)
        if not _ITEM_BOUNDARY.search(text, max(start, match.start() - _BOUNDARY_WINDOW), match.start()):
            continue
        if not markers and not text[start : match.start()].strip():
            continue  # no lead-in before the first item
        body_start = match.end()
        while body_start < end and text[body_start].isspace():
            body_start += 1
        markers.append(_Marker(len(markers) + 1, match.start(), body_start))
    return markers


def _item_span(text: str, start: int, stop: int, furniture: list[int]) -> tuple[int, int, bool] | None:
    """An item's wording, up to its last bracketed State and ";" (what follows is no part of it), and truncation.

    Page furniture inside the item ends it, flagged truncated when the clause goes on (a span cannot jump over
    it). An item with no bracketed State is either cut by the end of the document (truncated) or, anywhere
    else, the sign that the list is not a UPR list (None).
    """
    cut = next((position for position in furniture if start < position < stop), None)
    if cut is not None:
        end = _rstrip(text, start, cut)
        return start, end, not h.ends_clause(text[start:end])
    closes = list(_STATE_CLOSE.finditer(text, start, stop))
    if closes:
        return start, closes[-1].end(), False
    end = _rstrip(text, start, stop)
    if stop < len(text) and text[stop:].strip():
        return None
    return (start, end, not h.ends_clause(text[start:end])) if end > start else None


def _rstrip(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` ends without its trailing whitespace (never before ``start``)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
