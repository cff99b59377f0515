"""`recs lineage`: the reference's own lineage table, and how well the lineage decision does on labelled sets."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli_support import console, handle_errors
from pipeline.commands import paths
from pipeline.commands.options import ClassifierDir, CsvCopy, SeedTexts, TaggedTable, TaggerDir, out_option


@handle_errors
def command(
    tagged: TaggedTable = paths.TAGGED,
    documents: Annotated[
        Path, typer.Option("--documents", help="Documents table (body and date of every session).")
    ] = paths.DOCUMENTS,
    classifier: ClassifierDir = paths.CLASSIFIER,
    tagger: TaggerDir = paths.TAGGER,
    out: Annotated[
        Path, out_option("Lineage of every reference recommendation against the sessions before its own (Parquet).")
    ] = paths.LINEAGE,
    metrics: Annotated[
        Path, typer.Option("--metrics", help="Confusion matrix and per-relation precision and recall (JSON, a DVC metric).")
    ] = paths.LINEAGE_METRICS,
    labelled: Annotated[
        list[Path] | None,
        typer.Option(
            "--labelled",
            help="Labelled lineage set (JSON Lines) to score; repeat the option; the file stem names it in the metrics.",
        ),
    ] = None,
    seed_texts: SeedTexts = paths.SEED_TEXTS,
    csv: CsvCopy = False,
) -> None:
    """Trace each reference session against the earlier ones, and score the lineage decision on labelled sets."""
    from pipeline.modeling.lineage_stage import run_lineage_stage
    from pipeline.tables import write_csv_beside

    labelled = labelled or []
    counts, sessions, report = run_lineage_stage(
        tagged, documents, classifier, tagger, out, metrics, labelled=labelled, seed_texts=seed_texts
    )
    if csv:
        write_csv_beside(out)
    lines = [
        f"{sessions} reference session(s); {sum(counts.values())} recommendation(s) of a later session "
        + "compared with the earlier ones: "
        + ", ".join(f"{n} {relation}" for relation, n in counts.items())
        + f" -> {out}"
    ]
    for path in labelled:
        figures = report[path.stem]
        lines.append(
            f"{path.stem}: {figures['n']} records, balanced accuracy {figures['balanced_accuracy']}, "
            f"new recall {figures['new_recall']}, restatements called new {figures['restatement_called_new']}, "
            f"repeats named right {figures['repeats_id_accuracy']}, strength change right {figures['strength_change_accuracy']}"
        )
    lines.append(f"metrics: {metrics}")
    console.print("\n".join(lines), highlight=False, soft_wrap=True)
