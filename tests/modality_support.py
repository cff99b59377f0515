"""Shared checks of the modality and actor round tests (``test_modality_round*.py``, ``test_actors_round*.py``).

Every round tags real text (its source beside it) in both ways the tagger is built and asserts who is asked and how
firmly, or which actors are named; these helpers are that one way, so a round file holds its cases and their reasons,
not another copy of the checks.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from tests.tag_support import MODES, in_both_modes, tag_in_mode, tagged_row

__all__ = ["actor_ids", "assert_request", "assert_row_actors", "assert_row_request", "both_modes", "in_both_modes"]

# A test of one case, run in each mode (``in_both_modes`` parametrizes over cases as well).
both_modes = pytest.mark.parametrize("mode", MODES)


def actor_ids(doc: Doc) -> set[str]:
    """The actor ids the tagger found in ``doc``."""
    return {span.label_ for span in doc.spans["actors"]}


def assert_request(mode: str, text: str, expected: tuple[str, str]) -> None:
    """``text`` alone, through the four tagging components in ``mode``, asks ``expected``: its (modality, addressee)."""
    doc = tag_in_mode(mode, text)
    found = (doc._.modality, doc._.addressee)
    assert found == expected, f"{mode}: {found} for {text[:60]!r}"


def assert_row_request(mode: str, text: str, expected: tuple[str, str | None], context: str | None = None) -> None:
    """``text`` under its lead-in ``context``, through the whole tagger as ``recs tag`` runs it in ``mode``, asks
    ``expected``: the (modality, addressee) of its table row. An expected addressee None is not checked: the one
    asked is outside the actor list."""
    row, _ = tagged_row(mode, text, context)
    found = (row["modality"], row["addressee"] if expected[1] is not None else None)
    assert found == expected, f"{mode}: {found} for {text[:60]!r}"


def assert_row_actors(mode: str, text: str, present: set[str], absent: set[str], context: str | None = None) -> None:
    """``text`` under its lead-in ``context``, through the whole tagger in ``mode``: its row names every actor of
    ``present`` and none of ``absent``."""
    actors = set(tagged_row(mode, text, context)[0]["actors"])
    assert present <= actors, f"{mode}: {sorted(present - actors)} missing from {text[:60]!r}"
    assert not absent & actors, f"{mode}: {sorted(absent & actors)} named in {text[:60]!r}"
