"""`recs ingest`: report files to the documents table (data/processed/documents.parquet)."""

from __future__ import annotations

from itertools import islice
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli_support import batch_report, finish_batch, handle_errors, progress_bar
from pipeline.commands.options import CsvCopy, KeepGoing, out_option
from pipeline.commands.paths import DOCUMENTS, RAW
from pipeline.errors import RecsError

BATCH_SIZE = 32  # documents held in memory before they are written


@handle_errors
def command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Report files or folders (searched recursively). Default: data/raw/.", show_default=False),
    ] = None,
    out: Annotated[Path, out_option("Where to write the documents table (Parquet).")] = DOCUMENTS,
    csv: CsvCopy = False,
    keep_going: KeepGoing = False,
) -> None:
    """Read reports (.txt, .pdf, .docx, .html), clean them and write one row per document."""
    from pipeline.atomic import ParquetBatchWriter
    from pipeline.ingest import SUPPORTED_SUFFIXES, collect_files, iter_documents
    from pipeline.schemas import DOCUMENTS
    from pipeline.tables import write_csv_beside

    inputs = paths or [RAW]
    report = batch_report()
    files = collect_files(inputs, report)
    if not files:
        names = ", ".join(str(path) for path in inputs)
        raise RecsError(f"no reports found in {names} (looked for {', '.join(SUPPORTED_SUFFIXES)})")
    rows = iter_documents(progress_bar(files, "Ingesting reports", total=len(files)), report)
    with ParquetBatchWriter(out, DOCUMENTS) as writer:
        while batch := list(islice(rows, BATCH_SIZE)):
            writer.write_rows(batch)
    count = writer.rows_written
    typer.echo(f"documents table: {out} ({count} document{'' if count == 1 else 's'})")
    if csv:
        typer.echo(f"CSV copy: {write_csv_beside(out)}")
    finish_batch(report, "ingest", keep_going)
