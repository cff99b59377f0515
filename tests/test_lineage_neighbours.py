"""The lineage decision's own space: word and character TF-IDF of the text plus theme overlap, no other tags."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from pipeline.modeling.lineage_catalogue import Catalogue, load_catalogue
from pipeline.modeling.lineage_neighbours import LineageSpace, theme_overlap
from pipeline.modeling.lineage_overlap import pairwise
from pipeline.modeling.manifest import load_classifier
from tests.modeling_fixtures import workspace


@pytest.fixture(scope="module")
def reference() -> tuple[object, Catalogue]:
    root: Path = workspace()
    return load_classifier(root / "classifier").model, load_catalogue(root / "tagged.parquet", root / "documents.parquet")


def _row(catalogue: Catalogue, number: str) -> dict:
    frame = catalogue.frame
    return frame[frame["number"].astype(str) == number].iloc[0].to_dict()


def test_theme_overlap_is_jaccard_and_zero_without_themes() -> None:
    overlap = theme_overlap(
        [frozenset({"victim_identification", "training"}), frozenset(), frozenset({"unknown_theme"})],
        [frozenset({"training", "investigation_prosecution"}), frozenset()],
    )
    assert overlap.tolist() == [[1 / 3, 0.0], [0.0, 0.0], [0.0, 0.0]]


def test_the_space_and_the_pair_evidence_read_one_theme_overlap(reference: tuple) -> None:
    # The space's all-pairs theme term and the evidence's per-candidate theme overlap are one Jaccard
    # (lineage_overlap): on the reference's own tagged themes, every pair agrees to the bit.
    _, catalogue = reference
    themes = list(catalogue.frame["theme_set"]) + [frozenset()]
    matrix = theme_overlap(themes, themes)
    left = [a for a in themes for _ in themes]
    right = [b for _ in themes for b in themes]
    assert np.array_equal(matrix.ravel(), pairwise(left, right))
    assert matrix[-1, -1] == 0.0 and 0.0 < matrix[0, 0] == 1.0


def test_a_reference_recommendation_is_its_own_nearest(reference: tuple) -> None:
    model, catalogue = reference
    row = _row(catalogue, "24")  # joint investigation teams
    ids, similarity = LineageSpace.build(model, catalogue).nearest([row], np.ones(len(model.reference_ids), dtype=bool), 3)
    assert ids[0, 0] == row["rec_id"] and similarity[0, 0] == pytest.approx(1.0)
    assert list(similarity[0]) == sorted(similarity[0], reverse=True) and similarity[0, 1] < 0.9


def test_only_the_text_and_its_themes_move_the_similarity(reference: tuple) -> None:
    # Addressee, actors, modality and legal references are left out, so a tagger that reads them differently
    # cannot move the lineage decision; a different theme reading does.
    model, catalogue = reference
    row = _row(catalogue, "9")  # INTERPOL
    space, every = LineageSpace.build(model, catalogue), np.ones(len(model.reference_ids), dtype=bool)
    base = space.similarity([row], every)
    other_tags = {**row, "actors": ["member_states"], "addressee": "member_states", "modality": "may", "legal_refs": []}
    assert np.array_equal(space.similarity([other_tags], every), base)
    other_themes = {**row, "themes": []}
    assert (space.similarity([other_themes], every) < base).any()
