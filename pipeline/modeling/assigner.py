"""The trained open-set classifier as arrays: what ``recs assign`` loads and runs, with numpy and scipy only.

:class:`ClusterClassifier` (``classifier.py``) fits with scikit-learn and hands its learned state to
an :class:`Assigner`: feature tables, the logistic regression's ``coef_``/``intercept_``, the
calibration's inverse temperature, and the reference vectors with their ids and clusters. The
probabilities are ``softmax(beta * (X @ coef.T + intercept))``, as temperature scaling computes them
(``tests/test_assigner.py`` holds them to scikit-learn's own ``predict_proba``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from pipeline.arrays import load_array, load_csr, save_array, save_csr, write_json_file
from pipeline.modeling.similarity import ReferenceIndex, support
from pipeline.modeling.threads import single_threaded
from pipeline.modeling.vectors import FeatureTables

NOVEL = "novel"
MODEL_JSON = "model.json"
ARRAY_FILES = ("coef.npy", "intercept.npy")
REFERENCE_STEM = "reference"


def softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise softmax, shifted by the row maximum so exp never overflows."""
    shifted = logits - logits.max(axis=1, keepdims=True)
    np.exp(shifted, out=shifted)
    shifted /= shifted.sum(axis=1, keepdims=True)
    return shifted


def class_logits(decision: np.ndarray) -> np.ndarray:
    """One logit per class: a binary model's single decision value x stands for the pair (-x, x)."""
    decision = np.asarray(decision, dtype=np.float64)
    return np.column_stack([-decision, decision]) if decision.ndim == 1 else decision


@dataclass
class LinearModel:
    """A fitted multinomial (or binary) logistic regression, optionally temperature-calibrated.

    ``beta`` is the inverse temperature; uncalibrated models keep the regression's own probabilities
    (softmax of the decision values, or the logistic function for two classes).
    """

    coef: np.ndarray
    intercept: np.ndarray
    beta: float
    calibrated: bool

    def decision(self, vectors: sp.csr_matrix) -> np.ndarray:
        values = np.asarray(vectors @ self.coef.T) + self.intercept
        return values[:, 0] if self.coef.shape[0] == 1 else values

    def probabilities(self, vectors: sp.csr_matrix) -> np.ndarray:
        decision = self.decision(vectors)
        if decision.ndim == 1 and not self.calibrated:
            positive = 1.0 / (1.0 + np.exp(-decision))
            return np.column_stack([1.0 - positive, positive])
        return softmax(self.beta * class_logits(decision))


@dataclass
class Assigner:
    """Cluster (or :data:`NOVEL`), probability and nearest reference recommendations of TAGGED rows."""

    features: FeatureTables
    linear: LinearModel
    classes_: np.ndarray
    reference: sp.csr_matrix
    reference_ids: np.ndarray
    reference_clusters: np.ndarray
    novelty_threshold: float
    n_similar: int
    feature_set: str
    _index: ReferenceIndex | None = field(default=None, init=False, repr=False)

    def vectors(self, rows: Any) -> sp.csr_matrix:
        """L2-normalized feature rows: what both the probabilities and the similarity search read."""
        return self.features.transform(rows)

    def _nearest(self, vectors: sp.csr_matrix) -> tuple[np.ndarray, np.ndarray]:
        """Nearest reference rows; the search index is built on first use and kept (it is not saved)."""
        if self._index is None:
            self._index = ReferenceIndex(self.reference)
        return self._index.nearest(vectors, self.n_similar)

    def predict_proba(self, rows: Any) -> np.ndarray:
        vectors = self.vectors(rows)
        with single_threaded():
            return self.linear.probabilities(vectors)

    def similar(self, rows: Any) -> tuple[np.ndarray, np.ndarray]:
        """Ids and cosine similarities of the ``n_similar`` nearest reference recommendations, best first."""
        vectors = self.vectors(rows)
        with single_threaded():
            order, scores = self._nearest(vectors)
        return self.reference_ids[order], scores

    def support_score(self, rows: Any) -> np.ndarray:
        """Mean similarity to the nearest reference recommendations: the open-set score."""
        return support(self.similar(rows)[1])

    def assign(self, rows: Any) -> list[dict[str, Any]]:
        """Everything an analyst sees per text: cluster (or NOVEL), probability, novel flag, nearest references."""
        vectors = self.vectors(rows)
        if vectors.shape[0] == 0:
            return []
        with single_threaded():
            probabilities = self.linear.probabilities(vectors)
            order, scores = self._nearest(vectors)
        ids = self.reference_ids[order]
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
            for i in range(len(best))
        ]

    # ----- persistence ----------------------------------------------------
    def to_disk(self, folder: Path) -> list[str]:
        """Write ``model.json`` and the ``.npy`` arrays into ``folder``; return the file names, for the manifest."""
        folder.mkdir(parents=True, exist_ok=True)
        blocks, files = self.features.to_disk(folder)
        save_array(folder / "coef.npy", self.linear.coef)
        save_array(folder / "intercept.npy", self.linear.intercept)
        files += [*ARRAY_FILES, *save_csr(folder, REFERENCE_STEM, self.reference)]
        description = {
            "feature_set": self.feature_set,
            "features": blocks,
            "classes": [str(label) for label in self.classes_],
            "beta": self.linear.beta,
            "calibrated": self.linear.calibrated,
            "novelty_threshold": self.novelty_threshold,
            "n_similar": self.n_similar,
            "reference_ids": [str(rec_id) for rec_id in self.reference_ids],
            "reference_clusters": [str(label) for label in self.reference_clusters],
        }
        write_json_file(folder / MODEL_JSON, description)
        return [MODEL_JSON, *files]

    @staticmethod
    def array_files(description: dict[str, Any]) -> list[str]:
        """Every array file a ``model.json`` description refers to."""
        return [
            *FeatureTables.files(description["features"]),
            *ARRAY_FILES,
            *(f"{REFERENCE_STEM}.{part}.npy" for part in ("data", "indices", "indptr", "shape")),
        ]

    @classmethod
    def from_disk(cls, folder: Path, description: dict[str, Any]) -> "Assigner":
        """Rebuild from ``model.json`` (already read and verified) and its arrays; nothing is unpickled."""
        linear = LinearModel(
            coef=load_array(folder / "coef.npy"),
            intercept=load_array(folder / "intercept.npy"),
            beta=float(description["beta"]),
            calibrated=bool(description["calibrated"]),
        )
        return cls(
            features=FeatureTables.from_disk(folder, description["features"]),
            linear=linear,
            classes_=np.asarray(description["classes"], dtype=object),
            reference=load_csr(folder, REFERENCE_STEM),
            reference_ids=np.asarray(description["reference_ids"], dtype=object),
            reference_clusters=np.asarray(description["reference_clusters"], dtype=object),
            novelty_threshold=float(description["novelty_threshold"]),
            n_similar=int(description["n_similar"]),
            feature_set=str(description["feature_set"]),
        )
