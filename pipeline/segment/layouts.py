"""The two ways these reports lay out recommendations, each turned into spans.

1. Headed: a "Recommendation N" heading opens each one; it runs until the next
   heading, numbered report paragraph or page furniture (2020 reports).
2. Numbered: numbered paragraphs inside a chapter (or lettered section) whose
   heading mentions recommendations; a paragraph counts only if it asks someone
   to act, so the introduction ("... adopted the recommendations below") and
   narration never do (2009-2013 reports).
4. Unnumbered: plain paragraphs under an unnumbered heading that mentions
   recommendations ("Prioritized Recommendations" in the country narratives of the
   Trafficking in Persons Report), used only when neither layout above finds any;
   the items are numbered 1, 2, ... in reading order.

Either of the first two may hold a lettered list of requests, split into recommendations by ``lettered``.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.segment import headings as h
from pipeline.segment.outline import Outline
from pipeline.segment.pieces import Kind, Piece


@dataclass(frozen=True)
class Found:
    """One recommendation located in the text: ``text[start:end]`` is its wording."""

    number: str
    qualifier: str
    section: str
    start: int
    end: int
    truncated: bool
    context: str = ""  # the lead-in of a lettered sub-item (layout 3), else empty


@dataclass(frozen=True)
class _Extent:
    start: int
    end: int
    body_end: int  # end of the opening piece's own text (== start when it has none)
    truncated: bool


def headed(text: str, pieces: list[Piece], outlines: list[Outline]) -> list[Found]:
    """Layout 1: every "Recommendation N" heading with the text under it."""
    found = []
    for index, piece in enumerate(pieces):
        if piece.kind is not Kind.REC_HEADING:
            continue
        extent = _extent(text, pieces, index, skip_title=True)
        if extent is not None:
            found.append(Found(piece.number, piece.qualifier, outlines[index].path(), extent.start, extent.end, extent.truncated))
    return found


def numbered(text: str, pieces: list[Piece], outlines: list[Outline]) -> list[Found]:
    """Layout 2: directive numbered paragraphs under a recommendations chapter."""
    found = []
    for index, piece in enumerate(pieces):
        if piece.kind is not Kind.PARAGRAPH or not outlines[index].about_recommendations():
            continue
        extent = _extent(text, pieces, index, skip_title=False)
        if extent is None or not _is_recommendation(text, extent):
            continue
        found.append(Found(piece.number, "", outlines[index].path(), extent.start, extent.end, extent.truncated))
    return found


def unnumbered(text: str, pieces: list[Piece]) -> list[Found]:
    """Layout 4: the unnumbered paragraphs after a recommendations heading, up to the next heading.

    A paragraph starts at a blank line or, in a copy whose lines were hard-wrapped,
    at a line after one that ends a sentence; a heading-like line ends the list
    unless the next line continues it in lower case ("Investigate" / "and prosecute ...").
    """
    found: list[Found] = []
    label = ""
    current: tuple[int, int] | None = None
    for index, piece in enumerate(pieces):
        if _opens_recommendations(text, pieces, index):
            _close(text, found, label, current, pieces, index)
            label, current = h.clean_heading(text[piece.start : piece.end]), None
            continue
        if not label:
            continue
        if piece.kind not in (Kind.TEXT, Kind.HEADING) or _next_heading(text, pieces, index):
            _close(text, found, label, current, pieces, index)
            label, current = "", None
            continue
        if current is None or piece.block_start or h.ends_with_full_stop(text[current[0] : current[1]]):
            _close(text, found, label, current, pieces, index)
            current = (piece.start, piece.end)
        else:
            current = (current[0], piece.end)
    _close(text, found, label, current, pieces, len(pieces))
    return found


def _opens_recommendations(text: str, pieces: list[Piece], index: int) -> bool:
    """An unnumbered heading line that mentions recommendations ("Prioritized Recommendations")."""
    piece = pieces[index]
    if piece.kind is Kind.HEADING:
        return h.mentions_recommendations(text[piece.start : piece.end])
    return piece.kind is Kind.TEXT and _next_heading(text, pieces, index) and h.mentions_recommendations(piece.body(text))


def _next_heading(text: str, pieces: list[Piece], index: int) -> bool:
    """A whole line that reads like a title after a finished sentence, not continued in lower case below."""
    piece = pieces[index]
    if not (piece.whole_line and h.looks_like_heading(piece.body(text))):
        return False
    previous = pieces[index - 1] if index else None
    if previous is not None and not h.ends_clause(text[previous.start : previous.end]):
        return False
    following = _next_content(pieces, index + 1)
    return following is None or not text[following.start : following.start + 1].islower()


def _close(text: str, found: list[Found], label: str, span: tuple[int, int] | None, pieces: list[Piece], position: int) -> None:
    """Add the paragraph ``span`` as the next unnumbered recommendation unless it is narration."""
    if span is None or h.is_reporting(text[span[0] : span[1]]):
        return
    at_document_end = _next_content(pieces, position) is None
    truncated = at_document_end and not h.ends_with_full_stop(text[span[0] : span[1]])
    found.append(Found(str(len(found) + 1), "", label, span[0], span[1], truncated))


def _is_recommendation(text: str, extent: _Extent) -> bool:
    """Asks someone to act, and is neither narration nor the introduction to a list.

    An introduction ("adopted the following recommendations:") still counts when
    the sub-items after it carry the requests.
    """
    own = text[extent.start : extent.body_end]
    if h.is_reporting(own):
        return False
    requests = text[extent.body_end : extent.end] if h.is_announcement(own) else text[extent.start : extent.end]
    return h.is_directive(requests)


def _extent(text: str, pieces: list[Piece], index: int, skip_title: bool) -> _Extent | None:
    """The span opened by ``pieces[index]``: its own text, then the unmarked text that follows.

    Furniture before any text is skipped (a page break right after a heading);
    furniture after text ends the span, flagged truncated when the sentence goes
    on after it, because a span cannot jump over it.
    """
    head = pieces[index]
    start = end = None
    if head.body_start < head.end:
        start, end = head.body_start, head.end
    position = index + 1
    following = _next_content(pieces, position)
    if skip_title and start is not None and following is not None and following.kind is Kind.TEXT:
        if h.looks_like_heading(head.body(text)):
            start = end = None  # "Recommendation 3: Victim identification" - a title, not the wording
    body_end = end if end is not None else head.body_start
    cut_by_furniture = False
    while position < len(pieces):
        piece = pieces[position]
        if piece.kind is Kind.FURNITURE:
            if start is None:
                position += 1
                continue
            after = _next_content(pieces, position)
            cut_by_furniture = after is not None and after.kind is Kind.TEXT
            break
        if piece.kind is not Kind.TEXT:
            break
        if start is None:
            start = body_end = piece.start
        end = piece.end
        position += 1
    if start is None or end is None:
        return None
    at_document_end = _next_content(pieces, position) is None
    truncated = cut_by_furniture or (at_document_end and not h.ends_with_full_stop(text[start:end]))
    return _Extent(start, end, body_end, truncated)


def _next_content(pieces: list[Piece], position: int) -> Piece | None:
    """The first piece at or after ``position`` that is not furniture."""
    for index in range(position, len(pieces)):
        if pieces[index].kind is not Kind.FURNITURE:
            return pieces[index]
    return None
