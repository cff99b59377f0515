"""How much of a new text's reference vocabulary its nearest earlier recommendations share: the second view of "area".

The classifier's space drops stop words and boilerplate and mixes in character n-grams and tags; to
tell a related ask from a new topic, a plain word view helps beside it (measured on dev by
cross-validation, docs/lineage.md). Each text becomes the set of its words that the reference uses,
weighted by their idf in the reference and L2-normalized. Words the reference never used are left
out of the norm too: they say nothing about which earlier recommendations are near, and counting
them made the separation worse on dev. The field's shared words (States parties, victims, should)
are kept: removing them with a stop list also measured worse (they get a low idf anyway).
Numpy and scipy only, so ``recs assign`` stays free of scikit-learn.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

_WORD = re.compile(r"[a-z]+")
MIN_LENGTH = 3
CHUNK = 1024  # queries per product, so the dense (queries x reference) block stays small


def words(text: str) -> set[str]:
    """Lower-case words of three letters or more, plural -s / -ies folded (trafficked persons ~ person)."""
    found = set()
    for word in _WORD.findall(str(text).lower()):
        if len(word) < MIN_LENGTH:
            continue
        if word.endswith("ies"):
            word = word[:-3] + "y"
        elif word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        found.add(word)
    return found


@dataclass(frozen=True)
class WordIndex:
    """The reference texts as idf-weighted word sets (rows L2-normalized, one per reference recommendation)."""

    vocabulary: dict[str, int]
    idf: np.ndarray
    reference: sp.csr_matrix

    @classmethod
    def fit(cls, texts: Sequence[str]) -> "WordIndex":
        sets = [words(text) for text in texts]
        vocabulary = {word: i for i, word in enumerate(sorted(set().union(*sets)))}
        df = np.zeros(len(vocabulary))
        for found in sets:
            df[[vocabulary[word] for word in found]] += 1
        idf = np.log((1 + len(sets)) / (1 + df)) + 1
        index = cls(vocabulary, idf, sp.csr_matrix((0, len(vocabulary))))
        return cls(vocabulary, idf, index.vectors(texts))

    def vectors(self, texts: Iterable[str]) -> sp.csr_matrix:
        """Unit rows over the reference vocabulary (a text with no reference word is a zero row)."""
        indptr, indices = [0], []
        for text in texts:
            indices.extend(sorted(self.vocabulary[word] for word in words(text) if word in self.vocabulary))
            indptr.append(len(indices))
        columns = np.asarray(indices, dtype=np.int64)
        matrix = sp.csr_matrix((self.idf[columns], columns, indptr), shape=(len(indptr) - 1, len(self.idf)))
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        return sp.csr_matrix(sp.diags(np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)) @ matrix)

    def area(self, texts: Sequence[str], allowed: np.ndarray, k: int) -> np.ndarray:
        """Mean cosine similarity of each text with its ``k`` nearest ``allowed`` reference rows, shape (n,)."""
        allowed = np.flatnonzero(np.asarray(allowed, dtype=bool))
        k = min(k, len(allowed))
        result = np.zeros(len(texts))
        if k == 0 or not len(texts):
            return result
        reference = self.reference[allowed].T.tocsc()
        for start in range(0, len(texts), CHUNK):
            similarity = (self.vectors(texts[start : start + CHUNK]) @ reference).toarray()
            result[start : start + CHUNK] = -np.partition(-similarity, k - 1, axis=1)[:, :k].mean(axis=1)
        return result
