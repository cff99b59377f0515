"""The one module of English inflection, and the modal cues that now take their irregular forms,
be-forms, particles and adverbs from ``modals.yaml`` instead of code."""

from __future__ import annotations

import pytest

from pipeline.tagging.inflection import past, plural, present_participle, singular, strip_s, word_forms
from pipeline.tagging.lexicon import load_lexicon
from pipeline.tagging.patterns import number_variants
from pipeline.tagging.themes import inflections
from tests.tag_support import rule_components, tag


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("party", "parties"),
        ("witness", "witnesses"),
        ("child", "children"),
        ("woman", "women"),
        ("day", "days"),
    ],
)
def test_plural_and_singular_undo_each_other(word, expected):
    assert plural(word) == expected
    assert singular(expected) == word


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        ("urge", "urged"),
        ("call", "called"),
        ("notify", "notified"),
        ("stress", "stressed"),
        ("play", "played"),
    ],
)
def test_regular_past(verb, expected):
    assert past(verb) == expected


def test_irregular_past_comes_from_the_vocabulary():
    irregular = load_lexicon("modals")["irregular_participles"]
    assert past("bind") == "binded"  # the regular rule alone is wrong here ...
    assert past("bind", irregular) == "bound"  # ... which is why the vocabulary lists it


def test_third_person_back_to_the_base_form():
    assert [strip_s(word) for word in ("urges", "stresses", "calls", "authorizes", "applies")] == [
        "urge",
        "stress",
        "call",
        "authorize",
        "apply",
    ]


def test_word_forms_cover_verb_and_noun_endings():
    assert present_participle("provide") == "providing"
    assert {"plans", "planned", "planning"} <= set(word_forms("plan"))
    assert {"organised", "organizing", "organises"} <= set(word_forms("organize"))
    assert "bussed" not in word_forms("bus")  # only consonant-vowel-consonant endings double
    assert inflections("the") == ["the"]  # theme cues leave function words alone
    assert number_variants("victim of trafficking") == ["victim of trafficking", "victims of trafficking"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("States parties are called upon to adopt national action plans.", "should"),
        ("States are bound to protect victims of trafficking.", "mandatory"),
        ("Member States were also further invited to share data.", "encouraged"),
    ],
)
def test_rule_mode_passive_cues_from_the_vocabulary(text, value):
    """Without a parse, "be" + adverbs + participle (+ particle) + "to" is the cue; all four come from modals.yaml."""
    assert tag(rule_components(), text)._.modality == value
