"""Open-set classifier from a tagged recommendation to a reference cluster.

A scikit-learn ``Pipeline`` (text + tag features -> temperature-calibrated LogisticRegression) gives
the cluster and its probability. Whether the text belongs to any cluster at all is decided separately:
probabilities of a closed-set model say which cluster is least unlikely, not whether the text is on a
topic the reference covers (measured: out-of-scope texts get *higher* top probabilities than held-out
reference recommendations). The open-set rule therefore uses the support score, the mean cosine
similarity to the ``n_similar`` nearest reference recommendations: below ``novelty_threshold`` the
text is ``novel`` and its cluster is :data:`NOVEL`.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Iterator
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.exceptions import UndefinedMetricWarning
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import Pipeline
from sklearn.utils.validation import check_is_fitted

from pipeline.errors import RecsError
from pipeline.modeling.features import as_frame, drop_volatile_state, make_features
from pipeline.modeling.similarity import ReferenceIndex, support
from pipeline.modeling.threads import single_threaded

NOVEL = "novel"


@contextlib.contextmanager
def quiet_small_classes() -> Iterator[None]:
    """Silence the warnings scikit-learn gives for clusters smaller than the number of folds (expected here), one thread."""
    with warnings.catch_warnings(), single_threaded():
        warnings.filterwarnings("ignore", message=".*least populated class.*")
        warnings.filterwarnings("ignore", category=UndefinedMetricWarning)
        yield


class ClusterClassifier(ClassifierMixin, BaseEstimator):
    """Assign recommendations (TAGGED rows as a DataFrame) to reference clusters, or flag them novel.

    Parameters
    ----------
    feature_set : str
        One of ``features.FEATURE_SETS``: what describes a recommendation.
    C : float
        Inverse regularization strength of the LogisticRegression.
    novelty_threshold : float
        Support score (mean cosine similarity to the ``n_similar`` nearest reference recommendations)
        below which a text is novel. ``recs train --novelty-threshold auto`` chooses it on held-back data.
    n_similar : int
        How many nearest reference recommendations to report and average.
    random_state : int
        Seed of the calibration folds.
    """

    def __init__(self, feature_set: str = "tfidf+tags", C: float = 10.0, novelty_threshold: float = 0.2,
                 n_similar: int = 3, random_state: int = 42) -> None:
        self.feature_set = feature_set
        self.C = C
        self.novelty_threshold = novelty_threshold
        self.n_similar = n_similar
        self.random_state = random_state

    def _classifier(self, y: np.ndarray) -> CalibratedClassifierCV | LogisticRegression:
        """LogisticRegression with temperature scaling (one parameter, keeps the argmax) fitted on 2-3 stratified folds.

        A cluster with a single member cannot be split into folds: then the LogisticRegression's own
        probabilities (fitted by log-loss) are used uncalibrated, and ``calibrated_`` says so.
        """
        base = LogisticRegression(C=self.C, max_iter=2000)
        smallest = int(pd.Series(y).value_counts().min())
        if smallest < 2:
            return base
        folds = StratifiedKFold(n_splits=min(3, smallest), shuffle=True, random_state=self.random_state)
        return CalibratedClassifierCV(base, method="temperature", cv=folds, ensemble=False)

    def fit(self, X: pd.DataFrame, y: Any) -> "ClusterClassifier":
        frame = as_frame(X)
        y = np.asarray(y, dtype=object)
        if len(frame) != len(y):
            raise RecsError(f"{len(frame)} recommendations but {len(y)} cluster labels")
        if len(set(y)) < 2:
            raise RecsError("need at least two clusters to train a classifier")
        self.pipeline_ = Pipeline([("features", make_features(self.feature_set)), ("classify", self._classifier(y))])
        with quiet_small_classes():
            self.pipeline_.fit(frame, y)
        self.classes_ = self.pipeline_.classes_
        self.calibrated_ = isinstance(self.pipeline_.named_steps["classify"], CalibratedClassifierCV)
        self.reference_ = self.pipeline_.named_steps["features"].transform(frame).tocsr()
        self._reference_index = None  # rebuilt from the new reference on first use
        self.reference_ids_ = np.asarray(frame["rec_id"] if "rec_id" in frame.columns else frame.index.astype(str), dtype=object)
        self.reference_clusters_ = y
        drop_volatile_state(self.pipeline_.named_steps["features"])
        return self

    def _vectors(self, frame: pd.DataFrame) -> Any:
        """Feature vectors (L2-normalized rows) of an ``as_frame`` table: what both the classifier and the similarity search read."""
        check_is_fitted(self, "pipeline_")
        return self.pipeline_.named_steps["features"].transform(frame).tocsr()

    def _nearest(self, vectors: Any) -> tuple[np.ndarray, np.ndarray]:
        """Nearest reference rows; the search index is built on first use and kept (not saved with the model).

        Callers limit threads (:func:`single_threaded`) once around all their numeric work: each limit costs milliseconds.
        """
        if getattr(self, "_reference_index", None) is None:
            self._reference_index = ReferenceIndex(self.reference_)
        return self._reference_index.nearest(vectors, self.n_similar)

    def __getstate__(self) -> dict[str, Any]:
        state = super().__getstate__()
        state.pop("_reference_index", None)
        return state

    def _proba(self, vectors: Any) -> np.ndarray:
        return self.pipeline_.named_steps["classify"].predict_proba(vectors)

    def predict_proba(self, X: pd.DataFrame) -> np.ndarray:
        vectors = self._vectors(as_frame(X))
        with single_threaded():
            return self._proba(vectors)

    def similar(self, X: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
        """Ids and cosine similarities of the ``n_similar`` nearest reference recommendations, best first."""
        vectors = self._vectors(as_frame(X))
        with single_threaded():
            order, scores = self._nearest(vectors)
        return self.reference_ids_[order], scores

    def support_score(self, X: pd.DataFrame) -> np.ndarray:
        """Mean similarity to the nearest reference recommendations: the open-set score."""
        return support(self.similar(X)[1])

    def predict(self, X: pd.DataFrame) -> np.ndarray:
        return np.array([row["cluster_id"] for row in self.assign(X)], dtype=object)

    def assign(self, X: pd.DataFrame) -> list[dict[str, Any]]:
        """Everything an analyst sees per text: cluster (or NOVEL), probability, novel flag, nearest references."""
        frame = as_frame(X)
        if frame.empty:
            return []
        vectors = self._vectors(frame)
        with single_threaded():
            probabilities = self._proba(vectors)
            order, scores = self._nearest(vectors)
        ids = self.reference_ids_[order]
        novel = support(scores) < self.novelty_threshold
        best = probabilities.argmax(axis=1)
        return [
            {
                "cluster_id": NOVEL if novel[i] else str(self.classes_[best[i]]),
                "probability": round(float(probabilities[i, best[i]]), 6),
                "novel": bool(novel[i]),
                "similar_ids": [str(rec_id) for rec_id in ids[i]],
                "similar_scores": [round(float(score), 6) for score in scores[i]],
            }
            for i in range(len(frame))
        ]
