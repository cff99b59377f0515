"""`recs segment`: documents.parquet -> recommendations.parquet, one row per recommendation."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from pipeline.cli_support import batch_report, console, finish_batch, handle_errors, progress_bar
from pipeline.commands import paths
from pipeline.commands.options import CsvCopy, KeepGoing, out_option

_COLUMNS = ["doc_id", "source", "text"]
_BATCH_SIZE = 64          # documents read at a time
_ROWS_PER_GROUP = 4096    # recommendations per Parquet row group


@handle_errors
def command(
    documents: Annotated[Path, typer.Option("--documents", help="Documents table written by `recs ingest`.")] = paths.DOCUMENTS,
    out: Annotated[Path, out_option("Where to write the recommendations table (Parquet).")] = paths.RECOMMENDATIONS,
    csv: CsvCopy = False,
    keep_going: KeepGoing = False,
) -> None:
    """Find the numbered recommendations in every ingested document.

    Reads the layouts UN reports use: "Recommendation N" headings, numbered
    paragraphs under a recommendations chapter, and lettered sub-items under a
    lead-in ("2. The following recommendations were made ...: (a) ...; (b) ..."),
    each item a recommendation numbered 2(a) with the lead-in as `context`.
    Questionnaire boxes ("Any action taken YES NO", "Comments:") are never part of
    one. A document without recommendations is reported, counted and skipped.
    """
    from pipeline.atomic import ParquetBatchWriter, iter_parquet_rows
    from pipeline.errors import RecsError
    from pipeline.schemas import RECOMMENDATIONS
    from pipeline.segment import segment_document
    from pipeline.tables import check_input_table, write_csv_beside

    total = check_input_table(documents, "documents table", _COLUMNS, "run `recs ingest` first, or pass --documents")
    report = batch_report()
    pending: list[dict[str, Any]] = []
    with ParquetBatchWriter(out, RECOMMENDATIONS) as writer:
        batches = iter_parquet_rows(documents, batch_size=_BATCH_SIZE, columns=_COLUMNS)
        for document in progress_bar(_rows(batches), "Segmenting", total=total):
            try:
                pending.extend(segment_document(document["doc_id"], document["text"] or ""))
            except RecsError as error:
                report.fail(RecsError(error.message, path=f"{document['source'] or 'unknown source'} (doc {document['doc_id']})"))
                continue
            report.processed += 1
            if len(pending) >= _ROWS_PER_GROUP:
                writer.write_rows(pending)
                pending = []
        writer.write_rows(pending)
    documents_done = f"{report.processed} document{'' if report.processed == 1 else 's'}"
    written = f"{writer.rows_written} recommendations from {documents_done} written to {out}"
    if csv:
        written += f" (CSV copy: {write_csv_beside(out)})"
    try:
        finish_batch(report, "segment", keep_going)
    finally:
        console.print(written, highlight=False, soft_wrap=True)


def _rows(batches: Iterable[list[dict[str, Any]]]) -> Iterator[dict[str, Any]]:
    """Flatten the streamed batches; only one batch of documents is in memory at a time."""
    for batch in batches:
        yield from batch
