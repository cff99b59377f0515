"""The analyst's cluster file (``clusters.yaml``): renames and merges that every later run respects.

Format::

    names:            # cluster id -> label shown instead of the automatic one
      C03: Victim protection
    merge:            # each list becomes one cluster that keeps the first id
      - [C02, C05]

A missing file means "no changes"; the cluster command never writes it (it is the analyst's input).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from pipeline.errors import RecsError

CLUSTER_ID = re.compile(r"^C\d{2,}$")


@dataclass(frozen=True)
class AnalystEdits:
    """Renames and merges read from the analyst's file."""

    names: dict[str, str] = field(default_factory=dict)
    merge: list[list[str]] = field(default_factory=list)


def _check_id(value: object, path: Path) -> str:
    if not isinstance(value, str) or not CLUSTER_ID.match(value):
        raise RecsError(f"{value!r} is not a cluster id (expected e.g. C03)", path)
    return value


def load_edits(path: str | Path | None) -> AnalystEdits:
    """Read and validate the analyst file; a missing path gives no edits."""
    if path is None or not Path(path).exists():
        return AnalystEdits()
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise RecsError(f"not valid YAML ({str(error).splitlines()[0]})", path) from None
    if not isinstance(data, dict) or set(data) - {"names", "merge"}:
        raise RecsError("expected a mapping with only the keys 'names' and 'merge'", path)
    names = data.get("names") or {}
    merge = data.get("merge") or []
    if not isinstance(names, dict) or not all(isinstance(label, str) and label.strip() for label in names.values()):
        raise RecsError("'names' must map cluster ids to non-empty labels, e.g. C03: Victim protection", path)
    if not isinstance(merge, list) or not all(isinstance(group, list) and len(group) >= 2 for group in merge):
        raise RecsError("'merge' must be a list of id lists with at least two ids each, e.g. [[C02, C05]]", path)
    seen: set[str] = set()
    for group in merge:
        for cluster_id in group:
            if _check_id(cluster_id, path) in seen:
                raise RecsError(f"cluster {cluster_id} appears in more than one merge group", path)
            seen.add(cluster_id)
    return AnalystEdits(
        names={_check_id(cluster_id, path): label.strip() for cluster_id, label in sorted(names.items())},
        merge=[list(group) for group in merge],
    )
