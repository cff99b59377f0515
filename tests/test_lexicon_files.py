"""The shipped vocabularies load, and a word YAML reads as a boolean is refused with the file named.

A bare ``on`` in a YAML word list is YAML 1.1's true: the word silently dropped out of ``modals.yaml``'s
"its call on X to" cue (probe 17) and out of ``themes.yaml``'s uninflected words, so loading now refuses it.
"""

from __future__ import annotations

import pytest

from pipeline.errors import RecsError
from pipeline.tagging.lexicon import lexicon_versions, parse_lexicon


def test_every_shipped_vocabulary_loads_with_its_version() -> None:
    versions = lexicon_versions()
    assert {"actors", "instruments", "modals", "themes"} <= set(versions)
    assert all(version.count(".") == 2 for version in versions.values())


@pytest.mark.parametrize("word", ["on", "off", "yes", "no", "true"])
def test_a_bare_boolean_word_in_a_list_is_refused(word: str) -> None:
    text = f'version: "1.0.0"\nopeners:\n  calls: [upon, {word}]\n'
    with pytest.raises(RecsError, match=r"vocab\.yaml: a word list holds a YAML boolean at openers\.calls"):
        parse_lexicon(text, "vocab.yaml")


def test_quoted_words_and_boolean_settings_load() -> None:
    text = 'version: "1.0.0"\nopeners:\n  calls: [upon, "on"]\ninherit: true\n'
    data = parse_lexicon(text, "vocab.yaml")
    assert data["openers"]["calls"] == ["upon", "on"]
    assert data["inherit"] is True
