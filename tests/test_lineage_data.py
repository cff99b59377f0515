"""The lineage development set itself, the calibration's choice of rule, and the column names the lineage reads."""

from __future__ import annotations

import hashlib
import json
import warnings

import numpy as np
import pandas as pd
import pytest

from pipeline import schemas
from pipeline.modeling import tagger_bridge
from pipeline.modeling.lineage_calibration import (
    FAMILIES,
    FIT_CEILINGS,
    TOLERANCE,
    Labels,
    _choose,
    _thresholds,
    _worst_of,
    grouped_folds,
)
from pipeline.modeling.lineage_catalogue import DOCUMENT_COLUMNS, load_catalogue
from pipeline.modeling.lineage_data import LabelledRecord, source_group
from pipeline.modeling.lineage_evaluation import prepare
from pipeline.modeling.lineage_history import TAG_FIELDS
from pipeline.modeling.lineage_scoring import Prediction, score
from pipeline.modeling.manifest import load_classifier
from pipeline.schemas import schema_columns
from tests.lineage_support import LINEAGE
from tests.modeling_fixtures import SEED_TEXTS, workspace

CHANGES = {"reworded", "strength", "addressee", "narrowed", "widened", "split", "merged"}


def _records(name: str) -> list[dict]:
    return [json.loads(line) for line in (LINEAGE / name).read_text(encoding="utf-8").splitlines() if line.strip()]


DEV = _records("dev.jsonl")


def test_the_dev_set_is_large_enough_and_holds_every_kind_of_restatement() -> None:
    assert len(DEV) >= 100
    assert {record["relation"] for record in DEV} == {"repeats", "related", "new"}
    assert {record["change"] for record in DEV if record["relation"] == "repeats"} == CHANGES
    assert all((record["change"] is None) == (record["relation"] != "repeats") for record in DEV)


def test_real_records_name_their_source_and_address() -> None:
    real = [record for record in DEV if not record["constructed"]]
    assert len(real) >= 20
    for record in real:
        assert record["url"] and record["url"].startswith("http"), record["id"]
        assert not record["source"].startswith("constructed"), record["id"]
    assert all(record["url"] is None for record in DEV if record["constructed"])


def test_every_dev_record_is_on_the_dev_side_of_the_fixed_hash_rule() -> None:
    ids = [record["id"] for record in DEV]
    assert len(set(ids)) == len(ids)
    assert all(int(hashlib.sha256(i.encode()).hexdigest()[:8], 16) % 100 >= 35 for i in ids)


def _figures(
    worst_new: float, restatement_new: float = 0.02, worst_restatement_new: float = 0.05, balanced: float = 0.75
) -> dict:
    return {
        "worst_new_recall": worst_new,
        "restatement_called_new": restatement_new,
        "worst_restatement_called_new": worst_restatement_new,
        "repeats_id_accuracy": 1.0,
        "worst_repeats_id_accuracy": 1.0,
        "balanced_accuracy": balanced,
    }


def test_a_richer_rule_must_widen_the_slack_to_the_targets_by_more_than_the_tolerance() -> None:
    simple, rich = list(FAMILIES)[0], list(FAMILIES)[-1]
    ceiling = FIT_CEILINGS[1]
    # slack = min(worst new recall - 0.85, 0.10 - worst restatements called new): 0.05 for the simple rule.
    # A better balanced accuracy alone does not earn the richer rule a place.
    close = {(simple, ceiling): _figures(0.90), (rich, ceiling): _figures(0.90 + TOLERANCE / 2, balanced=0.80)}
    assert _choose(close) == (simple, ceiling)
    better = {
        (simple, ceiling): _figures(0.90, worst_restatement_new=0.02),
        (rich, ceiling): _figures(0.90 + 2 * TOLERANCE, worst_restatement_new=0.02),
    }
    assert _choose(better) == (rich, ceiling)


