"""The word view of the lineage decision's area: reference words only, idf-weighted, on the real seed and dev texts."""

from __future__ import annotations

import json

import numpy as np

from pipeline.modeling.lineage_words import WordIndex, words
from tests.lineage_support import LINEAGE, ROOT


def _texts(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


SEED = [record["text"] for record in _texts(ROOT / "data" / "gold" / "seed.jsonl")]
INDEX = WordIndex.fit(SEED)


def test_words_fold_plurals_and_drop_short_words() -> None:
    assert words("Victims of trafficking in persons, and their families") == {
        "victim",
        "trafficking",
        "person",
        "and",
        "their",
        "family",
    }


def test_a_reference_text_is_its_own_nearest_and_unknown_words_count_nothing() -> None:
    everything = np.ones(len(SEED), dtype=bool)
    assert np.allclose(INDEX.area(SEED[:3], everything, 1), 1.0)
    assert INDEX.area(["Zebra quokka xylophones."], everything, 3).tolist() == [0.0]
    # words the reference never used leave the similarity of the known ones unchanged
    assert np.allclose(INDEX.area([SEED[0] + " Zebra quokka xylophones."], everything, 1), 1.0)


def test_only_the_allowed_reference_rows_are_searched() -> None:
    without_first = np.ones(len(SEED), dtype=bool)
    without_first[0] = False
    assert INDEX.area(SEED[:1], without_first, 1)[0] < 1.0
    assert INDEX.area(SEED[:1], np.zeros(len(SEED), dtype=bool), 3).tolist() == [0.0]


def test_restatements_share_more_reference_words_than_new_topics_on_dev() -> None:
    dev = _texts(LINEAGE / "dev.jsonl")
    area = INDEX.area([record["text"] for record in dev], np.ones(len(SEED), dtype=bool), 3)
    relation = np.array([record["relation"] for record in dev])
    assert area[relation == "repeats"].mean() > area[relation == "related"].mean() > area[relation == "new"].mean()
