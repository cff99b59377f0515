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
   the items are numbered 1, 2, ... in reading order, or as printed when the list is
   numbered ("SUMMARY OF RECOMMENDATIONS" / "State of forestry" / "1. The Commission urged ...").
5. Resolution: the numbered operative paragraphs after the line naming the adopting body
   ("The General Assembly,") that open with a request ("Urges States ...", "Requests the
   Secretary-General ..."); the unnumbered preambular paragraphs never count. Used only when
   no layout above finds any.

Either of the first two may hold a lettered list of requests, split into recommendations by ``lettered``.
Layout 6 (the items of a UPR Working Group report's conclusions paragraphs, "93.1. ... (Spain);") is in ``upr``
and is tried right after layout 1.
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
    """Layout 4: the paragraphs after a recommendations heading, up to the next heading.

    A paragraph starts at a blank line, at a printed number ("1. The Commission urged ...")
    or, in a copy whose lines were hard-wrapped, at a line after one that ends a sentence;
    a heading-like line ends the list unless the next line continues it in lower case
    ("Investigate" / "and prosecute ...") or the printed numbering resumes after it (a
    sub-heading inside a numbered list). A paragraph that keeps a printed number is
    numbered so; the others 1, 2, ... in reading order.
    """
    found: list[Found] = []
    reading = _List()
    for index, piece in enumerate(pieces):
        if _opens_recommendations(text, pieces, index):
            reading.close(text, found, pieces, index)
            reading = _List(h.clean_heading(text[piece.start : piece.end]))
            continue
        if not reading.label:
            continue
        if _is_title(text, pieces, index):
            reading.close(text, found, pieces, index)
            if _numbering_resumes(text, pieces, index, reading.next_number):
                reading.subheading = h.clean_heading(text[piece.start : piece.end])
            else:
                reading = _List()
            continue
        if piece.kind not in (Kind.TEXT, Kind.HEADING, Kind.PARAGRAPH):
            reading.close(text, found, pieces, index)
            reading = _List()
            continue
        reading.add(text, found, pieces, index)
    reading.close(text, found, pieces, len(pieces))
    return found


def resolution(text: str, pieces: list[Piece]) -> list[Found]:
    """Layout 5: a resolution's operative paragraphs that ask someone to act.

    Its recommendations are the operative paragraphs (numbered, after the line naming the
    body) whose opening words make a request; "Takes note", "Decides to include",
    "Reaffirms" state or decide and are no recommendation, and neither are the preambular
    paragraphs ("Recalling ...", "Concerned ..."), which are not numbered. The section is that
    line ("The General Assembly"), as a resolution has no recommendations heading.
    """
    found: list[Found] = []
    body = ""  # the adopting body, once its line has been read
    for index, piece in enumerate(pieces):
        if not body:
            if piece.whole_line and h.is_enacting_line(text[piece.start : piece.end]):
                body = text[piece.start : piece.end].strip().rstrip(",").strip()
            continue
        if piece.kind not in (Kind.PARAGRAPH, Kind.SUBHEADING) or not piece.number.isdigit():
            continue  # a footnote-marked first paragraph ("Takes note of ... 79/7;1") may read as a sub-heading
        extent = _operative_extent(text, pieces, index)
        if h.opens_with_request(text[extent.start : extent.end]):
            found.append(Found(piece.number, "", body, extent.start, extent.end, extent.truncated))
    return found


def _operative_extent(text: str, pieces: list[Piece], index: int) -> _Extent:
    """An operative paragraph: its own text and the text after it up to a new block after a finished clause.

    The lines after the last paragraph ("22nd plenary meeting", the date, footnotes) start new
    blocks after a full stop, so they stay out; a paragraph that a page break cut in the middle of
    a sentence goes on. Furniture ends it, flagged truncated when the sentence goes on after it.
    """
    head = pieces[index]
    start, end = head.body_start, head.end
    position = index + 1
    while position < len(pieces):
        piece = pieces[position]
        if piece.kind is Kind.FURNITURE:
            after = _next_content(pieces, position)
            cut = after is not None and after.kind is Kind.TEXT and not h.ends_clause(text[start:end])
            return _Extent(start, end, end, cut)
        if piece.kind is not Kind.TEXT or (piece.block_start and h.ends_clause(text[start:end])):
            break
        end = piece.end
        position += 1
    at_document_end = _next_content(pieces, position) is None
    return _Extent(start, end, end, at_document_end and not h.ends_with_full_stop(text[start:end]))


@dataclass
class _List:
    """The list under one recommendations heading, read paragraph by paragraph by layout 4."""

    label: str = ""  # the recommendations heading; "" when no list is being read
    subheading: str = ""  # the last sub-heading inside the list ("State of forestry in the region")
    span: tuple[int, int] | None = None  # the paragraph being read
    number: str = ""  # the number that paragraph prints, if any
    next_number: int = 1  # the printed number that would continue the list

    def add(self, text: str, found: list[Found], pieces: list[Piece], index: int) -> None:
        """Start a paragraph at ``pieces[index]`` (after its printed number) or extend the current one with it."""
        piece = pieces[index]
        number = piece.number if piece.number.isdigit() else ""
        span = self.span
        if span is None or number or piece.block_start or h.ends_with_full_stop(text[span[0] : span[1]]):
            self.close(text, found, pieces, index)
            self.span, self.number = (piece.body_start if number else piece.start, piece.end), number
        else:
            self.span = (span[0], piece.end)

    def close(self, text: str, found: list[Found], pieces: list[Piece], position: int) -> None:
        """Add the current paragraph as the next recommendation unless it is narration or a lead-in."""
        span, self.span = self.span, None
        if span is None:
            return
        wording = text[span[0] : span[1]]
        if h.is_reporting(wording) or wording.rstrip().endswith(":"):
            return  # "At its meeting ...", "The Conference:" - neither asks anything itself
        if self.number:
            self.next_number = int(self.number) + 1
        at_document_end = _next_content(pieces, position) is None
        truncated = at_document_end and not h.ends_with_full_stop(wording)
        section = " > ".join(label for label in (self.label, self.subheading) if label)
        found.append(Found(self.number or str(len(found) + 1), "", section, span[0], span[1], truncated))


def _opens_recommendations(text: str, pieces: list[Piece], index: int) -> bool:
    """An unnumbered heading line that mentions recommendations ("Prioritized Recommendations")."""
    piece = pieces[index]
    if piece.kind is Kind.HEADING:
        return h.mentions_recommendations(text[piece.start : piece.end])
    return piece.kind is Kind.TEXT and _next_heading(text, pieces, index) and h.mentions_recommendations(piece.body(text))


def _is_title(text: str, pieces: list[Piece], index: int) -> bool:
    """A heading line inside the list: after a finished sentence, or right under another heading.

    Either way it is a title only when the next line does not continue it in lower case
    (a lead word left alone by the conversion: "Strengthen" / "the capacity of ...").
    """
    if _next_heading(text, pieces, index):
        return True
    piece = pieces[index]
    previous = pieces[index - 1] if index else None
    if piece.kind is not Kind.HEADING or previous is None or previous.kind is not Kind.HEADING:
        return False
    following = _next_content(pieces, index + 1)
    return following is None or not text[following.start : following.start + 1].islower()


def _numbering_resumes(text: str, pieces: list[Piece], index: int, expected: int) -> bool:
    """True when the list's printed numbering goes on after the heading at ``index``.

    Only further headings and lead-ins ("The Conference:") may come between: then the
    heading groups the items ("For the attention of FAO" / "5. Recommended that ...").
    """
    for piece in pieces[index + 1 :]:
        if piece.kind is Kind.FURNITURE or piece.kind is Kind.HEADING:
            continue
        if piece.kind is Kind.TEXT and not piece.number and text[piece.start : piece.end].rstrip().endswith(":"):
            continue
        return piece.number == str(expected) and piece.kind in (Kind.PARAGRAPH, Kind.TEXT)
    return False


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
