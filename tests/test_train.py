"""`recs train`: cross-validated metrics, feature-set comparison, manifest checks, scikit-learn conventions."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError

from pipeline.errors import RecsError
from pipeline.integrity import file_sha256
from pipeline.modeling.classifier import NOVEL, ClusterClassifier
from pipeline.modeling.cross_validation import choose_threshold
from pipeline.modeling.manifest import load_classifier
from tests.modeling_fixtures import train_reference, workspace


@pytest.fixture(scope="module")
def ws() -> Path:
    return workspace()


@pytest.fixture(scope="module")
def reference(ws: Path) -> tuple[pd.DataFrame, np.ndarray]:
    tagged = pd.read_parquet(ws / "tagged.parquet")
    clusters = pd.read_parquet(ws / "clusters.parquet").set_index("rec_id")
    return tagged, clusters.loc[tagged.rec_id, "cluster_id"].to_numpy()


def test_metrics_compare_feature_sets_and_beat_chance(ws: Path) -> None:
    metrics = json.loads((ws / "train.json").read_text())
    clusters = metrics["n_clusters"]
    for name in ("tfidf", "tags", "tfidf+tags"):
        for key in ("accuracy", "macro_f1", "log_loss", "novelty_auc"):
            assert isinstance(metrics[f"compare_{name}_{key}"], float)
    assert all(not isinstance(value, (dict, list)) for value in metrics.values())  # flat for `dvc metrics show`
    assert metrics["features"] == "tfidf+tags" and metrics["accuracy"] == metrics["compare_tfidf+tags_accuracy"]
    assert metrics["accuracy"] >= 2 / clusters  # well above chance (1/k) on held-out folds
    assert metrics["log_loss"] < np.log(clusters)  # better than a uniform guess
    assert metrics["novelty_threshold_source"] == "auto" and 0 < metrics["novelty_threshold"] < 1
    assert metrics["novelty_balanced_accuracy"] >= 0.8
    confusion = pd.read_csv(ws / "plots" / "confusion.csv")
    assert list(confusion.columns) == ["actual", "predicted"] and len(confusion) == 26
    assert (confusion.actual == confusion.predicted).mean() == pytest.approx(metrics["accuracy"], abs=1e-6)


def test_manifest_lists_hashes_versions_and_params(ws: Path) -> None:
    manifest = json.loads((ws / "classifier" / "manifest.json").read_text())
    for name, digest in manifest["files"].items():
        assert file_sha256(ws / "classifier" / name) == digest
    assert {"scikit-learn", "numpy", "scipy", "pandas", "spacy", "python"} <= set(manifest["versions"])
    assert len(manifest["training_data_hash"]) == 64
    assert manifest["params"]["features"] == "tfidf+tags" and manifest["params"]["novelty_threshold_param"] == "auto"
    assert manifest["params"]["compare"] == ["tfidf", "tags"]  # the repeated --compare option, in its order
    loaded = load_classifier(ws / "classifier")
    assert set(loaded.labels) == set(pd.read_parquet(ws / "clusters.parquet").cluster_id)
    # the calibrated lineage decision is part of the model and vouched for by the manifest
    assert "lineage.json" in manifest["files"] and loaded.decision.calibrated


def test_missing_lineage_decision_is_refused(ws: Path, tmp_path: Path) -> None:
    model_dir = copy_model(ws, tmp_path)
    (model_dir / "lineage.json").unlink()
    with pytest.raises(RecsError, match="file missing"):
        load_classifier(model_dir)


def test_training_twice_gives_byte_identical_model_and_metrics(ws: Path, tmp_path: Path) -> None:
    train_reference(ws, tmp_path)
    model_files = sorted(path.name for path in (ws / "classifier").iterdir())
    assert sorted(path.name for path in (tmp_path / "classifier").iterdir()) == model_files
    for name in [f"classifier/{file}" for file in model_files] + ["train.json", "plots/confusion.csv"]:
        assert (tmp_path / name).read_bytes() == (ws / name).read_bytes(), name


def copy_model(ws: Path, tmp_path: Path) -> Path:
    model_dir = tmp_path / "classifier"
    model_dir.mkdir()
    for path in (ws / "classifier").iterdir():
        (model_dir / path.name).write_bytes(path.read_bytes())
    return model_dir


@pytest.mark.parametrize(
    ("damage", "name"),
    [
        ("flip", "coef.npy"),
        ("flip", "model.json"),
        ("truncate", "reference.data.npy"),
        ("truncate", "char.idf.npy"),
        ("delete", "manifest.json"),
        ("manifest", "manifest.json"),
        ("flip", "lineage.json"),
    ],
)
def test_tampered_or_truncated_model_is_refused(ws: Path, tmp_path: Path, damage: str, name: str) -> None:
    model_dir = copy_model(ws, tmp_path)
    target = model_dir / name
    data = target.read_bytes()
    if damage == "flip":
        target.write_bytes(data[:100] + bytes([data[100] ^ 0xFF]) + data[101:])
    elif damage == "truncate":
        target.write_bytes(data[: len(data) // 2])
    elif damage == "delete":
        (model_dir / "manifest.json").unlink()
    else:
        (model_dir / "manifest.json").write_text("{not json")
    expected = {
        "flip": "sha256 does not match",
        "truncate": "sha256 does not match",
        "delete": "run `recs train` first",
        "manifest": "not valid JSON",
    }[damage]
    with pytest.raises(RecsError, match=expected.replace("`", ".")):
        load_classifier(model_dir)


def test_model_files_hold_no_pickle_and_other_library_versions_load_silently(ws: Path, tmp_path: Path) -> None:
    model_dir = copy_model(ws, tmp_path)
    suffixes = {path.suffix for path in model_dir.iterdir()}
    assert suffixes == {".json", ".npy"}
    for path in model_dir.glob("*.npy"):
        assert np.load(path, allow_pickle=False).dtype != object
    manifest = json.loads((model_dir / "manifest.json").read_text())
    manifest["versions"]["scikit-learn"] = "0.0.1"  # provenance only: arrays and JSON do not depend on it
    (model_dir / "manifest.json").write_text(json.dumps(manifest))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        loaded = load_classifier(model_dir)
    assert loaded.model.classes_.size >= 2


def test_pickled_model_of_the_previous_release_is_refused_naming_the_rebuild_command(ws: Path, tmp_path: Path) -> None:
    """A models/classifier/ of the previous release: model.joblib, labels.json and a recs-classifier/1 manifest."""
    model_dir = tmp_path / "classifier"
    model_dir.mkdir()
    (model_dir / "model.joblib").write_bytes(b"not loaded")
    (model_dir / "labels.json").write_text("{}")
    (model_dir / "manifest.json").write_text(
        json.dumps(
            {
                "format": "recs-classifier/1",
                "files": {name: file_sha256(model_dir / name) for name in ("model.joblib", "labels.json")},
            }
        )
    )
    with pytest.raises(RecsError, match=r"earlier release as a pickle .*retrain with `recs train` \(or `dvc repro`\)"):
        load_classifier(model_dir)


def test_estimator_follows_scikit_learn_conventions(reference: tuple[pd.DataFrame, np.ndarray]) -> None:
    tagged, y = reference
    estimator = ClusterClassifier(C=3.0, novelty_threshold=0.1)
    assert estimator.get_params()["C"] == 3.0 and not hasattr(estimator, "classes_")  # __init__ only stores
    with pytest.raises(NotFittedError):
        estimator.predict_proba(tagged)
    assert clone(estimator.set_params(C=5.0)).get_params()["C"] == 5.0
    assert estimator.fit(tagged, y) is estimator
    probabilities = estimator.predict_proba(tagged)
    assert probabilities.shape == (len(tagged), len(set(y))) and np.allclose(probabilities.sum(axis=1), 1)
    assert (estimator.predict(tagged) == y).mean() >= 0.9  # it learns its own training data
    assert estimator.score(tagged, y) == (estimator.predict(tagged) == y).mean()


def test_clusters_of_one_or_two_members_still_train(reference: tuple[pd.DataFrame, np.ndarray]) -> None:
    tagged, y = reference
    y = y.copy()
    y[0], y[1], y[2] = "C90", "C91", "C91"  # a singleton and a pair
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing leaks to the user
        model = ClusterClassifier(novelty_threshold=0.0).fit(tagged, y)
    assert {"C90", "C91"} <= set(model.classes_)
    assert NOVEL not in set(model.predict(tagged)) and not model.calibrated_


def test_threshold_maximizes_balanced_accuracy() -> None:
    in_scope = np.array([0.30, 0.35, 0.40, 0.50])
    out_of_scope = np.array([0.10, 0.20, 0.32])
    threshold, accuracy = choose_threshold(in_scope, out_of_scope)
    assert accuracy == pytest.approx((3 / 4 + 1) / 2) or accuracy == pytest.approx((1 + 2 / 3) / 2)
    assert 0.2 < threshold < 0.4
    separable_threshold, separable = choose_threshold(np.array([0.5, 0.6]), np.array([0.1, 0.2]))
    assert separable == 1.0 and 0.2 < separable_threshold < 0.5


def test_saving_over_a_model_of_another_feature_set_leaves_only_the_new_files(
    ws: Path, tmp_path: Path, reference: tuple[pd.DataFrame, np.ndarray]
) -> None:
    from pipeline.modeling.manifest import save_classifier

    tagged, y = reference
    model_dir = copy_model(ws, tmp_path)
    assert (model_dir / "char.idf.npy").is_file()
    model = ClusterClassifier(feature_set="tags").fit(tagged, y)
    save_classifier(model, {"C0": "label"}, model_dir, "0" * 64, {"features": "tags"})
    manifest = json.loads((model_dir / "manifest.json").read_text())
    assert sorted(path.name for path in model_dir.iterdir()) == sorted([*manifest["files"], "manifest.json"])
    assert not (model_dir / "char.idf.npy").exists() and not (model_dir / "word.idf.npy").exists()
    loaded = load_classifier(model_dir).model
    assert loaded.feature_set == "tags" and loaded.assign(tagged) == model.assign(tagged)
