"""Choosing the lineage decision's weights and thresholds by cross-validation on the labelled dev set.

The hard case is a new topic in the same field, written with the same words, so the rule is tuned on
later-session texts labelled repeats / related / new, not on off-topic texts. The objective follows issue 11's
targets, which ask for new topics to be found without losing restatements, and say nothing of related recall:
for every weight combination of a small grid, the two thresholds are the midpoints between observed scores that
give the highest new recall while restatements called new stay at or below a ceiling and the restatements called
``repeats`` name the right earlier recommendation at least NAMED_RIGHT_MIN of the time; balanced accuracy only
breaks ties. Stratified k-fold cross-validation with folds grouped by source (a real paragraph's body, a
constructed record's style and writing batch: ``lineage_data.source_group``), repeated over several fold seeds,
estimates how the whole choice (grid search included) does on unseen records; the rule family and the ceiling are
chosen on the worst fold seed's held-out figures and the rule is then refitted on the whole dev set. The blind set
is never read here.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedGroupKFold

from pipeline.modeling.lineage import rows_from_evidence
from pipeline.modeling.lineage_catalogue import Catalogue
from pipeline.modeling.lineage_data import LabelledRecord
from pipeline.modeling.lineage_decision import NEW, RELATED, RELATIONS, REPEATS, DecisionConfig, area_scores, scores
from pipeline.modeling.lineage_evidence import Evidence
from pipeline.modeling.lineage_scoring import TARGETS, Prediction, score

# Rule families, simplest first: the weight values each may use (action, theme, margin, area theme, area words,
# area nearest theme). A richer family must beat a simpler one on held-out records by more than TOLERANCE to be kept.
# The families with requested-verb or margin weights (and their union) never did on 100 or 144 dev records, nor did
# similarity over the requested action only, or idf / idf-squared word views, on 175 (docs/lineage.md).
FAMILIES: dict[str, tuple[tuple[float, ...], ...]] = {
    "similarity": ((0.0,), (0.0,), (0.0,), (0.0,), (0.0,), (0.0,)),
    "similarity+themes": ((0.0,), (0.0, 0.1, 0.2), (0.0,), (0.0, 0.1, 0.2), (0.0,), (0.0,)),
    "similarity+words": ((0.0,), (0.0,), (0.0,), (0.0,), (0.0, 0.5, 1.0, 1.5, 2.0), (0.0,)),
    "similarity+nearest theme": ((0.0,), (0.0,), (0.0,), (0.0,), (0.0,), (0.0, 0.05, 0.1, 0.15, 0.2)),
}
# Of held-out new recall on the worst fold seed: closer than this, the simpler family wins. One new record moves
# new recall by 1 / 60 = 0.017 on the 175 dev records, so a smaller gain is not evidence for a richer rule.
TOLERANCE = 0.01
# The targets. Named right (>= 0.90) must hold on the worst fold seed's held-out records, and with a margin
# against unseen wording on the mean over the seeds (>= 0.95). New recall (>= 0.85) and restatements called new
# (<= 0.10) trade against each other through the thresholds, so neither is put first: the choice keeps the larger
# of the two distances to their targets that is the smaller (the worst seed's "slack"). Round 7 showed why: with
# new recall first and a fixed margin on restatements called new, harder dev restatements left no choice that met
# new recall on the worst seed, while one with slack on both sides existed.
NEW_RECALL_TARGET = TARGETS["new_recall"][1]
RESTATEMENT_NEW_TARGET, NAMED_RIGHT_TARGET = TARGETS["restatement_called_new"][1], TARGETS["repeats_id_accuracy"][1]
NAMED_RIGHT_MIN = 0.95
# Ceilings on restatements called new imposed while fitting the thresholds, tried in order. Held-out records
# break the ceiling the thresholds were fitted with, so the ceiling is chosen by cross-validation too.
FIT_CEILINGS = (0.0, 0.025, 0.05)
# New recall the fit need not exceed at the cost of other relations (round 11): above it, the thresholds are fitted for
# balanced accuracy, not for one more new record. At the 0.05 ceiling the worst seed's slack is held to 0.05 by the
# restatement side, and held-out new recall runs 0.03-0.07 under the fit's, so a fit at 0.925 keeps the full slack
# (0.050 under main's, the rule-only and session 12's taggers) while a fit at 0.978 bought one new record with 19
# related asks. Below it, the one-record band of session 10 applies (docs/lineage.md, round 11).
FIT_NEW_RECALL_ENOUGH = 0.925
FOLD_SEEDS = 5  # cross-validation repeated with fold seeds seed, seed + 1, ...


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


def _thresholds(
    labels: Labels, top: np.ndarray, area: np.ndarray, right_named: np.ndarray, ceiling: float
) -> tuple[tuple[float, float], float, float]:
    """Best ((new recall, balanced accuracy), repeat threshold, related threshold) over all pairs of midpoints.

    Best is the highest balanced accuracy (a restatement right only with the right earlier recommendation named)
    among the pairs that keep restatements called new <= ``ceiling`` and restatements called ``repeats`` named right
    >= NAMED_RIGHT_MIN on these rows and whose new recall is within one new record of the highest such pair's or at
    least FIT_NEW_RECALL_ENOUGH; then the higher new recall. When no pair keeps both, the pairs calling the fewest
    restatements new compete: losing a restatement is the error the analysts cannot see. The one-record band (since
    session 10): with new recall strictly first, the fit on all 289 dev records gave up related recall (0.51 -> 0.05,
    repeats precision 0.98 -> 0.78) for a single further new record, lowering the repeat threshold from 0.43 to 0.29.
    The floor (round 11): a band anchored on the best alone follows the best when one restatement's themes let a
    higher new recall under the ceiling (session 12: related threshold 0.212 -> 0.241, related recall 0.49 -> 0.25).
    """
    repeat_cuts, related_cuts = _cuts(top), _cuts(area)
    repeat = np.repeat(repeat_cuts, len(related_cuts))[:, None]
    related = np.tile(related_cuts, len(repeat_cuts))[:, None]
    said_repeats = top[None, :] >= repeat
    said_new = ~said_repeats & (area[None, :] < related)
    said_related = ~said_repeats & ~said_new
    gold = labels.relation
    recalls = {
        relation: said[:, gold == relation].mean(axis=1)
        for relation, said in ((REPEATS, said_repeats & right_named[None, :]), (RELATED, said_related), (NEW, said_new))
        if (gold == relation).any()
    }
    balanced = np.mean(list(recalls.values()), axis=0)
    new_recall = recalls.get(NEW, np.zeros(len(repeat)))
    feasible = np.ones(len(repeat), dtype=bool)
    if (gold == REPEATS).any():
        restatements_new = said_new[:, gold == REPEATS].mean(axis=1)
        called = said_repeats[:, gold == REPEATS]
        named = (called & right_named[None, gold == REPEATS]).sum(axis=1) / np.maximum(called.sum(axis=1), 1)
        feasible = (restatements_new <= ceiling + 1e-12) & (named >= NAMED_RIGHT_MIN)
        if not feasible.any():
            feasible = restatements_new <= restatements_new.min() + 1e-12
    new_count = int((gold == NEW).sum())
    if new_count:
        # within one new record of the best new recall, or enough of it: not evidence to trade the rest for
        floor = min(new_recall[feasible].max() - 1 / new_count, FIT_NEW_RECALL_ENOUGH)
        feasible &= new_recall >= floor - 1e-12
    # lexsort: last key first; stable, so among equals the lowest thresholds of a plateau win (deterministic)
    best = int(np.lexsort((-new_recall, -balanced, ~feasible))[0])
    return (float(new_recall[best]), float(balanced[best])), float(repeat[best, 0]), float(related[best, 0])


def fit(evidence: Evidence, labels: Labels, rows: np.ndarray, family: str, ceiling: float) -> DecisionConfig:
    """The grid point and thresholds with the best objective on ``rows``; ties keep the simpler (earlier) weights."""
    sub = Labels(labels.relation[rows], labels.named_ok[rows])

    def fitted(
        action: float, theme: float, margin: float, area_theme: float, area_words: float, nearest_theme: float
    ) -> tuple[tuple[float, float], DecisionConfig]:
        config = DecisionConfig(action, theme, margin, 0.0, area_theme, 0.0, area_words, nearest_theme)
        score = scores(evidence, config)[rows]
        area = area_scores(evidence, config)[rows]
        right_named = sub.named_ok[np.arange(len(rows)), score.argmax(axis=1)]
        objective, repeat, related = _thresholds(sub, score.max(axis=1), area, right_named, ceiling)
        return objective, DecisionConfig(
            action, theme, margin, round(repeat, 6), area_theme, round(related, 6), area_words, nearest_theme
        )

    grid = itertools.product(*FAMILIES[family])
    best = fitted(*next(grid))
    for point in grid:
        candidate = fitted(*point)
        if candidate[0] > best[0]:
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


def grouped_folds(records: Sequence[LabelledRecord], splits: int, seed: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """(fitting rows, held-out rows) of each fold: stratified by relation, a source group never on both sides.

    Random folds fit the rule on texts worded like the held-out ones (same body, same writing batch); grouped folds
    estimate what holds on new wording (on the dev set the two agree within about a record, docs/lineage.md).
    """
    groups = np.array([record.group or record.id for record in records], dtype=object)
    splitter = StratifiedGroupKFold(min(splits, len(set(groups))), shuffle=True, random_state=seed)
    relation = np.array([record.relation for record in records], dtype=object)
    return list(splitter.split(np.zeros(len(records)), relation, groups))


def _cross_validate(
    records: Sequence[LabelledRecord],
    tags: Sequence[dict[str, Any]],
    evidence: Evidence,
    labels: Labels,
    catalogue: Catalogue,
    family: str,
    ceiling: float,
    splits: int,
    seed: int,
) -> dict[str, Any]:
    """Held-out figures of fitting ``family`` (grid and thresholds) on the other folds, one fold seed."""
    held_out: list[Prediction | None] = [None] * len(records)
    for train_rows, test_rows in grouped_folds(records, splits, seed):
        config = fit(evidence, labels, train_rows, family, ceiling)
        rows = rows_from_evidence([tags[i] for i in test_rows], subset(evidence, test_rows), catalogue, config)
        for i, row in zip(test_rows, rows):
            held_out[i] = Prediction(row["relation"], row["repeats_id"], row["strength_change"])
    return score(records, held_out)  # type: ignore[arg-type]


FIGURES = (
    "balanced_accuracy",
    "repeats_recall",
    "related_recall",
    "new_recall",
    "restatement_called_new",
    "repeats_id_accuracy",
    "strength_change_accuracy",
)


def _repeated(per_seed: list[dict[str, Any]]) -> dict[str, Any]:
    """Mean of each figure over the fold seeds, and the worst seed's figures the choice is made on."""
    summary: dict[str, Any] = {name: round(float(np.mean([m[name] or 0.0 for m in per_seed])), 4) for name in FIGURES}
    summary["new_recall_by_seed"] = [m["new_recall"] for m in per_seed]
    summary["worst_new_recall"] = min(m["new_recall"] or 0.0 for m in per_seed)
    summary["worst_restatement_called_new"] = max(m["restatement_called_new"] or 0.0 for m in per_seed)
    summary["worst_repeats_id_accuracy"] = min(m["repeats_id_accuracy"] or 0.0 for m in per_seed)
    return summary


