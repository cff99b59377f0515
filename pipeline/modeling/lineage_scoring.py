"""How well the lineage decision does on a labelled set: confusion matrix, per-relation precision and recall,
and the four figures the issue sets targets for.

- ``repeats_id_accuracy``: of the labelled restatements called ``repeats``, the share whose named earlier
  recommendation is one of the labelled ones (target >= 0.90);
- ``new_recall``: of the labelled new topics, the share called ``new`` (target >= 0.85);
- ``restatement_called_new``: of the labelled restatements, the share called ``new`` (target <= 0.10);
- ``strength_change_accuracy``: of the restatements found with the right earlier recommendation, the share
  whose strength change is the labelled one (target >= 0.95); a merged ask named by either listed recommendation
  is judged against the one named (``LabelledRecord.strength_change_against``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from pipeline.modeling.lineage_data import LabelledRecord
from pipeline.modeling.lineage_decision import NEW, RELATIONS, REPEATS

TARGETS = {
    "repeats_id_accuracy": (">=", 0.90),
    "new_recall": (">=", 0.85),
    "restatement_called_new": ("<=", 0.10),
    "strength_change_accuracy": (">=", 0.95),
}


@dataclass(frozen=True)
class Prediction:
    relation: str
    repeats_id: str | None
    strength_change: int | None


def _share(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def score(records: Sequence[LabelledRecord], predictions: Sequence[Prediction]) -> dict[str, Any]:
    """Flat metrics (DVC reads nested dicts too) of predictions against labels, in record order."""
    gold = np.array([record.relation for record in records], dtype=object)
    said = np.array([prediction.relation for prediction in predictions], dtype=object)
    confusion = {
        actual: {predicted: int(((gold == actual) & (said == predicted)).sum()) for predicted in RELATIONS}
        for actual in RELATIONS
    }
    metrics: dict[str, Any] = {"n": len(records), "confusion": confusion}
    for relation in RELATIONS:
        metrics[f"{relation}_precision"] = _share(
            int(((gold == relation) & (said == relation)).sum()), int((said == relation).sum())
        )
        metrics[f"{relation}_recall"] = _share(
            int(((gold == relation) & (said == relation)).sum()), int((gold == relation).sum())
        )
    restatements = [(r, p) for r, p in zip(records, predictions) if r.relation == REPEATS]
    called = [(r, p) for r, p in restatements if p.relation == REPEATS]
    right = [(r, p) for r, p in called if p.repeats_id in r.repeats]
    metrics["repeats_id_accuracy"] = _share(len(right), len(called))
    metrics["restatement_called_new"] = _share(sum(p.relation == NEW for _, p in restatements), len(restatements))
    metrics["strength_change_accuracy"] = _share(
        sum(p.strength_change == r.strength_change_against(p.repeats_id) for r, p in right), len(right)
    )
    metrics["accuracy"] = _share(int((gold == said).sum()), len(records))
    metrics["balanced_accuracy"] = round(
        float(np.mean([metrics[f"{r}_recall"] or 0.0 for r in RELATIONS if (gold == r).any()])), 4
    )
    metrics["targets_met"] = {name: _meets(metrics[name], *TARGETS[name]) for name in TARGETS}
    return metrics


def _meets(value: float | None, op: str, bound: float) -> bool | None:
    if value is None:
        return None
    return value >= bound if op == ">=" else value <= bound
