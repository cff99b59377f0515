"""Scores of the tagger against gold annotations (pure computation, no spaCy, no I/O).

``evaluate_records(gold, predicted)`` compares each gold record with the tagged
row predicted for the same text and returns flat headline figures plus the
per-theme table and the list of errors, so `recs evaluate` only has to print
and save them. Set-valued fields (actors, legal references, themes) are scored
with micro-averaged precision/recall/F1 over the (record, item) pairs; themes
also get a macro F1 over the sub-themes that occur in the gold or the
predictions. Every figure is rounded to 4 decimals so reruns are identical.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from pipeline.tagging.gold import GoldRecord

DECIMALS = 4
SCALAR_FIELDS = ("modality", "addressee", "negated")
SET_FIELDS = ("actors", "legal_refs", "themes")


def ratio(numerator: float, denominator: float) -> float:
    """numerator / denominator, 0.0 when there is nothing to divide (no gold and no prediction)."""
    return round(numerator / denominator, DECIMALS) if denominator else 0.0


def prf(true_positives: int, n_predicted: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1 from counts."""
    precision = ratio(true_positives, n_predicted)
    recall = ratio(true_positives, n_gold)
    f1 = ratio(2 * true_positives, n_predicted + n_gold)
    return {"precision": precision, "recall": recall, "f1": f1}


def set_prf(
    gold_sets: Sequence[Iterable[str]], predicted_sets: Sequence[Iterable[str]], *, per_label: bool = False
) -> dict[str, Any]:
    """Micro P/R/F1 over aligned gold/predicted sets; with ``per_label`` also per-label rows and macro F1.

    Macro F1 averages the labels that occur in the gold or the predictions,
    so a label nobody used does not count as a perfect or a zero score.
    """
    if len(gold_sets) != len(predicted_sets):
        raise ValueError(f"{len(gold_sets)} gold sets but {len(predicted_sets)} predicted sets")
    counts: dict[str, list[int]] = {}  # label -> [true positives, predicted, gold]
    for gold_items, predicted_items in zip(gold_sets, predicted_sets):
        gold_set, predicted_set = set(gold_items), set(predicted_items)
        for label in gold_set | predicted_set:
            row = counts.setdefault(label, [0, 0, 0])
            row[0] += label in gold_set and label in predicted_set
            row[1] += label in predicted_set
            row[2] += label in gold_set
    totals = [sum(row[i] for row in counts.values()) for i in range(3)]
    result: dict[str, Any] = {"micro": prf(*totals), "support": totals[2]}
    if per_label:
        rows = {label: {**prf(*row), "support": row[2]} for label, row in sorted(counts.items())}
        result["per_label"] = rows
        result["macro_f1"] = ratio(sum(row["f1"] for row in rows.values()), len(rows))
    return result


def accuracy(gold_values: Sequence[Any], predicted_values: Sequence[Any]) -> float:
    """Share of equal pairs."""
    return ratio(sum(g == p for g, p in zip(gold_values, predicted_values)), len(gold_values))


def errors_of(gold: Sequence[GoldRecord], predicted: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every field where the prediction differs from the gold, for the analyst (sets shown sorted)."""
    errors = []
    for record, row in zip(gold, predicted):
        for field in (*SCALAR_FIELDS, *SET_FIELDS):
            gold_value = getattr(record, field)
            predicted_value = row.get(field)
            if field in SET_FIELDS:
                gold_value, predicted_value = sorted(set(gold_value)), sorted(set(predicted_value or []))
            if gold_value != predicted_value:
                errors.append({"id": record.id, "field": field, "gold": gold_value, "predicted": predicted_value})
    return errors


def evaluate_records(gold: Sequence[GoldRecord], predicted: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Score predicted tag rows (dicts with the tagged columns) against their gold records, pairwise.

    Returns ``{"records", "modality_accuracy", "addressee_accuracy", "negation_accuracy",
    "actors_precision"/"_recall"/"_f1", "legal_refs_...", "themes_micro_...", "themes_macro_f1",
    "per_theme": {...}, "errors": [...]}``.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold records but {len(predicted)} predictions")
    metrics: dict[str, Any] = {"records": len(gold)}
    for field, key in (("modality", "modality_accuracy"), ("addressee", "addressee_accuracy"), ("negated", "negation_accuracy")):
        metrics[key] = accuracy([getattr(record, field) for record in gold], [row.get(field) for row in predicted])
    for field in ("actors", "legal_refs"):
        scores = set_prf([getattr(record, field) for record in gold], [row.get(field) or [] for row in predicted])
        for name, value in scores["micro"].items():
            metrics[f"{field}_{name}"] = value
    themes = set_prf([record.themes for record in gold], [row.get("themes") or [] for row in predicted], per_label=True)
    for name, value in themes["micro"].items():
        metrics[f"themes_micro_{name}"] = value
    metrics["themes_macro_f1"] = themes["macro_f1"]
    metrics["per_theme"] = themes["per_label"]
    metrics["errors"] = errors_of(gold, predicted)
    return metrics


HEADLINE_KEYS = (
    "records",
    "modality_accuracy",
    "addressee_accuracy",
    "negation_accuracy",
    "actors_precision",
    "actors_recall",
    "actors_f1",
    "legal_refs_precision",
    "legal_refs_recall",
    "legal_refs_f1",
    "themes_micro_precision",
    "themes_micro_recall",
    "themes_micro_f1",
    "themes_macro_f1",
)


def headline(metrics: dict[str, Any]) -> dict[str, Any]:
    """The flat figures of :func:`evaluate_records` (what `dvc metrics show` displays)."""
    return {key: metrics[key] for key in HEADLINE_KEYS}
