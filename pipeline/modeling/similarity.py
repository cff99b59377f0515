"""Nearest reference recommendations by cosine similarity (rows are L2-normalized, so cosine = dot product)."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp


def nearest(queries: sp.csr_matrix, reference: sp.csr_matrix, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Indices and scores of the ``n`` most similar reference rows for each query row, best first.

    Ties keep reference order (stable sort), so the result is the same on every run.
    """
    scores = np.asarray((queries @ reference.T).todense())
    n = min(n, reference.shape[0])
    order = np.argsort(-scores, axis=1, kind="stable")[:, :n]
    return order, np.take_along_axis(scores, order, axis=1)


def support(scores: np.ndarray) -> np.ndarray:
    """The novelty score: mean similarity to the nearest references (one near-duplicate alone is not enough)."""
    return scores.mean(axis=1) if scores.shape[1] else np.zeros(scores.shape[0])
