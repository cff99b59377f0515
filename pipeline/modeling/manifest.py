"""Saving and loading the trained classifier with a manifest that proves the files are the ones trained.

``models/classifier/`` holds ``model.joblib`` (the fitted estimator), ``labels.json`` (cluster id ->
label) and ``manifest.json`` (sha256 of each file, library versions, training data hash, params).
Loading refuses a missing, changed or truncated file; other library versions only warn, because
joblib pickles usually still load but may behave differently.
"""

from __future__ import annotations

import json
import platform
import warnings
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import joblib

from pipeline.atomic import atomic_path, write_json
from pipeline.errors import RecsError
from pipeline.modeling.classifier import ClusterClassifier
from pipeline.modeling.hashing import file_sha256

FORMAT = "recs-classifier/1"
MODEL_FILE = "model.joblib"
LABELS_FILE = "labels.json"
MANIFEST_FILE = "manifest.json"
LIBRARIES = ("scikit-learn", "numpy", "scipy", "pandas", "spacy", "joblib")
RETRAIN = "retrain with `recs train`"


class LibraryVersionWarning(UserWarning):
    """The model was saved under other library versions than the ones running now."""


@dataclass
class LoadedClassifier:
    """A verified classifier with what the manifest says about it."""

    model: ClusterClassifier
    labels: dict[str, str]
    manifest: dict[str, Any]
    version_mismatches: list[str]


def library_versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def save_classifier(model: ClusterClassifier, labels: dict[str, str], model_dir: str | Path,
                    training_data_hash: str, params: dict[str, Any]) -> Path:
    """Write model, labels and manifest (each atomically; the manifest last, so it vouches only for complete files)."""
    model_dir = Path(model_dir)
    model_dir.mkdir(parents=True, exist_ok=True)
    with atomic_path(model_dir / MODEL_FILE) as tmp:
        joblib.dump(model, tmp, compress=3)
    write_json(model_dir / LABELS_FILE, dict(sorted(labels.items())))
    manifest = {
        "format": FORMAT,
        "files": {name: file_sha256(model_dir / name) for name in (MODEL_FILE, LABELS_FILE)},
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
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT or not isinstance(manifest.get("files"), dict):
        raise RecsError(f"not a {FORMAT} manifest; {RETRAIN}", path)
    return manifest


def verify_files(model_dir: str | Path) -> dict[str, Any]:
    """Check every file listed in the manifest against its sha256; return the manifest."""
    model_dir = Path(model_dir)
    manifest = _read_manifest(model_dir)
    for name in (MODEL_FILE, LABELS_FILE):
        expected = manifest["files"].get(name)
        path = model_dir / name
        if expected is None:
            raise RecsError(f"the manifest does not list {name}; {RETRAIN}", model_dir / MANIFEST_FILE)
        if not path.exists():
            raise RecsError(f"file missing from the trained classifier; {RETRAIN}", path)
        if file_sha256(path) != expected:
            raise RecsError(f"sha256 does not match the manifest: the file was changed or truncated after training; {RETRAIN}", path)
    return manifest


def load_classifier(model_dir: str | Path) -> LoadedClassifier:
    """Verify, then load. Raises RecsError on any mismatch; warns (LibraryVersionWarning) on other library versions."""
    model_dir = Path(model_dir)
    if not model_dir.is_dir():
        raise RecsError("no trained classifier found; run `recs train` first", model_dir)
    manifest = verify_files(model_dir)
    running = library_versions()
    mismatches = [
        f"{name} {saved} (saved) vs {running.get(name, 'not installed')} (running)"
        for name, saved in sorted(manifest.get("versions", {}).items())
        if running.get(name) != saved
    ]
    if mismatches:
        warnings.warn(f"{model_dir}: model saved under other library versions: {'; '.join(mismatches)}", LibraryVersionWarning, stacklevel=2)
    try:
        model = joblib.load(model_dir / MODEL_FILE)
    except Exception as error:  # a pickle that passed the hash check but cannot load under this environment
        raise RecsError(f"cannot load the model ({type(error).__name__}: {error}); {RETRAIN}", model_dir / MODEL_FILE) from None
    if not isinstance(model, ClusterClassifier) or not hasattr(model, "pipeline_"):
        raise RecsError(f"does not hold a trained ClusterClassifier; {RETRAIN}", model_dir / MODEL_FILE)
    labels = json.loads((model_dir / LABELS_FILE).read_text(encoding="utf-8"))
    return LoadedClassifier(model=model, labels=labels, manifest=manifest, version_mismatches=mismatches)
