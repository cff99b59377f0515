"""`recs assign`: place the recommendations of new reports or tables in the reference clusters, or flag them novel."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli_support import console, handle_errors, warn
from pipeline.commands import paths
from pipeline.commands.options import BatchSize, ClassifierDir, KeepGoing, TaggerDir, out_option
from pipeline.errors import RecsError


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
    from pipeline.cli_support import batch_report, finish_batch, progress_bar
    from pipeline.modeling import tagger_bridge
    from pipeline.modeling.assignment import assign_batches, iter_inputs
    from pipeline.modeling.hashing import tagged_hash
    from pipeline.modeling.lineage_catalogue import build_catalogue, read_documents
    from pipeline.modeling.lineage_decision import RELATIONS
    from pipeline.modeling.manifest import load_classifier
    from pipeline.modeling.outputs import check_format, open_writer
    from pipeline.tables import read_tagged

    check_format(out)
    loaded = load_classifier(classifier)
    reference_hash = loaded.manifest.get("params", {}).get("reference_hash")
    reference = read_tagged(tagged_reference)
    if reference_hash:
        if tagged_hash(reference) != reference_hash:
            warn(f"{tagged_reference} changed since the classifier was trained; rerun `recs cluster` and `recs train`")
    catalogue = build_catalogue(reference, read_documents(documents or tagged_reference.with_name("documents.parquet")))
    decision = loaded.decision
    if not decision.calibrated:
        warn(f"{classifier}: no calibrated lineage decision (lineage.json); using the uncalibrated default, rerun `recs train`")
    nlp, tagger_warnings = tagger_bridge.load(tagger)
    for message in tagger_warnings:
        warn(message)
    report = batch_report()
    written = 0
    relations = dict.fromkeys(RELATIONS, 0)
    rows = iter_inputs(inputs, report, batch_size)
    with open_writer(out, catalogue) as writer:
        batches = assign_batches(rows, nlp, loaded.model, loaded.labels, report, batch_size, catalogue, decision)
        for batch in progress_bar(batches, "Assigning"):
            writer.write_rows(batch)
            written += len(batch)
            for row in batch:
                relations[row["relation"]] += 1
        if not report.processed:  # raised inside the writer: the empty file is discarded, an older output stays
            raise RecsError(f"none of the {len(report.failures)} input(s) could be read; nothing written", out)
    counts = ", ".join(f"{count} {relation}" for relation, count in relations.items())
    console.print(f"{written} recommendations assigned ({counts}; novel = new) -> {out}", highlight=False, soft_wrap=True)
    finish_batch(report, "assign", keep_going)
