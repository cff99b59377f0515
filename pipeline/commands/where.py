"""`recs where`: tell the user where the pipeline's outputs are."""

from __future__ import annotations

from pathlib import Path

import typer

OUTPUTS = [
    ("report", "reports/index.html"),
    ("tagged (displaCy page)", "reports/tagged.html"),
    ("documents", "data/processed/documents.parquet"),
    ("recommendations", "data/processed/recommendations.parquet"),
    ("tagged recommendations", "data/processed/tagged.parquet"),
    ("tag spans and offsets", "data/processed/tagged.jsonl"),
    ("clusters", "data/processed/clusters.parquet"),
    ("reference lineage", "data/processed/lineage.parquet"),
    ("assigned (recs assign)", "data/processed/assigned.parquet"),
    ("tagger config", "configs/tagger.cfg"),
    ("tagger model", "models/tagger"),
    ("cluster model", "models/clusters.json"),
    ("classifier model", "models/classifier"),
    ("tagging metrics", "metrics/tagging.json"),
    ("tagging details", "metrics/tagging_details.json"),
    ("classifier metrics", "metrics/train.json"),
    ("lineage metrics", "metrics/lineage.json"),
    ("plots (dvc plots show)", "plots"),
]


def command() -> None:
    """Print where the report and tables of the last run are (and which are missing)."""
    for label, relative in OUTPUTS:
        path = Path(relative)
        status = str(path.resolve()) if path.exists() else f"{relative} (not built yet)"
        typer.echo(f"{label:<24} {status}")
