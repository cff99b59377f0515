"""`recs report`: one self-contained HTML page an analyst opens in a browser."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli_support import console, handle_errors
from pipeline.commands import paths
from pipeline.commands.options import out_option


@handle_errors
def command(
    processed: Annotated[
        Path, typer.Option(help="Folder with documents/recommendations/tagged/clusters .parquet.")
    ] = paths.PROCESSED,
    metrics: Annotated[Path, typer.Option(help="Folder with the metrics JSON files (tagging.json, train.json).")] = paths.METRICS,
    assigned: Annotated[
        Path, typer.Option(help="Output of `recs assign` shown as the 'New session' section when it exists.")
    ] = paths.ASSIGNED,
    new_session: Annotated[
        bool,
        typer.Option(
            "--new-session/--no-new-session",
            help="Include the 'New session' section from --assigned (off in `dvc repro`, which only reports the reference corpus).",
        ),
    ] = True,
    out: Annotated[Path, out_option("HTML file to write (atomically).")] = paths.REPORT,
    plots_dir: Annotated[
        Path | None, typer.Option(help="Also write the CSVs behind `dvc plots show` (modality, themes, cluster sizes) here.")
    ] = None,
    max_listed: Annotated[
        int, typer.Option(min=1, help="List at most this many reference recommendations in full (linked ones are always listed).")
    ] = 5000,
) -> None:
    """Write the analyst report: corpus, modality, actors, legal references, themes, clusters, metrics, new session.

    Sections whose tables are not built yet say so; all document text is HTML-escaped.
    """
    from pipeline.report.data import load_inputs
    from pipeline.report.plots import write_plot_csvs
    from pipeline.report.render import build_context, write_report

    inputs = load_inputs(processed, metrics, assigned if new_session else None)
    context = build_context(inputs, assigned_requested=new_session, max_listed=max_listed)
    write_report(context, out)
    console.print(f"report: {out}", highlight=False)
    if plots_dir is not None:
        for path in write_plot_csvs(context.plots, plots_dir):
            console.print(f"plot data: {path}", highlight=False)
