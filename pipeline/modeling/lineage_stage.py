"""The lineage stage as ``recs lineage`` and ``dvc repro`` run it: the reference's own lineage, and the decision scored on labelled sets.

Each reference session is traced against the sessions before it (``lineage_history``); each
labelled set (``data/lineage/*.jsonl``) is tagged, decided and scored (``lineage_evaluation``).
The table is written only after every labelled set scored, so a bad set leaves no output behind.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

from pipeline.atomic import write_json, write_parquet
from pipeline.modeling import tagger_bridge
from pipeline.modeling.lineage_catalogue import load_catalogue
from pipeline.modeling.lineage_decision import RELATIONS
from pipeline.modeling.lineage_evaluation import decision_summary, evaluate, prepare
from pipeline.modeling.lineage_history import history_rows
from pipeline.modeling.manifest import load_classifier
from pipeline.schemas import LINEAGE


def run_lineage_stage(
    tagged: Path,
    documents: Path,
    classifier: Path,
    tagger: Path,
    out: Path,
    metrics: Path,
    *,
    labelled: list[Path],
    seed_texts: Path,
) -> tuple[dict[str, int], int, dict[str, Any]]:
    """Write the lineage table and metrics; return the relation counts, the number of sessions and the metrics."""
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        loaded = load_classifier(classifier)
    model, decision = loaded.model, loaded.decision
    catalogue = load_catalogue(tagged, documents)
    rows = history_rows(model, catalogue, decision)
    counts = {relation: sum(row["relation"] == relation for row in rows) for relation in RELATIONS}
    report = decision_summary(decision)
    if labelled:
        nlp, _ = tagger_bridge.load(tagger)
        for path in labelled:
            report[path.stem] = evaluate(prepare(path, seed_texts, nlp, model, catalogue), catalogue, decision)
    write_parquet(out, rows, LINEAGE)
    write_json(metrics, report)
    return counts, len(catalogue.sessions), report
