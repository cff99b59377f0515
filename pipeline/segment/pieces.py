"""Cut a report's text into pieces: each heading, numbered paragraph, run of text or furniture.

A piece keeps character offsets into the original text, so every later decision
can be turned back into an exact ``text[start:end]`` slice. Headings and
paragraphs run together on one line ("I. Introduction 1. In its decision ...")
become separate pieces; page furniture and questionnaire form lines become pieces of their own,
so they can end a recommendation but never sit inside one.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from pipeline.ingest.lines import REFERENCE_WORDS, is_form_line
from pipeline.segment import headings as h


class Kind(enum.Enum):
    """What a piece is. NUMBERED is resolved later into PARAGRAPH, SUBHEADING or TEXT."""

    CHAPTER = "chapter"  # "II. Recommendations"
    SECTION = "section"  # "A. General recommendations"
    SUBHEADING = "subheading"  # "1. General recommendations"
    HEADING = "heading"  # an unnumbered heading line ("Conclusions and recommendations")
    REC_HEADING = "rec_heading"  # "Recommendation 7"
    NUMBERED = "numbered"  # "3. ..." before it is resolved
    PARAGRAPH = "paragraph"  # "3. States parties should ..."
    TEXT = "text"  # text without a marker: a continuation, a sub-item, front matter
    FURNITURE = "furniture"  # job numbers, barcodes, symbols, page numbers
    FORM = "form"  # a questionnaire reply box ("Any action taken YES NO", "Comments:")


HEADING_KINDS = frozenset({Kind.CHAPTER, Kind.SECTION, Kind.SUBHEADING, Kind.HEADING})


@dataclass
class Piece:
    """One piece of the text: ``[start, end)`` with the marker in ``[start, body_start)``."""

    kind: Kind
    start: int
    body_start: int
    end: int
    number: str = ""  # "3", "II", "A" (as printed)
    qualifier: str = ""  # "bis", "ter" after a recommendation number
    line_start: bool = True
    block_start: bool = True
    whole_line: bool = True

    def body(self, text: str) -> str:
        """The piece's text after its marker."""
        return text[self.body_start : self.end]


_LINE = re.compile(r"[^\r\n]+")
_HEADING_WINDOW = 300  # characters; far longer than any heading


