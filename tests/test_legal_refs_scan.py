"""The word-boundary and first-character lookahead that speeds the legal-reference scans (issue 13 point 4) turns no match away:
each pattern it opens finds what the same pattern without it finds, on every gold text and on every
instrument alias of the vocabulary."""

from __future__ import annotations

import json
import re
from pathlib import Path

from pipeline.tagging.legal_refs import _starts
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
