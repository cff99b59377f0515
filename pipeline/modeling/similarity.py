"""Nearest reference recommendations by cosine similarity (rows are L2-normalized, so cosine = dot product).

The exact sparse x sparse product of every query with every reference is the slow part of ``recs
assign``: character n-grams make the rows dense-ish, and a few hundred n-grams that nearly every
text shares cost most of it. :class:`ReferenceIndex` therefore screens candidates with a fast
approximate product (a dense float32 BLAS product on the most frequent features, float64 sparse on
the rest), then recomputes the exact similarity of the few candidates only, summed in the same order
as the sparse product, so scores and order are bit-for-bit those of the plain product. The screen
cannot drop a true neighbour: its error is bounded (:func:`screen_error`) and the margin is twice that.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp


def _gamma(terms: int, dtype: type[np.floating]) -> float:
    """Higham's gamma_k = k u / (1 - k u): relative error bound of k chained roundings."""
    unit_roundoff = float(np.finfo(dtype).eps) / 2
    return terms * unit_roundoff / (1 - terms * unit_roundoff)


def screen_error(dense_features: int, sparse_features: int) -> float:
    """Largest possible |screen - exact similarity| of two unit vectors with non-negative entries.

    The dense part rounds both inputs to float32 and sums at most ``dense_features`` products in
    float32 (gamma_{k+2}), the sparse part sums in float64, and the total is rounded once to float32;
    relative to the exact dot product (at most 1, Cauchy-Schwarz) that is within gamma_{k+3} (float32)
    + 2 gamma_m (float64). One spare float32 rounding covers the float64 addition and norms a few
    float64 ulps above 1.
    """
    return _gamma(dense_features + 4, np.float32) + 2 * _gamma(sparse_features, np.float64)


class ReferenceIndex:
    """The reference vectors, split for the approximate screen: frequent features dense (float32), the rest sparse.

    Parameters
    ----------
    reference : scipy.sparse matrix
        L2-normalized reference rows, non-negative entries (TF-IDF), sorted indices.
    dense_features : int
        How many of the most frequent features go into the dense block.
    """

    def __init__(self, reference: sp.csr_matrix, dense_features: int = 2000) -> None:
        self.reference = sp.csr_matrix(reference)
        self.reference.sort_indices()
        frequency = np.diff(self.reference.tocsc().indptr)
        by_frequency = np.argsort(-frequency, kind="stable")
        self.dense_columns = np.sort(by_frequency[:dense_features])
        self.sparse_columns = np.sort(by_frequency[dense_features:])
        self.dense_block = np.ascontiguousarray(self.reference[:, self.dense_columns].toarray().T, dtype=np.float32)
        self.sparse_block = self.reference[:, self.sparse_columns].T.tocsr()
        # Two approximate scores, each within the error bound: the true n-th best is never screened out.
        self.margin = 2 * screen_error(len(self.dense_columns), len(self.sparse_columns))

    def screen(self, queries: sp.csr_matrix) -> np.ndarray:
        """Approximate similarities of every query to every reference (float32, within ``screen_error`` of the exact ones)."""
        scores = queries[:, self.dense_columns].toarray().astype(np.float32) @ self.dense_block
        scores += (queries[:, self.sparse_columns] @ self.sparse_block).toarray()
        return scores

    def exact(self, queries: sp.csr_matrix, rows: np.ndarray, refs: np.ndarray) -> np.ndarray:
        """Exact similarity of each (query row, reference row) pair, summed feature by feature in index order.

        That is the order of scipy's sparse product, so the values equal ``(queries @ reference.T)[rows, refs]`` bit for bit.
        """
        products = queries[rows].multiply(self.reference[refs]).tocsr()
        products.sort_indices()
        return products @ np.ones(products.shape[1])

    def nearest(self, queries: sp.csr_matrix, n: int) -> tuple[np.ndarray, np.ndarray]:
        """Indices and scores of the ``n`` most similar reference rows for each query row, best first; ties keep reference order."""
        queries = sp.csr_matrix(queries)
        queries.sort_indices()
        n = min(n, self.reference.shape[0])
        if n == 0 or queries.shape[0] == 0:
            return np.zeros((queries.shape[0], n), dtype=np.intp), np.zeros((queries.shape[0], n))
        approximate = self.screen(queries)
        nth_best = -np.partition(-approximate, n - 1, axis=1)[:, n - 1]
        rows, refs = np.nonzero(approximate >= (nth_best.astype(np.float64) - self.margin)[:, None])
        scores = self.exact(queries, rows, refs)
        ranked = np.lexsort((refs, -scores, rows))  # by query, then best score, then reference order
        starts = np.searchsorted(rows[ranked], np.arange(queries.shape[0]))
        take = ranked[starts[:, None] + np.arange(n)]
        return refs[take], scores[take]


def support(scores: np.ndarray) -> np.ndarray:
    """The novelty score: mean similarity to the nearest references (one near-duplicate alone is not enough)."""
    return scores.mean(axis=1) if scores.shape[1] else np.zeros(scores.shape[0])
