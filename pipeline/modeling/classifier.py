"""Open-set classifier from a tagged recommendation to a reference cluster.

Text + tag features and a temperature-calibrated LogisticRegression give the cluster and its
probability. Fitting uses scikit-learn; the fitted state goes to an :class:`~pipeline.modeling.assigner.Assigner`
(plain arrays), which predicts and is what ``recs train`` saves, so assigning needs neither
scikit-learn nor a pickle. Whether the text belongs to any cluster at all is decided separately:
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
from scipy.optimize import minimize_scalar
from scipy.special import logsumexp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.exceptions import UndefinedMetricWarning
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.utils.validation import check_is_fitted

from pipeline.errors import RecsError
from pipeline.modeling import DEFAULT_C, DEFAULT_SEED
from pipeline.modeling.assigner import NOVEL, Assigner, LinearModel, class_logits
from pipeline.modeling.features import as_frame, make_features
from pipeline.modeling.threads import single_threaded
from pipeline.modeling.vectors import FeatureTables

__all__ = ["NOVEL", "ClusterClassifier", "fit_inverse_temperature", "quiet_small_classes"]


@contextlib.contextmanager
def quiet_small_classes() -> Iterator[None]:
    """Silence the warnings scikit-learn gives for clusters smaller than the number of folds (expected here), one thread."""
    with warnings.catch_warnings(), single_threaded():
        warnings.filterwarnings("ignore", message=".*least populated class.*")
        warnings.filterwarnings("ignore", category=UndefinedMetricWarning)
        yield


def fit_inverse_temperature(logits: np.ndarray, y_index: np.ndarray) -> float:
    """Temperature scaling: the one factor beta on the logits that minimizes the log-loss of held-out predictions.

    One parameter keeps the argmax; searched as log(beta) in [-10, 10] with a bounded scalar minimizer
    (the search scikit-learn's ``CalibratedClassifierCV(method="temperature")`` runs, which only its
    newest releases have).
    """
    rows = np.arange(len(y_index))

    def log_loss(log_beta: float) -> float:
        scaled = np.exp(log_beta) * logits
        return float(np.mean(logsumexp(scaled, axis=1) - scaled[rows, y_index]))

    result = minimize_scalar(log_loss, bounds=(-10.0, 10.0), method="bounded", options={"xatol": 64 * np.finfo(np.float64).eps})
    return float(np.exp(result.x))


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

    def __init__(
        self,
        feature_set: str = "tfidf+tags",
        C: float = DEFAULT_C,
        novelty_threshold: float = 0.2,
        n_similar: int = 3,
        random_state: int = DEFAULT_SEED,
    ) -> None:
        self.feature_set = feature_set
        self.C = C
        self.novelty_threshold = novelty_threshold
        self.n_similar = n_similar
        self.random_state = random_state

    def _regression(self) -> LogisticRegression:
        return LogisticRegression(C=self.C, max_iter=2000)

    def fit(self, X: pd.DataFrame, y: Any) -> "ClusterClassifier":
        """Fit features and a LogisticRegression, then its temperature on 2-3 stratified folds.

        A cluster with a single member cannot be split into folds: then the LogisticRegression's own
        probabilities (fitted by log-loss) are used uncalibrated, and ``calibrated_`` says so.
        """
        frame = as_frame(X)
        y = np.asarray(y, dtype=object)
        if len(frame) != len(y):
            raise RecsError(f"{len(frame)} recommendations but {len(y)} cluster labels")
        if len(set(y)) < 2:
            raise RecsError("need at least two clusters to train a classifier")
        features = make_features(self.feature_set)
        smallest = int(pd.Series(y).value_counts().min())
        beta = 1.0
        with quiet_small_classes():
            vectors = features.fit_transform(frame)
            regression = self._regression().fit(vectors, y)
            if smallest >= 2:
                folds = StratifiedKFold(n_splits=min(3, smallest), shuffle=True, random_state=self.random_state)
                held_out = cross_val_predict(self._regression(), vectors, y, cv=folds, method="decision_function")
                beta = fit_inverse_temperature(class_logits(held_out), np.searchsorted(regression.classes_, y))
        self.classes_ = regression.classes_
        self.calibrated_ = smallest >= 2
        tables = FeatureTables.from_pipeline(features)
        self.assigner_ = Assigner(
            features=tables,
            linear=LinearModel(coef=regression.coef_, intercept=regression.intercept_, beta=beta, calibrated=self.calibrated_),
            classes_=self.classes_,
            reference=tables.transform(frame),
            reference_ids=np.asarray(frame["rec_id"] if "rec_id" in frame.columns else frame.index.astype(str), dtype=object),
            reference_clusters=y,
            novelty_threshold=self.novelty_threshold,
            n_similar=self.n_similar,
            feature_set=self.feature_set,
        )
        return self

    def _fitted(self) -> Assigner:
        """The fitted assigner, with the open-set parameters as they are now (``set_params`` after ``fit`` applies)."""
        check_is_fitted(self, "assigner_")
        self.assigner_.novelty_threshold = self.novelty_threshold
        self.assigner_.n_similar = self.n_similar
        return self.assigner_

    def predict_proba(self, X: pd.DataFrame) -> np.ndarray:
        return self._fitted().predict_proba(as_frame(X))

    def similar(self, X: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
        """Ids and cosine similarities of the ``n_similar`` nearest reference recommendations, best first."""
        return self._fitted().similar(as_frame(X))

    def support_score(self, X: pd.DataFrame) -> np.ndarray:
        """Mean similarity to the nearest reference recommendations: the open-set score."""
        return self._fitted().support_score(as_frame(X))

    def predict(self, X: pd.DataFrame) -> np.ndarray:
        return np.array([row["cluster_id"] for row in self.assign(X)], dtype=object)

    def assign(self, X: pd.DataFrame) -> list[dict[str, Any]]:
        """Everything an analyst sees per text: cluster (or NOVEL), probability, novel flag, nearest references."""
        return self._fitted().assign(as_frame(X))
