"""Nearest earlier recommendations for the lineage decision, in its own space: the text's words and themes.

The classifier's space also holds a block of tags that nearly every recommendation of the field shares
(addressee, actors, modality), which makes a new topic of the field look close to the reference. The
lineage decision therefore searches a space without them: the mean of the classifier's word and
character TF-IDF similarities and the overlap (Jaccard) of the theme labels. On the labelled dev set
it found more new topics and lost fewer restatements on the worst source-grouped fold seed than the
classifier's space, with the tags of three taggers (docs/lineage.md, round 6). ``recs assign``,
the reference's own history and the lineage evaluation all search here, so their similarities agree.
This module is the one place that reads the fitted classifier's feature transform for the lineage.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp

from pipeline.modeling.assigner import Assigner
from pipeline.modeling.lineage_catalogue import Catalogue
from pipeline.modeling.lineage_overlap import jaccard
from pipeline.modeling.vectors import as_label_list


def _theme_matrix(theme_sets: Sequence[frozenset[str]], vocabulary: dict[str, int]) -> sp.csr_matrix:
    """Multi-hot theme rows over ``vocabulary`` (themes outside it are dropped: they cannot overlap)."""
    indptr, indices = [0], []
    for themes in theme_sets:
        indices.extend(sorted(vocabulary[theme] for theme in themes if theme in vocabulary))
        indptr.append(len(indices))
    data = np.ones(len(indices))
    return sp.csr_matrix((data, np.asarray(indices, dtype=np.int64), indptr), shape=(len(theme_sets), len(vocabulary)))


def theme_overlap(query: Sequence[frozenset[str]], reference: Sequence[frozenset[str]]) -> np.ndarray:
    """Jaccard overlap of every query's theme set with every reference's, shape (queries, references); 0 when both are empty."""
    vocabulary = {theme: i for i, theme in enumerate(sorted(frozenset().union(*reference)))}
    shared = (_theme_matrix(query, vocabulary) @ _theme_matrix(reference, vocabulary).T).toarray()
    own = np.array([len(themes) for themes in query], dtype=np.float64)[:, None]
    theirs = np.array([len(themes) for themes in reference], dtype=np.float64)[None, :]
    return jaccard(shared, own, theirs)


@dataclass(frozen=True)
class LineageSpace:
    """The reference side of the lineage space, transformed once: the word and character TF-IDF rows (the
    classifier's blocks present) and the theme sets of every reference recommendation, in ``reference_ids`` order.

    ``recs assign`` searches it batch after batch and the reference history session after session, so the
    reference texts are not transformed again for each search.
    """

    ids: np.ndarray
    tables: tuple[Any, ...]
    reference_rows: tuple[sp.csr_matrix, ...]
    themes: tuple[frozenset[str], ...]

    @classmethod
    def build(cls, model: Assigner, catalogue: Catalogue) -> "LineageSpace":
        ids = np.asarray(model.reference_ids, dtype=object)
        frame = catalogue.frame.reindex(list(ids))
        texts = frame["text"].fillna("").astype(str).tolist()
        tables = tuple(table for table in (model.features.word, model.features.char) if table is not None)
        themes = tuple(themes if isinstance(themes, frozenset) else frozenset() for themes in frame["theme_set"])
        return cls(ids, tables, tuple(table.transform(texts) for table in tables), themes)

    def similarity(self, rows: Sequence[dict[str, Any]], allowed: np.ndarray) -> np.ndarray:
        """Similarity of TAGGED-like rows (``text``, ``themes``) to the ``allowed`` reference recommendations (bool
        over ``ids``): the mean of the word and character TF-IDF cosines and the theme overlap."""
        columns = np.flatnonzero(allowed)
        texts = ["" if row.get("text") is None else str(row.get("text")) for row in rows]
        total = theme_overlap([frozenset(as_label_list(row.get("themes"))) for row in rows], [self.themes[i] for i in columns])
        for table, reference in zip(self.tables, self.reference_rows):
            total += (table.transform(texts) @ reference[columns].T).toarray()
        return total / (len(self.tables) + 1)

    def nearest(self, rows: Sequence[dict[str, Any]], allowed: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Ids and similarities of the ``k`` nearest reference recommendations among ``allowed`` (bool mask over
        ``ids``), best first; ties keep the reference order."""
        allowed = np.asarray(allowed, dtype=bool)
        refs = self.ids[allowed]
        k = min(k, len(refs))
        if k == 0 or not rows:
            return np.empty((len(rows), k), dtype=object), np.empty((len(rows), k))
        similarity = self.similarity(rows, allowed)
        order = np.argsort(-similarity, axis=1, kind="stable")[:, :k]
        return refs[order], np.take_along_axis(similarity, order, axis=1)
