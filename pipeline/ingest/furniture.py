"""Page furniture: lines that belong to the printed page, not to the report's text.

Job numbers, barcodes, page numbers, repeated document symbols and running
headers/footers are removed so that the segmenter sees only the report's words.
Detection is line-local or counts lines once, so it stays linear on huge inputs.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator

from pipeline.ingest.lines import ends_with_terminal_punctuation, starts_heading
from pipeline.ingest.patterns import is_un_symbol

_PATTERN_FURNITURE = re.compile(
    # Job numbers, optionally with a page number ("3", "2/6") or print dates: "V.10-50502 (E)",
    # "GE.21-01234(E) 130421", "2/6 V.17-65472" (a page foot whose line break was lost).
    r"(?:\d{1,4}(?:\s*/\s*\d{1,4})?\s+)?(?:[A-Z]{1,3}\.)?\d{2}-\d{5}\s*(?:\([A-Z]\))?(?:\s+\d{1,6}(?:\s*/\s*\d{1,4})?)*"
    # Barcodes: "*1050502*".
    r"|\*\d{6,9}\*"
    # Bare page numbers: "2", "- 3 -", "Page 4", "Page 4 of 12", "4/12" (never a lone year such as "2013").
    r"|\d{1,3}|[-–—]\s*\d{1,4}\s*[-–—]|(?i:page)\s+\d{1,4}(?:\s+(?i:of)\s+\d{1,4})?|\d{1,4}\s*/\s*\d{1,4}"
)
MAX_PATTERN_CHARS = 60  # job numbers, page numbers and symbols are short: longer lines skip the checks
_HAS_WORD_CHARACTER = re.compile(r"[^\W_]")
_DIGITS = re.compile(r"\d+")

EDGE_LINES = 3  # lines at the top and bottom of a page where running headers/footers sit
RUNNING_SHARE = 0.5  # a running header appears on at least this share of the pages ...
RUNNING_MIN_PAGES = 2  # ... and on at least this many pages
MAX_FURNITURE_CHARS = 120  # longer lines are text, however often they repeat
REPEATS_IN_TEXT = 3  # in a single-page .txt, a short line seen this often is a running header
SYMBOL_HEADER_LINES = 10  # the document's own symbol stands within its first lines


def is_pattern_furniture(line: str) -> bool:
    """True for a line that is furniture whatever the document: job number, barcode, page number, rule."""
    if _HAS_WORD_CHARACTER.search(line) is None:
        return True
    return len(line) <= MAX_PATTERN_CHARS and _PATTERN_FURNITURE.fullmatch(line) is not None


def _could_repeat_as_furniture(line: str) -> bool:
    """Headings and sentences are text even when they repeat."""
    return len(line) <= MAX_FURNITURE_CHARS and not starts_heading(line) and not ends_with_terminal_punctuation(line)


def _page_key(line: str) -> str:
    """Compare running headers without their page numbers: "Report, page 3" == "Report, page 4"."""
    return _DIGITS.sub("#", line)


def _edge_indices(page: list[str]) -> list[int]:
    """Positions of the first and last non-empty lines of a page."""
    content = [index for index, line in enumerate(page) if line]
    if len(content) <= 2 * EDGE_LINES:
        return content
    return content[:EDGE_LINES] + content[-EDGE_LINES:]


def _edge_keys(page: list[str]) -> dict[int, str]:
    """Page-number-blind keys of the page's edge lines that could be running headers, by position."""
    return {index: _page_key(page[index]) for index in _edge_indices(page) if _could_repeat_as_furniture(page[index])}


def running_header_keys(edge_keys: list[dict[int, str]]) -> set[str]:
    """Keys of lines that repeat at the top or bottom of many pages (running headers and footers)."""
    if len(edge_keys) < RUNNING_MIN_PAGES:
        return set()
    counts: Counter[str] = Counter()
    for keys in edge_keys:
        counts.update(set(keys.values()))
    needed = max(RUNNING_MIN_PAGES, math.ceil(RUNNING_SHARE * len(edge_keys)))
    return {key for key, count in counts.items() if count >= needed}


def _standalone_lines(page: list[str]) -> Iterator[str]:
    """Lines with an empty line (or the page edge) on both sides: where a lost running header sits."""
    for index, line in enumerate(page):
        if line and (index == 0 or not page[index - 1]) and (index + 1 == len(page) or not page[index + 1]):
            yield line


def repeated_lines(pages: list[list[str]]) -> set[str]:
    """Standalone short lines repeated many times: running headers of text that lost its page breaks.

    Lines inside a paragraph never count, so boilerplate wording repeated in
    the text itself is not mistaken for a header.
    """
    counts = Counter(line for page in pages for line in _standalone_lines(page) if _could_repeat_as_furniture(line))
    return {line for line, count in counts.items() if count >= REPEATS_IN_TEXT}


def remove_furniture(pages: list[list[str]], count_repeats: bool) -> list[list[str]]:
    """Return the pages with every furniture line replaced by an empty line (a gap).

    ``pages`` hold stripped lines. The first document symbol in the opening lines
    is the report's own and stays; every other line that is only a symbol goes.
    ``count_repeats`` also removes short standalone lines repeated many times
    (plain text that lost its page breaks).
    """
    edge_keys = [_edge_keys(page) for page in pages] if len(pages) >= RUNNING_MIN_PAGES else []
    running = running_header_keys(edge_keys)
    repeated = repeated_lines(pages) if count_repeats else set()
    cleaned: list[list[str]] = []
    seen_lines = 0
    own_symbol_kept = False
    for page_number, page in enumerate(pages):
        running_here = {index for index, key in edge_keys[page_number].items() if key in running} if running else set()
        kept: list[str] = []
        for index, line in enumerate(page):
            if not line:
                kept.append("")
                continue
            seen_lines += 1
            if len(line) > MAX_FURNITURE_CHARS:
                kept.append(line)  # too long to be furniture of any kind
            elif len(line) <= MAX_PATTERN_CHARS and is_un_symbol(line):
                keep = not own_symbol_kept and seen_lines <= SYMBOL_HEADER_LINES
                own_symbol_kept = own_symbol_kept or keep
                kept.append(line if keep else "")
            elif is_pattern_furniture(line) or line in repeated or index in running_here:
                kept.append("")
            else:
                kept.append(line)
        cleaned.append(kept)
    return cleaned
