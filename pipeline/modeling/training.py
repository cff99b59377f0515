"""Train orchestration: join tags with clusters, compare feature sets, choose the novelty threshold, fit the final model."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score

from pipeline.atomic import atomic_path
from pipeline.errors import RecsError
from pipeline.modeling.classifier import ClusterClassifier
from pipeline.modeling.cross_validation import CrossValidation, balanced_accuracy, choose_threshold, cross_validate
from pipeline.modeling.features import TAG_LIST_COLUMNS, as_frame
from pipeline.modeling.hashing import frame_hash
from pipeline.spreadsheet import csv_cell

TRAINING_COLUMNS = ("rec_id", "text", "modality", *TAG_LIST_COLUMNS, "cluster_id")


@dataclass
class TrainResult:
    model: ClusterClassifier
    labels: dict[str, str]
    metrics: dict[str, Any]
    confusion: list[dict[str, str]]
    data_hash: str


def join_clusters(tagged: pd.DataFrame, clusters: pd.DataFrame) -> pd.DataFrame:
    """Tagged rows with their cluster id, sorted by rec_id; every tagged row must have a cluster."""
    joined = as_frame(tagged).merge(clusters[["rec_id", "cluster_id", "cluster_label"]], on="rec_id", how="left")
    missing = joined["cluster_id"].isna().sum()
    if missing:
        raise RecsError(f"{missing} tagged recommendations have no cluster; rerun `recs cluster` on the same tagged table")
    return joined.sort_values("rec_id", kind="stable").reset_index(drop=True)


def _novelty_auc(in_scope: np.ndarray, out_of_scope: np.ndarray) -> float:
    labels = np.r_[np.ones(len(in_scope)), np.zeros(len(out_of_scope))]
    return round(float(roc_auc_score(labels, np.r_[in_scope, out_of_scope])), 6)


def train(
    tagged: pd.DataFrame,
    clusters: pd.DataFrame,
    *,
    feature_set: str,
    C: float,
    novelty_threshold: str | float,
    out_of_scope: pd.DataFrame | None,
    compare: list[str],
    seed: int,
) -> TrainResult:
    """Cross-validate every feature set in ``compare`` (and ``feature_set``), then fit ``feature_set`` on everything.

    ``novelty_threshold="auto"`` picks the support threshold that best separates the held-out reference
    recommendations (cross-validation) from ``out_of_scope`` (tagged out-of-scope texts).
    """
    frame = join_clusters(tagged, clusters)
    y = frame["cluster_id"].to_numpy(dtype=object)
    if novelty_threshold == "auto" and (out_of_scope is None or out_of_scope.empty):
        raise RecsError("--novelty-threshold auto needs out-of-scope texts (--novelty-data)")
    metrics: dict[str, Any] = {
        "n_recommendations": len(frame),
        "n_clusters": len(set(y)),
        "features": feature_set,
        "C": C,
        "seed": seed,
    }
    results: dict[str, CrossValidation] = {}
    out_scores: dict[str, np.ndarray] = {}
    for name in dict.fromkeys([*compare, feature_set]):
        estimator = ClusterClassifier(feature_set=name, C=C, random_state=seed)
        result = cross_validate(estimator, frame, y, seed)
        for key, value in result.metrics().items():
            metrics[f"compare_{name}_{key}"] = value
        if out_of_scope is not None and not out_of_scope.empty:
            out_scores[name] = estimator.fit(frame, y).support_score(out_of_scope)
            metrics[f"compare_{name}_novelty_auc"] = _novelty_auc(result.support, out_scores[name])
        results[name] = result
    chosen = results[feature_set]
    metrics.update(chosen.metrics())
    if novelty_threshold == "auto":
        threshold, _ = choose_threshold(chosen.support, out_scores[feature_set])
    else:
        threshold = float(novelty_threshold)
    metrics["novelty_threshold"] = threshold
    metrics["novelty_threshold_source"] = "auto" if novelty_threshold == "auto" else "param"
    metrics["novel_rate_held_out_reference"] = round(float(np.mean(chosen.support < threshold)), 6)
    if feature_set in out_scores:
        metrics["novel_rate_out_of_scope"] = round(float(np.mean(out_scores[feature_set] < threshold)), 6)
        metrics["novelty_balanced_accuracy"] = round(balanced_accuracy(chosen.support, out_scores[feature_set], threshold), 6)
    model = ClusterClassifier(feature_set=feature_set, C=C, novelty_threshold=threshold, random_state=seed).fit(frame, y)
    labels = dict(sorted(zip(frame["cluster_id"], frame["cluster_label"])))
    confusion = [{"actual": a, "predicted": p} for a, p in zip(chosen.actual, chosen.predicted)]
    return TrainResult(
        model=model, labels=labels, metrics=metrics, confusion=confusion, data_hash=frame_hash(frame, TRAINING_COLUMNS)
    )


def read_out_of_scope(path: str | Path) -> list[dict[str, Any]]:
    """Held-back out-of-scope texts (JSON Lines with ``id`` and ``text``) as rows ready for the tagger."""
    path = Path(path)
    if not path.is_file():
        raise RecsError("out-of-scope texts not found (needed by --novelty-threshold auto)", path)
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise RecsError(f"line {number} is not valid JSON ({error.msg})", path) from None
        if not isinstance(record, dict) or not str(record.get("text") or "").strip() or not record.get("id"):
            raise RecsError(f"line {number} needs a non-empty 'id' and 'text'", path)
        rows.append({"rec_id": str(record["id"]), "text": str(record["text"])})
    if not rows:
        raise RecsError("holds no texts", path)
    return rows


def write_confusion(path: Path, confusion: list[dict[str, str]]) -> Path:
    """The cross-validated (actual, predicted) pairs as the CSV `dvc plots` draws; cells that open like a formula are defused."""
    with atomic_path(path) as tmp:
        table = pd.DataFrame(confusion, columns=["actual", "predicted"]).map(csv_cell)
        table.to_csv(tmp, index=False, lineterminator="\n")
    return path
