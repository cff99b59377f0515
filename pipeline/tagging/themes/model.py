"""The fitted theme model as arrays and JSON: what ``recs_themes`` saves inside the tagger and loads without scikit-learn.

:func:`make_model` fits TF-IDF word n-grams + one logistic regression per sub-theme.
:class:`ThemeModel` keeps their learned state (vocabulary, idf, the stacked ``coef_`` and
``intercept_`` of the regressions) and computes the probabilities as one sparse product for the
whole batch: ``sigmoid(X @ W + b)``, the values of the pipeline's ``predict_proba``
(``tests/test_themes.py`` holds them to it). Loading the tagger therefore reads numbers and strings,
runs no pickle and does not import scikit-learn, which was most of ``spacy.load``'s time.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.arrays import load_array, read_json_file, save_array, write_json_file
from pipeline.errors import RecsError
from pipeline.tagging.errors import Errors
from pipeline.text_vectors import TfidfTable

FORMAT = "recs-theme-model/1"
MODEL_JSON = "theme_model.json"
IDF_FILE = "theme_idf.npy"
WEIGHTS_FILE = "theme_weights.npy"
INTERCEPTS_FILE = "theme_intercepts.npy"
FILES = (MODEL_JSON, IDF_FILE, WEIGHTS_FILE, INTERCEPTS_FILE)


@dataclass
class ThemeModel:
    """TF-IDF table, one weight column and intercept per sub-theme label."""

    table: TfidfTable
    weights: np.ndarray
    intercepts: np.ndarray
    labels: list[str]

    @classmethod
    def from_estimator(cls, estimator: Any, labels: list[str]) -> "ThemeModel":
        """Read a fitted ``make_model`` pipeline through public attributes (``vocabulary_``, ``idf_``, ``estimators_``, ``coef_``)."""
        classifiers = estimator[-1].estimators_
        weights = np.vstack([classifier.coef_ for classifier in classifiers]).T
        intercepts = np.concatenate([classifier.intercept_ for classifier in classifiers])
        return cls(TfidfTable.from_vectorizer(estimator[0]), np.ascontiguousarray(weights), intercepts, list(labels))

    def probabilities(self, texts: list[str]) -> list[dict[str, float]]:
        """Probability of each sub-theme label for each text."""
        return [dict(zip(self.labels, row)) for row in self.probability_matrix(texts).tolist()]

    def probability_matrix(self, texts: list[str]) -> np.ndarray:
        """Probabilities as one array, a row per text and a column per label (``labels``' order)."""
        features = self.table.transform(texts)
        return 1.0 / (1.0 + np.exp(-(features @ self.weights + self.intercepts)))

    def to_disk(self, path: Path) -> None:
        write_json_file(path / MODEL_JSON, {"format": FORMAT, "labels": self.labels, "tfidf": self.table.to_json()})
        save_array(path / IDF_FILE, self.table.idf)
        save_array(path / WEIGHTS_FILE, self.weights)
        save_array(path / INTERCEPTS_FILE, self.intercepts)

    @classmethod
    def from_disk(cls, path: Path) -> "ThemeModel":
        """Read what :meth:`to_disk` wrote; a missing file or another format is a user error naming the rebuild."""
        for name in FILES:
            if not (path / name).is_file():
                raise RecsError(Errors.E105.format(file=name), path=path)
        description = read_json_file(path / MODEL_JSON)
        if not isinstance(description, dict) or description.get("format") != FORMAT:
            raise RecsError(Errors.E105.format(file=f"{MODEL_JSON} in format {FORMAT}"), path=path)
        table = TfidfTable.from_json(description["tfidf"], load_array(path / IDF_FILE))
        return cls(table, load_array(path / WEIGHTS_FILE), load_array(path / INTERCEPTS_FILE), list(description["labels"]))


def make_model(max_ngram: int, C: float, random_state: int, class_weight: str | None = None) -> Any:
    """The theme model: TF-IDF word n-grams + one logistic regression per sub-theme.

    ``class_weight="balanced"`` up-weights the few positive examples of each sub-theme.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import Pipeline

    return Pipeline(
        [
            ("tfidf", TfidfVectorizer(ngram_range=(1, max_ngram), sublinear_tf=True, min_df=1, strip_accents="unicode")),
            (
                "clf",
                OneVsRestClassifier(
                    LogisticRegression(C=C, solver="liblinear", class_weight=class_weight, random_state=random_state)
                ),
            ),
        ]
    )


def round_like_python(values: np.ndarray, decimals: int) -> np.ndarray:
    """``round(value, decimals)`` of every value, as Python rounds each float, in a few array operations.

    Why: the theme scores of each doc were rounded one by one (30 ``round`` calls a doc, ~15 % of the theme
    pipe). Python rounds the float's exact value half to even; ``rint(value * 10**decimals)`` differs only when
    the scaled product, off by at most half an ulp, lies next to a half: those few values are rounded by Python
    itself. The quotient of the same integer by ``10**decimals`` is the same correctly rounded float.
    """
    scale = 10.0**decimals
    scaled = values * scale
    rounded = np.rint(scaled) / scale
    for index in np.flatnonzero(np.abs(scaled - np.floor(scaled) - 0.5) < 1e-6):
        rounded.flat[index] = round(float(values.flat[index]), decimals)
    return rounded
