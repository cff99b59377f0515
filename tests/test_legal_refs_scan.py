"""The word-boundary and first-character lookahead that speeds the legal-reference scans (issue 13 point 4) turns no match away:
each pattern it opens finds what the same pattern without it finds, on every gold text and on every
instrument alias of the vocabulary."""

from __future__ import annotations

import json
import re
from pathlib import Path

from pipeline.tagging.legal_refs import _alternation, _phrase, _starts
from tests.tag_support import rule_components

GOLD = Path(__file__).resolve().parent.parent / "data" / "gold"


def _scans(pattern: re.Pattern[str], texts: list[str]) -> list[list[tuple[tuple[int, int], dict]]]:
    return [[(match.span(), match.groupdict()) for match in pattern.finditer(text)] for text in texts]


def test_lookahead_keeps_every_match():
    component = rule_components().get_pipe("recs_legal_refs")
    texts = [json.loads(line)["text"] for path in sorted(GOLD.glob("*.jsonl")) for line in path.open(encoding="utf-8")]
    texts += [f"States should implement the {alias}, as ({alias.upper()})." for alias in component.alias_to_instrument_phrases()]
    patterns = [
        component.instrument_re,
        component.domestic_re,
        *(pattern for _, _, pattern, _ in component.simple_res),
        *(pattern for _, pattern, _ in component.pair_res),
    ]
    found = 0
    for pattern in patterns:
        lookahead, rest = pattern.pattern.split("]))", 1)
        assert lookahead.startswith(r"\b(?=(?i:[")  # the word boundary first, then the first characters
        with_lookahead = _scans(pattern, texts)
        assert with_lookahead == _scans(re.compile(rest), texts)
        found += sum(map(len, with_lookahead))
    assert found > len(component.alias_to_instrument_phrases())  # every alias sentence holds a match, gold texts more


def test_lookahead_admits_either_case_of_each_first_character():
    lookahead = re.compile(_starts(["Mérida Convention", "palermo", "  UNTOC"]))
    assert [bool(lookahead.match(word)) for word in ("mÉrida", "MÉRIDA", "Palermo", "untoc", "the", "Ériger")] == [
        True,
        True,
        True,
        True,
        False,
        False,
    ]


def test_gate_words_are_found_as_a_substring_scan_finds_them():
    """The per-token memo of gate words (``_GateWords``) answers what scanning the case-folded text for each word
    answers, on every gold text and on words glued to punctuation or inside longer words ("(conventions),")."""
    gates = rule_components().get_pipe("recs_legal_refs").gates
    texts = [json.loads(line)["text"] for path in sorted(GOLD.glob("*.jsonl")) for line in path.open(encoding="utf-8")]
    texts += ["Its (conventions), Article 5 and LAWS", "para.3 of resolution\n74/176", ""]
    seen = set()
    for text in texts:
        present = gates.present(text)
        assert present == {word for word in gates.words if word in text.casefold()}
        seen |= present
    assert {"article", "law", "laws", "resolution", "para."} <= seen


def _longest_first(phrases: list[str], case_sensitive: bool) -> str:
    """The plain alternation the trie replaced: every phrase in full, the longest first."""
    ordered = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    return "|".join(_phrase(phrase, case_sensitive) for phrase in ordered)


def test_trie_alternation_finds_what_the_longest_first_alternation_finds():
    """On the vocabulary's own phrase lists (instrument aliases, every list of the domestic-law frames) and on phrases
    that begin one another ("law", "laws", "law of"), in gold texts and in sentences holding each phrase in other cases
    and across a line break."""
    component = rule_components().get_pipe("recs_legal_refs")
    frames = component.data["domestic_law"]
    vocabularies = [list(component.alias_to_instrument_phrases())]
    vocabularies += [value for value in frames.values() if isinstance(value, list) and all(isinstance(v, str) for v in value)]
    vocabularies.append(["law", "laws", "law of", "Law of the Sea", "in accordance with", "in accordance", "in"])
    texts = [json.loads(line)["text"] for path in sorted(GOLD.glob("*.jsonl")) for line in path.open(encoding="utf-8")]
    for phrases in vocabularies:
        sentences = [f"It acts under {p}, {p.upper()}, {p.replace(' ', chr(10), 1)} and {p}s." for p in phrases]
        for case_sensitive in (False, True):
            trie = re.compile(rf"\b(?:{_alternation(phrases, case_sensitive)})")
            plain = re.compile(rf"\b(?:{_longest_first(phrases, case_sensitive)})")
            assert _scans(trie, texts + sentences) == _scans(plain, texts + sentences)
    assert len(vocabularies) > 5
    assert len(_alternation(vocabularies[0])) < len(_longest_first(vocabularies[0], False)) / 2  # shared beginnings once
