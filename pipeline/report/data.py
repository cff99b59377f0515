"""Load the pipeline's tables and metrics for the report, tolerating the ones not built yet.

The report is often run before every stage exists (or on a partial corpus), so a
missing table is ``None`` and its section says "not built yet"; a table that
exists but is unreadable or lacks a contract column is a user error naming the file.
Only the columns the report shows are read, so the clean document texts stay on disk.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline import schemas, tables
from pipeline.errors import RecsError

# The documents' contract columns (schemas.py) but their clean text, which stays on disk; other tables are read whole.
DOCUMENT_COLUMNS = [name for name in schemas.DOCUMENTS.names if name != "text"]


@dataclass
class ReportInputs:
    """Everything the report shows; ``None`` means "not built yet"."""

    documents: pd.DataFrame | None = None
    recommendations: pd.DataFrame | None = None
    tagged: pd.DataFrame | None = None
    clusters: pd.DataFrame | None = None
    assigned: pd.DataFrame | None = None
    metrics: dict[str, dict[str, Any]] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)


def read_table(path: Path, kind: str, columns: list[str]) -> pd.DataFrame | None:
    """Read ``columns`` of a checked Parquet table (:func:`pipeline.tables.read_table`), or ``None`` if it does not exist."""
    if not path.exists():
        return None
    return tables.read_table(path, kind, columns, "rebuild it with the matching `recs` stage", only=True, allow_empty=True)


def read_metrics(metrics_dir: Path) -> dict[str, dict[str, Any]]:
    """Parse every ``*.json`` in the metrics folder, keyed by file stem, in name order."""
    if not metrics_dir.is_dir():
        return {}
    metrics: dict[str, dict[str, Any]] = {}
    for path in sorted(metrics_dir.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise RecsError(f"not valid JSON ({error})", path) from None
        if not isinstance(data, dict):
            raise RecsError("metrics file must hold a JSON object", path)
        metrics[path.stem] = data
    return metrics


def load_inputs(processed: Path, metrics_dir: Path, assigned: Path | None) -> ReportInputs:
    """Load the processed tables, the metrics and (optionally) the new session's assignments."""
    paths = {
        "documents": (processed / "documents.parquet", DOCUMENT_COLUMNS),
        "recommendations": (processed / "recommendations.parquet", schemas.RECOMMENDATIONS.names),
        "tagged": (processed / "tagged.parquet", schemas.TAGGED.names),
        "clusters": (processed / "clusters.parquet", schemas.CLUSTERS.names),
    }
    if assigned is not None:
        paths["assigned"] = (assigned, schemas.ASSIGNED.names)
    inputs = ReportInputs(metrics=read_metrics(metrics_dir))
    for name, (path, columns) in paths.items():
        setattr(inputs, name, read_table(path, f"{name} table", columns))
        inputs.sources[name] = str(path)
    return inputs
