"""Where the pipeline's files live unless a command is told otherwise: one place for the layout dvc.yaml also uses."""

from __future__ import annotations

from pathlib import Path

RAW = Path("data/raw")
PROCESSED = Path("data/processed")
DOCUMENTS = Path("data/processed/documents.parquet")
RECOMMENDATIONS = Path("data/processed/recommendations.parquet")
TAGGED = Path("data/processed/tagged.parquet")
TAGGED_JSONL = Path("data/processed/tagged.jsonl")
CLUSTERS = Path("data/processed/clusters.parquet")
LINEAGE = Path("data/processed/lineage.parquet")
ASSIGNED = Path("data/processed/assigned.parquet")

TAGGER_CONFIG = Path("configs/tagger.cfg")
TAGGER = Path("models/tagger")
CLUSTER_MODEL = Path("models/clusters.json")
CLASSIFIER = Path("models/classifier")
CLUSTER_NAMES = Path("clusters.yaml")

TAGGING_METRICS = Path("metrics/tagging.json")
TAGGING_DETAILS = Path("metrics/tagging_details.json")  # `recs evaluate` writes it beside --out
TRAIN_METRICS = Path("metrics/train.json")
LINEAGE_METRICS = Path("metrics/lineage.json")
PLOTS = Path("plots")
METRICS = Path("metrics")
REPORT = Path("reports/index.html")
TAGGED_HTML = Path("reports/tagged.html")

GOLD_DIR = Path("data/gold")
SEED_TEXTS = Path("data/gold/seed.jsonl")
LINEAGE_DEV = Path("data/lineage/dev.jsonl")
NOVELTY_DATA = Path("data/novelty/out_of_scope.jsonl")
LABEL_STUDIO_TASKS = Path("annotation/tasks.json")
