"""Saving and loading the trained classifier with a manifest that proves the files are the ones trained.

``models/classifier/`` holds ``model.json`` (settings, vocabularies, classes, reference ids), the
``.npy`` arrays it names (idf weights, regression coefficients, reference vectors), ``labels.json``
(cluster id -> label), ``lineage.json`` (the calibrated lineage decision, when there is one) and
``manifest.json`` (format, sha256 of each file, library versions, training
data hash, params). Nothing is unpickled, so loading runs no code and does not depend on the
scikit-learn version; loading refuses a missing, changed or truncated file, and the pickled models of
earlier releases with a message naming the command that rebuilds them.
"""

from __future__ import annotations

import json
import platform
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from pipeline.arrays import read_json_file
from pipeline.errors import RecsError
from pipeline.integrity import check_files, file_hashes
from pipeline.modeling.assigner import MODEL_JSON, Assigner
from pipeline.modeling.lineage_decision import CONFIG_FILE as DECISION_FILE
from pipeline.modeling.lineage_decision import DecisionConfig

FORMAT = "recs-classifier/2"
OLD_FORMATS = ("recs-classifier/1",)
LABELS_FILE = "labels.json"
MANIFEST_FILE = "manifest.json"
LIBRARIES = ("scikit-learn", "numpy", "scipy", "pandas", "spacy")
RETRAIN = "retrain with `recs train` (or `dvc repro`)"


@dataclass
class LoadedClassifier:
    """A verified classifier with what the manifest says about it."""

    model: Assigner
    labels: dict[str, str]
    manifest: dict[str, Any]
    decision: DecisionConfig  # the uncalibrated default when training had no lineage dev set


def library_versions() -> dict[str, str]:
    """Versions the model was trained under, recorded for provenance (the saved format does not depend on them)."""
    versions = {"python": platform.python_version()}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def save_classifier(
    model: Any,
    labels: dict[str, str],
    model_dir: str | Path,
    training_data_hash: str,
    params: dict[str, Any],
    decision: DecisionConfig | None = None,
) -> Path:
    """Write the arrays, labels and manifest of a fitted ``ClusterClassifier``, each atomically.

    The manifest comes last, so it vouches only for complete files; files of an earlier training that
    the new model does not use (another feature set, an older format) are removed before it.
    """
    from pipeline.atomic import write_json  # writing only: loading a model should not import pyarrow

    model_dir = Path(model_dir)
    files = [*model.assigner_.to_disk(model_dir), LABELS_FILE]
    write_json(model_dir / LABELS_FILE, dict(sorted(labels.items())))
    if decision is not None:
        files.append(decision.save(model_dir).name)
    for stale in model_dir.iterdir():
        if stale.is_file() and stale.name not in files and stale.name != MANIFEST_FILE:
            stale.unlink()
    manifest = {
        "format": FORMAT,
        "files": file_hashes(model_dir, files),
        "versions": library_versions(),
        "training_data_hash": training_data_hash,
        "params": params,
    }
    write_json(model_dir / MANIFEST_FILE, manifest)
    return model_dir / MANIFEST_FILE


def _read_manifest(model_dir: Path) -> dict[str, Any]:
    path = model_dir / MANIFEST_FILE
    if not path.exists():
        raise RecsError(f"no trained classifier here (missing {MANIFEST_FILE}); run `recs train` first", model_dir)
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise RecsError(f"the manifest is not valid JSON (changed or truncated); {RETRAIN}", path) from None
    if isinstance(manifest, dict) and manifest.get("format") in OLD_FORMATS:
        raise RecsError(
            f"saved by an earlier release as a pickle ({manifest['format']}), which this version does not load; {RETRAIN}",
            model_dir,
        )
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT or not isinstance(manifest.get("files"), dict):
        raise RecsError(f"not a {FORMAT} manifest; {RETRAIN}", path)
    return manifest


def verify_files(model_dir: str | Path) -> dict[str, Any]:
    """Check every file the model needs (and every file the manifest lists) against its sha256; return the manifest."""
    model_dir = Path(model_dir)
    manifest = _read_manifest(model_dir)
    check_files(model_dir, manifest["files"], (MODEL_JSON, LABELS_FILE), RETRAIN)
    description = read_json_file(model_dir / MODEL_JSON)
    check_files(model_dir, manifest["files"], {*Assigner.array_files(description), *manifest["files"]}, RETRAIN)
    return manifest


def load_classifier(model_dir: str | Path) -> LoadedClassifier:
    """Verify, then rebuild the assigner from JSON and arrays. Raises RecsError on any mismatch."""
    model_dir = Path(model_dir)
    if not model_dir.is_dir():
        raise RecsError("no trained classifier found; run `recs train` first", model_dir)
    manifest = verify_files(model_dir)
    try:
        model = Assigner.from_disk(model_dir, read_json_file(model_dir / MODEL_JSON))
    except (KeyError, TypeError, ValueError) as error:  # hashes match, but the content is not what this version writes
        raise RecsError(
            f"cannot rebuild the model ({type(error).__name__}: {error}); {RETRAIN}", model_dir / MODEL_JSON
        ) from None
    labels = read_json_file(model_dir / LABELS_FILE)
    decision = DecisionConfig.load(model_dir) if DECISION_FILE in manifest["files"] else DecisionConfig()
    return LoadedClassifier(model=model, labels=labels, manifest=manifest, decision=decision)
