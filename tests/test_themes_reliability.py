"""Cue reliability: each cue's hand weight pulled toward how often it was right in the training gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.training import Example

from pipeline.errors import RecsError
from pipeline.tagging.gold import load_gold, select_split
from pipeline.tagging.gold_examples import theme_examples
from pipeline.tagging.themes import all_sub_themes
from pipeline.tagging.themes.reliability import CueReliability

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold"
# Wording of other sessions, not the seed's: each has one strong cue of mutual_legal_assistance.
MLA_TEXTS = [
    "States parties should make use of mutual legal assistance in cases involving trafficking in persons.",
    "Member States are invited to review their treaties on mutual legal assistance with neighbouring countries.",
    "Requests for mutual legal assistance should be answered without undue delay.",
]
MLA_NEW = "The Conference recommends wider use of mutual legal assistance in smuggling cases."


def _trained_on(texts: list[str], themes: list[str], prior: float = 10.0) -> spacy.Language:
    """A blank pipeline whose themes component learnt from these texts, each with the same gold themes."""
    nlp = spacy.blank("en")
    nlp.add_pipe("recs_themes", config={"cue_prior": prior})
    labels = all_sub_themes()
    examples = []
    for text in texts:
        reference = nlp.make_doc(text)
        reference.cats = {label: float(label in themes) for label in labels}
        examples.append(Example(nlp.make_doc(text), reference))
    nlp.initialize(lambda: examples)
    return nlp


def test_a_cue_the_gold_always_contradicts_no_longer_assigns():
    hand = spacy.blank("en")
    hand.add_pipe("recs_themes")
    assert hand(MLA_NEW)._.themes == ["mutual_legal_assistance"]
    # the gold calls these records international cooperation, never mutual legal assistance
    contradicted = _trained_on(MLA_TEXTS * 4, ["international_cooperation"])
    # weight (0 hits + 10 * 0.8) / (12 records + 10) = 0.36 < 0.7
    assert contradicted(MLA_NEW)._.theme_scores["mutual_legal_assistance"] == pytest.approx(8 / 22, abs=1e-4)
    assert "mutual_legal_assistance" not in contradicted(MLA_NEW)._.themes


def test_a_cue_the_gold_confirms_gains_weight_and_a_large_prior_keeps_the_hand_weight():
    confirmed = _trained_on(MLA_TEXTS * 4, ["mutual_legal_assistance"])
    assert confirmed(MLA_NEW)._.theme_scores["mutual_legal_assistance"] > 0.8
    assert "mutual_legal_assistance" in confirmed(MLA_NEW)._.themes
    stubborn = _trained_on(MLA_TEXTS * 4, ["international_cooperation"], prior=1e9)
    assert stubborn.get_pipe("recs_themes").model_labels == []  # one label everywhere: nothing for the model
    assert stubborn(MLA_NEW)._.theme_scores["mutual_legal_assistance"] == pytest.approx(0.8, abs=1e-4)


def test_counts_once_per_record_and_leaves_unseen_cues_alone():
    reliability = CueReliability.fit(
        2.0,
        [
            ([("a", "a|cues|0"), ("a", "a|cues|0"), ("b", "b|weak|1")], {"a"}),
            ([("a", "a|cues|0")], {"b"}),
        ],
    )
    assert reliability.counts == {"a|cues|0": [2, 1], "b|weak|1": [1, 0]}
    assert reliability.adjust(["a|cues|0", "b|weak|1", "c|cues|0"], [0.8, 0.3, 0.8]) == pytest.approx(
        [(1 + 1.6) / 4, (0 + 0.6) / 3, 0.8]
    )
    assert CueReliability.from_json(json.loads(json.dumps(reliability.to_json()))) == reliability
    assert CueReliability.from_json({"format": "something else"}) is None


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    nlp = spacy.blank("en")
    nlp.add_pipe("recs_themes")
    records = select_split(load_gold(GOLD / "seed.jsonl") + load_gold(GOLD / "constructed.jsonl"), "train")
    nlp.initialize(lambda: theme_examples(nlp, records))
    path = tmp_path_factory.mktemp("themes") / "nlp"
    nlp.to_disk(path)
    return nlp, path


def test_saved_counts_are_json_and_reload_to_the_same_scores(saved):
    nlp, path = saved
    saved_counts = json.loads((path / "recs_themes" / "cue_reliability.json").read_text(encoding="utf-8"))
    assert saved_counts["counts"] and all(n >= hits >= 0 for n, hits in saved_counts["counts"].values())
    loaded = spacy.load(path)
    texts = [*MLA_TEXTS, MLA_NEW]
    assert [d._.theme_scores for d in nlp.pipe(texts)] == [d._.theme_scores for d in loaded.pipe(texts)]


def test_a_tagger_saved_before_the_counts_keeps_the_hand_weights_and_a_lost_file_is_refused(saved, tmp_path):
    _, path = saved
    component = path / "recs_themes"
    meta = json.loads((component / "meta.json").read_text(encoding="utf-8"))
    older = spacy.blank("en").add_pipe("recs_themes")
    older_meta = {key: value for key, value in meta.items() if key != "reliability"}
    copy = tmp_path / "recs_themes"
    copy.mkdir()
    for item in component.iterdir():
        if item.name != "cue_reliability.json":
            (copy / item.name).write_bytes(item.read_bytes())
    (copy / "meta.json").write_text(json.dumps(older_meta), encoding="utf-8")
    assert older.from_disk(copy).reliability is None
    (copy / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(RecsError, match="cue_reliability.json"):
        older.from_disk(copy)
