"""Spreadsheet-safe cells: document text that a spreadsheet would run as a formula stays text.

Recommendations are copied verbatim from reports and user tables, so a cell may begin with
``=HYPERLINK(...)``. Excel and LibreOffice evaluate a CSV field that starts with = + - @, a tab or
a carriage return ("CSV injection"), and openpyxl stores any string that starts with = as a live
formula. Both writers therefore pass every cell through here: CSV gets the usual leading apostrophe
(the field then shows as text), .xlsx gets an explicit string cell, whose text is never evaluated.
"""

from __future__ import annotations

from typing import Any

# The first characters that make a spreadsheet read a field as a formula (OWASP, "CSV Injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# Prefixed to such a CSV field: spreadsheets show the rest as text and hide the apostrophe.
CSV_ESCAPE = "'"


def is_formula_like(value: Any) -> bool:
    """True for text a spreadsheet would evaluate rather than show."""
    return isinstance(value, str) and value.startswith(FORMULA_TRIGGERS)


def csv_cell(value: Any) -> Any:
    """``value`` for a CSV field: formula-like text gets a leading apostrophe, everything else is unchanged."""
    return CSV_ESCAPE + value if is_formula_like(value) else value


def force_text(cell: Any) -> Any:
    """Make an openpyxl cell holding text a string cell, so "=..." is stored as text, never as a formula."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
    return cell
