"""The issue's targets for the lineage decision, as floors on the blind part of the lineage set.

The blind records are never read by calibration (``recs train`` reads dev.jsonl only); only
``recs lineage`` scores them here, and the figures are taken as they come.
"""

from __future__ import annotations

import json

import pytest

from tests.modeling_fixtures import LINEAGE_DEV, SEED_TEXTS, run, workspace

BLIND = LINEAGE_DEV.with_name("blind.jsonl")


@pytest.fixture(scope="module")
def metrics(tmp_path_factory: pytest.TempPathFactory) -> dict:
    ws = workspace(judge_under_rule_only=True)  # the lineage choice as dvc's train stage makes it
    out = tmp_path_factory.mktemp("lineage")
    run(
        "lineage",
        "--tagged",
        ws / "tagged.parquet",
        "--documents",
        ws / "documents.parquet",
        "--classifier",
        ws / "classifier",
        "--tagger",
        ws / "tagger",
        "--out",
        out / "lineage.parquet",
        "--metrics",
        out / "lineage.json",
        "--labelled",
        BLIND,
        "--seed-texts",
        SEED_TEXTS,
    )
    return json.loads((out / "lineage.json").read_text(encoding="utf-8"))["blind"]


def test_the_blind_set_is_scored_whole(metrics: dict) -> None:
    lines = [line for line in BLIND.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert metrics["n"] == len(lines) == sum(sum(row.values()) for row in metrics["confusion"].values())


def test_repeats_name_the_right_earlier_recommendation(metrics: dict) -> None:
    # measured 1.000 (40 of 40, 148 blind records) on 2026-11-30, round 10, by the final rebuild (docs/lineage.md);
    # 1.000 (46 of 46 of 133) in round 9, (43 of 43) in round 8, (39 of 39) in round 7, (27 of 27) in round 6
    assert metrics["repeats_id_accuracy"] >= 0.90


def test_new_topics_are_found(metrics: dict) -> None:
    # measured 0.878 (43 of 49, 148 blind records) on 2026-11-30, round 10, by the final rebuild (choice judged under
    # the deployed and the rule-only tagger); 0.900 (36 of 40 of 133) in round 9; 0.949 (37 of 39) in round 8 (slack objective), 0.846 in round 7 (new recall first: missed), 0.972 (35 of 36 of 96) in session 6
    assert metrics["new_recall"] >= 0.85


def test_few_restatements_are_called_new(metrics: dict) -> None:
    # measured 0.069 (4 of 58) in round 10, 0.070 (4 of 57) in round 9, 0.083 (4 of 48) in round 8, 0.0625 (3 of 48) in round 7; 0.0625 (2 of 32) in round 6
    assert metrics["restatement_called_new"] <= 0.10


def test_strength_change_is_right_for_found_repeats(metrics: dict) -> None:
    # measured 0.975 (39 of 40 restatements found with the right earlier recommendation) in round 10 by the final
    # rebuild; 0.978 (45 of 46) in round 9, a merged ask judged against the recommendation named (round 9); 0.930 (40 of 43) in round 8, 0.923
    # (36 of 39) in round 7, 0.926 (25 of 27) in session 6: missed until round 9; on dev, held out, 0.989 (round 10)
    assert metrics["strength_change_accuracy"] >= 0.95
