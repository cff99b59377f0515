"""The `recs` command line: one command per pipeline stage.

Each command lives in ``pipeline/commands/<stage>.py`` and imports its heavy
dependencies (spaCy, scikit-learn) only when it runs, so ``recs --help`` is fast.
"""

from __future__ import annotations

import gc
from typing import Annotated

import typer

from pipeline import __version__
from pipeline.cli_support import state
from pipeline.commands import (
    annotate,
    assign,
    build_tagger,
    cluster,
    evaluate,
    ingest,
    lineage,
    report,
    segment,
    tag,
    train,
    where,
)

# The collector's thresholds while a command runs (mypy sets the same): a new collection every 200,000
# surviving container objects instead of 700. A command's start-up imports its libraries and loads models,
# ~140,000 long-lived objects and hardly any cyclic garbage; at the default it ran ~470 collections, 4 of
# them over the whole heap, ~0.33 s of a cold `recs assign` (the floor of benchmarks/startup.py: ~0.15 s),
# and tagging rescans the loaded tagger (~0.06 ms a recommendation). Garbage is freed by reference counting
# as before; cycles wait for the next collection. The previous thresholds come back when the command ends,
# so a process that runs commands in turn (tests, benchmarks) keeps collecting the pipelines it drops.
GC_THRESHOLDS = (200_000, 30, 30)

app = typer.Typer(
    name="recs",
    help="Turn UN working-group reports into tagged, clustered recommendations.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"recs {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    context: typer.Context,
    version: Annotated[
        bool, typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show full tracebacks on errors.")] = False,
) -> None:
    """Turn UN working-group reports into tagged, clustered recommendations."""
    state.debug = debug
    previous = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    context.call_on_close(lambda: gc.set_threshold(*previous))


for name, module in [
    ("ingest", ingest),
    ("segment", segment),
    ("build-tagger", build_tagger),
    ("tag", tag),
    ("evaluate", evaluate),
    ("cluster", cluster),
    ("train", train),
    ("assign", assign),
    ("lineage", lineage),
    ("report", report),
    ("where", where),
]:
    app.command(name)(module.command)

app.add_typer(annotate.app, name="annotate")
