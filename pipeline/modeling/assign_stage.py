"""The assign stage as ``recs assign`` runs it: new reports or tables in, one ASSIGNED row per recommendation out.

The reference the classifier learned from is checked against its manifest (a changed tagged
table is warned about, not refused: the analyst may mean it), and the lineage catalogue of the
earlier sessions is built before the first input is read, so a bad reference fails fast.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from pipeline.batch import BatchReport
from pipeline.errors import RecsError
from pipeline.modeling import tagger_bridge
from pipeline.modeling.assignment import assign_batches, iter_inputs
from pipeline.modeling.hashing import tagged_hash
from pipeline.modeling.lineage_catalogue import build_catalogue, read_documents
from pipeline.modeling.lineage_decision import RELATIONS
from pipeline.modeling.manifest import load_classifier
from pipeline.modeling.outputs import check_format, open_writer
from pipeline.tables import read_tagged


def run_assign_stage(
    inputs: Iterable[Path],
    out: Path,
    *,
    tagger: Path,
    classifier: Path,
    tagged_reference: Path,
    documents: Path | None,
    report: BatchReport,
    batch_size: int,
    warn: Callable[[str], None],
    progress: Callable[[Iterator[list[dict[str, Any]]]], Iterator[list[dict[str, Any]]]] = iter,
) -> dict[str, int]:
    """Assign every input recommendation and write ``out``; return how many rows of each relation were written.

    ``documents`` defaults to documents.parquet beside ``tagged_reference``; ``progress`` wraps the
    stream of batches (the command passes its progress bar). Nothing is written if no input could be read.
    """
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
    relations = dict.fromkeys(RELATIONS, 0)
    rows = iter_inputs(inputs, report, batch_size)
    with open_writer(out, catalogue) as writer:
        batches = assign_batches(rows, nlp, loaded.model, loaded.labels, report, batch_size, catalogue, decision)
        for batch in progress(batches):
            writer.write_rows(batch)
            for row in batch:
                relations[row["relation"]] += 1
        if not report.processed:  # raised inside the writer: the empty file is discarded, an older output stays
            raise RecsError(f"none of the {len(report.failures)} input(s) could be read; nothing written", out)
    return relations