class _Scanner:
    """Walks the lines once, remembering the chapter and lettered-section numbering seen so far."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pieces: list[Piece] = []
        self.chapter = 0  # value of the last roman chapter
        self.letter = ""  # last lettered section inside that chapter

    def scan(self) -> list[Piece]:
        previous_end = 0
        for line in _LINE.finditer(self.text):
            start, end = _strip(self.text, line.start(), line.end())
            if start == end:
                continue
            block_start = not self.pieces or self.text.count("\n", previous_end, start) >= 2
            previous_end = end
            self._scan_line(start, end, block_start)
        return self.pieces

    def _scan_line(self, start: int, end: int, block_start: bool) -> None:
        if h.FURNITURE_LINE.fullmatch(self.text, start, end):
            self.pieces.append(Piece(Kind.FURNITURE, start, start, end, block_start=block_start))
            return
        if is_form_line(self.text[start:end]):
            self.pieces.append(Piece(Kind.FORM, start, start, end, block_start=block_start))
            return
        first = len(self.pieces)
        cursor = start
        for furniture in h.INLINE_FURNITURE.finditer(self.text, start, end):
            self._scan_span(cursor, furniture.start(), line_start=cursor == start)
            self.pieces.append(Piece(Kind.FURNITURE, furniture.start(), furniture.start(), furniture.end(), line_start=False))
            cursor = furniture.end()
        self._scan_span(cursor, end, line_start=cursor == start)
        line_pieces = self.pieces[first:]
        for piece in line_pieces:
            piece.whole_line = len(line_pieces) == 1
            piece.block_start = block_start and piece is line_pieces[0]

    def _scan_span(self, start: int, end: int, line_start: bool) -> None:
        start, end = _strip(self.text, start, end)
        if start == end:
            return
        opened = self._opening_piece(start, end, line_start)
        if opened is None:
            opened = Piece(Kind.TEXT, start, start, end, line_start=line_start)
        self.pieces.append(opened)
        search_from = opened.body_start
        while True:
            inner = self._next_inner_marker(search_from, end)
            if inner is None:
                break
            current = self.pieces[-1]
            current.end = _strip(self.text, current.start, inner.start)[1]
            self.pieces.append(inner)
            search_from = inner.body_start
        self.pieces[-1].end = _strip(self.text, self.pieces[-1].start, end)[1]

    def _opening_piece(self, start: int, end: int, line_start: bool) -> Piece | None:
        """A marker at the start of a line: headings and paragraph numbers may start anywhere there."""
        if match := h.REC_AT_START.match(self.text, start, end):
            return self._rec_piece(match, start, line_start)
        if match := h.LETTERS_AT_START.match(self.text, start, end):
            kind = self._heading_kind(match.group("token"))
            if kind is not None:
                return self._heading_piece(kind, match, start, line_start)
        if match := h.NUMBER_AT_START.match(self.text, start, end):
            return Piece(Kind.NUMBERED, start, match.end(), end, number=match.group("number"), line_start=line_start)
        return None

    def _next_inner_marker(self, position: int, end: int) -> Piece | None:
        """The next marker inside the line that the numbering and punctuation around it make plausible."""
        for match in h.MARKER_INSIDE.finditer(self.text, position, end):
            # Only the last few hundred characters matter: a heading is never longer.
            piece_start = self.pieces[-1].body_start
            window_start = max(piece_start, match.start() - _HEADING_WINDOW)
            before = self.text[window_start : match.start()].rstrip()
            follows_heading = not before or (window_start == piece_start and h.looks_like_heading(before))
            after_sentence = h.ends_clause(before) and not _ends_with_abbreviation(before)
            if match.group("rec"):
                if after_sentence or follows_heading:
                    return self._rec_piece(match, match.start(), line_start=False)
            elif match.group("token"):
                if not (after_sentence or follows_heading):
                    continue
                kind = self._heading_kind(match.group("token"), inside_line=True)
                if kind is not None:
                    return self._heading_piece(kind, match, match.start(), line_start=False)
            else:
                if before.endswith(",") or (_last_word(before) in REFERENCE_WORDS and not follows_heading):
                    continue
                return Piece(Kind.NUMBERED, match.start(), match.end(), end, number=match.group("number"), line_start=False)
        return None

    def _heading_kind(self, token: str, inside_line: bool = False) -> Kind | None:
        """CHAPTER or SECTION for "II." / "A.", resolving "I." "V." "X." by the lettering so far."""
        roman = h.roman_value(token)
        is_letter = len(token) == 1
        if is_letter and roman is not None and self.letter and ord(self.letter) + 1 == ord(token):
            roman = None  # "I." right after "H.": the ninth lettered section, not chapter one
        if roman is not None:
            if inside_line and roman != self.chapter + 1:
                return None
            self.chapter, self.letter = roman, ""
            return Kind.CHAPTER
        if not is_letter:
            return None
        expected = chr(ord(self.letter) + 1) if self.letter else "A"
        if inside_line and token != expected:
            return None
        self.letter = token
        return Kind.SECTION

    def _heading_piece(self, kind: Kind, match: re.Match[str], start: int, line_start: bool) -> Piece:
        return Piece(kind, start, match.end(), match.end(), number=match.group("token"), line_start=line_start)

    def _rec_piece(self, match: re.Match[str], start: int, line_start: bool) -> Piece:
        body_start = _skip_space(self.text, match.end())
        return Piece(
            Kind.REC_HEADING,
            start,
            body_start,
            body_start,
            number=match.group("rec"),
            qualifier=match.group("qualifier") or "",
            line_start=line_start,
        )


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of ``text[start:end]`` without surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace() and text[position] not in "\r\n":
        position += 1
    return position


def _last_word(text: str) -> str:
    words = text.split()
    return words[-1].strip(".,;:()").lower() if words else ""


def _ends_with_abbreviation(text: str) -> bool:
    words = text.split()
    return bool(words) and bool(h.ABBREVIATION.fullmatch(words[-1]))


def scan(text: str) -> list[Piece]:
    """Cut ``text`` into pieces in reading order (NUMBERED pieces still unresolved)."""
    return _Scanner(text).scan()
