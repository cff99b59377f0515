"""The train stage as ``recs train`` and ``dvc repro`` run it: tables and texts in, classifier folder, metrics and confusion out.

The tagger is loaded only when something must be tagged (the out-of-scope texts of
``novelty_threshold="auto"``, the labelled lineage set), and its warnings go to ``warn``
as they happen, so the command line shows them before the long cross-validation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
from spacy.language import Language

from pipeline.atomic import write_json
from pipeline.modeling import tagger_bridge
from pipeline.modeling.features import as_frame
from pipeline.modeling.hashing import tagged_hash
from pipeline.modeling.lineage_evaluation import calibrate_on
from pipeline.modeling.manifest import save_classifier
from pipeline.modeling.training import read_out_of_scope, train, write_confusion
from pipeline.tables import read_clusters, read_tagged


@dataclass(frozen=True)
class TrainOutputs:
    """What the stage wrote, and what the command line reports of it."""

    metrics: dict[str, Any]
    confusion: Path
    lineage_note: str


def run_train_stage(
    tagged: Path,
    clusters: Path,
    model_dir: Path,
    metrics: Path,
    plots_dir: Path,
    *,
    feature_set: str,
    compare: list[str],
    C: float,
    novelty_threshold: str | float,
    novelty_data: Path,
    tagger: Path,
    seed: int,
    lineage_dev: Path,
    seed_texts: Path,
    warn: Callable[[str], None],
    lineage_taggers: Sequence[Path] = (),
) -> TrainOutputs:
    """Fit, cross-validate and save the classifier (with its calibrated lineage decision when ``lineage_dev`` exists)."""
    reference = read_tagged(tagged)
    cluster_table = read_clusters(clusters)
    out_of_scope = None
    nlp = None
    if novelty_threshold == "auto" or lineage_dev.is_file():
        nlp = _loaded(tagger, warn)
        if novelty_threshold == "auto":
            texts = read_out_of_scope(novelty_data)
            out_of_scope = as_frame(pd.DataFrame(list(tagger_bridge.tag(nlp, texts))))
    result = train(
        reference,
        cluster_table,
        feature_set=feature_set,
        C=C,
        novelty_threshold=novelty_threshold,
        out_of_scope=out_of_scope,
        compare=compare,
        seed=seed,
    )
    params = {
        "features": feature_set,
        "C": C,
        "novelty_threshold": result.metrics["novelty_threshold"],
        "novelty_threshold_param": novelty_threshold,
        "seed": seed,
        "compare": compare,
        "reference_hash": tagged_hash(reference),
    }
    decision = None
    lineage_note = f"lineage decision: not calibrated ({lineage_dev} absent)"
    if nlp is not None and lineage_dev.is_file():
        others = [(str(path), _loaded(path, warn)) for path in lineage_taggers]
        decision = calibrate_on(lineage_dev, seed_texts, nlp, result.model.assigner_, reference, seed, others)
        lineage_note = f"lineage decision ({decision.evidence['family']}, chosen by cross-validation on {lineage_dev})"
    save_classifier(result.model, result.labels, model_dir, result.data_hash, params, decision)
    write_json(metrics, result.metrics)
    confusion = write_confusion(plots_dir / "confusion.csv", result.confusion)
    return TrainOutputs(metrics=result.metrics, confusion=confusion, lineage_note=lineage_note)


def _loaded(path: Path, warn: Callable[[str], None]) -> Language:
    """A saved tagger, its load warnings passed on to the user (the command prints them)."""
    nlp, warnings = tagger_bridge.load(path)
    for warning in warnings:
        warn(warning)
    return nlp
