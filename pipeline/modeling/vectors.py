"""The classifier's feature vectors rebuilt from saved tables, with numpy and scipy only.

``features.make_features`` fits the feature pipeline with scikit-learn; :class:`FeatureTables` reads
its learned state through public attributes (vocabularies and idf weights) and repeats its transform:
each block (word n-grams, ``char_wb`` n-grams, idf-weighted tags) L2-normalized, the blocks side by
side, one more L2 norm so that cosine similarity is a dot product. ``recs assign`` loads these
tables from JSON and ``.npy`` files without importing scikit-learn.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from pipeline.arrays import load_array, save_array
from pipeline.errors import RecsError
from pipeline.text_vectors import TfidfTable, l2_normalize_rows

# The tag columns that describe what a recommendation is about (modality is a single string).
TAG_LIST_COLUMNS = ("themes", "theme_groups", "actors", "legal_refs")
TAG_SCALAR_COLUMNS = ("modality",)
TEXT_BLOCKS = ("word", "char")


def as_label_list(value: Any) -> list[str]:
    """A tag cell (list, numpy array, None or a single string) as a list of strings."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, float) and math.isnan(value):
        return []
    return [str(item) for item in value]


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def column(rows: Any, name: str) -> list[Any] | None:
    """One column of TAGGED rows given as a DataFrame or a sequence of dicts; None when absent."""
    if hasattr(rows, "columns"):
        return rows[name].tolist() if name in rows.columns else None
    if not any(name in row for row in rows):
        return None
    return [row.get(name) for row in rows]


def texts_of(rows: Any) -> list[str]:
    """The ``text`` column as strings (missing -> ""), as ``features.as_frame`` cleans it."""
    values = column(rows, "text")
    if values is None:
        raise RecsError("the input table has no 'text' column")
    return ["" if _missing(value) else str(value) for value in values]


def tag_labels(rows: Any, n_rows: int, columns: Sequence[str]) -> list[list[str]]:
    """``column=label`` strings of each row, as ``features.TagBinarizer`` builds them from an ``as_frame`` table."""
    labels: list[list[str]] = [[] for _ in range(n_rows)]
    for name in columns:
        values = column(rows, name)
        if name in TAG_SCALAR_COLUMNS:
            cells = ["none" if _missing(value) else str(value) for value in values or [None] * n_rows]
        else:
            cells = values or [None] * n_rows
        for row_labels, cell in zip(labels, cells):
            row_labels += [f"{name}={label}" for label in as_label_list(cell)]
    return labels


@dataclass
class TagTable:
    """Multi-hot tags times their idf weights (sublinear tf of a 0/1 count is the count), L2-normalized."""

    columns: list[str]
    terms: list[str]
    idf: np.ndarray
    _index: dict[str, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._index = {term: index for index, term in enumerate(self.terms)}

    def transform(self, rows: Any, n_rows: int) -> sp.csr_matrix:
        indices: list[int] = []
        indptr = [0]
        for labels in tag_labels(rows, n_rows, self.columns):
            indices += sorted({self._index[label] for label in labels if label in self._index})
            indptr.append(len(indices))
        columns = np.asarray(indices, dtype=np.int32)
        matrix = sp.csr_matrix((self.idf[columns], columns, indptr), shape=(n_rows, len(self.terms)))
        return l2_normalize_rows(matrix)


@dataclass
class FeatureTables:
    """The blocks of a feature set, in the order ``make_features`` stacks them."""

    word: TfidfTable | None
    char: TfidfTable | None
    tags: TagTable | None

    @classmethod
    def from_pipeline(cls, features: Any) -> "FeatureTables":
        """Read a fitted ``make_features`` pipeline through public attributes (``named_transformers_``, ``vocabulary_``, ``idf_``)."""
        blocks = features.named_steps["columns"].named_transformers_
        tags = None
        if "tags" in blocks:
            binarizer, idf = blocks["tags"].named_steps["binarize"], blocks["tags"].named_steps["idf"]
            if not idf.sublinear_tf or idf.norm != "l2" or not idf.use_idf:
                raise ValueError("the tag block must be sublinear, idf-weighted and L2-normalized")
            tags = TagTable(
                list(binarizer.columns),
                sorted(binarizer.vocabulary_, key=binarizer.vocabulary_.get),
                np.asarray(idf.idf_, dtype=np.float64),
            )
        text = {name: TfidfTable.from_vectorizer(blocks[name]) if name in blocks else None for name in TEXT_BLOCKS}
        return cls(word=text["word"], char=text["char"], tags=tags)

    def transform(self, rows: Any) -> sp.csr_matrix:
        """L2-normalized feature rows of TAGGED rows (a DataFrame or dicts with ``text`` and the tag columns)."""
        texts = texts_of(rows)
        blocks = [table.transform(texts) for table in (self.word, self.char) if table is not None]
        if self.tags is not None:
            blocks.append(self.tags.transform(rows, len(texts)))
        matrix = sp.csr_matrix(sp.hstack(blocks, format="csr"))
        matrix.sort_indices()
        return l2_normalize_rows(matrix)

    # ----- persistence ----------------------------------------------------
    def to_disk(self, folder: Path) -> tuple[dict[str, Any], list[str]]:
        """Write each block's idf array; return the JSON description of the blocks and the files written."""
        description: dict[str, Any] = {}
        files = []
        for name, table in (("word", self.word), ("char", self.char)):
            if table is not None:
                description[name] = table.to_json()
                save_array(folder / f"{name}.idf.npy", table.idf)
                files.append(f"{name}.idf.npy")
        if self.tags is not None:
            description["tags"] = {"columns": self.tags.columns, "terms": self.tags.terms}
            save_array(folder / "tags.idf.npy", self.tags.idf)
            files.append("tags.idf.npy")
        return description, files

    @classmethod
    def from_disk(cls, folder: Path, description: dict[str, Any]) -> "FeatureTables":
        text = {
            name: TfidfTable.from_json(description[name], load_array(folder / f"{name}.idf.npy")) if name in description else None
            for name in TEXT_BLOCKS
        }
        tags = None
        if "tags" in description:
            tags = TagTable(
                list(description["tags"]["columns"]), list(description["tags"]["terms"]), load_array(folder / "tags.idf.npy")
            )
        return cls(word=text["word"], char=text["char"], tags=tags)

    @staticmethod
    def files(description: dict[str, Any]) -> list[str]:
        """The array files a description refers to."""
        return [f"{name}.idf.npy" for name in (*TEXT_BLOCKS, "tags") if name in description]
