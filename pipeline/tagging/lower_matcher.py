"""A token-pattern matcher for the one pattern shape the rule-only modality cues use.

The cue patterns are spaCy ``Matcher`` patterns restricted to lower-case word sets and
whitespace, with ``?`` and ``*`` operators ("should [also] consider", "are [strongly]
encouraged to"). spaCy's ``Matcher`` evaluates every pattern's set predicates in Python
at every token, which made it the largest single cost of rule-only tagging (~0.2 ms a
recommendation, more than tokenizing). This matcher reads each token's lower-case hash
once (``Doc.to_array``) and tries a pattern only where its first word occurs, giving the
same matches (every (label, start, end) the ``Matcher`` finds) an order of magnitude faster.
It accepts the same pattern dicts and refuses any feature it does not implement.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.attrs import IS_SPACE, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc

from pipeline.tagging.errors import Errors

OPS = {None: "one", "?": "optional", "*": "any"}


@dataclass(frozen=True)
class Step:
    """One pattern token: a set of lower-case hashes, or any whitespace token; and how often it may occur."""

    words: frozenset[int]
    space: bool
    op: str

    def accepts(self, lower: int, is_space: bool) -> bool:
        return is_space if self.space else lower in self.words


def _step(token: dict[str, Any]) -> Step:
    """A Step from a spaCy token pattern dict ({"LOWER": "to"}, {"LOWER": {"IN": [...]}, "OP": "*"}, {"IS_SPACE": True})."""
    op = token.get("OP")
    attributes = set(token) - {"OP"}
    if op not in OPS or attributes not in ({"LOWER"}, {"IS_SPACE"}) or token.get("IS_SPACE", True) is not True:
        raise ValueError(Errors.E013.format(pattern=token))
    if "IS_SPACE" in token:
        return Step(frozenset(), True, OPS[op])
    value = token["LOWER"]
    words = value["IN"] if isinstance(value, dict) and set(value) == {"IN"} else [value] if isinstance(value, str) else None
    if words is None:
        raise ValueError(Errors.E013.format(pattern=token))
    return Step(frozenset(get_string_id(word) for word in words), False, OPS[op])


class LowerPatternMatcher:
    """Finds every match of lower-case token patterns in a token range of a doc."""

    def __init__(self) -> None:
        # first word -> (label, steps, the word sets of the steps after the first when every step is one plain word
        # token, else None): most cue patterns are fixed word sequences, matched by one loop, not the generic walk
        self._by_first_word: dict[int, list[tuple[str, tuple[Step, ...], tuple[frozenset[int], ...] | None]]] = {}

    def add(self, label: str, patterns: list[list[dict[str, Any]]]) -> None:
        """Add patterns under ``label``; each must start with a required word token."""
        for pattern in patterns:
            steps = tuple(_step(token) for token in pattern)
            if not steps or steps[0].op != "one" or steps[0].space:
                raise ValueError(Errors.E013.format(pattern=pattern[:1]))
            fixed = all(step.op == "one" and not step.space for step in steps)
            following = tuple(step.words for step in steps[1:]) if fixed else None
            for word in steps[0].words:
                self._by_first_word.setdefault(word, []).append((label, steps, following))

    @staticmethod
    def token_table(doc: Doc) -> tuple[list[int], list[bool]]:
        """Each token's lower-case hash and whether it is whitespace, read once for all patterns."""
        if not len(doc):
            return [], []
        rows = doc.to_array([LOWER, IS_SPACE]).tolist()
        return [row[0] for row in rows], [bool(row[1]) for row in rows]

    def __call__(self, table: tuple[list[int], list[bool]], start: int, end: int) -> list[tuple[str, int, int]]:
        """Every distinct (label, start, end) match inside tokens ``start:end``, in order of start."""
        lowers, spaces = table
        found: dict[tuple[str, int, int], None] = {}
        by_first_word = self._by_first_word
        for position in range(start, end):
            if lowers[position] not in by_first_word:
                continue
            for label, steps, following in by_first_word[lowers[position]]:
                if following is not None:
                    stop = position + 1 + len(following)
                    if stop <= end and all(lower in words for lower, words in zip(lowers[position + 1 : stop], following)):
                        found[(label, position, stop)] = None
                    continue
                stops: list[int] = []
                self._ends(steps, 1, position + 1, end, lowers, spaces, stops)
                for stop in stops:
                    found[(label, position, stop)] = None
        return list(found)

    def _ends(
        self,
        steps: tuple[Step, ...],
        index: int,
        position: int,
        end: int,
        lowers: list[int],
        spaces: list[bool],
        stops: list[int],
    ) -> None:
        """Append to ``stops`` every token offset where ``steps[index:]`` can finish when started at ``position``
        (a plain recursion: nested generators cost more than the walk)."""
        if index == len(steps):
            stops.append(position)
            return
        step = steps[index]
        if step.op != "one":
            self._ends(steps, index + 1, position, end, lowers, spaces, stops)
        if position < end and step.accepts(lowers[position], spaces[position]):
            next_index = index if step.op == "any" else index + 1
            self._ends(steps, next_index, position + 1, end, lowers, spaces, stops)
