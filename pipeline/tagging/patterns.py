"""Helpers shared by the rule components: number variants of vocabulary entries (with the rules of
:mod:`pipeline.tagging.inflection`) and token patterns that tolerate line breaks inside a phrase.

Vocabulary files list one form per phrase; these helpers expand them, so the data stays
short and the matching stays robust to the layouts real reports use.
"""

from __future__ import annotations

from typing import Any

from pipeline.tagging.inflection import plural, singular

# A phrase may be cut by a line break or doubled spaces: spaCy makes those whitespace tokens.
OPTIONAL_SPACE: dict[str, Any] = {"IS_SPACE": True, "OP": "*"}
_PREPOSITIONS = {"of", "on", "for", "in", "against", "to", "with", "from"}


def number_variants(phrase: str) -> list[str]:
    """The phrase with its head noun in singular and plural.

    The head is the last word before the first preposition ("victims of trafficking"),
    else the last word. Acronyms (all capitals) are left alone.
    """
    words = phrase.split()
    head = next((i - 1 for i, word in enumerate(words) if i > 0 and word in _PREPOSITIONS), len(words) - 1)
    if words[head].isupper() or not words[head].isalpha():
        return [phrase]
    variants = []
    for form in (singular(words[head]), plural(singular(words[head]))):
        variants.append(" ".join(words[:head] + [form] + words[head + 1 :]))
    return list(dict.fromkeys([phrase, *variants]))


def token_pattern(words: list[str], attr: str) -> list[dict[str, Any]]:
    """A Matcher pattern matching ``words`` on ``attr`` with any whitespace tokens between them."""
    pattern: list[dict[str, Any]] = []
    for index, word in enumerate(words):
        if index:
            pattern.append(OPTIONAL_SPACE)
        pattern.append({attr: word.lower() if attr == "LOWER" else word})
    return pattern
