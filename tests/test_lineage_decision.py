"""The lineage decision as a pure function, its calibration's determinism, and the report's word diff."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.modeling.lineage_catalogue import readable_reference
from pipeline.modeling.lineage_decision import DecisionConfig, decide
from pipeline.modeling.lineage_evidence import Evidence
from pipeline.report.lineage_view import word_diff

RULE = DecisionConfig(repeat_threshold=0.5, related_threshold=0.3)


def evidence(similarity: list[list[float]], session: list[list[int]], word_area: list[float] | None = None) -> Evidence:
    sims = np.array(similarity)
    zeros = np.zeros_like(sims)
    ids = np.array([[f"s{s}-{j}" for j, s in enumerate(row)] for row in session], dtype=object)
    words = np.zeros(len(sims)) if word_area is None else np.array(word_area)
    return Evidence(ids, sims, zeros, zeros, zeros, np.array(session), words)


def test_the_latest_session_that_asked_it_is_named_and_older_ones_listed() -> None:
    # one text restating an ask of sessions 0 and 2 (session 0 is closer), and a weaker candidate of session 1
    decision = decide(evidence([[0.9, 0.7, 0.4]], [[0, 2, 1]]), RULE)
    assert decision.relation[0] == "repeats"
    assert decision.best[0] == 1  # session 2's restatement, though session 0's is more similar
    assert decision.also[0].tolist() == [True, False, False]


def test_only_one_candidate_per_older_session_is_listed() -> None:
    decision = decide(evidence([[0.9, 0.8, 0.6]], [[0, 0, 1]]), RULE)
    assert decision.best[0] == 2 and decision.also[0].tolist() == [True, False, False]


@pytest.mark.parametrize(
    ("similarity", "relation"),
    [([0.55, 0.2, 0.1], "repeats"), ([0.45, 0.3, 0.25], "related"), ([0.45, 0.2, 0.1], "new"), ([0.25, 0.24, 0.23], "new")],
)
def test_related_needs_an_area_not_one_close_text(similarity: list[float], relation: str) -> None:
    assert decide(evidence([similarity], [[0, 0, 0]]), RULE).relation[0] == relation


def test_no_earlier_session_means_new() -> None:
    empty = Evidence(*(np.empty((2, 0), dtype=dtype) for dtype in (object, float, float, float, float, np.int64)), np.zeros(2))
    assert decide(empty, RULE).relation.tolist() == ["new", "new"]


def test_the_word_view_area_moves_only_the_related_or_new_step() -> None:
    # same classifier-space evidence; the text whose words its nearest earlier texts share is in their area
    rule = DecisionConfig(repeat_threshold=0.5, related_threshold=0.45, area_words_weight=0.5)
    decision = decide(evidence([[0.35, 0.3, 0.25], [0.35, 0.3, 0.25], [0.6, 0.2, 0.1]], [[0, 0, 0]] * 3, [0.6, 0.1, 0.0]), rule)
    assert decision.relation.tolist() == ["related", "new", "repeats"]


def test_the_nearest_texts_theme_overlap_moves_only_the_related_or_new_step() -> None:
    # same similarities; the text sharing the nearest earlier text's themes is in its area, the other is a new topic
    sims = np.array([[0.35, 0.3, 0.25]] * 2 + [[0.6, 0.2, 0.1]])
    themes = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 1.0], [0.0, 0.0, 0.0]])
    ids = np.array([[f"s0-{j}" for j in range(3)]] * 3, dtype=object)
    zeros = np.zeros_like(sims)
    found = Evidence(ids, sims, zeros, zeros, themes, np.zeros((3, 3), dtype=np.int64), np.zeros(3))
    rule = DecisionConfig(repeat_threshold=0.5, related_threshold=0.4, area_nearest_theme_weight=0.15)
    assert decide(found, rule).relation.tolist() == ["related", "new", "repeats"]


def test_the_saved_decision_round_trips_as_json(tmp_path) -> None:
    config = DecisionConfig(0.1, 0.0, 0.2, 0.55, 0.1, 0.31, 0.5, 0.15, calibrated=True, evidence={"family": "all"})
    path = config.save(tmp_path)
    assert path.read_text(encoding="utf-8").startswith("{") and DecisionConfig.load(tmp_path) == config
    assert DecisionConfig.load(tmp_path / "none") == DecisionConfig()


def test_readable_reference_shortens_the_body_and_falls_back_to_the_symbol() -> None:
    assert (
        readable_reference("Working Group on Trafficking in Persons", "2020-09-11", "10")
        == "WG on Trafficking in Persons, 2020-09-11, Recommendation 10"
    )
    assert (
        readable_reference(None, "2022-07-20", "2", "CTOC/COP/WG.4/2022/4")
        == "CTOC/COP/WG.4/2022/4, 2022-07-20, Recommendation 2"
    )


def test_word_diff_keeps_both_texts_and_marks_only_what_differs() -> None:
    before = "States parties should consider providing for the availability of temporary residence permits for family members."
    after = "States parties should provide temporary residence permits to the family members of victims."
    left, right = word_diff(before, after)
    assert " ".join(s.text for s in left) == before and " ".join(s.text for s in right) == after
    assert {"consider providing for the availability of"} <= {s.text for s in left if s.changed}
    assert all(not s.changed for s in left if s.text.startswith("States parties should"))
