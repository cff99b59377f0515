"""The second annotation (data/second_annotation/) and the agreement script that reads it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.agreement import SECOND_DIR, agreement, gold_row, read_second
from pipeline.errors import RecsError
from pipeline.tagging.gold import NO_ADDRESSEE, known_labels, load_gold

ROOT = Path(__file__).resolve().parents[1]
SECOND_FILES = sorted((ROOT / SECOND_DIR).glob("*.jsonl"))


@pytest.mark.parametrize("path", SECOND_FILES, ids=lambda path: path.stem)
def test_second_annotation_covers_its_gold_file_with_valid_labels(path: Path):
    gold, rows = read_second(path, load_gold(ROOT / "data" / "gold" / path.name))
    labels = known_labels()
    assert len(rows) == sum(1 for _ in path.open(encoding="utf-8"))  # every line names a gold record
    for row in rows:
        assert row["modality"] in labels["modality"], row["id"]
        assert row["addressee"] in labels["actors"] | {NO_ADDRESSEE}, row["id"]
        assert isinstance(row["negated"], bool), row["id"]
        assert row["themes"] and set(row["themes"]) <= labels["themes"], row["id"]


def test_agreement_scores_a_changed_label_and_nothing_else():
    gold = [gold_row(record) for record in load_gold(ROOT / "data" / "gold" / "seed.jsonl")]
    changed = [dict(row) for row in gold]
    changed[0]["modality"] = "may" if gold[0]["modality"] != "may" else "none"
    changed[1]["themes"] = []
    same, different = agreement(gold, gold), agreement(gold, changed)
    assert same["modality_accuracy"] == same["themes_f1"] == 1.0
    assert different["modality_accuracy"] == round(1 - 1 / len(gold), 4)
    assert different["themes_precision"] == 1.0 > different["themes_recall"]
    assert different["addressee_accuracy"] == 1.0


def test_an_id_missing_from_the_gold_is_named_and_records_added_later_are_left_out(tmp_path: Path):
    gold = load_gold(ROOT / "data" / "gold" / "seed.jsonl")
    path = tmp_path / "seed.jsonl"
    rows = [gold_row(record) for record in gold[1:]]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    annotated, second = read_second(path, gold)
    assert [record.id for record in annotated] == [row["id"] for row in second] == [record.id for record in gold[1:]]
    path.write_text("".join(json.dumps({**row, "id": row["id"] + "-renamed"}) + "\n" for row in rows[:1]), encoding="utf-8")
    with pytest.raises(RecsError, match=rows[0]["id"] + "-renamed"):
        read_second(path, gold)
