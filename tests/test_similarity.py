"""Nearest-reference search: the float32 screen never changes which references are found, nor their scores."""

from __future__ import annotations

import json

import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from pipeline.modeling.features import as_frame, make_features
from pipeline.modeling.similarity import ReferenceIndex, screen_error
from tests import real_data

NOVELTY_DATA = real_data.ROOT / "data" / "novelty" / "out_of_scope.jsonl"


def paragraphs(path) -> list[str]:
    """The paragraphs of a real report (headings, recommendations, procedural text)."""
    return [block.strip() for block in path.read_text(encoding="utf-8").split("\n\n") if block.strip()]


def brute_force(queries: sp.csr_matrix, reference: sp.csr_matrix, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The plain sparse product, fully sorted: best score first, ties in reference order."""
    full = (queries @ reference.T).toarray()
    order = np.lexsort((np.broadcast_to(np.arange(full.shape[1]), full.shape), -full), axis=1)[:, :n]
    return order, np.take_along_axis(full, order, axis=1)


@pytest.fixture(scope="module")
def vectors() -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """TF-IDF (word + char n-gram) vectors: the seed report as reference, other texts as queries."""
    reference = paragraphs(real_data.SEED_REPORT)
    novelty = [json.loads(line)["text"] for line in NOVELTY_DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    queries = paragraphs(real_data.DEV_REPORT) + novelty + reference[::7] + ["", "trafficking", "States parties should"]
    features = make_features("tfidf").fit(as_frame([{"text": text} for text in reference]))
    return (
        features.transform(as_frame([{"text": text} for text in reference])).tocsr(),
        features.transform(as_frame([{"text": text} for text in queries])).tocsr(),
    )


@pytest.mark.parametrize("dense_features", [0, 25, 400, 100_000])
@pytest.mark.parametrize("n", [1, 3, 10])
def test_nearest_equals_the_plain_sparse_product(
    vectors: tuple[sp.csr_matrix, sp.csr_matrix], dense_features: int, n: int
) -> None:
    reference, queries = vectors
    order, scores = ReferenceIndex(reference, dense_features).nearest(queries, n)
    expected_order, expected_scores = brute_force(queries, reference, n)
    assert np.array_equal(order, expected_order)
    assert scores.tobytes() == expected_scores.tobytes()  # bit for bit, not approximately


def test_ties_keep_reference_order(vectors: tuple[sp.csr_matrix, sp.csr_matrix]) -> None:
    reference, _ = vectors
    doubled = sp.vstack([reference[5], reference[:5], reference[5], reference[5]]).tocsr()
    order, scores = ReferenceIndex(doubled).nearest(reference[5], 3)
    assert order.tolist() == [[0, 6, 7]] and len(set(scores[0].tolist())) == 1


def test_neighbours_closer_than_float32_resolution_keep_their_exact_order() -> None:
    """References whose similarities differ by ~1e-12 look equal to the float32 screen; the exact scores decide."""
    rng = np.random.default_rng(7)
    base = rng.random(300)
    shifted = []
    for step in (3, 1, 4, 1.5, 2):  # move a tiny weight from feature 0 to feature 1
        row = base.copy()
        row[0] -= step * 1e-10
        row[1] += step * 1e-10
        shifted.append(row)
    reference = sp.csr_matrix(np.array(shifted) / np.linalg.norm(shifted, axis=1, keepdims=True))
    query = rng.random(300)
    query = sp.csr_matrix(query / np.linalg.norm(query))
    for n in (1, 2, 4):
        order, scores = ReferenceIndex(reference, dense_features=200).nearest(query, n)
        expected_order, expected_scores = brute_force(query, reference, n)
        assert np.array_equal(order, expected_order) and scores.tobytes() == expected_scores.tobytes()


def test_empty_inputs() -> None:
    reference = sp.csr_matrix(np.eye(4))
    order, scores = ReferenceIndex(reference).nearest(sp.csr_matrix((0, 4)), 3)
    assert order.shape == (0, 3) and scores.shape == (0, 3)
    order, scores = ReferenceIndex(reference).nearest(sp.csr_matrix(np.eye(4)[:2]), 10)  # more asked than exist
    assert order.shape == (2, 4) and order[:, 0].tolist() == [0, 1] and scores[:, 0].tolist() == [1.0, 1.0]


@st.composite
def unit_rows(draw: st.DrawFn, width: int) -> sp.csr_matrix:
    """Rows of non-negative weights spanning magnitudes 1e-6..1e3, many zeros, L2-normalized like TF-IDF rows."""
    rows = draw(arrays(np.float64, (draw(st.integers(1, 12)), width), elements=st.one_of(st.just(0.0), st.floats(1e-6, 1e3))))
    rows[:, draw(st.integers(0, width - 1))] += 1e-3  # no all-zero row
    return sp.csr_matrix(rows / np.linalg.norm(rows, axis=1, keepdims=True))


@settings(max_examples=60, deadline=None)
@given(data=st.data(), width=st.integers(1, 60), dense_features=st.integers(0, 60))
def test_screen_stays_within_its_error_bound(data: st.DataObject, width: int, dense_features: int) -> None:
    reference, queries = data.draw(unit_rows(width)), data.draw(unit_rows(width))
    index = ReferenceIndex(reference, dense_features)
    error = np.abs(index.screen(queries).astype(np.float64) - (queries @ reference.T).toarray())
    assert (error <= screen_error(len(index.dense_columns), len(index.sparse_columns))).all()
    order, scores = index.nearest(queries, 2)
    expected_order, expected_scores = brute_force(queries, reference, 2)
    assert np.array_equal(order, expected_order) and scores.tobytes() == expected_scores.tobytes()


def test_error_bound_stays_selective_and_grows_with_the_float32_block() -> None:
    """At the default 2,000 dense features the margin keeps only references within ~2e-4 of the n-th best."""
    assert 0 < screen_error(100, 10_000) < screen_error(2000, 10_000) < 1.2e-4
