"""Atomic writes: every output is complete or absent, never half-written.

Each writer writes to a temporary file in the target's folder and renames it
over the target only after the content is flushed and fsynced.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq


@contextlib.contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it onto ``target`` on success.

    On any exception the temporary file is removed and ``target`` is untouched.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are for people to open
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _umask() -> int:
    """The process umask (reading it requires setting it; restored at once)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text(target: str | Path, text: str) -> None:
    """Write UTF-8 text atomically."""
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")


def write_json(target: str | Path, data: Any) -> None:
    """Write JSON atomically, with sorted keys so reruns are byte-identical."""
    write_text(target, json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


class ParquetBatchWriter:
    """Stream record batches into one Parquet file, published atomically on close.

    Used as a context manager; if the block raises, nothing is published.
    Every stage writes through this so that memory stays bounded by one batch.
    """

    def __init__(self, target: str | Path, schema: pa.Schema, group_rows: int = 4096) -> None:
        self.target = Path(target)
        self.schema = schema
        self.group_rows = group_rows  # rows buffered by add_rows per row group: few, large row groups read fast
        self.rows_written = 0
        self._pending: list[dict[str, Any]] = []
        self._context = atomic_path(self.target)
        self._writer: pq.ParquetWriter | None = None

    def __enter__(self) -> "ParquetBatchWriter":
        tmp = self._context.__enter__()
        self._writer = pq.ParquetWriter(tmp, self.schema, compression="zstd")
        return self

    def write_rows(self, rows: list[dict[str, Any]]) -> None:
        """Append rows (dicts keyed by the schema's column names)."""
        if not rows:
            return
        assert self._writer is not None
        self._writer.write_table(pa.Table.from_pylist(rows, schema=self.schema))
        self.rows_written += len(rows)

    def add_rows(self, rows: Iterable[dict[str, Any]]) -> None:
        """Buffer rows, written as one row group once ``group_rows`` (or more) are pending, and the rest on close."""
        self._pending.extend(rows)
        if len(self._pending) >= self.group_rows:
            self.write_rows(self._pending)
            self._pending = []

    def __exit__(self, exc_type, exc, tb) -> bool:
        assert self._writer is not None
        if exc_type is None:
            try:
                self.write_rows(self._pending)  # the last, partial row group
            except BaseException as error:  # publish nothing, as when the block raises
                self._writer.close()
                self._context.__exit__(type(error), error, error.__traceback__)
                raise
        self._writer.close()
        return bool(self._context.__exit__(exc_type, exc, tb))


def write_parquet(target: str | Path, rows: list[dict[str, Any]], schema: pa.Schema) -> None:
    """Write a small table atomically in one go."""
    with ParquetBatchWriter(target, schema) as writer:
        writer.write_rows(rows)


def iter_parquet_rows(
    source: str | Path, batch_size: int = 1024, columns: list[str] | None = None
) -> Iterator[list[dict[str, Any]]]:
    """Yield a Parquet file's rows in batches of dicts, never loading the whole file."""
    parquet = pq.ParquetFile(source)
    for batch in parquet.iter_batches(batch_size=batch_size, columns=columns):
        yield batch.to_pylist()
