"""Helpers shared by the rule components: number inflection of vocabulary entries and
token patterns that tolerate line breaks inside a phrase.

Vocabulary files list one form per phrase; these helpers expand them, so the data stays
short and the matching stays robust to the layouts real reports use.
"""

from __future__ import annotations

from typing import Any

# A phrase may be cut by a line break or doubled spaces: spaCy makes those whitespace tokens.
OPTIONAL_SPACE: dict[str, Any] = {"IS_SPACE": True, "OP": "*"}
_PREPOSITIONS = {"of", "on", "for", "in", "against", "to", "with", "from"}
_IRREGULAR_PLURALS = {"child": "children", "person": "persons", "woman": "women", "man": "men"}
_IRREGULAR_SINGULARS = {plural: singular for singular, plural in _IRREGULAR_PLURALS.items()}


def plural(word: str) -> str:
    """English plural of a regular noun (enough for vocabulary heads)."""
    lower = word.lower()
    if lower in _IRREGULAR_PLURALS:
        return word[: len(word) - len(lower)] + _IRREGULAR_PLURALS[lower]
    if lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        return word[:-1] + "ies"
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def singular(word: str) -> str:
    """English singular of a regular plural noun; other words come back unchanged."""
    lower = word.lower()
    if lower in _IRREGULAR_SINGULARS:
        return _IRREGULAR_SINGULARS[lower]
    if lower.endswith("ies") and len(lower) > 3:
        return word[:-3] + "y"
    if lower.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


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
