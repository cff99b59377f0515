"""Jaccard overlap of label sets (themes, requested verbs): the one definition the lineage space and the pair
evidence share.

The space scores every query against every reference recommendation (a sparse product gives the shared
counts), the evidence only each query's few candidates (set intersections); both end here, so the two
cannot drift apart (e.g. on what two empty sets overlap: nothing, 0).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike


def jaccard(shared: ArrayLike, own: ArrayLike, theirs: ArrayLike) -> np.ndarray:
    """|A ∩ B| / |A ∪ B| from the counts (broadcast); 0 where both sets are empty."""
    shared = np.asarray(shared, dtype=np.float64)
    union = np.asarray(own, dtype=np.float64) + np.asarray(theirs, dtype=np.float64) - shared
    return np.divide(shared, union, out=np.zeros(np.broadcast(shared, union).shape), where=union > 0)


def pairwise(left: Sequence[frozenset[str]], right: Sequence[frozenset[str]]) -> np.ndarray:
    """Jaccard overlap of ``left[i]`` with ``right[i]``, shape (len(left),)."""
    shared = [len(a & b) for a, b in zip(left, right, strict=True)]
    return jaccard(shared, [len(a) for a in left], [len(b) for b in right])
