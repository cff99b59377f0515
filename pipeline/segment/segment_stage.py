"""Segment a documents table into the recommendations table, streaming: one batch of documents in memory at a time.

The stage ``recs segment`` runs; a document the segmenter refuses is counted in the batch
report and skipped, never fatal to the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pipeline.atomic import ParquetBatchWriter, iter_parquet_rows
from pipeline.batch import BatchReport
from pipeline.errors import RecsError
from pipeline.schemas import RECOMMENDATIONS
from pipeline.segment.segmenter import segment_document

DOCUMENT_COLUMNS = ["doc_id", "source", "text"]  # what the segmenter reads of the documents table
BATCH_SIZE = 64  # documents read at a time


def document_rows(documents: Path) -> Iterator[dict[str, Any]]:
    """The documents one by one, read in batches of :data:`BATCH_SIZE`."""
    for batch in iter_parquet_rows(documents, batch_size=BATCH_SIZE, columns=DOCUMENT_COLUMNS):
        yield from batch


def write_recommendations(
    documents: Iterator[dict[str, Any]],
    out: Path,
    report: BatchReport,
    progress: Callable[[Iterator[dict[str, Any]]], Iterator[dict[str, Any]]] = iter,
) -> int:
    """Segment every document into ``out`` atomically; returns the number of recommendations written.

    ``progress`` wraps the stream of documents (the command passes its progress bar).
    """
    with ParquetBatchWriter(out, RECOMMENDATIONS) as writer:
        for document in progress(documents):
            try:
                rows = segment_document(document["doc_id"], document["text"] or "")
            except RecsError as error:
                report.fail(RecsError(error.message, path=f"{document['source'] or 'unknown source'} (doc {document['doc_id']})"))
                continue
            writer.add_rows(rows)
            report.processed += 1
    return writer.rows_written
