"""``extensions.value_key`` reads and writes the same ``doc.user_data`` entries as ``doc._`` / ``span._``.

The tagger's components and row building skip the accessor objects for speed and use our own keys; the extensions
are registered with a getter and a setter over those keys, so both ways must agree: these tests fail if they drift.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from pipeline.tagging.extensions import DOC_ATTRIBUTES, DOC_KEYS, SPAN_ATTRIBUTES, register_extensions, value_key
from pipeline.tagging.themes.component import THEMES_KEY
from pipeline.tagging.themes.component import register_extensions as register_theme_extensions


def _doc() -> Doc:
    register_extensions()
    register_theme_extensions()
    return spacy.blank("en")("The Committee recommends that the State party ratify the Protocol.")


def test_span_values_written_through_the_key_are_read_by_span_underscore_and_back() -> None:
    doc = _doc()
    party = doc[5:7]  # "State party"
    doc.user_data[value_key("actor_role", party.start_char, party.end_char)] = "state"
    assert party._.actor_role == "state"
    assert Span(doc, 5, 7)._.actor_role == "state"  # the key is the offsets, as for spaCy's own accessor
    committee = doc[1:2]
    committee._.modal = {"value": "should"}
    assert doc.user_data[value_key("modal", committee.start_char, committee.end_char)] == {"value": "should"}
    assert doc.user_data.get(value_key("modal", party.start_char, party.end_char)) is None


def test_doc_values_written_through_the_key_are_read_by_doc_underscore_and_back() -> None:
    doc = _doc()
    doc.user_data[DOC_KEYS["modality"]] = "should"
    doc.user_data[THEMES_KEY] = ["ratification"]
    assert doc._.modality == "should" and doc._.themes == ["ratification"]
    doc._.addressee = "state_party"
    assert doc.user_data[DOC_KEYS["addressee"]] == "state_party"
    assert doc.user_data.get(DOC_KEYS["legal_refs"]) is None and doc._.legal_refs is None


def test_every_attribute_is_a_getter_and_setter_over_its_own_key() -> None:
    """No default and no method: ``doc._`` answers from ``value_key`` alone (a missing key reads as None), and the
    values live under this package's namespace, not spaCy's internal key layout."""
    _doc()
    for name in [*DOC_ATTRIBUTES, "themes", "theme_groups", "theme_scores", "theme_sources"]:
        default, method, getter, setter = Doc.get_extension(name)
        assert default is None and method is None and getter is not None and setter is not None, name
        assert DOC_KEYS[name][0] == "recs"
    for name in SPAN_ATTRIBUTES:
        default, method, getter, setter = Span.get_extension(name)
        assert default is None and method is None and getter is not None and setter is not None, name
