"""Nearest earlier recommendations within a chosen part of the reference corpus.

``recs assign`` compares a new session with the whole reference (every session is earlier). Two
callers need less: the history of the reference itself (each session against the sessions before
it) and the lineage evaluation (labelled against one session). Both search the classifier's own
feature space, so their similarities are the ones ``recs assign`` reports. This module is the one
place that reads the fitted classifier's reference vectors and feature transform.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from pipeline.modeling.assigner import Assigner
from pipeline.modeling.similarity import ReferenceIndex
from pipeline.modeling.threads import single_threaded


def query_vectors(model: Assigner, rows: Sequence[dict[str, Any]]) -> Any:
    """L2-normalized feature rows of TAGGED-like dicts, in the classifier's space."""
    return model.vectors(list(rows))


def nearest_within(model: Assigner, vectors: Any, allowed: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Ids and similarities of the ``k`` nearest reference rows among ``allowed`` (bool mask over ``reference_ids_``)."""
    allowed = np.asarray(allowed, dtype=bool)
    n = vectors.shape[0]
    if not allowed.any():
        return np.empty((n, 0), dtype=object), np.empty((n, 0))
    ids = np.asarray(model.reference_ids, dtype=object)[allowed]
    with single_threaded():
        order, scores = ReferenceIndex(model.reference[np.flatnonzero(allowed)]).nearest(vectors, k)
    return ids[order], scores
