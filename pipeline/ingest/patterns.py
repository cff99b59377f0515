"""Regular expressions shared by furniture removal and metadata extraction.

UN document symbols and English dates follow published conventions, so one
general pattern each serves every working group, not just the seed's.
"""

from __future__ import annotations

import datetime as dt
import re

# A UN document symbol: an upper-case series code, then at least two "/"-separated
# parts such as "COP", "WG.4", "2010", "L.1", "Add.1", "CN.15", "RES".
UN_SYMBOL = re.compile(r"(?<![\w/.])[A-Z]{1,8}(?:/(?:[A-Za-z]{1,10}(?:\.\d{1,3}){0,2}|\d{1,4}[A-Za-z]?)){2,}(?![\w/])")

_DIGIT = re.compile(r"\d")

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH = "(?:" + "|".join(MONTHS) + ")"

# "16 February 2010" (UN style) or "February 16, 2010".
DATE = re.compile(
    rf"\b(?:(?P<day>\d{{1,2}})\s+(?P<month>{MONTH})\s+(?P<year>\d{{4}})"
    rf"|(?P<month2>{MONTH})\s+(?P<day2>\d{{1,2}}),\s+(?P<year2>\d{{4}}))\b"
)


def is_un_symbol(line: str) -> bool:
    """True when the whole line is one UN document symbol."""
    return "/" in line and UN_SYMBOL.fullmatch(line.strip()) is not None and _DIGIT.search(line) is not None


def find_un_symbol(text: str) -> str | None:
    """The first UN document symbol in ``text`` (it must contain a digit)."""
    for match in UN_SYMBOL.finditer(text):
        if _DIGIT.search(match.group()):
            return match.group()
    return None


def iso_date(match: re.Match[str]) -> str | None:
    """The ISO form of a :data:`DATE` match, or None for an impossible date such as 31 February."""
    day = match.group("day") or match.group("day2")
    month = match.group("month") or match.group("month2")
    year = match.group("year") or match.group("year2")
    try:
        return dt.date(int(year), MONTHS.index(month) + 1, int(day)).isoformat()
    except ValueError:
        return None
