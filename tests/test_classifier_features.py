"""Oracles for the array-based inference: scikit-learn's own fitted objects give the same numbers and assignments.

``recs assign`` runs :class:`TfidfTable`, :class:`FeatureTables` and :class:`Assigner` (numpy and scipy
only); these tests fit the scikit-learn objects they stand in for and compare, on real text.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import Pipeline

from pipeline.modeling import tagger_bridge
from pipeline.modeling.classifier import ClusterClassifier
from pipeline.modeling.features import as_frame, char_vectorizer, make_features, word_vectorizer
from pipeline.modeling.vectors import FeatureTables
from pipeline.text_vectors import TfidfTable
from tests import real_data
from tests.modeling_fixtures import workspace

NOVELTY_DATA = real_data.ROOT / "data" / "novelty" / "out_of_scope.jsonl"
GOLD_BLIND = real_data.ROOT / "data" / "gold" / "blind.jsonl"
# Whitespace runs, tabs, no-break and em spaces, control separators, accents, hyphens, one-letter words, digits.
AWKWARD = [
    "",
    "   ",
    "a",
    "A\tB\n\nC  d\u00a0e\u2003f",
    "ÉTATS PARTIES should—as appropriate—act",
    "Ünïcödé  wörds\x1c\x1dhere",
    "non-punishment, whole-of-government; art. 6(3)",
    "2020 2021 I II",
]
HAS_TEMPERATURE = "temperature" in (CalibratedClassifierCV.__doc__ or "")


def paragraphs(path: Path) -> list[str]:
    return [block.strip() for block in path.read_text(encoding="utf-8").split("\n\n") if block.strip()]


@pytest.fixture(scope="module")
def texts() -> tuple[list[str], list[str]]:
    """Reference paragraphs (seed report) and unseen queries (2010 report, out-of-scope texts, awkward strings)."""
    novelty = [json.loads(line)["text"] for line in NOVELTY_DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    return paragraphs(real_data.SEED_REPORT), paragraphs(real_data.DEV_REPORT) + novelty + AWKWARD


@pytest.fixture(scope="module")
def tagged() -> tuple[pd.DataFrame, np.ndarray, pd.DataFrame]:
    """The tagged reference corpus with its clusters, and unseen texts (2010 report, blind gold, out-of-scope) tagged by the same tagger."""
    ws = workspace()
    reference = pd.read_parquet(ws / "tagged.parquet")
    clusters = pd.read_parquet(ws / "clusters.parquet").set_index("rec_id")
    nlp, _ = tagger_bridge.load(ws / "tagger")
    novelty = [json.loads(line) for line in NOVELTY_DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [{"rec_id": f"dev-{i}", "text": text} for i, text in enumerate(paragraphs(real_data.DEV_REPORT))]
    blind = [json.loads(line) for line in GOLD_BLIND.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows += [{"rec_id": record["id"], "text": record["text"]} for record in novelty + blind]
    queries = pd.DataFrame(list(tagger_bridge.tag(nlp, rows)))
    return reference, clusters.loc[reference.rec_id, "cluster_id"].to_numpy(dtype=object), queries


def assert_identical(got: sp.spmatrix, expected: sp.spmatrix) -> None:
    got, expected = sp.csr_matrix(got), sp.csr_matrix(expected)
    assert got.shape == expected.shape
    assert np.array_equal(got.indptr, expected.indptr) and np.array_equal(got.indices, expected.indices)
    assert got.data.tobytes() == expected.data.tobytes()


@pytest.mark.parametrize(
    "vectorizer",
    [
        char_vectorizer(),
        char_vectorizer().set_params(lowercase=False),
        char_vectorizer().set_params(strip_accents="unicode", ngram_range=(2, 4)),
        char_vectorizer().set_params(sublinear_tf=False, norm=None, max_df=0.5),
        word_vectorizer(),
        word_vectorizer(min_df=2).set_params(ngram_range=(2, 3)),
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, strip_accents="unicode"),  # the theme model's
    ],
    ids=["char", "char-case", "char-accents", "char-raw", "word", "word-bigrams", "theme"],
)
def test_table_equals_scikit_learn_byte_for_byte(texts: tuple[list[str], list[str]], vectorizer: TfidfVectorizer) -> None:
    reference, queries = texts
    vectorizer.fit(reference)
    table = TfidfTable.from_vectorizer(vectorizer)
    assert_identical(table.transform(queries), vectorizer.transform(queries))
    assert_identical(table.transform(reference), vectorizer.transform(reference))
    restored = TfidfTable.from_json(json.loads(json.dumps(table.to_json())), table.idf.copy())
    assert_identical(restored.transform(queries), vectorizer.transform(queries))


def test_bad_documents_are_refused(texts: tuple[list[str], list[str]]) -> None:
    table = TfidfTable.from_vectorizer(char_vectorizer().fit(texts[0]))
    with pytest.raises(ValueError, match="must be str"):
        table.transform(["fine", np.nan])
    with pytest.raises(ValueError, match="one string"):
        table.transform("one string")


def test_unsupported_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="not supported"):
        TfidfTable.from_vectorizer(TfidfVectorizer(binary=True).fit(["a text", "another text"]))
    with pytest.raises(ValueError, match="not supported"):
        TfidfTable.from_vectorizer(TfidfVectorizer(dtype=np.float32).fit(["a text", "another text"]))
    with pytest.raises(ValueError, match="not supported"):
        TfidfTable.from_vectorizer(TfidfVectorizer(analyzer="char").fit(["a text", "another text"]))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=80), min_size=1, max_size=8))
def test_any_text_counts_like_scikit_learn(queries: list[str]) -> None:
    reference = ["States parties should protect victims of trafficking", "Ünïcödé Wörds and\tTABS", queries[0]]
    for vectorizer in (char_vectorizer(), word_vectorizer()):
        try:
            vectorizer.fit(reference)
        except ValueError:  # empty vocabulary: nothing to compare
            continue
        assert_identical(TfidfTable.from_vectorizer(vectorizer).transform(queries), vectorizer.transform(queries))


@pytest.mark.parametrize("feature_set", ["tfidf+tags", "words+tags", "tfidf"])
def test_feature_vectors_equal_the_fitted_pipeline(tagged, feature_set: str) -> None:
    reference, _, queries = tagged
    features = make_features(feature_set).fit(as_frame(reference))
    tables = FeatureTables.from_pipeline(features)
    for rows in (reference, queries, queries.to_dict("records")):
        assert_identical(tables.transform(rows), features.transform(as_frame(rows)))


@pytest.mark.skipif(not HAS_TEMPERATURE, reason="this scikit-learn has no temperature calibration to compare with")
@pytest.mark.parametrize("binary", [False, True], ids=["clusters", "two-clusters"])
def test_probabilities_equal_scikit_learns_temperature_calibration(tagged, binary: bool) -> None:
    reference, y, queries = tagged
    if binary:
        y = np.where(y == y[0], y[0], "rest").astype(object)
    model = ClusterClassifier(C=100.0, random_state=7).fit(reference, y)
    smallest = int(pd.Series(y).value_counts().min())
    folds = StratifiedKFold(n_splits=min(3, smallest), shuffle=True, random_state=7)
    oracle = Pipeline(
        [
            ("features", make_features()),
            (
                "classify",
                CalibratedClassifierCV(
                    LogisticRegression(C=100.0, max_iter=2000), method="temperature", cv=folds, ensemble=False
                ),
            ),
        ]
    ).fit(as_frame(reference), y)
    assert model.calibrated_ and list(model.classes_) == list(oracle.classes_)
    for rows in (reference, queries):
        expected = oracle.predict_proba(as_frame(rows))
        got = model.predict_proba(rows)
        # Both run the same bounded search on the same loss, but scikit-learn's multinomial_loss and our
        # logsumexp round differently; where the loss is flat the searches stop ~1e-8 apart in probability.
        assert np.allclose(got, expected, rtol=0, atol=1e-7)
        assert np.array_equal(got.argmax(axis=1), expected.argmax(axis=1))


def test_uncalibrated_probabilities_equal_logistic_regression(tagged) -> None:
    reference, y, queries = tagged
    y = y.copy()
    y[0] = "singleton"  # one member: no folds to calibrate on
    model = ClusterClassifier(C=100.0).fit(reference, y)
    oracle = Pipeline([("features", make_features()), ("classify", LogisticRegression(C=100.0, max_iter=2000))]).fit(
        as_frame(reference), y
    )
    assert not model.calibrated_
    assert np.allclose(model.predict_proba(queries), oracle.predict_proba(as_frame(queries)), rtol=0, atol=1e-12)


class ScikitLearnFeatures:
    """The fitted scikit-learn feature pipeline in the place of the array tables."""

    def __init__(self, features: Pipeline) -> None:
        self.features = features

    def transform(self, rows) -> sp.csr_matrix:
        return sp.csr_matrix(self.features.transform(as_frame(rows)))


def test_assignments_equal_those_of_scikit_learn_features(tagged) -> None:
    """Same fitted model, vectors from scikit-learn's own transformers: every field of every assignment is identical."""
    reference, y, queries = tagged
    batch = pd.concat([queries, reference.iloc[::5]], ignore_index=True)
    model = ClusterClassifier().fit(reference, y)
    model.set_params(novelty_threshold=float(np.median(model.support_score(batch))))  # some rows novel, some not
    features = make_features().fit(as_frame(reference))
    twin = dataclasses.replace(
        model.assigner_,
        features=ScikitLearnFeatures(features),
        reference=ScikitLearnFeatures(features).transform(reference),
        novelty_threshold=model.novelty_threshold,
    )
    assigned = model.assign(batch)
    assert assigned == twin.assign(batch)
    assert {row["novel"] for row in assigned} == {True, False}  # both branches of the open-set rule are compared
