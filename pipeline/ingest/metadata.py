"""Best-effort metadata from a report's masthead: body, symbol, date, venue, title.

Every field is None when the masthead does not state it; nothing is guessed
from the body of the report. Patterns are general UN conventions ("Distr.:"
lines, document symbols, "City, 10–11 Month Year"), not one report's strings.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from pipeline.ingest.lines import starts_enumerator, starts_heading
from pipeline.ingest.patterns import DATE, MONTH, find_un_symbol, iso_date

HEAD_BLOCKS = 30  # the masthead is within the first blocks ...
MAX_HEAD_BLOCK_CHARS = 300  # ... and made of short ones; a long block is the report itself
RAW_HEAD_LINES = 15  # the symbol may survive only in the raw first lines (running headers are removed)

_SPECIFIC_BODIES = (
    r"Working Group|Group of Experts|Expert Group|Subcommittee|Committee|Commission|Subcommission|Board|Forum|Task Force"
)
_GENERAL_BODIES = r"Conference|Council|Assembly|Meeting"
_BODY = re.compile(rf"\b(?:(?P<specific>{_SPECIFIC_BODIES})|(?P<general>{_GENERAL_BODIES}))\b")
BODY_NOUN_WITHIN = 60  # "Open-ended Intergovernmental Working Group ...": the noun comes early
_DISTR_FIELD = re.compile(r"\bDistr\b")  # "Distr.: General", "Distr. GENERAL", "Distr.: Limited"
_NOT_BODY = re.compile(r"(?i:distr|original|report|draft|note|agenda)\b")
_TITLE = re.compile(
    r"(?i:(?:(?:draft|revised|provisional|final|advance|annotated)\s+)*"
    r"(?:report|note|recommendations|summary|conclusions|background paper|agenda|proceedings|outcome|statement|guidelines|compilation|study))\b"
)
_VENUE = re.compile(
    rf"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}),\s+"
    rf"(?:\d{{1,2}}(?:\s+{MONTH})?(?:\s*(?:[-–—]|and|to)\s*\d{{1,2}})?\s+{MONTH}|{MONTH}\s+\d{{1,2}})"
)
# First words of multi-word city names, so "Trafficking in Persons New York, 5 May" yields "New York".
_CITY_LEADS = frozenset(
    {
        "New",
        "San",
        "Santa",
        "Santo",
        "Buenos",
        "Addis",
        "Kuala",
        "Abu",
        "Dar",
        "Port",
        "Rio",
        "São",
        "Sao",
        "Hong",
        "Tel",
        "Cape",
        "Phnom",
        "Panama",
        "Mexico",
        "Los",
        "La",
        "Le",
        "El",
        "St.",
        "Saint",
        "Ho",
        "Da",
        "Ulaan",
    }
)


@dataclass(frozen=True)
class Metadata:
    """What the masthead says about the report (None where it says nothing)."""

    body: str | None = None
    symbol: str | None = None
    date: str | None = None
    venue: str | None = None
    title: str | None = None

    def as_row(self) -> dict[str, str | None]:
        return asdict(self)


def head_blocks(text: str) -> list[str]:
    """The masthead: blocks before the first heading, numbered paragraph or long paragraph."""
    head = []
    for block in text.split("\n\n", HEAD_BLOCKS)[:HEAD_BLOCKS]:
        if starts_heading(block) or starts_enumerator(block) or len(block) > MAX_HEAD_BLOCK_CHARS:
            break
        head.append(block)
    return head


def _place(match: re.Match[str]) -> str:
    """The venue of a "Place, date" match; mid-line, only the city's own words."""
    words = match.group("place").split()
    if match.start() == 0:
        return " ".join(words)
    start = len(words) - 1
    while start > 0 and words[start - 1] in _CITY_LEADS:
        start -= 1
    return " ".join(words[start:])


def find_venue(blocks: list[str]) -> str | None:
    """Prefer a block that opens with "Place, date"; else a "Place, date" run into another line."""
    matches = [match for match in map(_VENUE.search, blocks) if match]
    best = min(matches, key=lambda match: match.start() > 0, default=None)
    return _place(best) if best else None


def find_body(blocks: list[str]) -> str | None:
    """The most specific body named near the top: a working group beats the conference it reports to."""
    candidates = []
    for position, block in enumerate(blocks):
        match = _BODY.search(block[:BODY_NOUN_WITHIN])
        if match is None or _NOT_BODY.match(block) or not block[0].isupper():
            continue
        venue = _VENUE.search(block)
        name = block[: venue.start() + len(venue.group("place")) - len(_place(venue))] if venue else block
        name = name.strip(" ,;")
        if name:
            candidates.append((match.group("specific") is None, position, name))
    return min(candidates)[2] if candidates else None


def find_date(blocks: list[str]) -> str | None:
    """The issue date: after the "Distr.:" field (in its block or the next), else a line that is only a date.

    A two-column masthead converted with its layout runs "United Nations ... A/HRC/41/46 General
    Assembly ... Distr.: General 6 August 2019" into one block, so the field is looked for anywhere
    in a block and only dates after it count.
    """
    for position, block in enumerate(blocks):
        field = _DISTR_FIELD.search(block)
        if field:
            for candidate in [block[field.start() :], *blocks[position + 1 : position + 2]]:
                match = DATE.search(candidate)
                if match and iso_date(match):
                    return iso_date(match)
    for block in blocks:
        match = DATE.fullmatch(block.strip())
        if match and iso_date(match):
            return iso_date(match)
    return None


def find_title(blocks: list[str]) -> str | None:
    """The first masthead block that reads as a document title ("Draft report", "Report on ...")."""
    return next((block for block in blocks if _TITLE.match(block)), None)


def extract_metadata(text: str, raw_head: list[str]) -> Metadata:
    """Metadata from the clean text's masthead; the symbol may also come from the raw first lines."""
    blocks = head_blocks(text)
    symbol = find_un_symbol("\n".join(blocks)) or find_un_symbol("\n".join(raw_head[:RAW_HEAD_LINES]))
    return Metadata(
        body=find_body(blocks),
        symbol=symbol,
        date=find_date(blocks),
        venue=find_venue(blocks),
        title=find_title(blocks),
    )
