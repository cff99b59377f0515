"""Cross-validated quality of the classifier, per feature set, and the held-out scores the novelty threshold is chosen on."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.metrics import accuracy_score, f1_score, log_loss
from sklearn.model_selection import StratifiedKFold

from pipeline.modeling.classifier import ClusterClassifier, quiet_small_classes

MAX_FOLDS = 5


@dataclass
class CrossValidation:
    """Held-out predictions of one configuration: closed-set cluster, its probability row and the support score."""

    actual: np.ndarray
    predicted: np.ndarray
    probabilities: np.ndarray  # columns follow ``classes``
    support: np.ndarray  # in-distribution support scores (each text unseen by its model)
    classes: np.ndarray

    def metrics(self) -> dict[str, float]:
        """Accuracy, macro-F1 and log-loss of the closed-set predictions."""
        return {
            "accuracy": round(float(accuracy_score(self.actual, self.predicted)), 6),
            "macro_f1": round(float(f1_score(self.actual, self.predicted, average="macro", zero_division=0)), 6),
            "log_loss": round(float(log_loss(self.actual, np.clip(self.probabilities, 1e-15, 1.0), labels=self.classes)), 6),
        }


def cross_validate(estimator: ClusterClassifier, frame: pd.DataFrame, y: np.ndarray, seed: int) -> CrossValidation:
    """Stratified k-fold (k = 5, fewer for tiny corpora); every recommendation is predicted by a model that never saw it."""
    y = np.asarray(y, dtype=object)
    classes = np.array(sorted(set(y)), dtype=object)
    folds = StratifiedKFold(n_splits=min(MAX_FOLDS, len(y)), shuffle=True, random_state=seed)
    predicted = np.empty(len(y), dtype=object)
    probabilities = np.zeros((len(y), len(classes)))
    scores = np.zeros(len(y))
    with quiet_small_classes():
        for train, test in folds.split(frame, y):
            model = clone(estimator).fit(frame.iloc[train], y[train])
            held_out = frame.iloc[test]
            proba = model.predict_proba(held_out)
            columns = np.searchsorted(classes, model.classes_)
            probabilities[np.ix_(test, columns)] = proba
            predicted[test] = model.classes_[proba.argmax(axis=1)]
            scores[test] = model.support_score(held_out)
    return CrossValidation(actual=y, predicted=predicted, probabilities=probabilities, support=scores, classes=classes)


def choose_threshold(in_scope: np.ndarray, out_of_scope: np.ndarray) -> tuple[float, float]:
    """The support threshold maximizing balanced accuracy (in-scope kept, out-of-scope flagged).

    Candidates are midpoints between consecutive distinct scores; among equally good candidates the
    median one is taken, so the threshold sits inside the best interval rather than on its edge.
    """
    values = np.unique(np.concatenate([in_scope, out_of_scope]))
    candidates = (values[:-1] + values[1:]) / 2 if len(values) > 1 else values
    accuracy = np.array([balanced_accuracy(in_scope, out_of_scope, t) for t in candidates])
    best = candidates[np.flatnonzero(np.isclose(accuracy, accuracy.max()))]
    threshold = float(best[(len(best) - 1) // 2])
    return round(threshold, 6), round(float(accuracy.max()), 6)


def balanced_accuracy(in_scope: np.ndarray, out_of_scope: np.ndarray, threshold: float) -> float:
    """Mean of the share of in-scope texts kept and the share of out-of-scope texts flagged novel."""
    return float((np.mean(in_scope >= threshold) + np.mean(out_of_scope < threshold)) / 2)
