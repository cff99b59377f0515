"""`recs assign`: place the recommendations of new reports or tables in the reference clusters, or flag them novel."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli_support import batch_report, console, finish_batch, handle_errors, progress_bar, warn
from pipeline.commands import paths
from pipeline.commands.options import BatchSize, ClassifierDir, KeepGoing, TaggerDir, out_option


@handle_errors
def command(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            metavar="INPUT...",
            help="Reports (.txt .pdf .docx .html, or folders of them) or tables (.csv/.parquet with a 'text' column, optional 'id').",
        ),
    ],
    out: Annotated[
        Path, out_option("Output table; format by extension: .parquet, .csv or .xlsx (formatted sheet).")
    ] = paths.ASSIGNED,
    tagger: TaggerDir = paths.TAGGER,
    classifier: ClassifierDir = paths.CLASSIFIER,
    tagged_reference: Annotated[
        Path,
        typer.Option(
            "--tagged-reference",
            help="Reference tagged table: the earlier recommendations' tags (warns when it changed since training).",
        ),
    ] = paths.TAGGED,
    documents: Annotated[
        Path | None,
        typer.Option(
            "--documents",
            help="Reference documents table (body, date of each earlier session); default: documents.parquet beside --tagged-reference.",
        ),
    ] = None,
    keep_going: KeepGoing = False,
    batch_size: BatchSize = 256,
) -> None:
    """Assign each input recommendation to a reference cluster (with probability and similar references) or flag it novel."""
    from pipeline.modeling.assign_stage import run_assign_stage

    report = batch_report()
    relations = run_assign_stage(
        inputs,
        out,
        tagger=tagger,
        classifier=classifier,
        tagged_reference=tagged_reference,
        documents=documents,
        report=report,
        batch_size=batch_size,
        warn=warn,
        progress=lambda batches: progress_bar(batches, "Assigning"),
    )
    written = sum(relations.values())
    counts = ", ".join(f"{count} {relation}" for relation, count in relations.items())
    console.print(f"{written} recommendations assigned ({counts}; novel = new) -> {out}", highlight=False, soft_wrap=True)
    finish_batch(report, "assign", keep_going)
