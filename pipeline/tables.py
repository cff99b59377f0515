"""Spreadsheet-friendly copies of the Parquet tables (``--csv``)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from pipeline.atomic import atomic_path, iter_parquet_rows
from pipeline.spreadsheet import csv_cell


def _cell(value: Any) -> Any:
    """Nested values (lists, structs) become JSON so a spreadsheet shows them whole; formula-like text stays text."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return csv_cell(value)


def write_csv_beside(parquet_path: str | Path) -> Path:
    """Stream ``X.parquet`` into ``X.csv`` (UTF-8 with BOM so Excel detects it); return the CSV path."""
    parquet_path = Path(parquet_path)
    target = parquet_path.with_suffix(".csv")
    with atomic_path(target) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=pq.ParquetFile(parquet_path).schema_arrow.names)
        writer.writeheader()
        for rows in iter_parquet_rows(parquet_path):
            writer.writerows({key: _cell(value) for key, value in row.items()} for row in rows)
    return target


def check_input_table(path: str | Path, kind: str, columns: list[str], hint: str) -> int:
    """Refuse a missing or foreign input table with one line naming it; return its row count.

    ``kind`` names the table in messages ("documents table"), ``hint`` says how to make it.
    """
    from pipeline.errors import RecsError

    if not Path(path).is_file():
        raise RecsError(f"{kind} not found ({hint})", path=path)
    try:
        parquet = pq.ParquetFile(path)
    except Exception as error:  # pyarrow raises several types for a file that is not Parquet
        raise RecsError(f"not a readable Parquet table ({error})", path=path) from None
    missing = [name for name in columns if name not in parquet.schema_arrow.names]
    if missing:
        raise RecsError(f"not a {kind}: missing column(s) {', '.join(missing)}", path=path)
    return parquet.metadata.num_rows