def test_the_choice_keeps_slack_on_both_traded_targets_and_balanced_accuracy_only_breaks_ties() -> None:
    simple = list(FAMILIES)[0]
    low, mid, high = FIT_CEILINGS
    # low misses new recall (slack -0.03); high finds the most new topics but calls 0.09 of restatements new on the
    # worst seed (slack 0.01); mid keeps 0.04 on both sides
    results = {
        (simple, low): _figures(0.82, worst_restatement_new=0.02),
        (simple, mid): _figures(0.89, worst_restatement_new=0.06, balanced=0.70),
        (simple, high): _figures(0.95, worst_restatement_new=0.09),
    }
    assert _choose(results) == (simple, mid)
    # when every choice misses a target, the one that misses by least (-0.01 against -0.05) is the compromise
    missing = {
        (simple, low): _figures(0.80, worst_restatement_new=0.02),
        (simple, high): _figures(0.84, worst_restatement_new=0.09),
    }
    assert _choose(missing) == (simple, high)
    # within the tolerance on slack, the better balanced accuracy wins
    assert _choose({**results, (simple, high): _figures(0.89 + TOLERANCE / 2, worst_restatement_new=0.06, balanced=0.72)}) == (
        simple,
        high,
    )
    # a choice that names restatements wrongly on the worst seed never qualifies; none left: the simplest, lowest
    wrong = dict(_figures(0.95), worst_repeats_id_accuracy=0.85)
    assert _choose({(simple, high): wrong}) == (simple, low)


def test_under_several_taggers_the_choice_is_judged_by_the_worst_tagger_of_each_candidate() -> None:
    simple, rich = list(FAMILIES)[0], list(FAMILIES)[-1]
    ceiling = FIT_CEILINGS[-1]
    # under the deployed tagger the richer rule has more slack (0.05 against 0.03); under another tagger it loses
    # its new topics (worst seed 0.84) while the simple rule keeps 0.88: judged by the worst tagger, the simple wins
    deployed = {(simple, ceiling): _figures(0.88), (rich, ceiling): _figures(0.90, worst_restatement_new=0.04)}
    other = {(simple, ceiling): _figures(0.88, worst_restatement_new=0.06), (rich, ceiling): _figures(0.84)}
    assert _choose(deployed) == (rich, ceiling)
    judged = {key: _worst_of([deployed[key], other[key]]) for key in deployed}
    assert judged[(rich, ceiling)]["worst_new_recall"] == 0.84
    assert judged[(simple, ceiling)]["worst_restatement_called_new"] == 0.06
    assert _choose(judged) == (simple, ceiling)


def test_the_thresholds_find_the_most_new_topics_the_restatement_ceiling_allows() -> None:
    # two restatements (the second one weak), two related asks, two new topics: best candidate score and area score
    relation = np.array(["repeats", "repeats", "related", "related", "new", "new"], dtype=object)
    top = np.array([0.8, 0.3, 0.35, 0.32, 0.31, 0.2])
    area = np.array([0.5, 0.2, 0.32, 0.26, 0.25, 0.1])
    labels, named = Labels(relation, np.ones((6, 1), dtype=bool)), np.ones(6, dtype=bool)
    # keeping the weak restatement out of `new` costs a new topic (called repeats or related)...
    (new_recall, _), _, _ = _thresholds(labels, top, area, named, 0.0)
    assert new_recall == 0.5
    # ...allowing one restatement of two to be called new finds both new topics
    (new_recall, _), repeat, related = _thresholds(labels, top, area, named, 0.5)
    assert new_recall == 1.0 and 0.25 < related <= 0.26 and repeat > 0.35


def test_one_more_new_topic_does_not_buy_away_every_related_ask() -> None:
    # a weak restatement whose area score lies below the last new topic's: calling that topic new too means catching
    # the restatement as `repeats` by a repeat threshold under every related ask, so all three become repeats
    relation = np.array(["repeats", "repeats", "related", "related", "related", "new", "new", "new", "new"], dtype=object)
    top = np.array([0.8, 0.3, 0.35, 0.34, 0.33, 0.2, 0.21, 0.22, 0.25])
    area = np.array([0.5, 0.2, 0.3, 0.29, 0.28, 0.1, 0.12, 0.14, 0.21])
    labels, named = Labels(relation, np.ones((9, 1), dtype=bool)), np.ones(9, dtype=bool)
    (new_recall, balanced), repeat, related = _thresholds(labels, top, area, named, 0.0)
    # within one new record of the best new recall (4 of 4), the better balanced accuracy keeps the related asks
    assert new_recall == 0.75 and repeat > 0.35 and related <= 0.2
    assert balanced == pytest.approx((0.5 + 1.0 + 0.75) / 3)


def test_the_lineage_reads_columns_of_the_public_schemas() -> None:
    assert set(DOCUMENT_COLUMNS) <= set(schemas.DOCUMENTS.names)
    assert set(TAG_FIELDS) <= set(schemas.TAGGED.names)
    with pytest.raises(ValueError, match="not columns of the schema: venue_name"):
        schema_columns(schemas.DOCUMENTS, "doc_id", "venue_name")