def _slack(m: dict[str, Any]) -> float:
    """The worst seed's smaller distance to the two traded targets (negative: at least one is missed)."""
    return min(m["worst_new_recall"] - NEW_RECALL_TARGET, RESTATEMENT_NEW_TARGET - m["worst_restatement_called_new"])


@dataclass(frozen=True)
class TaggerView:
    """The labelled records as another tagger reads them (its tags and the evidence gathered from them), so the
    choice can be asked to hold under a tagger other than the deployed one."""

    name: str
    tags: Sequence[dict[str, Any]]
    evidence: Evidence
    catalogue: Catalogue  # the reference as the same tagger reads it (earlier modality, themes)


def _worst_of(per_tagger: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """One (family, ceiling)'s figures as the worst tagger gives each: the choice is made on what holds under all."""
    worst = dict(per_tagger[0])
    for m in per_tagger[1:]:
        for name in ("worst_new_recall", "worst_repeats_id_accuracy", "repeats_id_accuracy", "balanced_accuracy"):
            worst[name] = min(worst[name], m[name])
        worst["worst_restatement_called_new"] = max(worst["worst_restatement_called_new"], m["worst_restatement_called_new"])
    return worst


def _choose(results: dict[tuple[str, float], dict[str, Any]]) -> tuple[str, float]:
    """The (family, ceiling) with the largest worst-seed slack to the new-recall and restatement targets, among those
    that name restatements right (worst seed and mean); a richer family must beat the simpler one by more than
    TOLERANCE, and within TOLERANCE the better mean balanced accuracy wins. None qualifies: the simplest family at
    the lowest ceiling (the fewest restatements called new)."""
    eligible = [
        key
        for key, m in results.items()
        if m["worst_repeats_id_accuracy"] >= NAMED_RIGHT_TARGET and m["repeats_id_accuracy"] >= NAMED_RIGHT_MIN
    ]
    chosen: tuple[str, float] | None = None
    for family in FAMILIES:
        own = [key for key in eligible if key[0] == family]
        if not own:
            continue
        top = max(_slack(results[key]) for key in own)
        near = [key for key in own if _slack(results[key]) >= top - TOLERANCE]
        best = max(near, key=lambda key: (results[key]["balanced_accuracy"], -key[1]))
        if chosen is None or _slack(results[best]) > _slack(results[chosen]) + TOLERANCE:
            chosen = best
    return chosen or (next(iter(FAMILIES)), FIT_CEILINGS[0])


def calibrate(
    records: Sequence[LabelledRecord],
    tags: Sequence[dict[str, Any]],
    evidence: Evidence,
    catalogue: Catalogue,
    seed: int,
    folds: int = 5,
    other_taggers: Sequence[TaggerView] = (),
) -> DecisionConfig:
    """The rule family and fitting ceiling chosen on repeated cross-validation, refitted on all ``records``.

    With ``other_taggers``, every (family, ceiling) is cross-validated under each of them too and judged by its worst
    tagger's figures (``_worst_of``), so the choice does not move when a tagger round reads the themes and modality
    differently; the rule is still fitted on the deployed tagger's evidence. Its evidence records every (family,
    ceiling)'s held-out figures (per tagger too) and each piece of evidence's separate power.
    """
    labels = Labels.of(records, evidence)
    splits = min(folds, min(int((labels.relation == r).sum()) for r in set(labels.relation)))
    seeds = [seed + i for i in range(FOLD_SEEDS)]
    summary: dict[str, Any] = {
        "records": len(records),
        "per_relation": {r: int((labels.relation == r).sum()) for r in RELATIONS},
        "folds": splits,
        "fold_groups": "source (real: body; constructed: style and writing batch of ten ids)",
        "fold_seeds": seeds,
        "families": {name: [list(w) for w in grid] for name, grid in FAMILIES.items()},
        "single_evidence_auc": _aucs(evidence, labels),
        "objective": (
            "worst-seed slack min(new recall - 0.85, 0.10 - restatements called new), then balanced accuracy"
            " (restatements right only with the right earlier recommendation); thresholds fitted for balanced"
            f" accuracy within one new record of the best new recall or at least {FIT_NEW_RECALL_ENOUGH}"
        ),
        "constraints": {
            "fit_restatement_called_new_ceilings": list(FIT_CEILINGS),
            "fit_named_right_min": NAMED_RIGHT_MIN,
            "slack_targets": {"new_recall": NEW_RECALL_TARGET, "restatement_called_new": RESTATEMENT_NEW_TARGET},
            "worst_seed_named_right_min": NAMED_RIGHT_TARGET,
            "mean_named_right_min": NAMED_RIGHT_MIN,
        },
    }
    family, ceiling = next(iter(FAMILIES)), FIT_CEILINGS[0]
    if splits >= 2:
        results = {
            (name, level): _repeated(
                [_cross_validate(records, tags, evidence, labels, catalogue, name, level, splits, s) for s in seeds]
            )
            for name in FAMILIES
            for level in FIT_CEILINGS
        }
        summary["cross_validated"] = {f"{name} @ {level}": {"metrics": m} for (name, level), m in results.items()}
        judged = results
        if other_taggers:
            by_tagger = {
                view.name: {
                    (name, level): _repeated(
                        [
                            _cross_validate(
                                records,
                                view.tags,
                                view.evidence,
                                Labels.of(records, view.evidence),
                                view.catalogue,
                                name,
                                level,
                                splits,
                                s,
                            )
                            for s in seeds
                        ]
                    )
                    for name in FAMILIES
                    for level in FIT_CEILINGS
                }
                for view in other_taggers
            }
            summary["cross_validated_other_taggers"] = {
                tagger: {f"{name} @ {level}": {"metrics": m} for (name, level), m in figures.items()}
                for tagger, figures in by_tagger.items()
            }
            judged = {key: _worst_of([m, *(figures[key] for figures in by_tagger.values())]) for key, m in results.items()}
        family, ceiling = _choose(judged)
    summary["family"] = family
    summary["fit_ceiling"] = ceiling
    summary["choice"] = f"{family} @ {ceiling}"
    chosen = fit(evidence, labels, np.arange(len(records)), family, ceiling)
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
        "area_nearest_theme_weight": config.area_nearest_theme_weight,
    }
