"""The classifier's fast feature path gives exactly scikit-learn's numbers, so assignments don't depend on it."""

from __future__ import annotations

import copy
import json

import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import TfidfVectorizer

import real_data
from pipeline.modeling.classifier import ClusterClassifier
from pipeline.modeling.features import WordwiseCharVectorizer, as_frame, char_vectorizer

NOVELTY_DATA = real_data.ROOT / "data" / "novelty" / "out_of_scope.jsonl"
# Whitespace runs, tabs, no-break and em spaces, control separators, accents, hyphens, one-letter words, digits.
AWKWARD = ["", "   ", "a", "A\tB\n\nC  d\u00a0e\u2003f", "ÉTATS PARTIES should—as appropriate—act",
           "Ünïcödé  wörds\x1c\x1dhere", "non-punishment, whole-of-government; art. 6(3)", "2020 2021 I II"]


def paragraphs(path) -> list[str]:
    return [block.strip() for block in path.read_text(encoding="utf-8").split("\n\n") if block.strip()]


@pytest.fixture(scope="module")
def texts() -> tuple[list[str], list[str]]:
    """Reference paragraphs (seed report) and unseen queries (2010 report, out-of-scope texts, awkward strings)."""
    novelty = [json.loads(line)["text"] for line in NOVELTY_DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    return paragraphs(real_data.SEED_REPORT), paragraphs(real_data.DEV_REPORT) + novelty + AWKWARD


def assert_identical(got: sp.spmatrix, expected: sp.spmatrix) -> None:
    assert type(got) is type(expected) and got.shape == expected.shape
    assert np.array_equal(got.indptr, expected.indptr) and np.array_equal(got.indices, expected.indices)
    assert got.data.tobytes() == expected.data.tobytes()


@pytest.mark.parametrize("options", [
    {},
    {"lowercase": False},
    {"strip_accents": "unicode", "ngram_range": (2, 4)},
    {"sublinear_tf": False, "norm": None, "max_df": 0.5},
])
def test_wordwise_counts_equal_scikit_learn(texts: tuple[list[str], list[str]], options: dict) -> None:
    reference, queries = texts
    fast = char_vectorizer().set_params(**options).fit(reference)
    plain = TfidfVectorizer(**fast.get_params()).fit(reference)
    assert fast.vocabulary_ == plain.vocabulary_ and fast.idf_.tobytes() == plain.idf_.tobytes()
    assert_identical(fast.transform(queries), plain.transform(queries))
    assert_identical(fast.transform(reference), plain.transform(reference))


def test_other_analyzers_use_scikit_learn_unchanged(texts: tuple[list[str], list[str]]) -> None:
    reference, queries = texts
    for analyzer in ("char", "word"):
        fast = WordwiseCharVectorizer(analyzer=analyzer).fit(reference)
        assert_identical(fast.transform(queries), TfidfVectorizer(analyzer=analyzer).fit(reference).transform(queries))


def test_bad_documents_fail_as_in_scikit_learn(texts: tuple[list[str], list[str]]) -> None:
    fast = char_vectorizer().fit(texts[0])
    with pytest.raises(ValueError, match="np.nan is an invalid document"):
        fast.transform(["fine", np.nan])
    with pytest.raises(ValueError, match="Iterable over raw text documents expected"):
        fast.transform("one string")


@settings(max_examples=80, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=80), min_size=1, max_size=8))
def test_any_text_counts_like_scikit_learn(queries: list[str]) -> None:
    reference = ["States parties should protect victims of trafficking", "Ünïcödé Wörds and\tTABS", queries[0]]
    fast = char_vectorizer().fit(reference)
    assert_identical(fast.transform(queries), TfidfVectorizer(**fast.get_params()).fit(reference).transform(queries))


def test_assignments_equal_those_of_plain_scikit_learn_features(texts: tuple[list[str], list[str]]) -> None:
    """Same fitted state with scikit-learn's own char vectorizer: every field of every assignment is identical."""
    reference, queries = texts
    frame = as_frame([{"text": text, "rec_id": f"r{i}"} for i, text in enumerate(reference)])
    labels = np.where(frame["text"].str.contains("victim"), "victims", "other")
    batch = as_frame([{"text": text} for text in queries + reference[::5]])
    model = ClusterClassifier().fit(frame, labels)
    model.set_params(novelty_threshold=float(np.median(model.support_score(batch))))  # some rows novel, some not
    twin = copy.deepcopy(model)
    columns = twin.pipeline_.named_steps["features"].named_steps["columns"]
    for position, (name, transformer, selected) in enumerate(columns.transformers_):
        if isinstance(transformer, WordwiseCharVectorizer):
            plain = TfidfVectorizer()
            plain.__dict__.update(transformer.__dict__)
            columns.transformers_[position] = (name, plain, selected)
    assigned = model.assign(batch)
    assert assigned == twin.assign(batch)
    assert {row["novel"] for row in assigned} == {True, False}  # both branches of the open-set rule are compared
