"""The theme model saved as arrays and JSON: no pickle, no scikit-learn at load, the fitted pipeline's numbers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import spacy

from pipeline.errors import RecsError
from pipeline.tagging.gold import load_gold, select_split
from pipeline.tagging.gold_examples import theme_examples

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def records():
    return load_gold(GOLD / "seed.jsonl") + load_gold(GOLD / "constructed.jsonl")


@pytest.fixture(scope="module")
def saved(records, tmp_path_factory) -> tuple[spacy.Language, Path]:
    """A blank pipeline with recs_themes trained on the gold train split, and where it was saved."""
    nlp = spacy.blank("en")
    nlp.add_pipe("recs_themes")
    examples = theme_examples(nlp, select_split(records, "train"))
    nlp.initialize(lambda: examples)
    path = tmp_path_factory.mktemp("themes") / "nlp"
    nlp.to_disk(path)
    return nlp, path


def test_saved_model_is_arrays_and_json_only(saved) -> None:
    _, path = saved
    folder = path / "recs_themes"
    assert {file.suffix for file in folder.iterdir()} == {".json", ".npy"}
    for file in folder.glob("*.npy"):
        assert np.load(file, allow_pickle=False).dtype.kind == "f"


def test_loaded_model_gives_the_fitted_pipelines_probabilities_on_unseen_text(saved, records) -> None:
    """Oracle: scikit-learn's predict_proba of the fitted pipeline, on gold texts the model never saw."""
    nlp, path = saved
    fitted = nlp.get_pipe("recs_themes")
    loaded = spacy.load(path).get_pipe("recs_themes")
    assert loaded.estimator is None and loaded.is_trained
    texts = [record.text for record in select_split(records, "test")] + ["", "Ünïcödé États parties — whole-of-government"]
    expected = fitted.estimator.predict_proba(texts)
    got = loaded.model_probabilities(texts)
    assert loaded.model_labels == fitted.model_labels
    for row, probabilities in zip(expected, got):
        assert list(probabilities) == fitted.model_labels
        assert list(probabilities.values()) == pytest.approx(row.tolist(), abs=1e-12)
    features = fitted.estimator[0].transform(texts)
    ours = loaded.theme_model.table.transform(texts)
    assert np.array_equal(ours.indices, features.indices) and ours.data.tobytes() == features.data.tobytes()


def test_loading_the_tagger_does_not_import_scikit_learn(saved) -> None:
    _, path = saved
    code = (
        "import sys, spacy, pipeline.tagging.build; nlp = spacy.load(sys.argv[1]); "
        "assert nlp.get_pipe('recs_themes').is_trained; print('sklearn' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "False", result.stderr


def test_pickled_model_of_an_earlier_release_is_refused_naming_the_rebuild(saved, tmp_path) -> None:
    _, path = saved
    old = tmp_path / "old"
    old.mkdir()
    (old / "recs_themes").mkdir()
    source = path / "recs_themes"
    for name in ("cues.json", "meta.json"):
        (old / "recs_themes" / name).write_bytes((source / name).read_bytes())
    (old / "recs_themes" / "model.joblib").write_bytes(b"a pickle is never opened")
    nlp = spacy.blank("en")
    themes = nlp.add_pipe("recs_themes")
    with pytest.raises(RecsError, match=r"pickle \(model\.joblib\).*`recs build-tagger` \(or `dvc repro`\)"):
        themes.from_disk(old / "recs_themes")
    assert json.loads((source / "meta.json").read_text())["trained"]


def test_missing_array_file_is_refused(saved, tmp_path) -> None:
    _, path = saved
    folder = tmp_path / "recs_themes"
    folder.mkdir()
    for file in (path / "recs_themes").iterdir():
        if file.name != "theme_weights.npy":
            (folder / file.name).write_bytes(file.read_bytes())
    nlp = spacy.blank("en")
    with pytest.raises(RecsError, match="theme_weights.npy"):
        nlp.add_pipe("recs_themes").from_disk(folder)


def test_batch_rounding_matches_python_round_near_every_half():
    """The theme scores rounded for a batch at once are Python's ``round`` of each: on the halves themselves
    (0.00005, 0.12345: half to even of the float's exact value), one ulp either side, and random values."""
    from pipeline.tagging.themes.model import round_like_python

    halves = (np.arange(0, 10001) + 0.5) / 10000
    values = np.concatenate(
        [halves, np.nextafter(halves, 2.0), np.nextafter(halves, -1.0), np.random.default_rng(7).random(20000), [0.0, 1.0]]
    )
    values = 1.0 - (1.0 - values)
    expected = np.array([round(value, 4) for value in values.tolist()])
    assert round_like_python(values, 4).tobytes() == expected.tobytes()
    assert round_like_python(np.array([0.00005, 0.00015]), 4).tolist() == [round(0.00005, 4), round(0.00015, 4)]
