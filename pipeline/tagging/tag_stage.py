"""Tag a recommendations table into the TAGGED table and the span JSON Lines, streaming.

Shared by ``recs tag`` and the benchmarks (``benchmarks/measure.py``), so the speed
measured is the speed of the stage users run, input reading and output writing included.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
from spacy.language import Language

from pipeline.atomic import ParquetBatchWriter, atomic_path, iter_parquet_rows
from pipeline.schemas import TAG_KEY_COLUMNS, TAGGED
from pipeline.tables import check_input_table
from pipeline.tagging.api import tag_rows
from pipeline.tagging.legal_refs import about_instrument_for_body

CONTEXT_COLUMN = "context"  # lead-in of a lettered sub-item; tables written before layout 3 lack it
# one encoder for every line: ``json.dumps`` with options builds a new one per call (same bytes either way)
JSONL_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def about_by_doc(documents: Path) -> dict[str, str]:
    """doc_id -> the instrument its body is about (small: one entry per document); empty without a documents table."""
    if not documents.is_file():
        return {}
    check_input_table(documents, "documents table", ["doc_id", "body"], "run `recs ingest` first")
    return {
        row["doc_id"]: about_instrument_for_body(row["body"])
        for batch in iter_parquet_rows(documents, columns=["doc_id", "body"])
        for row in batch
    }


def recommendation_rows(path: Path, about: dict[str, str], batch_size: int) -> Iterator[dict[str, Any]]:
    """Recommendations one by one, read in batches, each with the instrument its document is about (and its lead-in)."""
    columns = TAG_KEY_COLUMNS + ([CONTEXT_COLUMN] if CONTEXT_COLUMN in pq.read_schema(path).names else [])
    for batch in iter_parquet_rows(path, batch_size=batch_size, columns=columns):
        for row in batch:  # each row dict is fresh from ``to_pylist``: completed in place, not copied
            row["text"] = row["text"] or ""
            row["about_instrument"] = about.get(row["doc_id"])
            yield row


def write_tagged(
    nlp: Language,
    rows: Iterable[dict[str, Any]],
    out: Path,
    jsonl: Path,
    batch_size: int = 64,
    n_process: int = 1,
    progress: Callable[[Iterator[Any]], Iterator[Any]] = iter,
) -> int:
    """Tag ``rows`` and write both outputs atomically; returns the number of rows written.

    ``progress`` wraps the stream of tagged rows (the command passes its progress bar).
    """
    with (
        ParquetBatchWriter(out, TAGGED) as writer,
        atomic_path(jsonl) as tmp_jsonl,
        open(tmp_jsonl, "w", encoding="utf-8") as handle,
    ):
        for tagged, record in progress(tag_rows(nlp, rows, batch_size=batch_size, n_process=n_process)):
            writer.add_rows([tagged])
            handle.write(JSONL_ENCODER.encode(record) + "\n")
    return writer.rows_written


def span_records(jsonl: Path) -> Iterator[dict[str, Any]]:
    """Read back, one by one, the span records :func:`write_tagged` wrote (the displaCy page renders them)."""
    with open(jsonl, encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)
