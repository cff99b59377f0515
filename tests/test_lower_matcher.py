"""The rule-mode cue matcher must find exactly what spaCy's ``Matcher`` finds with the same patterns.

``LowerPatternMatcher`` replaced the ``Matcher`` for speed only; these tests hold it to the
``Matcher``'s results on real report text, on every gold recommendation and on generated
token soup dense in cue words, whitespace and punctuation.
"""

from __future__ import annotations

import json

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.matcher import Matcher

import pipeline.tagging.modality  # noqa: F401  (registers recs_modality)
from pipeline.tagging.lower_matcher import LowerPatternMatcher
from tests import real_data

GOLD_FILES = sorted((real_data.ROOT / "data" / "gold").glob("*.jsonl"))


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return spacy.blank("en")


@pytest.fixture(scope="module")
def matchers(nlp):
    """The modality component's cue patterns in spaCy's Matcher and in ours."""
    modality = nlp.add_pipe("recs_modality") if "recs_modality" not in nlp.pipe_names else nlp.get_pipe("recs_modality")
    reference, ours = Matcher(nlp.vocab), LowerPatternMatcher()
    for label, patterns in modality.cue_patterns():
        reference.add(label, patterns)
        ours.add(label, patterns)
    return reference, ours


def _both(nlp, matchers, text: str, start_at: int = 0) -> tuple[set, set]:
    reference, ours = matchers
    doc = nlp.make_doc(text)
    start = min(start_at, len(doc))
    expected = {(nlp.vocab.strings[key], start + s, start + e) for key, s, e in reference(doc[start:])}
    found = set(ours(ours.token_table(doc), start, len(doc)))
    return expected, found


def test_same_matches_on_the_real_reports(nlp, matchers):
    for path in (real_data.SEED_REPORT, real_data.DEV_REPORT):
        paragraphs = [part for part in path.read_text(encoding="utf-8").split("\n\n") if part.strip()]
        assert len(paragraphs) > 10
        found_any = False
        for paragraph in paragraphs:
            expected, found = _both(nlp, matchers, paragraph)
            assert found == expected, paragraph
            found_any |= bool(found)
        assert found_any


def test_same_matches_on_every_gold_recommendation(nlp, matchers):
    texts = [
        json.loads(line)["text"] for path in GOLD_FILES for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    assert len(texts) > 100
    matched = 0
    for text in texts:
        expected, found = _both(nlp, matchers, text)
        assert found == expected, text
        matched += bool(found)
    assert matched > 200, matched  # enough texts with cues for the equality to mean something (imperative bullets have none)


def test_matches_stay_inside_the_given_range(nlp, matchers):
    text = "States should consider it. Parties are strongly encouraged to act, and explore options."
    doc = nlp.make_doc(text)  # are=6 strongly=7 encouraged=8 to=9 act=10 ,=11 and=12 explore=13
    ours = matchers[1]
    table = ours.token_table(doc)
    assert ("aux|should_consider", 1, 3) in ours(table, 0, len(doc))
    assert ("passive|encouraged", 6, 10) in ours(table, 5, len(doc))
    assert ours(table, 7, len(doc)) == [("coordinated|should_consider", 11, 14), ("coordinated|should_consider", 12, 14)]
    assert ours(table, 5, 9) == []  # "are strongly encouraged" without its "to"


CUE_WORDS = [
    "should",
    "shall",
    "must",
    "may",
    "ought",
    "consider",
    "make",
    "every",
    "effort",
    "efforts",
    "strive",
    "seek",
    "also",
    "not",
    "further",
    "are",
    "is",
    "be",
    "encouraged",
    "requested",
    "called",
    "upon",
    "on",
    "to",
    "and",
    ",",
    ".",
    "States",
    "SHOULD",
    "Consider",
    "explore",
    "urged",
    "invited",
    "required",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    words=st.lists(st.sampled_from(CUE_WORDS), min_size=0, max_size=25),
    gaps=st.lists(st.sampled_from([" ", " ", " ", "  ", "\n", " \n "]), min_size=25, max_size=25),
    start_at=st.integers(min_value=0, max_value=5),
)
def test_same_matches_on_cue_soup(nlp, matchers, words, gaps, start_at):
    text = "".join(word + gap for word, gap in zip(words, gaps))
    expected, found = _both(nlp, matchers, text, start_at)
    assert found == expected


@pytest.mark.parametrize(
    "token",
    [
        {"TEXT": "should"},  # an attribute it does not implement
        {"LOWER": {"NOT_IN": ["x"]}},  # a set operator it does not implement
        {"LOWER": "to", "OP": "+"},  # an operator it does not implement
        {"IS_SPACE": False},
    ],
)
def test_refuses_pattern_features_it_does_not_implement(token):
    with pytest.raises(ValueError, match="E013"):
        LowerPatternMatcher().add("x", [[{"LOWER": "a"}, token]])


def test_refuses_a_pattern_that_starts_optional():
    with pytest.raises(ValueError, match="E013"):
        LowerPatternMatcher().add("x", [[{"LOWER": "a", "OP": "?"}, {"LOWER": "b"}]])
