"""`recs where`: tell the user where the pipeline's outputs are."""

from __future__ import annotations

from pathlib import Path

import typer

OUTPUTS = [
    ("report", "reports/index.html"),
    ("documents", "data/processed/documents.parquet"),
    ("recommendations", "data/processed/recommendations.parquet"),
    ("tagged recommendations", "data/processed/tagged.parquet"),
    ("clusters", "data/processed/clusters.parquet"),
    ("tagging metrics", "metrics/tagging.json"),
    ("classifier metrics", "metrics/train.json"),
]


def command() -> None:
    """Print where the report and tables of the last run are (and which are missing)."""
    for label, relative in OUTPUTS:
        path = Path(relative)
        status = str(path.resolve()) if path.exists() else f"{relative} (not built yet)"
        typer.echo(f"{label:<24} {status}")
