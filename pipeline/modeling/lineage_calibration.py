"""Choosing the lineage decision's weights and thresholds by cross-validation on the labelled dev set.

The hard case is a new topic in the same field, written with the same words, so the rule is tuned on
later-session texts labelled repeats / related / new, not on off-topic texts. For every weight
combination of a small grid, the two thresholds are the midpoints between observed scores that give
the best balanced accuracy (a restatement counts as recognised only if the right earlier recommendation
is named). Stratified k-fold cross-validation estimates how the whole choice (grid search included)
does on unseen records; the saved rule is then chosen on the whole dev set. The blind set is never read here.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold

from pipeline.modeling.lineage import rows_from_evidence
from pipeline.modeling.lineage_catalogue import Catalogue
from pipeline.modeling.lineage_data import LabelledRecord
from pipeline.modeling.lineage_decision import NEW, RELATED, RELATIONS, REPEATS, DecisionConfig, area_scores, scores
from pipeline.modeling.lineage_evidence import Evidence
from pipeline.modeling.lineage_scoring import Prediction, score

# Rule families, simplest first: the weight values each may use (action, theme, margin, area theme, area words).
# The family is chosen by cross-validation too; a richer one must do better on held-out records to be kept.
FAMILIES: dict[str, tuple[tuple[float, ...], ...]] = {
    "similarity": ((0.0,), (0.0,), (0.0,), (0.0,), (0.0,)),
    "similarity+action": ((0.0, 0.1, 0.2, 0.3), (0.0,), (0.0,), (0.0,), (0.0,)),
    "similarity+themes": ((0.0,), (0.0, 0.1, 0.2), (0.0,), (0.0, 0.1, 0.2), (0.0,)),
    "similarity+margin": ((0.0,), (0.0,), (0.0, 0.2, 0.4), (0.0,), (0.0,)),
    "similarity+words": ((0.0,), (0.0,), (0.0,), (0.0,), (0.0, 0.5, 1.0, 1.5, 2.0)),
    "all": ((0.0, 0.1, 0.2, 0.3), (0.0, 0.1, 0.2), (0.0, 0.2, 0.4), (0.0, 0.1, 0.2), (0.0, 0.5, 1.0)),
}
# The targets on the two errors analysts notice, imposed while choosing thresholds. The new-recall
# floor sits above the 0.85 target: imposed at exactly 0.85 on the training folds, held-out recall came out
# at 0.76-0.84 (docs/lineage.md).
NEW_RECALL_FLOOR = 0.90
RESTATEMENT_NEW_CEILING = 0.10


@dataclass(frozen=True)
class Labels:
    relation: np.ndarray  # (n,) gold relation
    named_ok: np.ndarray  # (n, k) candidate is one of the labelled repeated recommendations

    @classmethod
    def of(cls, records: Sequence[LabelledRecord], evidence: Evidence) -> "Labels":
        relation = np.array([record.relation for record in records], dtype=object)
        named_ok = np.array(
            [[candidate in record.repeats for candidate in row] for record, row in zip(records, evidence.candidates)], dtype=bool
        ).reshape(evidence.candidates.shape)
        return cls(relation, named_ok)


def _cuts(values: np.ndarray) -> np.ndarray:
    """Midpoints between the observed scores, plus one below and one above all."""
    values = np.unique(values)
    return np.concatenate([[values[0] - 0.01], (values[:-1] + values[1:]) / 2, [values[-1] + 0.01]])


def _thresholds(labels: Labels, top: np.ndarray, area: np.ndarray, right_named: np.ndarray) -> tuple[float, float, float]:
    """Best (objective, repeat threshold, related threshold) over all pairs of midpoints between observed scores.

    The objective is balanced accuracy (a restatement is right only with the right earlier recommendation
    named), among the pairs that meet the issue's two error targets on these rows (new recall >= 0.85, restatements
    called new <= 0.10) when any pair does: calling a new topic "related" is the error analysts complained of.
    """
    repeat_cuts, related_cuts = _cuts(top), _cuts(area)
    repeat = np.repeat(repeat_cuts, len(related_cuts))[:, None]
    related = np.tile(related_cuts, len(repeat_cuts))[:, None]
    said_repeats = top[None, :] >= repeat
    said_new = ~said_repeats & (area[None, :] < related)
    said_related = ~said_repeats & ~said_new
    gold = labels.relation
    recalls = [
        said[:, gold == relation].mean(axis=1)
        for relation, said in ((REPEATS, said_repeats & right_named[None, :]), (RELATED, said_related), (NEW, said_new))
        if (gold == relation).any()
    ]
    objective = np.mean(recalls, axis=0)
    feasible = np.ones(len(repeat), dtype=bool)
    if (gold == NEW).any():
        feasible &= said_new[:, gold == NEW].mean(axis=1) >= NEW_RECALL_FLOOR
    if (gold == REPEATS).any():
        feasible &= said_new[:, gold == REPEATS].mean(axis=1) <= RESTATEMENT_NEW_CEILING
    if feasible.any():
        objective = np.where(feasible, objective, -1.0)
    best = int(np.argmax(objective))  # first best: the lowest thresholds of a plateau, deterministic
    return float(objective[best]), float(repeat[best, 0]), float(related[best, 0])


def fit(evidence: Evidence, labels: Labels, rows: np.ndarray, family: str) -> DecisionConfig:
    """The grid point and thresholds with the best objective on ``rows``; ties keep the simpler (earlier) weights."""
    sub = Labels(labels.relation[rows], labels.named_ok[rows])

    def fitted(action: float, theme: float, margin: float, area_theme: float, area_words: float) -> tuple[float, DecisionConfig]:
        config = DecisionConfig(action, theme, margin, 0.0, area_theme, 0.0, area_words)
        score = scores(evidence, config)[rows]
        area = area_scores(evidence, config)[rows]
        right_named = sub.named_ok[np.arange(len(rows)), score.argmax(axis=1)]
        objective, repeat, related = _thresholds(sub, score.max(axis=1), area, right_named)
        return objective, DecisionConfig(action, theme, margin, round(repeat, 6), area_theme, round(related, 6), area_words)

    grid = itertools.product(*FAMILIES[family])
    best = fitted(*next(grid))
    for point in grid:
        candidate = fitted(*point)
        if candidate[0] > best[0] + 1e-12:
            best = candidate
    return best[1]


def _aucs(evidence: Evidence, labels: Labels) -> dict[str, Any]:
    """How well each piece of evidence alone separates the relations (ROC AUC), for the nearest candidate and the mean of all."""
    aucs: dict[str, Any] = {}
    singles = {}
    for name, values in evidence.features().items():
        if values.shape[1]:
            singles[f"{name} (nearest)"] = values[:, 0]
            singles[f"{name} (mean of nearest)"] = values.mean(axis=1)
    singles["word-view area"] = evidence.word_area
    for name, top in singles.items():
        for positive, negative in ((REPEATS, NEW), (REPEATS, RELATED), (RELATED, NEW)):
            keep = np.isin(labels.relation, [positive, negative])
            y = labels.relation[keep] == positive
            aucs[f"{name}: {positive} vs {negative}"] = (
                round(float(roc_auc_score(y, top[keep])), 4) if 0 < y.sum() < len(y) else None
            )
    return aucs


def subset(evidence: Evidence, rows: np.ndarray) -> Evidence:
    """The evidence of some labelled records only (one cross-validation fold)."""
    return Evidence(
        *(
            getattr(evidence, name)[rows]
            for name in ("candidates", "similarity", "margin", "action", "themes", "session", "word_area")
        )
    )


def _cross_validate(
    records: Sequence[LabelledRecord],
    tags: Sequence[dict[str, Any]],
    evidence: Evidence,
    labels: Labels,
    catalogue: Catalogue,
    family: str,
    splits: int,
    seed: int,
) -> tuple[dict[str, Any], list[dict[str, float]]]:
    """Held-out figures of fitting ``family`` (grid and thresholds) on the other folds, and each fold's choice."""
    held_out: list[Prediction | None] = [None] * len(records)
    choices = []
    folds = StratifiedKFold(splits, shuffle=True, random_state=seed).split(np.zeros(len(records)), labels.relation)
    for train_rows, test_rows in folds:
        config = fit(evidence, labels, train_rows, family)
        choices.append(_values(config))
        rows = rows_from_evidence([tags[i] for i in test_rows], subset(evidence, test_rows), catalogue, config)
        for i, row in zip(test_rows, rows):
            held_out[i] = Prediction(row["relation"], row["repeats_id"], row["strength_change"])
    return score(records, held_out), choices  # type: ignore[arg-type]


