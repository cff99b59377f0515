"""Versioned vocabularies (actors, instruments, modal cues, theme cues) shipped as data files.

Labels are closed vocabularies (see TAXONOMY.md): they live in YAML files under
``pipeline/tagging/lexicon/``, each with a ``version`` key, so a run can record
exactly which vocabulary tagged it.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml

from pipeline.errors import RecsError

LEXICON_PACKAGE = "pipeline.tagging.lexicon"
# PyYAML's libyaml parser when the wheel has it (it does on every platform it ships wheels for): the
# vocabularies are read at every start-up, and the pure-Python parser took ~55 ms of it; same result.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def load_lexicon(name: str) -> dict[str, Any]:
    """Load ``lexicon/<name>.yaml``; it must carry a ``version`` string."""
    resource = resources.files(LEXICON_PACKAGE) / f"{name}.yaml"
    if not resource.is_file():
        raise RecsError(f"no vocabulary named {name!r}", path=str(resource))
    return parse_lexicon(resource.read_text(encoding="utf-8"), str(resource))


def parse_lexicon(text: str, path: str) -> dict[str, Any]:
    """A vocabulary's YAML ``text``, checked: a mapping with a ``version`` string whose word lists hold no YAML 1.1
    boolean (a bare ``on``, ``off``, ``yes`` or ``no`` is read as true or false, and the word silently drops out)."""
    data = yaml.load(text, Loader=YAML_LOADER)
    if not isinstance(data, dict) or not isinstance(data.get("version"), str):
        raise RecsError("vocabulary file must be a mapping with a 'version' string", path=path)
    boolean = _boolean_word(data)
    if boolean is not None:
        raise RecsError(f"a word list holds a YAML boolean at {boolean}: quote the word ('on', 'off', 'yes', 'no')", path=path)
    return data


def _boolean_word(node: Any, where: str = "") -> str | None:
    """The key path of the first boolean inside a list of ``node``, or None."""
    if isinstance(node, dict):
        items: Any = ((f"{where}.{key}" if where else str(key), value) for key, value in node.items())
    elif isinstance(node, list):
        if any(isinstance(item, bool) for item in node):
            return where
        items = ((where, item) for item in node)
    else:
        return None
    return next((found for path, value in items if (found := _boolean_word(value, path)) is not None), None)


def lexicon_versions() -> dict[str, str]:
    """The version of every shipped vocabulary, for run manifests."""
    names = sorted(
        entry.name.removesuffix(".yaml") for entry in resources.files(LEXICON_PACKAGE).iterdir() if entry.name.endswith(".yaml")
    )
    return {name: load_lexicon(name)["version"] for name in names}


def modality_order() -> list[str]:
    """Modality values from the strongest to none, as ``modals.yaml`` grades them (charts, tables, notebook)."""
    strengths = load_lexicon("modals")["values"]
    return sorted(strengths, key=lambda value: -strengths[value])
