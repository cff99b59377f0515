"""The lineage decision: evidence -> relation (repeats | related | new) and which earlier recommendation is repeated.

A pure, vectorized function of :class:`~pipeline.modeling.lineage_evidence.Evidence` and a
:class:`DecisionConfig`, in two steps because they need different evidence (measured, docs/lineage.md).
Does it repeat one earlier recommendation? Each candidate gets a linear score (similarity plus weighted
action, theme and margin evidence); the best one at or above ``repeat_threshold`` is repeated. If not,
is it in an area the earlier sessions covered? The area score is the mean similarity of all the nearest
candidates (one close text is not an area) plus weighted theme overlap (of all the nearest, and of the nearest
one: a new topic of the field seldom shares the nearest text's themes) and the weighted mean similarity of the
nearest texts in a plain word view (``lineage_words``); at or above ``related_threshold``
it is ``related``, below it ``new``. Among the
candidates that reach the repeat threshold, the one of the latest session is named and the best
candidate of every other session is listed too (an ask restated session after session).
The weights and thresholds are chosen by cross-validation (``lineage_calibration``) and saved as JSON.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.atomic import write_json
from pipeline.errors import RecsError
from pipeline.modeling.lineage_evidence import Evidence

REPEATS, RELATED, NEW = "repeats", "related", "new"
RELATIONS = (REPEATS, RELATED, NEW)
CONFIG_FILE = "lineage.json"
CONFIG_FORMAT = "recs-lineage-decision/1"


@dataclass(frozen=True)
class DecisionConfig:
    """Weights of the evidence and the two thresholds on the resulting score.

    The defaults are a hand-set fallback used only when no calibrated ``lineage.json`` exists.
    """

    action_weight: float = 0.2
    theme_weight: float = 0.1
    margin_weight: float = 0.0
    repeat_threshold: float = 0.55
    area_theme_weight: float = 0.0
    related_threshold: float = 0.30
    area_words_weight: float = 0.0
    area_nearest_theme_weight: float = 0.0
    calibrated: bool = False
    evidence: dict[str, Any] = field(default_factory=dict)  # how the values were chosen (CV figures)

    def save(self, model_dir: str | Path) -> Path:
        path = Path(model_dir) / CONFIG_FILE
        write_json(path, {"format": CONFIG_FORMAT, **asdict(self)})
        return path

    @classmethod
    def load(cls, model_dir: str | Path) -> "DecisionConfig":
        """The saved decision, or the uncalibrated default when the classifier folder has none."""
        path = Path(model_dir) / CONFIG_FILE
        if not path.is_file():
            return cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise RecsError("the lineage decision is not valid JSON; rerun `recs train`", path) from None
        if not isinstance(data, dict) or data.pop("format", None) != CONFIG_FORMAT:
            raise RecsError(f"not a {CONFIG_FORMAT} file; rerun `recs train`", path)
        known = {f.name for f in fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})


@dataclass(frozen=True)
class Decision:
    relation: np.ndarray  # (n,) one of RELATIONS
    best: np.ndarray  # (n,) index of the candidate named (repeats) or nearest by score
    score: np.ndarray  # (n,) the best candidate's score
    area: np.ndarray  # (n,) the area score
    also: np.ndarray  # (n, k) bool: other sessions' candidates that are also repeated


def scores(evidence: Evidence, config: DecisionConfig) -> np.ndarray:
    """The linear score of every candidate, shape (n, k)."""
    return (
        evidence.similarity
        + config.action_weight * evidence.action
        + config.theme_weight * evidence.themes
        + config.margin_weight * evidence.margin
    )


def area_scores(evidence: Evidence, config: DecisionConfig) -> np.ndarray:
    """Mean similarity and theme overlap of all the nearest candidates, the nearest candidate's theme overlap and the
    word-view area, weighted, shape (n,)."""
    if evidence.similarity.shape[1] == 0:
        return np.zeros(evidence.similarity.shape[0])
    return (
        evidence.similarity.mean(axis=1)
        + config.area_theme_weight * evidence.themes.mean(axis=1)
        + config.area_nearest_theme_weight * evidence.themes[:, 0]
        + config.area_words_weight * evidence.word_area
    )


def relations(top: np.ndarray, area: np.ndarray, repeat_threshold: float, related_threshold: float) -> np.ndarray:
    """repeats / related / new from the two scores."""
    return np.where(top >= repeat_threshold, REPEATS, np.where(area >= related_threshold, RELATED, NEW)).astype(object)


def decide(evidence: Evidence, config: DecisionConfig) -> Decision:
    """Relation and named candidate for every query; vectorized over queries and candidates."""
    score = scores(evidence, config)
    n, k = score.shape
    if k == 0:
        return Decision(
            np.full(n, NEW, dtype=object), np.zeros(n, dtype=np.intp), np.zeros(n), np.zeros(n), np.zeros((n, 0), dtype=bool)
        )
    top = score.max(axis=1)
    area = area_scores(evidence, config)
    relation = relations(top, area, config.repeat_threshold, config.related_threshold)
    passing = score >= config.repeat_threshold
    # The latest session among the passing candidates, then the best score within it.
    latest = np.where(passing, evidence.session, np.iinfo(np.int64).min).max(axis=1)
    in_latest = passing & (evidence.session == latest[:, None])
    best = np.where(relation == REPEATS, np.where(in_latest, score, -np.inf).argmax(axis=1), score.argmax(axis=1))
    # Every other session's best passing candidate.
    best_per_session = score >= np.where(
        passing[:, :, None] & (evidence.session[:, :, None] == evidence.session[:, None, :]), score[:, None, :], -np.inf
    ).max(axis=2)
    also = passing & best_per_session & (evidence.session != latest[:, None])
    return Decision(relation, best.astype(np.intp), top, area, also)
