"""Content hashes that identify the data a model was built from."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

import pandas as pd

from pipeline.schemas import TAGGED


def _plain(value: Any) -> Any:
    """Make a cell JSON-serializable the same way whatever container pandas or pyarrow gave it."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if hasattr(value, "tolist"):
        return _plain(value.tolist())
    if isinstance(value, Iterable):
        return [_plain(item) for item in value]
    return str(value)


def frame_hash(frame: pd.DataFrame, columns: Iterable[str]) -> str:
    """sha256 of the given columns, row by row, independent of pandas dtypes."""
    digest = hashlib.sha256()
    columns = [column for column in columns if column in frame.columns]
    for row in frame[columns].itertuples(index=False):
        digest.update(json.dumps([_plain(cell) for cell in row], sort_keys=True, ensure_ascii=False).encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def tagged_hash(frame: pd.DataFrame) -> str:
    """The hash of a tagged reference corpus (every TAGGED column, in rec_id order): what `recs assign` checks the
    classifier was trained on, whatever order the table's rows come in."""
    return frame_hash(frame.sort_values("rec_id"), TAGGED.names)
