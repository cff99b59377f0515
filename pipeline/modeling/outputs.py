"""Writers for the assigned table, chosen by the output's extension: .parquet, .csv, .xlsx.

Each streams rows in batches and publishes its file atomically on success. The Excel workbook has a
second sheet with the earlier recommendations its rows point to, so an analyst reads them side by side.
"""

from __future__ import annotations

import csv
import datetime
import json
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from pipeline.atomic import ParquetBatchWriter, atomic_path
from pipeline.errors import RecsError
from pipeline.modeling.lineage_catalogue import Catalogue
from pipeline.schemas import ASSIGNED
from pipeline.spreadsheet import csv_cell, force_text

FORMATS = (".parquet", ".csv", ".xlsx")
# Excel layout: wide wrapped text, narrow flags, the rest in between.
XLSX_WIDTHS = {
    "text": 80,
    "id": 28,
    "source": 30,
    "cluster_label": 45,
    "similar_ids": 40,
    "similar_scores": 22,
    "modal_clauses": 40,
    "actors": 30,
    "legal_refs": 24,
    "themes": 40,
    "theme_groups": 24,
    "theme_scores": 18,
    "relation": 10,
    "repeats_ref": 36,
    "addressee_change": 28,
    "repeats_id": 24,
    "also_repeats": 24,
    "similar_refs": 60,
}
XLSX_WRAPPED = ("text", "cluster_label", "themes", "repeats_ref", "similar_refs")
EARLIER_SHEET = "earlier recommendations"
EARLIER_COLUMNS = {"rec_id": 24, "reference": 40, "text": 90, "modality": 16}
# The columns whose ids point at earlier recommendations.
POINTER_COLUMNS = ("repeats_id", "also_repeats", "similar_ids")
XLSX_DEFAULT_WIDTH = 14
# openpyxl stamps the save time into docProps/core.xml and into every zip entry, so two saves of the same
# sheet differed byte for byte; the sheet is rewritten with this fixed time (the earliest a zip can hold).
REPRODUCIBLE_TIME = (1980, 1, 1, 0, 0, 0)
_FIXED_DATETIME = datetime.datetime(*REPRODUCIBLE_TIME)
_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")
NOVEL_FILL = "FFF2CC"
HEADER_FILL = "D9E1F2"


class RowWriter(Protocol):
    def write_rows(self, rows: list[dict[str, Any]]) -> None: ...


def check_format(path: str | Path) -> str:
    """The output format from the extension, or a one-line error before any work is done."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise RecsError(f"unsupported output format '{suffix or '(none)'}' (expected {', '.join(FORMATS)})", path)
    return suffix


@contextmanager
def open_writer(path: str | Path, earlier: Catalogue | None = None) -> Iterator[RowWriter]:
    """A streaming, atomic writer of ASSIGNED rows for ``path``'s format (``earlier`` fills the xlsx's second sheet)."""
    suffix = check_format(path)
    if suffix == ".parquet":
        with ParquetBatchWriter(path, ASSIGNED) as writer:
            yield writer
    elif suffix == ".csv":
        with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as handle:
            yield _CsvWriter(handle)
    else:
        with atomic_path(path) as tmp:
            sheet_writer = _XlsxWriter(earlier)
            try:
                yield sheet_writer
            except BaseException:
                sheet_writer.discard()
                raise
            sheet_writer.save(tmp)


def _json_cell(value: Any) -> Any:
    """Lists and structs as JSON, so a spreadsheet cell shows them whole and they parse back."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if isinstance(value, (list, dict)) else value


class _CsvWriter:
    def __init__(self, handle: Any) -> None:
        # csv's default "\r\n" rows (RFC 4180): with "\n" a carriage return inside a field went unquoted and split the row
        self._writer = csv.DictWriter(handle, fieldnames=ASSIGNED.names)
        self._writer.writeheader()

    def write_rows(self, rows: list[dict[str, Any]]) -> None:
        self._writer.writerows({name: csv_cell(_json_cell(row.get(name))) for name in ASSIGNED.names} for row in rows)


def _excel_cell(name: str, value: Any) -> Any:
    """Readable cells: label lists joined with commas, scores as short decimals, clauses as JSON."""
    if name == "modal_clauses":
        return _json_cell(value)
    if isinstance(value, list):
        return ", ".join(f"{item:.3f}" if isinstance(item, float) else str(item) for item in value)
    return value


