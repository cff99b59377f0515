"""What the lineage decision weighs for each (new recommendation, nearby earlier recommendation) pair.

Similarity alone ranks well but decides badly: a new topic in the same field shares most words with
the reference. The pair evidence therefore adds whether the two ask for the same action (requested
verbs), whether they are about the same themes, and how far the candidate stands out from the next
candidate of its own session (several sessions restating one ask must not cancel each other).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from pipeline.modeling.lineage_catalogue import Catalogue, action_verbs
from pipeline.modeling.lineage_overlap import pairwise
from pipeline.modeling.vectors import as_label_list


@dataclass(frozen=True)
class Evidence:
    """Arrays of shape (n queries, k candidates), candidates ordered by similarity, best first."""

    candidates: np.ndarray  # rec_ids (object)
    similarity: np.ndarray  # similarity in the lineage space (lineage_neighbours: word, char TF-IDF and themes)
    margin: np.ndarray  # similarity minus that of the best other candidate of the same session
    action: np.ndarray  # Jaccard overlap of requested verbs (lineage_overlap)
    themes: np.ndarray  # Jaccard overlap of theme labels (lineage_overlap, as in the lineage space)
    session: np.ndarray  # session rank of the candidate (higher = later)
    word_area: np.ndarray  # (n,) mean word-view similarity of the k nearest earlier texts (lineage_words)

    def features(self) -> dict[str, np.ndarray]:
        return {"similarity": self.similarity, "margin": self.margin, "action": self.action, "themes": self.themes}


def _margins(similarity: np.ndarray, session: np.ndarray) -> np.ndarray:
    """For each candidate, its similarity minus the best other candidate of the same session (its own similarity if alone)."""
    n, k = similarity.shape
    same = session[:, :, None] == session[:, None, :]
    same &= ~np.eye(k, dtype=bool)[None, :, :]
    others = np.where(same, similarity[:, None, :], 0.0).max(axis=2) if k else np.zeros((n, 0))
    return similarity - others


def gather(
    query_tags: Sequence[dict[str, Any]],
    candidates: ArrayLike,
    similarities: ArrayLike,
    catalogue: Catalogue,
    allowed: np.ndarray | None = None,
) -> Evidence:
    """Evidence for queries (TAGGED-like dicts with ``text``) against their candidate earlier recommendations (one row of ids per query).

    ``allowed`` (bool over the catalogue's rows; None = all) is the part of the reference the candidates were searched in.
    """
    candidate_ids = np.asarray(candidates, dtype=object).reshape(len(query_tags), -1)
    similarity = np.asarray(similarities, dtype=np.float64).reshape(candidate_ids.shape)
    frame = catalogue.frame
    flat = candidate_ids.ravel()
    verbs = frame["verbs"].reindex(flat).to_numpy().reshape(candidate_ids.shape)
    themes = frame["theme_set"].reindex(flat).to_numpy().reshape(candidate_ids.shape)
    session = frame["session"].reindex(flat).to_numpy(dtype=np.int64).reshape(candidate_ids.shape)
    k = candidate_ids.shape[1]
    own_verbs = [action_verbs(tags.get("modal_clauses")) for tags in query_tags for _ in range(k)]
    own_themes = [frozenset(as_label_list(tags.get("themes"))) for tags in query_tags for _ in range(k)]
    action = pairwise(own_verbs, list(verbs.ravel())).reshape(candidate_ids.shape)
    theme_overlap = pairwise(own_themes, list(themes.ravel())).reshape(candidate_ids.shape)
    word_area = catalogue.word_area([str(tags.get("text") or "") for tags in query_tags], allowed, candidate_ids.shape[1])
    return Evidence(candidate_ids, similarity, _margins(similarity, session), action, theme_overlap, session, word_area)
