"""Reading the tables the modeling stages consume, with one-line errors that say which stage to run."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from pipeline.errors import RecsError

TAGGED_REQUIRED = ("rec_id", "doc_id", "number", "text", "modality", "actors", "legal_refs", "themes", "theme_groups")
CLUSTERS_REQUIRED = ("rec_id", "cluster_id", "cluster_label")


def read_table(path: str | Path, kind: str, required: tuple[str, ...], hint: str) -> pd.DataFrame:
    """A whole Parquet table (the reference corpus must be in memory to be clustered or learned from)."""
    path = Path(path)
    if not path.is_file():
        raise RecsError(f"{kind} not found ({hint})", path)
    try:
        table = pq.read_table(path)
    except Exception as error:  # pyarrow raises several types for a file that is not Parquet
        raise RecsError(f"{kind} is not a readable Parquet file ({type(error).__name__})", path) from None
    missing = [column for column in required if column not in table.column_names]
    if missing:
        raise RecsError(f"{kind} lacks required columns {missing}", path)
    frame = table.to_pandas()
    if frame.empty:
        raise RecsError(f"{kind} has no rows ({hint})", path)
    return frame


def read_tagged(path: str | Path) -> pd.DataFrame:
    return read_table(path, "tagged table", TAGGED_REQUIRED, "run `recs tag` first")


def read_clusters(path: str | Path) -> pd.DataFrame:
    return read_table(path, "clusters table", CLUSTERS_REQUIRED, "run `recs cluster` first")
