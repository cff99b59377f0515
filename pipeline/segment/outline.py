"""Decide what the ambiguous pieces are, and where each piece sits in the report's outline.

Numbered sub-headings ("1. General recommendations") and numbered paragraphs
("3. States parties should ...") share one numbering style. They are told apart
by shape (a heading is short, verbless, unpunctuated) and, where shape is not
enough, by the paragraph numbering: a report's paragraph numbers go up by one.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.segment import headings as h
from pipeline.segment.pieces import HEADING_KINDS, Kind, Piece

MAX_SKIPPED_NUMBERS = 10  # after a heading, the numbering resumes even if this many paragraph numbers were lost
_MARKER_KINDS = frozenset({Kind.REC_HEADING, Kind.CHAPTER, Kind.SECTION, Kind.NUMBERED})


@dataclass(frozen=True)
class Outline:
    """The headings enclosing a piece, as printed (minus emphasis and "(continued)")."""

    chapter: str | None = None
    section: str | None = None
    subheading: str | None = None

    def path(self) -> str:
        """The heading path joined with " > ", e.g. "II. Recommendations > A. General recommendations"."""
        return " > ".join(label for label in (self.chapter, self.section, self.subheading) if label)

    def about_recommendations(self) -> bool:
        """True inside a chapter or lettered section whose heading mentions recommendations."""
        return any(label and h.mentions_recommendations(label) for label in (self.chapter, self.section))


def resolve(text: str, pieces: list[Piece]) -> list[Piece]:
    """Turn NUMBERED pieces into PARAGRAPH, SUBHEADING or TEXT and spot unnumbered heading lines.

    A number inside a line that fits neither the paragraph numbering nor a heading
    ("... in paragraph 3. States ...") is not a marker: its text joins the piece before.
    """
    resolved: list[Piece] = []
    expected: int | None = None  # the next paragraph number, once one has been seen
    in_recommendation = False  # after a "Recommendation N" heading, before the next heading
    following_content = _next_content(pieces)
    list_next: int | None = None  # the next item of a numbered list inside a recommendation
    for index, piece in enumerate(pieces):
        following = following_content[index]
        if piece.kind is Kind.NUMBERED:
            number = int(piece.number)
            in_list = in_recommendation and number == list_next
            kind = _numbered(text, piece, resolved, expected, in_recommendation, in_list, following)
            if kind is None:
                resolved[-1].end = piece.end
                continue
            piece.kind = kind
            if kind is Kind.PARAGRAPH:
                expected = number + 1
            list_next = number + 1 if kind is Kind.TEXT else None
        elif piece.kind is Kind.TEXT and _is_heading_line(text, piece, resolved, in_recommendation, following):
            piece.kind = Kind.HEADING
        if piece.kind is Kind.REC_HEADING:
            in_recommendation = True
        elif piece.kind in HEADING_KINDS or piece.kind is Kind.PARAGRAPH:
            in_recommendation = False
        resolved.append(piece)
    return resolved


def outlines(text: str, pieces: list[Piece]) -> list[Outline]:
    """The outline each resolved piece sits in (a heading's outline includes itself)."""
    has_chapters = any(piece.kind is Kind.CHAPTER for piece in pieces)
    current = Outline()
    result = []
    for piece in pieces:
        label = h.clean_heading(text[piece.start : piece.end]) if piece.kind in HEADING_KINDS else ""
        if piece.kind is Kind.CHAPTER or (piece.kind is Kind.HEADING and not has_chapters):
            current = Outline(chapter=label)
        elif piece.kind is Kind.SECTION:
            current = Outline(current.chapter, label)
        elif piece.kind in (Kind.SUBHEADING, Kind.HEADING):
            current = Outline(current.chapter, current.section, label)
        result.append(current)
    return result


def _numbered(
    text: str,
    piece: Piece,
    resolved: list[Piece],
    expected: int | None,
    in_recommendation: bool,
    in_list: bool,
    following: Piece | None,
) -> Kind | None:
    """What "N. ..." is, or None when it is no marker at all."""
    number = int(piece.number)
    body = piece.body(text)
    guess = h.numbered_kind(body)
    if in_list or body[:1].islower():
        # The next item of a list inside a recommendation; report paragraphs and
        # headings never start with a lower-case word.
        return Kind.TEXT if piece.line_start else None
    if in_recommendation and number != expected:
        # Inside a "Recommendation N" block, off-sequence numbers are list items,
        # unless a heading-like line directly introduces the next recommendation.
        if guess == "heading" and following is not None and following.kind is Kind.REC_HEADING:
            return Kind.SUBHEADING
        return Kind.TEXT if piece.line_start else None
    if guess == "heading":
        return Kind.SUBHEADING
    if guess == "ambiguous":
        # "1. General recommendations." - a heading unless it is the next paragraph number
        # and is not directly followed by a paragraph bearing that same number.
        repeated = following is not None and following.kind is Kind.NUMBERED and following.number == piece.number
        return Kind.PARAGRAPH if number == expected and not repeated else Kind.SUBHEADING
    if piece.whole_line and number != expected and h.looks_like_long_title(body):
        # "1. Countering money-laundering, illicit financial flows and ... drug trade" on a line of
        # its own, off the paragraph numbering: a long sub-heading, not a paragraph.
        return Kind.SUBHEADING
    if piece.line_start or number == expected:
        return Kind.PARAGRAPH
    if expected is not None and 0 < number - expected <= MAX_SKIPPED_NUMBERS and resolved and resolved[-1].kind in HEADING_KINDS:
        # "3. International cooperation 13. Invites ...": a heading is followed by a paragraph,
        # even when a number before it was lost (e.g. "12." read as a heading); resume the numbering.
        return Kind.PARAGRAPH
    if expected is None and resolved and _closes_thought(text, resolved[-1]):
        return Kind.PARAGRAPH
    return None


def _is_heading_line(text: str, piece: Piece, resolved: list[Piece], in_recommendation: bool, following: Piece | None) -> bool:
    """An unnumbered line standing alone that reads like a title and does not continue a sentence."""
    if not (piece.block_start and piece.whole_line and h.looks_like_heading(piece.body(text))):
        return False
    previous = next((p for p in reversed(resolved) if p.kind is not Kind.FURNITURE), None)
    if previous is not None and not _closes_thought(text, previous):
        return False  # e.g. the second half of a sentence cut by a page break
    if in_recommendation:
        return following is not None and following.kind in _MARKER_KINDS
    return True


def _closes_thought(text: str, piece: Piece) -> bool:
    """True when nothing that follows ``piece`` can be the rest of its sentence."""
    if (
        piece.kind in HEADING_KINDS
        or piece.kind is Kind.FORM
        or (piece.kind is Kind.REC_HEADING and piece.body_start == piece.end)
    ):
        return True
    return h.ends_clause(text[max(piece.start, piece.end - 16) : piece.end])  # only the tail matters


def _next_content(pieces: list[Piece]) -> list[Piece | None]:
    """For each piece, the next piece that is not furniture (None at the end)."""
    result: list[Piece | None] = [None] * len(pieces)
    upcoming: Piece | None = None
    for index in range(len(pieces) - 1, -1, -1):
        result[index] = upcoming
        if pieces[index].kind is not Kind.FURNITURE:
            upcoming = pieces[index]
    return result
