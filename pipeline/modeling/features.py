"""Feature extraction from TAGGED rows: text n-grams and the tagger's labels, as scikit-learn transformers.

The same transformers serve clustering, the classifier and the similarity search, so a
recommendation is described the same way everywhere. They are fitted here; ``vectors.FeatureTables``
reads their learned state and repeats the transform for ``recs assign`` without scikit-learn.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
import yaml
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfTransformer, TfidfVectorizer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import Normalizer
from sklearn.utils.validation import check_is_fitted

from pipeline.errors import RecsError
from pipeline.modeling.vectors import TAG_LIST_COLUMNS, TAG_SCALAR_COLUMNS, as_label_list

# "tfidf" = word + character n-grams; "words" = word n-grams only; "tags" = the tagger's labels.
FEATURE_SETS = ("tfidf", "words", "tags", "tfidf+tags", "words+tags")
# Keeps hyphenated words whole ("non-punishment", "whole-of-government"): they carry the meaning.
WORD_TOKEN_PATTERN = r"(?u)\b\w[\w-]*\w\b"


class TagBinarizer(TransformerMixin, BaseEstimator):
    """Multi-hot encode tag columns as ``column=label`` features; labels unseen in ``fit`` are ignored.

    Parameters
    ----------
    columns : sequence of str
        DataFrame columns holding a list of labels or a single label each.
    """

    def __init__(self, columns: Sequence[str] = TAG_LIST_COLUMNS + TAG_SCALAR_COLUMNS) -> None:
        self.columns = columns

    def _row_labels(self, frame: pd.DataFrame) -> Iterable[list[str]]:
        missing = [column for column in self.columns if column not in frame.columns]
        if missing:
            raise RecsError(f"tag columns missing from the input table: {', '.join(missing)}")
        cells = zip(*(frame[column].tolist() for column in self.columns))
        for row in cells:
            yield [f"{column}={label}" for column, cell in zip(self.columns, row) for label in as_label_list(cell)]

    def fit(self, X: pd.DataFrame, y: Any = None) -> "TagBinarizer":
        labels = sorted({label for row in self._row_labels(X) for label in row})
        self.vocabulary_ = {label: index for index, label in enumerate(labels)}
        return self

    def transform(self, X: pd.DataFrame) -> sp.csr_matrix:
        check_is_fitted(self, "vocabulary_")
        rows, cols = [], []
        for row_index, labels in enumerate(self._row_labels(X)):
            for label in set(labels):
                if label in self.vocabulary_:
                    rows.append(row_index)
                    cols.append(self.vocabulary_[label])
        data = np.ones(len(rows), dtype=np.float64)
        return sp.csr_matrix((data, (rows, cols)), shape=(len(X), len(self.vocabulary_)))

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        check_is_fitted(self, "vocabulary_")
        return np.array(sorted(self.vocabulary_, key=self.vocabulary_.__getitem__), dtype=object)


@lru_cache(maxsize=1)
def stop_words() -> tuple[str, ...]:
    """English stop words plus recommendation boilerplate (``boilerplate.yaml``): words that say nothing about the topic."""
    data = yaml.safe_load((Path(__file__).with_name("boilerplate.yaml")).read_text(encoding="utf-8"))
    return tuple(sorted(ENGLISH_STOP_WORDS | {word.lower() for word in data["words"]}))


def word_vectorizer(min_df: int = 1) -> TfidfVectorizer:
    """Word 1-2 grams without stop words, sublinear tf: topic words, robust to repetition."""
    return TfidfVectorizer(
        ngram_range=(1, 2),
        stop_words=list(stop_words()),
        token_pattern=WORD_TOKEN_PATTERN,
        sublinear_tf=True,
        lowercase=True,
        min_df=min_df,
        dtype=np.float64,
    )


def char_vectorizer() -> TfidfVectorizer:
    """Character 3-5 grams inside word boundaries: matches inflections and paraphrases of the same stems."""
    return TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, lowercase=True, dtype=np.float64)


def tag_encoder() -> Pipeline:
    """Multi-hot tags re-weighted by idf, so labels every recommendation shares (states_parties) count little."""
    return Pipeline([("binarize", TagBinarizer()), ("idf", TfidfTransformer(sublinear_tf=True))])


def make_features(feature_set: str = "tfidf+tags", min_df: int = 1) -> Pipeline:
    """The feature pipeline for ``feature_set``: blocks of equal weight, then one L2 norm so cosine = dot product.

    ``min_df`` applies to word n-grams; clustering uses 2 so that words of a single recommendation don't
    separate it from its neighbours.
    """
    if feature_set not in FEATURE_SETS:
        raise RecsError(f"unknown feature set {feature_set!r}; choose one of {', '.join(FEATURE_SETS)}")
    parts = feature_set.split("+")
    blocks: list[tuple[str, Any, Any]] = []
    if "tfidf" in parts or "words" in parts:
        blocks.append(("word", word_vectorizer(min_df), "text"))
    if "tfidf" in parts:
        blocks.append(("char", char_vectorizer(), "text"))
    if "tags" in parts:
        blocks.append(("tags", tag_encoder(), list(TAG_LIST_COLUMNS + TAG_SCALAR_COLUMNS)))
    return Pipeline(
        [
            ("columns", ColumnTransformer(blocks, sparse_threshold=1.0, verbose_feature_names_out=True)),
            ("l2", Normalizer()),
        ]
    )


def as_frame(rows: pd.DataFrame | Sequence[dict[str, Any]]) -> pd.DataFrame:
    """TAGGED rows (dicts or a DataFrame) as a DataFrame with the columns the features read."""
    frame = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(list(rows))
    if "text" not in frame.columns:
        raise RecsError("the input table has no 'text' column")
    frame = frame.copy()
    frame["text"] = frame["text"].fillna("").astype(str)
    for column in TAG_LIST_COLUMNS:
        frame[column] = (
            [as_label_list(cell) for cell in frame[column]] if column in frame.columns else [[] for _ in range(len(frame))]
        )
    frame["modality"] = frame["modality"].fillna("none").astype(str) if "modality" in frame.columns else "none"
    return frame
