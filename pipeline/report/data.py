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
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.errors import RecsError

DOCUMENT_COLUMNS = ["doc_id", "source", "format", "body", "symbol", "date", "venue", "title", "pages"]
RECOMMENDATION_COLUMNS = ["rec_id", "doc_id", "number", "section", "text"]
TAGGED_COLUMNS = [
    "rec_id", "doc_id", "number", "text", "modality", "modality_strength", "negated",
    "addressee", "actors", "legal_refs", "themes", "theme_groups",
]
CLUSTER_COLUMNS = ["rec_id", "number", "doc_id", "cluster_id", "cluster_label"]
ASSIGNED_COLUMNS = [
    "id", "source", "number", "text", "relation", "repeats_id", "repeats_ref", "also_repeats", "earlier_modality",
    "strength_change", "addressee_change", "refs_added", "refs_dropped", "modality", "actors", "themes",
    "cluster_id", "cluster_label", "probability", "novel", "similar_ids", "similar_refs", "similar_scores",
]


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


def read_table(path: Path, columns: list[str]) -> pd.DataFrame | None:
    """Read ``columns`` of a Parquet table, or ``None`` if the file does not exist."""
    if not path.exists():
        return None
    try:
        schema = pq.read_schema(path)
    except (pa.ArrowException, OSError) as error:
        raise RecsError(f"not a readable Parquet table ({error})", path) from None
    missing = [name for name in columns if name not in schema.names]
    if missing:
        raise RecsError(f"missing column(s) {', '.join(missing)}; rebuild it with the matching `recs` stage", path)
    try:
        return pq.read_table(path, columns=columns).to_pandas()
    except (pa.ArrowException, OSError) as error:
        raise RecsError(f"not a readable Parquet table ({error})", path) from None


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
        "recommendations": (processed / "recommendations.parquet", RECOMMENDATION_COLUMNS),
        "tagged": (processed / "tagged.parquet", TAGGED_COLUMNS),
        "clusters": (processed / "clusters.parquet", CLUSTER_COLUMNS),
    }
    if assigned is not None:
        paths["assigned"] = (assigned, ASSIGNED_COLUMNS)
    inputs = ReportInputs(metrics=read_metrics(metrics_dir))
    for name, (path, columns) in paths.items():
        setattr(inputs, name, read_table(path, columns))
        inputs.sources[name] = str(path)
    return inputs
