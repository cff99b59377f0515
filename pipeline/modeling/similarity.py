"""Nearest reference recommendations by cosine similarity (rows are L2-normalized, so cosine = dot product).

The exact sparse x sparse product of every query with every reference is the slow part of ``recs
assign``: character n-grams make the rows dense-ish, and a few hundred n-grams that nearly every
text shares cost most of it. :class:`ReferenceIndex` therefore screens candidates with a fast
approximate product (a dense BLAS product on the most frequent features, sparse on the rest), then
recomputes the exact similarity of the few candidates only, summed in the same order as the sparse
product, so scores and order are bit-for-bit those of the plain product.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

# Rows are unit vectors with non-negative entries, so any order of summation is within ~1e-12 of the
# exact dot product; a candidate within this margin of the n-th best approximate score is recomputed.
SCREEN_MARGIN = 1e-6


class ReferenceIndex:
    """The reference vectors, split for the approximate screen: frequent features dense, the rest sparse.

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
        self.dense_block = np.ascontiguousarray(self.reference[:, self.dense_columns].toarray().T)
        self.sparse_block = self.reference[:, self.sparse_columns].T.tocsr()

    def screen(self, queries: sp.csr_matrix) -> np.ndarray:
        """Approximate similarities of every query to every reference (within ~1e-12 of the exact ones)."""
        scores = queries[:, self.dense_columns].toarray() @ self.dense_block
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
        rows, refs = np.nonzero(approximate >= (nth_best - SCREEN_MARGIN)[:, None])
        scores = self.exact(queries, rows, refs)
        ranked = np.lexsort((refs, -scores, rows))  # by query, then best score, then reference order
        starts = np.searchsorted(rows[ranked], np.arange(queries.shape[0]))
        take = ranked[starts[:, None] + np.arange(n)]
        return refs[take], scores[take]


def support(scores: np.ndarray) -> np.ndarray:
    """The novelty score: mean similarity to the nearest references (one near-duplicate alone is not enough)."""
    return scores.mean(axis=1) if scores.shape[1] else np.zeros(scores.shape[0])
