"""Assemble and train the tagger from its config; save and load it.

``configs/tagger.cfg`` declares the whole tagger, spaCy's way: the components sourced from a
trained English base (parse, tags, lemmas), the four ``recs_*`` components with every setting,
the gold reader that trains the theme model, and the callback that copies the base's tokenizer
and vocabulary. :func:`build_tagger` reads it with overrides (``--set section.key=value``,
``params.yaml`` through dvc.yaml), assembles it with ``spacy.util.load_model_from_config`` and
trains it with ``nlp.initialize`` while the sourced components stay frozen (initializing them
would reset the base). Without the base it falls back, with a warning, to a rule-only pipeline:
the sourced components are replaced by a sentencizer on ``spacy.blank("en")``.

A saved tagger is a plain spaCy folder (``spacy.load`` works through the package's entry points)
plus ``recs_manifest.json``, which records the vocabulary versions, base model and mode, and the
sha256 of every saved file (:mod:`pipeline.integrity`), checked before ``spacy.load``.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from thinc.api import Config, ConfigValidationError

import pipeline.tagging.gold_examples  # noqa: F401  (registers the gold reader the config names)
from pipeline.errors import RecsError
from pipeline.integrity import check_files, file_hashes, folder_files
from pipeline.tagging.errors import Errors, Warnings
from pipeline.tagging.lexicon import lexicon_versions
from pipeline.tagging.lexicon_pipe import snapshot_follows

CONFIG = Path(__file__).resolve().parents[2] / "configs" / "tagger.cfg"
MANIFEST = "recs_manifest.json"
MODE_PARSED = "parsed"
MODE_RULES = "rule-only"
REBUILD = "rebuild it with `recs build-tagger` (or `dvc repro`)"


def load_tagger_config(path: str | Path = CONFIG, overrides: Mapping[str, Any] | None = None) -> Config:
    """The tagger config with ``section.key`` overrides applied (not interpolated)."""
    path = Path(path)
    if not path.is_file():
        raise RecsError("tagger config not found", path)
    try:
        return spacy.util.load_config(path, overrides=dict(overrides or {}), interpolate=False)
    except Exception as error:  # thinc raises several types for a bad file or an unknown override
        raise RecsError(f"not a usable tagger config ({_first_problem(error)})", path) from None


def _first_problem(error: Exception) -> str:
    """One line for the user: the first setting a config error names, else its first line."""
    problems = getattr(error, "errors", None)
    if isinstance(error, ConfigValidationError) and problems:
        first = problems[0]
        return f"{'.'.join(map(str, first.get('loc', ())))}: {first.get('msg', '')}"
    lines = [line for line in str(error).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


def parse_overrides(settings: list[str]) -> dict[str, Any]:
    """``section.key=value`` strings as spaCy's CLI reads them: the value as JSON, else as a string."""
    overrides: dict[str, Any] = {}
    for setting in settings:
        key, equals, value = setting.partition("=")
        if not equals or "." not in key:
            raise RecsError(f"--set {setting!r}: expected section.key=value")
        try:
            overrides[key] = json.loads(value)
        except ValueError:
            overrides[key] = value
    return overrides


def build_tagger(
    base_model: str | None = None,
    theme_examples: list | None = None,
    *,
    config: str | Path = CONFIG,
    overrides: Mapping[str, Any] | None = None,
) -> Language:
    """Assemble the tagger from ``config`` and train its theme model.

    ``base_model`` is shorthand for the override ``paths.base_model``. ``theme_examples``
    (spaCy ``Example``s, :func:`pipeline.tagging.gold_examples.theme_examples`) replace the
    config's gold reader; without either, the theme model stays cue-only.
    """
    overrides = dict(overrides or {})
    if base_model is not None:
        overrides["paths.base_model"] = base_model
    loaded = load_tagger_config(config, overrides)
    base = loaded["paths"].get("base_model")
    mode = MODE_PARSED if _installed(base) else MODE_RULES
    if mode == MODE_RULES:
        warnings.warn(Warnings.W001.format(model=base), stacklevel=2)
        loaded = _rule_only(loaded)
    try:
        nlp = spacy.util.load_model_from_config(loaded, auto_fill=True, validate=True)
    except ConfigValidationError as error:
        raise RecsError(f"not a usable tagger config ({_first_problem(error)})", config) from None
    examples = theme_examples if theme_examples is not None else _read_corpus(loaded, nlp)
    sourced = [name for name, section in loaded["components"].items() if "source" in section]
    with nlp.select_pipes(disable=sourced):
        nlp.initialize((lambda: examples) if examples else None)
    nlp.meta["recs"] = {
        "mode": mode,
        "base_model": base if mode == MODE_PARSED else None,
        "base_version": _version(base) if mode == MODE_PARSED else None,
    }
    return nlp


def _installed(base: str | None) -> bool:
    """Whether the base pipeline can be sourced: an installed package or a pipeline folder."""
    return base is not None and base != "" and (spacy.util.is_package(base) or (Path(base) / "config.cfg").is_file())


def _version(base: str) -> str | None:
    path = Path(base) if (Path(base) / "config.cfg").is_file() else spacy.util.get_package_path(base)
    return spacy.util.get_model_meta(path).get("version")


def _rule_only(config: Config) -> Config:
    """The config without the base: its sourced components become one sentencizer, nothing is copied from it."""
    config = config.copy()
    sourced = [name for name, section in config["components"].items() if "source" in section]
    for name in sourced:
        del config["components"][name]
    config["components"]["sentencizer"] = {"factory": "sentencizer"}
    config["nlp"]["pipeline"] = ["sentencizer", *(name for name in config["nlp"]["pipeline"] if name not in sourced)]
    config["initialize"]["before_init"] = None
    return config


def _read_corpus(config: Config, nlp: Language) -> list:
    """The examples of the config's ``[corpora.train]`` reader (``paths.gold_train``); none without one."""
    train = config.interpolate().get("corpora", {}).get("train")
    return list(spacy.util.registry.resolve({"train": train})["train"](nlp)) if train else []


def tagger_mode(nlp: Language) -> str:
    """ "parsed" when the pipeline has a dependency parser, else "rule-only"."""
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
        "lexicon_versions": lexicon_versions(),
    }


def save_tagger(nlp: Language, path: str | Path) -> Path:
    """Save with ``nlp.to_disk`` into a temporary folder beside ``path``, then swap it in.

    The manifest is written last and records the hash of every other file.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        nlp.to_disk(tmp)
        recorded = {**manifest(nlp), "files": file_hashes(tmp, folder_files(tmp, exclude=[MANIFEST]))}
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
        with snapshot_follows():
            return spacy.load(path)
    except Exception as error:  # spaCy raises many types for a damaged folder
        raise RecsError(
            Errors.E005.format(error=str(error).splitlines()[0] if str(error) else type(error).__name__), path=path
        ) from error


def provenance(path: Path) -> dict[str, Any]:
    """The saved tagger's manifest (vocabulary versions, base model, mode), if it has one; metrics record it.

    The integrity hashes are left out: they are not provenance, and a pickled model's bytes may vary.
    """
    manifest_path = path / MANIFEST
    if not manifest_path.is_file():
        return {}
    recorded = json.loads(manifest_path.read_text(encoding="utf-8"))
    recorded.pop("files", None)
    return recorded


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
    check_files(path, recorded, {*recorded, *folder_files(path, exclude=[MANIFEST])}, REBUILD)