class _XlsxWriter:
    """A formatted analyst sheet: bold frozen header, widths, wrapped text, % probability, novel rows shaded, autofilter."""

    def __init__(self, earlier: Catalogue | None = None) -> None:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        self._workbook = Workbook(write_only=True)
        self._sheet = self._workbook.create_sheet("assigned")
        self._rows = 1
        self._earlier = earlier
        self._pointed: dict[str, None] = {}  # ids the rows point to, in first-seen order
        self._wrap = Alignment(wrap_text=True, vertical="top")
        self._top = Alignment(vertical="top")
        self._novel = PatternFill("solid", start_color=NOVEL_FILL, end_color=NOVEL_FILL)
        self._letters = [get_column_letter(i) for i in range(1, len(ASSIGNED.names) + 1)]
        for letter, name in zip(self._letters, ASSIGNED.names):
            self._sheet.column_dimensions[letter].width = XLSX_WIDTHS.get(name, XLSX_DEFAULT_WIDTH)
        self._sheet.freeze_panes = "A2"
        header_fill = PatternFill("solid", start_color=HEADER_FILL, end_color=HEADER_FILL)
        self._sheet.append([self._cell(name, Font(bold=True), header_fill, self._wrap) for name in ASSIGNED.names])

    def _cell(
        self, value: Any, font: Any = None, fill: Any = None, alignment: Any = None, number_format: str | None = None
    ) -> Any:
        from openpyxl.cell import WriteOnlyCell

        cell = force_text(WriteOnlyCell(self._sheet, value=value))
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = fill
        if alignment is not None:
            cell.alignment = alignment
        if number_format is not None:
            cell.number_format = number_format
        return cell

    def write_rows(self, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            fill = self._novel if row.get("novel") else None
            self._sheet.append(
                [
                    self._cell(
                        _excel_cell(name, row.get(name)),
                        fill=fill,
                        alignment=self._wrap if name in XLSX_WRAPPED else self._top,
                        number_format="0.0%" if name == "probability" else None,
                    )
                    for name in ASSIGNED.names
                ]
            )
            self._rows += 1
            for name in POINTER_COLUMNS:
                value = row.get(name)
                for rec_id in [value] if isinstance(value, str) else list(value) if value is not None else []:
                    self._pointed.setdefault(str(rec_id), None)

    def _earlier_sheet(self) -> None:
        """The earlier recommendations the rows point to: readable reference, text, modality; filters on."""
        from openpyxl.styles import Font, PatternFill

        sheet = self._workbook.create_sheet(EARLIER_SHEET)
        for letter, width in zip("ABCD", EARLIER_COLUMNS.values()):
            sheet.column_dimensions[letter].width = width
        sheet.freeze_panes = "A2"
        header_fill = PatternFill("solid", start_color=HEADER_FILL, end_color=HEADER_FILL)
        sheet.append([self._cell(name, Font(bold=True), header_fill, self._wrap) for name in EARLIER_COLUMNS])
        frame = self._earlier.frame if self._earlier is not None else None
        known = [(rec_id, frame.loc[rec_id]) for rec_id in self._pointed if rec_id in frame.index] if frame is not None else []
        for rec_id, earlier in known:
            sheet.append(
                [
                    self._cell(rec_id, alignment=self._top),
                    self._cell(str(earlier["ref"]), alignment=self._wrap),
                    self._cell(str(earlier["text"]), alignment=self._wrap),
                    self._cell(str(earlier["modality"]), alignment=self._top),
                ]
            )
        sheet.auto_filter.ref = f"A1:D{len(known) + 1}"

    def discard(self) -> None:
        """Close the half-written sheet: left open, its stream errors out when it is garbage-collected."""
        self._sheet.close()

    def save(self, path: Path) -> None:
        """Save the sheets to ``path`` with fixed timestamps, so the same rows always give the same bytes."""
        self._sheet.auto_filter.ref = f"A1:{self._letters[-1]}{self._rows}"
        self._earlier_sheet()
        self._workbook.properties.created = _FIXED_DATETIME
        stamped = path.with_name(path.name + ".stamped")
        try:
            self._workbook.save(stamped)
            _restamp(stamped, path)
        finally:
            stamped.unlink(missing_ok=True)


def _restamp(source: Path, target: Path) -> None:
    """Copy an xlsx archive, every entry dated :data:`REPRODUCIBLE_TIME` and "modified" set to it too."""
    fixed = _FIXED_DATETIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(source) as stamped, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as clean:
        for entry in stamped.infolist():
            data = stamped.read(entry.filename)
            if entry.filename == "docProps/core.xml":
                data = _MODIFIED.sub(rb"\g<1>" + fixed + rb"\g<2>", data)
            clean.writestr(zipfile.ZipInfo(entry.filename, date_time=REPRODUCIBLE_TIME), data, compress_type=zipfile.ZIP_DEFLATED)
