"""`recs where`: tell the user where the pipeline's outputs are."""

from __future__ import annotations

import typer

from pipeline.commands import paths

OUTPUTS = [
    ("report", paths.REPORT),
    ("tagged (displaCy page)", paths.TAGGED_HTML),
    ("documents", paths.DOCUMENTS),
    ("recommendations", paths.RECOMMENDATIONS),
    ("tagged recommendations", paths.TAGGED),
    ("tag spans and offsets", paths.TAGGED_JSONL),
    ("clusters", paths.CLUSTERS),
    ("reference lineage", paths.LINEAGE),
    ("assigned (recs assign)", paths.ASSIGNED),
    ("tagger config", paths.TAGGER_CONFIG),
    ("tagger model", paths.TAGGER),
    ("cluster model", paths.CLUSTER_MODEL),
    ("classifier model", paths.CLASSIFIER),
    ("tagging metrics", paths.TAGGING_METRICS),
    ("tagging details", paths.TAGGING_DETAILS),
    ("classifier metrics", paths.TRAIN_METRICS),
    ("lineage metrics", paths.LINEAGE_METRICS),
    ("plots (dvc plots show)", paths.PLOTS),
]


def command() -> None:
    """Print where the report and tables of the last run are (and which are missing)."""
    for label, path in OUTPUTS:
        status = str(path.resolve()) if path.exists() else f"{path} (not built yet)"
        typer.echo(f"{label:<24} {status}")
