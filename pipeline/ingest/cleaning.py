"""Turn extracted page text into the clean-text contract the segmenter relies on.

Blocks (a paragraph or a heading) are separated by exactly one blank line; a
paragraph wrapped over several source lines becomes one line; page furniture is
gone; a sentence cut by a page break is rejoined. Wording is never changed.
Everything is one pass over the lines, so a 50 MB file cleans in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.ingest.furniture import remove_furniture
from pipeline.ingest.hyphenation import HyphenJoiner
from pipeline.ingest.lines import (
    continues_across_break,
    ends_sentence_with_note,
    ends_with_terminal_punctuation,
    is_form_line,
    is_label_heading,
    is_title_line,
    starts_block,
    starts_enumerator,
    starts_lowercase,
    starts_spaced_paragraph_number,
    trailing_enumerator,
)

SOFT_HYPHEN = "\u00ad"
_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_LIGATURE = re.compile("|".join(_LIGATURES))

MAX_WRAPPED_LINE = 200  # no printed page wraps a line this long: such a line is a whole paragraph
DEFAULT_WRAP_WIDTH = 80  # characters per wrapped line when the document has too few to measure
MIN_LINES_TO_MEASURE = 10
SHORT_LINE_SHARE = 0.6  # a line shorter than this share of the wrap width ends its paragraph


def split_lines(page: str) -> list[str]:
    """Stripped lines of one page, with ligatures spelled out and soft hyphens kept only at line ends."""
    page = (
        _LIGATURE.sub(lambda match: _LIGATURES[match.group()], page)
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\x0b", "\n")
    )
    lines = []
    for raw in page.split("\n"):
        line = raw.strip()
        if SOFT_HYPHEN in line:
            ends_soft = line.endswith(SOFT_HYPHEN)
            line = line.replace(SOFT_HYPHEN, "") + (SOFT_HYPHEN if ends_soft else "")
        lines.append(line)
    return lines


def _runs(pages: list[list[str]]) -> Iterator[list[str]]:
    """Maximal sequences of non-empty lines; an empty line or a page break ends a run."""
    for page in pages:
        run: list[str] = []
        for line in page:
            if line:
                run.append(line)
            elif run:
                yield run
                run = []
        if run:
            yield run


def _is_wrapped(run: list[str]) -> bool:
    return len(run) > 1 and max(map(len, run)) <= MAX_WRAPPED_LINE


def _wrap_width(pages: list[list[str]]) -> float:
    """The typical full-line length of wrapped paragraphs (90th percentile), to tell a paragraph's last line."""
    lengths = sorted(len(line) for run in _runs(pages) if _is_wrapped(run) for line in run)
    if len(lengths) < MIN_LINES_TO_MEASURE:
        return DEFAULT_WRAP_WIDTH
    return lengths[int(0.9 * (len(lengths) - 1))]


def _stands_apart(previous: str, line: str, following: str | None, short: float) -> bool:
    """A short title-case line right after a finished sentence and before more text opens a block.

    In a hard-wrapped paragraph only the last line is short, so a short line without final
    punctuation after a finished sentence is not the tail of that sentence's paragraph: it is a
    heading over a capitalised paragraph ("Prioritized Recommendations" / "Investigate ...") or the
    lead word of a paragraph whose next words a conversion moved down ("Strengthen" / "the capacity").
    """
    return (
        following is not None
        and following[:1].isalpha()
        and len(line) < short
        and ends_with_terminal_punctuation(previous)
        and is_title_line(line)
    )


def _continues_in_run(previous: str, line: str, following: str | None, wrapped: bool, short: float, opens_block: bool) -> bool:
    """Whether ``line`` continues the paragraph of ``previous`` when no blank line separates them.

    ``following`` is the next non-empty line, on this page or the next (None at the document's end);
    ``opens_block`` says ``previous`` is the first line of its block. A block's only line followed by
    a tab-set paragraph number is a sub-heading over that paragraph ("Institutional infrastructure
    and policy measures" / "8.     The Committee ..."), however long the heading.
    """
    if is_label_heading(previous) or is_form_line(previous) or starts_block(line):
        return False
    if continues_across_break(previous, line):
        return True
    if opens_block and starts_spaced_paragraph_number(line):
        return False
    if not wrapped or len(previous) < short or _stands_apart(previous, line, following, short):
        return False
    return not (starts_enumerator(line) and (ends_with_terminal_punctuation(previous) or ends_sentence_with_note(previous)))


class _BlockBuilder:
    """Accumulates the pieces of the open block and joins lines with a space or across a hyphen."""

    def __init__(self, joiner: HyphenJoiner) -> None:
        self.joiner = joiner
        self.blocks: list[str] = []
        self.pieces: list[str] = []

    @property
    def last_line(self) -> str:
        return self.pieces[-1] if self.pieces else ""

    def _close(self) -> None:
        if self.pieces:
            self.blocks.append("".join(self.pieces).removesuffix(SOFT_HYPHEN))
        self.pieces = []

    def start(self, line: str) -> None:
        self._close()
        self.pieces = [line]

    def cut_last_line(self, at: int) -> str:
        """Remove the last line's text from ``at`` on (and the spaces before it); return the removed text."""
        previous = self.pieces[-1]
        self.pieces[-1] = previous[:at].rstrip()
        return previous[at:]

    def join(self, line: str) -> None:
        previous = self.pieces[-1]
        if previous.endswith(SOFT_HYPHEN):
            self.pieces[-1] = previous[:-1]
        else:
            keep = self.joiner.keeps_hyphen(previous, line)
            if keep is None:
                self.pieces.append(" ")
            elif not keep:
                self.pieces[-1] = previous[:-1]
        self.pieces.append(line)

    def finish(self) -> str:
        self._close()
        return "\n\n".join(self.blocks)


def clean_pages(pages: list[list[str]], count_repeats: bool) -> str:
    """Assemble the clean text from pages of stripped lines (see :func:`split_lines`)."""
    pages = remove_furniture(pages, count_repeats=count_repeats)
    short = SHORT_LINE_SHARE * _wrap_width(pages)
    builder = _BlockBuilder(HyphenJoiner(lambda: (line for page in pages for line in page)))
    runs = list(_runs(pages))
    for run_index, run in enumerate(runs):
        wrapped = _is_wrapped(run)
        # The line after the run's last one is the next run's first (after a blank line or a page break).
        lookahead = [*run[1:], runs[run_index + 1][0] if run_index + 1 < len(runs) else None]
        for index, line in enumerate(run):
            previous = builder.last_line
            if not previous:
                builder.start(line)
            elif index == 0:
                number_at = trailing_enumerator(previous)
                if number_at is not None and not starts_lowercase(line):
                    builder.start(builder.cut_last_line(number_at) + " " + line)
                else:
                    (builder.join if continues_across_break(previous, line) else builder.start)(line)
            else:
                opens_block = len(builder.pieces) == 1
                joins = _continues_in_run(previous, line, lookahead[index], wrapped, short, opens_block)
                (builder.join if joins else builder.start)(line)
    return builder.finish()
