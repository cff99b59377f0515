"""Actors, review of session 17: the round-42 `bare_bodies` settings come from actors.yaml and are checked on load.

The title window (how many tokens before a bare name are searched for an instrument's title word) was a constant in
actors.py; it is `bare_bodies.title_window` now. A `bare_bodies` name that is no `asked_names` name is never read (only
an asked name's match reaches the bare-name reading), so the vocabulary is refused with E016 instead of tagging nothing.
"""

from __future__ import annotations

import copy

import pytest
import spacy

from pipeline.tagging.actors import ActorTagger

# "MINDFUL of the Treaty establishing ECOWAS" (actors.yaml, bare_bodies.titles): "Treaty" is 2 tokens before the name
TITLED = "The Treaty establishing ECOWAS entered into force."


def _tagger(**bare: object) -> ActorTagger:
    """A rule-only actor tagger whose `bare_bodies` settings are the packaged ones updated with ``bare``."""
    tagger = ActorTagger(spacy.blank("en"))
    data = copy.deepcopy(tagger.data)
    data["bare_bodies"].update(bare)
    tagger._compile(data)
    return tagger


def _labels(tagger: ActorTagger, text: str) -> set[str]:
    doc = tagger(tagger.nlp(text))
    return {span.label_ for span in doc.spans["actors"]}


def test_the_packaged_title_window_keeps_a_treatys_closing_name_no_actor():
    assert _labels(_tagger(), TITLED) == set()


def test_the_title_window_is_read_from_the_vocabulary():
    # near miss of the case above: with no window the title word is not looked for, and "ECOWAS entered" acts
    assert _labels(_tagger(title_window=0), TITLED) == {"regional_orgs"}
    assert _labels(_tagger(title_window=2), TITLED) == set()


def test_a_bare_name_that_no_asked_name_matches_is_refused():
    with pytest.raises(ValueError, match=r"\[E016\].*'Pacific Islands Forum'"):
        _tagger(names=["EU", "Pacific Islands Forum"])


def test_bare_names_among_the_asked_names_are_accepted():
    assert _tagger(names=["EU", "AU"]).bare_names == {"EU", "AU"}
