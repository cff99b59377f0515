"""Where a theme cue sits in the parse (themes/position.py) and the vocabulary that drives it, on real text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.tokens import Doc

from pipeline.tagging.lexicon import load_lexicon
from pipeline.tagging.themes.cues import inflections, uninflected_words
from pipeline.tagging.themes.position import IncidentalPositions
from tests.tag_support import assembled, base, rule_only_assembled, tag

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold"
# PACE Recommendation 1325 (1997), para. 6.1 (gold real-b-pace-1997-r1325-6-1): the visas and work permits
# are what the consulate staff handle, not what the recommendation asks for (awareness raising).
PACE_1325_6_1 = (
    "introduce special measures to increase awareness of this problem among the general public, and, particularly "
    "target groups of traffickers’ potential victims, through, for example, information provided by the staff of "
    "consulates and embassies dealing with requests for visas and work permits;"
)
# CRC/C/MDA/CO/3 (2009), para. 69 (b) (gold real-b-crc-2009-mda-69b): "to protect" is the aim of the measures.
CRC_MDA_69_B = (
    "Strengthen measures to protect children who are victims of sexual exploitation, including trafficking and "
    "prostitution, and bring perpetrators of sexual abuse and exploitation to justice;"
)
EVERY_POSITION = IncidentalPositions(frozenset({"relcl", "acl", "nsubj"}), (("including",), ("such", "as")))


def oracle(positions: IncidentalPositions, doc: Doc, start: int, end: int) -> bool:
    """The rule stated plainly on spaCy tokens: any arc from the span's root up to the sentence root."""
    token = doc[start:end].root
    while True:
        if token.dep_ in positions.dependencies and not any(child.tag_ == "TO" for child in token.children):
            return True
        if token.dep_ == "prep" and any(
            token.i + 1 >= len(words) and [t.lower_ for t in doc[token.i + 1 - len(words) : token.i + 1]] == list(words)
            for words in positions.list_openers
        ):
            return True
        if token.head.i == token.i:
            return False
        token = token.head


def _word_index(doc: Doc, word: str) -> int:
    return next(token.i for token in doc if token.text == word)


def test_fast_walk_equals_the_token_walk_on_real_gold_text():
    texts = [json.loads(line)["text"] for line in (GOLD / "real_dev.jsonl").read_text(encoding="utf-8").splitlines()[:40]]
    nlp = base()
    checked = 0
    for doc in nlp.pipe(texts):
        test = EVERY_POSITION.incidental_roots(doc)
        assert test is not None
        for start in range(len(doc)):
            for end in range(start + 1, min(start + 4, len(doc) + 1)):
                assert test(start, end) == oracle(EVERY_POSITION, doc, start, end), (doc.text, start, end)
                checked += 1
    assert checked > 3000


def test_describing_clause_is_incidental_but_an_infinitive_aim_is_not():
    nlp = base()
    pace = nlp(PACE_1325_6_1)
    describing = IncidentalPositions(frozenset({"acl"}), ())
    test = describing.incidental_roots(pace)
    assert test is not None
    permits = _word_index(pace, "permits")
    assert test(permits - 1, permits + 1)  # "work permits", under "provided by the staff ... dealing with"
    assert not test(_word_index(pace, "awareness"), _word_index(pace, "awareness") + 1)
    crc = nlp(CRC_MDA_69_B)
    test = describing.incidental_roots(crc)
    assert test is not None
    assert not test(_word_index(crc, "protect"), _word_index(crc, "protect") + 1)
    assert not test(_word_index(crc, "children"), _word_index(crc, "children") + 1)


def test_without_a_parse_no_cue_is_incidental():
    doc = rule_only_assembled().make_doc(PACE_1325_6_1)
    assert EVERY_POSITION.incidental_roots(doc) is None


def test_shipped_tagger_drops_a_theme_named_only_in_a_describing_clause():
    # parsed: the visas and permits count less and no longer assign residence_status alone
    assert set(tag(assembled(), PACE_1325_6_1)._.themes) == {"awareness_raising"}
    # rule-only mode has no parse: the cue counts in full (the two modes differ on such texts only)
    assert "residence_status" in tag(rule_only_assembled(), PACE_1325_6_1)._.themes


def test_vocabulary_without_positions_has_none():
    assert not IncidentalPositions.from_lexicon({"version": "1.3.0", "groups": {}})
    shipped = IncidentalPositions.from_lexicon(load_lexicon("themes"))
    assert shipped and "acl" in shipped.dependencies


def test_uninflected_words_come_from_the_vocabulary():
    lexicon = load_lexicon("themes")
    assert {"the", "of", "with"} <= uninflected_words(lexicon)
    assert inflections("of") == ["of"]
    # a vocabulary decides: a word it lists keeps its form
    assert inflections("criminalize", frozenset({"criminalize"})) == ["criminalize"]
    assert "criminalized" in inflections("criminalize", frozenset())
    # a cue vocabulary saved before 1.4.0 (no list) falls back on the shipped words, as the code did then
    older = {key: value for key, value in lexicon.items() if key != "uninflected"}
    assert uninflected_words(older) == uninflected_words(lexicon)


@pytest.mark.parametrize("text", [PACE_1325_6_1, CRC_MDA_69_B])
def test_position_rule_keeps_the_cue_spans(text):
    # the rule weighs evidence; the cue spans reported in doc.spans stay those of rule-only mode
    parsed, rule_only = tag(assembled(), text), tag(rule_only_assembled(), text)
    assert [(span.text, span.label_) for span in parsed.spans["theme_cues"]] == [
        (span.text, span.label_) for span in rule_only.spans["theme_cues"]
    ]