def calibrate(
    records: Sequence[LabelledRecord],
    tags: Sequence[dict[str, Any]],
    evidence: Evidence,
    catalogue: Catalogue,
    seed: int,
    folds: int = 5,
) -> DecisionConfig:
    """The rule family with the best cross-validated balanced accuracy (ties: the simpler), refitted on all ``records``.

    Its evidence records every family's cross-validated figures and each piece of evidence's separate power.
    """
    labels = Labels.of(records, evidence)
    splits = min(folds, min(int((labels.relation == r).sum()) for r in set(labels.relation)))
    summary: dict[str, Any] = {
        "records": len(records),
        "per_relation": {r: int((labels.relation == r).sum()) for r in RELATIONS},
        "folds": splits,
        "seed": seed,
        "families": {name: [list(w) for w in grid] for name, grid in FAMILIES.items()},
        "single_evidence_auc": _aucs(evidence, labels),
        "objective": "balanced accuracy (restatements right only with the right earlier recommendation)",
        "constraints": {"new_recall_floor": NEW_RECALL_FLOOR, "restatement_called_new_ceiling": RESTATEMENT_NEW_CEILING},
    }
    family = next(iter(FAMILIES))
    if splits >= 2:
        results = {name: _cross_validate(records, tags, evidence, labels, catalogue, name, splits, seed) for name in FAMILIES}
        summary["cross_validated"] = {
            name: {"metrics": metrics, "fold_choices": choices} for name, (metrics, choices) in results.items()
        }
        family = max(FAMILIES, key=lambda name: (results[name][0]["balanced_accuracy"], -list(FAMILIES).index(name)))
    summary["family"] = family
    chosen = fit(evidence, labels, np.arange(len(records)), family)
    return DecisionConfig(**_values(chosen), calibrated=True, evidence=summary)


def _values(config: DecisionConfig) -> dict[str, float]:
    return {
        "action_weight": config.action_weight,
        "theme_weight": config.theme_weight,
        "margin_weight": config.margin_weight,
        "repeat_threshold": config.repeat_threshold,
        "area_theme_weight": config.area_theme_weight,
        "related_threshold": config.related_threshold,
        "area_words_weight": config.area_words_weight,
    }
