"""`recs evaluate`: score the saved tagger against hand-annotated gold recommendations.

Every gold file is reported as a set of its own (seed, constructed and its test part, dev2,
real_dev, blind, real_blind), beside the train / test / all splits pooled over the files; a
file whose name says "blind" is marked so in the printed table.

Writes flat headline figures per split (``metrics/tagging.json``, what
``dvc metrics show`` reads) and the per-theme table, per-file figures and the
list of every error (``metrics/tagging_details.json``) for the analyst.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from pipeline.cli_support import console, handle_errors, progress_bar
from pipeline.commands import paths
from pipeline.commands.options import BatchSize, Split, TaggerModelDir, out_option


@handle_errors
def command(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSONL files (e.g. data/gold/seed.jsonl data/gold/constructed.jsonl).")],
    split: Annotated[
        Split, typer.Option("--split", help="Which records to score (all reports train, test and all).")
    ] = Split.all,
    model_dir: TaggerModelDir = paths.TAGGER,
    out: Annotated[
        Path, out_option("Headline metrics JSON; details go beside it as <name>_details.json.")
    ] = paths.TAGGING_METRICS,
    batch_size: BatchSize = 64,
) -> None:
    """Score the saved tagger on gold recommendations: modality, addressee, actors, legal references, themes."""
    from pipeline.tagging.evaluate_stage import run_evaluate_stage

    summary, details_path = run_evaluate_stage(
        gold,
        split.value,
        model_dir,
        out,
        batch_size=batch_size,
        progress=lambda rows, total: progress_bar(rows, "Evaluating", total=total),
    )
    _print(summary)
    console.print(f"metrics: {out}\ndetails (per theme, errors): {details_path}", highlight=False, soft_wrap=True)


def _print(summary: dict[str, Any]) -> None:
    """One readable table: a row per figure, a column per split and per gold file (all its records)."""
    from rich.console import Console
    from rich.table import Table

    columns = {name: figures for name, figures in summary.items() if name != "by_file"}
    columns.update(summary["by_file"])
    table = Table(title="Tagging evaluation")
    table.add_column("metric", no_wrap=True)
    headers = [f"{name} (blind)" if "blind" in name else name for name in columns]
    for header in headers:
        table.add_column(header, justify="right", no_wrap=True)
    for key in next(iter(columns.values())):
        table.add_row(key, *(_format(figures[key]) for figures in columns.values()))
    width = 26 + sum(max(len(header), 6) + 3 for header in headers)  # every header whole: names tell the sets apart
    Console(soft_wrap=True, width=max(100, width)).print(table)


def _format(value: Any) -> str:
    return str(value) if isinstance(value, int) else f"{value:.4f}"