def test_a_lettered_sub_item_is_tagged_with_its_lead_in(tmp_path) -> None:
    """The lead-in ("The Conference encourages Member States to:") gives the sub-item its modal and addressee,
    and so the strength change a restatement is scored on, as `recs segment` rows do for `recs assign`."""
    ws = workspace()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = load_classifier(ws / "classifier").model
    nlp, _ = tagger_bridge.load(ws / "tagger")
    text = "Provide temporary residence permits to the family members of victims of trafficking in persons;"
    base = {"text": text, "relation": "repeats", "repeats": ["3"], "strength_change": -1}
    labelled = tmp_path / "lettered.jsonl"
    labelled.write_text(
        "\n".join(
            json.dumps({"id": i, **base, **extra})
            for i, extra in (("bare", {}), ("lettered", {"context": "The Conference encourages Member States to:"}))
        ),
        encoding="utf-8",
    )
    prepared = prepare(labelled, SEED_TEXTS, nlp, model, load_catalogue(ws / "tagged.parquet", ws / "documents.parquet"))
    bare, lettered = prepared.tags
    assert (lettered["modality"], lettered["addressee"]) == ("encouraged", "member_states")
    assert bare["modality"] != "encouraged"


def test_a_merged_ask_is_judged_against_the_recommendation_it_is_named_by(tmp_path) -> None:
    """Either listed recommendation of a merged ask names it right, so its strength change is the one against the
    recommendation named: rec 21 is `should_consider` (3) and rec 25 `encouraged` (2) in the gold seed."""
    ws = workspace()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = load_classifier(ws / "classifier").model
    nlp, _ = tagger_bridge.load(ws / "tagger")
    merged = {"id": "m", "relation": "repeats", "repeats": ["21", "25"], "strength_change": 1}
    text = "States parties should set up specialized prosecution units and assign prosecutors to work with investigators."
    labelled = tmp_path / "merged.jsonl"
    labelled.write_text(json.dumps({**merged, "text": text}), encoding="utf-8")
    prepared = prepare(labelled, SEED_TEXTS, nlp, model, load_catalogue(ws / "tagged.parquet", ws / "documents.parquet"))
    (record,) = prepared.records
    first, second = record.repeats
    assert record.changes_by_repeat == (1, 2)

    def strength_right(named: str, change: int) -> float | None:
        return score(prepared.records, [Prediction("repeats", named, change)])["strength_change_accuracy"]

    assert strength_right(second, 2) == strength_right(first, 1) == 1.0
    assert strength_right(second, 1) == strength_right(first, 2) == 0.0


def test_cross_validation_keeps_a_source_on_one_side_of_every_fold() -> None:
    records = [
        LabelledRecord(r["id"], r["text"], r["relation"], (), None, group=source_group(r["id"], r["source"], r["constructed"]))
        for r in DEV
    ]
    groups = np.array([record.group for record in records])
    assert len(set(groups[[not r["constructed"] for r in DEV]])) >= 5  # real paragraphs: one group per body
    assert source_group("lin-151", "Committee on the Rights of the Child, CRC/C/NGA/CO/3-4, para. 87", False) == (
        source_group("lin-170", "Committee on the Rights of the Child, CRC/C/MDA/CO/3, para. 12", False)
    )
    folds = grouped_folds(records, 5, 42)
    assert sorted(np.concatenate([test for _, test in folds]).tolist()) == list(range(len(records)))
    for fitting, held_out in folds:
        assert not set(groups[fitting]) & set(groups[held_out])
        assert {records[i].relation for i in held_out} == {"repeats", "related", "new"}
    assert [test.tolist() for _, test in folds] == [test.tolist() for _, test in grouped_folds(records, 5, 42)]


def test_a_reference_retagged_by_another_tagger_keeps_its_columns_types() -> None:
    from pipeline.modeling.lineage_evaluation import _replace_rows

    reference = pd.DataFrame(
        {
            "rec_id": ["a", "b", "c"],
            "modality_strength": np.array([4, 2, 3], dtype="int8"),
            "themes": [["victim_identification"], ["non_punishment"], []],
        }
    )
    retagged = pd.DataFrame({"modality_strength": [3, 1], "themes": [["non_punishment"], ["training"]]}, index=[1, 2])
    out = _replace_rows(reference, retagged)
    assert out["modality_strength"].dtype == np.dtype("int8") and list(out["modality_strength"]) == [4, 3, 1]
    assert list(out["themes"]) == [["victim_identification"], ["non_punishment"], ["training"]]
    assert list(reference["modality_strength"]) == [4, 2, 3]  # the reference itself is left as it was
