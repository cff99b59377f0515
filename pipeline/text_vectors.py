"""TF-IDF vectors from a saved vocabulary and idf weights, with numpy and scipy only.

A fitted scikit-learn ``TfidfVectorizer`` is a vocabulary, an idf array and its settings, all public
(``vocabulary_``, ``idf_``, ``get_params()``). :class:`TfidfTable` keeps exactly those and repeats
the vectorizer's transform step by step (preprocess, tokenize or split into ``char_wb`` n-grams,
count, sublinear tf, idf, L2 norm summed in index order), so its output equals scikit-learn's byte
for byte (``tests/test_text_vectors.py``) without importing scikit-learn or pickling anything.

``char_wb`` n-grams never cross a word boundary, so each distinct word of a batch is split once and
a text's counts are (text x word counts) @ (word x n-gram counts): words repeat across
recommendations, and splitting every occurrence was most of the time of ``recs assign``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import scipy.sparse as sp

ANALYZERS = ("word", "char_wb")
# The vectorizer settings a table keeps; any other setting must be at scikit-learn's default.
SETTINGS = ("analyzer", "ngram_range", "lowercase", "strip_accents", "token_pattern", "stop_words", "sublinear_tf", "norm")
REQUIRED_DEFAULTS = {
    "input": "content",
    "preprocessor": None,
    "tokenizer": None,
    "binary": False,
    "use_idf": True,
    "dtype": np.float64,
}


def strip_accents_unicode(text: str) -> str:
    """Drop combining marks after NFKD, as ``strip_accents="unicode"`` does (ASCII text is returned as is)."""
    if text.isascii():
        return text
    return "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))


def l2_normalize_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    """Divide each row by its L2 norm in place; the squares are summed in index order, one row at a time.

    That is the order of scikit-learn's ``normalize``, so the result is the same to the last bit;
    numpy's own reductions sum pairwise and would differ in the last place. All-zero rows stay zero.
    """
    lengths = np.diff(matrix.indptr)
    if not len(lengths):
        return matrix
    squares = matrix.data * matrix.data
    by_length = np.argsort(-lengths, kind="stable")
    starts = matrix.indptr[:-1][by_length]
    sorted_lengths = lengths[by_length]
    sums = np.zeros(len(lengths))
    for k in range(int(sorted_lengths[0])):
        active = int(np.searchsorted(-sorted_lengths, -k, side="left"))  # rows longer than k: a prefix
        sums[:active] += squares[starts[:active] + k]
    norms = np.empty(len(lengths))
    norms[by_length] = np.sqrt(sums)
    norms[norms == 0.0] = 1.0
    matrix.data /= np.repeat(norms, lengths)
    return matrix


@dataclass
class TfidfTable:
    """The learned state and settings of a fitted ``TfidfVectorizer`` (word or ``char_wb`` analyzer), and its transform.

    Parameters
    ----------
    settings : dict
        The vectorizer parameters named in :data:`SETTINGS` (JSON-compatible).
    terms : list of str
        The vocabulary, term ``i`` being feature ``i``.
    idf : numpy.ndarray
        Inverse document frequency of each term.
    """

    settings: dict[str, Any]
    terms: list[str]
    idf: np.ndarray
    _index: dict[str, int] = field(init=False, repr=False)
    _stop: frozenset[str] = field(init=False, repr=False)
    _token: re.Pattern[str] | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if self.settings["analyzer"] not in ANALYZERS:
            raise ValueError(f"analyzer {self.settings['analyzer']!r} is not supported; use one of {ANALYZERS}")
        if self.settings["strip_accents"] not in (None, "unicode") or self.settings["norm"] not in (None, "l2"):
            raise ValueError("only strip_accents None/'unicode' and norm None/'l2' are supported")
        if len(self.terms) != len(self.idf):
            raise ValueError(f"{len(self.terms)} terms but {len(self.idf)} idf weights")
        self.settings["ngram_range"] = tuple(self.settings["ngram_range"])
        stop = self.settings["stop_words"]
        self.settings["stop_words"] = None if stop is None else sorted(stop)
        self._index = {term: index for index, term in enumerate(self.terms)}
        self._stop = frozenset(stop or ())
        self._token = re.compile(self.settings["token_pattern"]) if self.settings["analyzer"] == "word" else None

    @classmethod
    def from_vectorizer(cls, vectorizer: Any) -> "TfidfTable":
        """Read a fitted ``TfidfVectorizer`` through its public attributes only."""
        params = vectorizer.get_params()
        unsupported = {name: params[name] for name, default in REQUIRED_DEFAULTS.items() if params[name] != default}
        if unsupported:
            raise ValueError(f"vectorizer settings not supported by TfidfTable: {unsupported}")
        stop = params["stop_words"]
        if isinstance(stop, str):
            raise ValueError("give stop words as a list, not by name")
        settings = {name: params[name] for name in SETTINGS}
        settings["stop_words"] = None if stop is None else list(stop)
        terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
        return cls(settings=settings, terms=terms, idf=np.asarray(vectorizer.idf_, dtype=np.float64))

    def to_json(self) -> dict[str, Any]:
        """Settings and vocabulary for a JSON file (the idf array is saved beside it)."""
        return {"settings": {**self.settings, "ngram_range": list(self.settings["ngram_range"])}, "terms": self.terms}

    @classmethod
    def from_json(cls, data: dict[str, Any], idf: np.ndarray) -> "TfidfTable":
        return cls(settings=dict(data["settings"]), terms=list(data["terms"]), idf=idf)

    # ----- transform ------------------------------------------------------
    def _preprocess(self, text: Any) -> str:
        if not isinstance(text, str):
            raise ValueError(f"documents must be str, got {type(text).__name__}")
        if self.settings["lowercase"]:
            text = text.lower()
        if self.settings["strip_accents"] == "unicode":
            text = strip_accents_unicode(text)
        return text

    def _word_features(self, text: str) -> list[str]:
        """Word n-grams after stop-word removal, as scikit-learn's ``_word_ngrams`` builds them."""
        tokens = self._token.findall(text)  # type: ignore[union-attr]
        if self._stop:
            tokens = [token for token in tokens if token not in self._stop]
        low, high = self.settings["ngram_range"]
        features = list(tokens) if low == 1 else []
        for n in range(max(low, 2), min(high, len(tokens)) + 1):
            features += map(" ".join, zip(*(tokens[k:] for k in range(n))))  # each run of n tokens, in order
        return features

    def _word_ngrams_of(self, word: str) -> list[str]:
        """The ``char_wb`` n-grams of one word, padded with a space each side (a short word counts once)."""
        padded = f" {word} "
        low, high = self.settings["ngram_range"]
        grams = []
        for n in range(low, high + 1):
            if len(padded) <= n:
                grams.append(padded)
                break
            grams += [padded[i : i + n] for i in range(len(padded) - n + 1)]
        return grams

    def counts(self, texts: Iterable[str]) -> sp.csr_matrix:
        """Term counts (float64, sorted indices) of each text; terms outside the vocabulary are ignored."""
        if isinstance(texts, str):
            raise ValueError("expected an iterable of texts, got one string")
        texts = [self._preprocess(text) for text in texts]
        if self.settings["analyzer"] == "char_wb":
            return self._char_wb_counts(texts)
        # every known feature's column, a 1 each, summed per text by scipy (small integers: exact in floating
        # point), which also sorts the columns: a Python dict per text and its sort cost a third more
        column_of = self._index.get
        columns: list[int] = []
        indptr = [0]
        for text in texts:
            columns += [column for column in map(column_of, self._word_features(text)) if column is not None]
            indptr.append(len(columns))
        matrix = sp.csr_matrix(
            (np.ones(len(columns)), np.asarray(columns, dtype=np.int32), indptr), shape=(len(texts), len(self.terms))
        )
        matrix.sum_duplicates()
        return matrix

    def _char_wb_counts(self, texts: Sequence[str]) -> sp.csr_matrix:
        word_ids: dict[str, int] = {}
        occurrences: list[int] = []
        text_starts = [0]
        for text in texts:
            occurrences.extend(word_ids.setdefault(word, len(word_ids)) for word in text.split())
            text_starts.append(len(occurrences))
        texts_by_words = sp.csr_matrix(
            (np.ones(len(occurrences)), np.asarray(occurrences, dtype=np.int64), text_starts),
            shape=(len(texts), len(word_ids)),
        )
        index = self._index
        gram_ids: list[int] = []
        word_starts = [0]
        for word in word_ids:  # insertion order = word id
            gram_ids.extend(index[gram] for gram in self._word_ngrams_of(word) if gram in index)
            word_starts.append(len(gram_ids))
        words_by_grams = sp.csr_matrix(
            (np.ones(len(gram_ids)), np.asarray(gram_ids, dtype=np.int64), word_starts),
            shape=(len(word_ids), len(self.terms)),
        )
        counts = sp.csr_matrix(texts_by_words @ words_by_grams)  # small integers: exact in floating point
        counts.sort_indices()
        return counts

    def transform(self, texts: Iterable[str]) -> sp.csr_matrix:
        """TF-IDF rows: counts, then ``log(tf) + 1`` if sublinear, times idf, then the L2 norm."""
        matrix = self.counts(texts)
        if self.settings["sublinear_tf"]:
            np.log(matrix.data, out=matrix.data)
            matrix.data += 1.0
        matrix.data *= self.idf[matrix.indices]
        if self.settings["norm"] == "l2":
            l2_normalize_rows(matrix)
        return matrix
