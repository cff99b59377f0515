"""`recs segment`: documents.parquet -> recommendations.parquet, one row per recommendation."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli_support import batch_report, console, finish_batch, handle_errors, progress_bar
from pipeline.commands import paths
from pipeline.commands.options import CsvCopy, KeepGoing, out_option


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
    from pipeline.segment.segment_stage import DOCUMENT_COLUMNS, document_rows, write_recommendations
    from pipeline.tables import check_input_table, write_csv_beside

    total = check_input_table(documents, "documents table", DOCUMENT_COLUMNS, "run `recs ingest` first, or pass --documents")
    report = batch_report()
    written_rows = write_recommendations(
        document_rows(documents), out, report, progress=lambda stream: progress_bar(stream, "Segmenting", total=total)
    )
    documents_done = f"{report.processed} document{'' if report.processed == 1 else 's'}"
    written = f"{written_rows} recommendations from {documents_done} written to {out}"
    if csv:
        written += f" (CSV copy: {write_csv_beside(out)})"
    try:
        finish_batch(report, "segment", keep_going)
    finally:
        console.print(written, highlight=False, soft_wrap=True)
