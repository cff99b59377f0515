"""Precision, recall and F1 of set-valued predictions (actors, legal references, themes).

Counting is spaCy's :class:`~spacy.scorer.PRFScore` (``score_set``); the figures are then
taken from its counts, rounded to 4 decimals, with F1 as ``2·tp / (predicted + gold)``, so
reruns give the same bytes and an empty gold with an empty prediction scores 0.0. Kept
apart from the gold records so the theme component's scorer can use it without importing
the gold loader (which itself reads the theme vocabulary).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from spacy.scorer import PRFScore

DECIMALS = 4


def ratio(numerator: float, denominator: float) -> float:
    """numerator / denominator, 0.0 when there is nothing to divide (no gold and no prediction)."""
    return round(numerator / denominator, DECIMALS) if denominator else 0.0


def figures(score: PRFScore) -> dict[str, float]:
    """Rounded precision, recall and F1 of one :class:`PRFScore`'s counts."""
    predicted, gold = score.tp + score.fp, score.tp + score.fn
    return {"precision": ratio(score.tp, predicted), "recall": ratio(score.tp, gold), "f1": ratio(2 * score.tp, predicted + gold)}


def set_prf(
    gold_sets: Sequence[Iterable[str]], predicted_sets: Sequence[Iterable[str]], *, per_label: bool = False
) -> dict[str, Any]:
    """Micro P/R/F1 over aligned gold/predicted sets; with ``per_label`` also per-label rows and macro F1.

    Macro F1 averages the labels that occur in the gold or the predictions,
    so a label nobody used does not count as a perfect or a zero score.
    """
    if len(gold_sets) != len(predicted_sets):
        raise ValueError(f"{len(gold_sets)} gold sets but {len(predicted_sets)} predicted sets")
    micro = PRFScore()
    labels: defaultdict[str, PRFScore] = defaultdict(PRFScore)
    for gold_items, predicted_items in zip(gold_sets, predicted_sets):
        gold_set, predicted_set = set(gold_items), set(predicted_items)
        micro.score_set(predicted_set, gold_set)
        for label in gold_set | predicted_set:
            labels[label].score_set(predicted_set & {label}, gold_set & {label})
    result: dict[str, Any] = {"micro": figures(micro), "support": micro.tp + micro.fn}
    if per_label:
        rows = {label: {**figures(score), "support": score.tp + score.fn} for label, score in sorted(labels.items())}
        result["per_label"] = rows
        result["macro_f1"] = ratio(sum(row["f1"] for row in rows.values()), len(rows))
    return result
