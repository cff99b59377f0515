"""The pipeline's Parquet tables: the one checked reader every stage uses (and its named forms for the tagged
and clusters tables), and spreadsheet copies (``--csv``)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow.parquet as pq

from pipeline.atomic import atomic_path, iter_parquet_rows
from pipeline.errors import RecsError
from pipeline.schemas import CLUSTERS, TAGGED
from pipeline.spreadsheet import csv_cell

if TYPE_CHECKING:
    import pandas as pd


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


def open_table(path: str | Path, kind: str, columns: Iterable[str], hint: str) -> pq.ParquetFile:
    """The one reader of the pipeline's tables: refuse a missing or foreign table with one line naming it.

    ``kind`` names the table in messages ("documents table"), ``hint`` says how to make it
    ("run `recs ingest` first"), ``columns`` are the contract columns the caller needs.
    """
    if not Path(path).is_file():
        raise RecsError(f"{kind} not found ({hint})", path=path)
    try:
        parquet = pq.ParquetFile(path)
    except Exception as error:  # pyarrow raises several types for a file that is not Parquet
        raise RecsError(f"not a readable Parquet table ({error})", path=path) from None
    missing = [name for name in columns if name not in parquet.schema_arrow.names]
    if missing:
        raise RecsError(f"not a {kind}: missing column(s) {', '.join(missing)} ({hint})", path=path)
    return parquet


def check_input_table(path: str | Path, kind: str, columns: Iterable[str], hint: str) -> int:
    """Refuse a missing or foreign input table (:func:`open_table`); return its row count, for streaming stages."""
    return open_table(path, kind, columns, hint).metadata.num_rows


def read_table(
    path: str | Path, kind: str, columns: Iterable[str], hint: str, *, only: bool = False, allow_empty: bool = False
) -> pd.DataFrame:
    """A whole checked table in memory (the reference corpus is clustered and learned from whole).

    ``only`` reads just ``columns`` (the report leaves the clean texts on disk); an empty
    table is refused unless ``allow_empty``.
    """
    columns = list(columns)
    parquet = open_table(path, kind, columns, hint)
    try:
        frame = parquet.read(columns=columns if only else None).to_pandas()
    except Exception as error:  # a damaged row group surfaces only when read
        raise RecsError(f"not a readable Parquet table ({error})", path=path) from None
    if frame.empty and not allow_empty:
        raise RecsError(f"{kind} has no rows ({hint})", path=path)
    return frame


# What the tagged and clusters tables are called in messages, their contract columns, and how to make them.
_TAGGED = ("tagged table", TAGGED.names, "run `recs tag` first")
_CLUSTERS = ("clusters table", CLUSTERS.names, "run `recs cluster` first")


def check_tagged(path: str | Path) -> int:
    """Refuse a missing or foreign tagged table before a long job starts; return its row count."""
    return check_input_table(path, *_TAGGED)


def read_tagged(path: str | Path) -> pd.DataFrame:
    """The tagged reference corpus whole: the modeling stages cluster it, learn from it and compare with it."""
    return read_table(path, *_TAGGED)


def read_clusters(path: str | Path) -> pd.DataFrame:
    """Every reference recommendation's cluster (``recs cluster``), which ``recs train`` learns."""
    return read_table(path, *_CLUSTERS)
