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
    data = yaml.load(resource.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    if not isinstance(data, dict) or not isinstance(data.get("version"), str):
        raise RecsError("vocabulary file must be a mapping with a 'version' string", path=str(resource))
    return data


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
