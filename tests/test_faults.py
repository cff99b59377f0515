"""Faults: a stage killed mid-run leaves each output complete or absent; damaged models are refused.

A real `recs` process is killed with SIGKILL while it is writing (its
temporary file exists), which is what a power cut or the OOM killer does:
no cleanup code runs. The previous output must be untouched, no temporary
file may pass for an output, and rerunning must complete.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from benchmarks.generate_corpus import generate
from pipeline.errors import RecsError
from tests import real_data

RECS = str(Path(sys.executable).parent / "recs")
SEED_REPORT = real_data.SEED_REPORT


def recs(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([RECS, *args], cwd=cwd, capture_output=True, text=True, timeout=600)


def temporary_files(folder: Path) -> list[Path]:
    """What atomic writers leave behind when killed: hidden names, never the output's own name."""
    return [path for path in folder.iterdir() if path.name.startswith(".")]


def kill_while_writing(args: list[str], cwd: Path, out_dir: Path, after: float) -> None:
    """Start `recs ARGS`, wait until it has opened a temporary output in ``out_dir``, then SIGKILL it."""
    before = set(out_dir.iterdir()) if out_dir.exists() else set()
    process = subprocess.Popen([RECS, *args], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if out_dir.exists() and any(path.name.startswith(".") for path in set(out_dir.iterdir()) - before):
            break
        time.sleep(0.05)
    time.sleep(after)
    assert process.poll() is None, "the stage finished before it could be killed: give it more work"
    os.kill(process.pid, signal.SIGKILL)
    assert process.wait() == -signal.SIGKILL


def assert_complete_or_absent(path: Path, expected_rows: int | None, old_bytes: bytes | None = None) -> None:
    if not path.exists():
        assert old_bytes is None, f"{path.name}: the previous complete output was removed"
        return
    if old_bytes is not None and path.read_bytes() == old_bytes:
        return
    table = pq.read_table(path)  # raises on a half-written file
    assert expected_rows is None or table.num_rows == expected_rows, f"{path.name}: {table.num_rows} rows, a partial output"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """~250 generated reports (~3,700 recommendations): enough work for ingest to be caught mid-write."""
    root = tmp_path_factory.mktemp("faults-corpus")
    generate(root, reports=250, recs_per_report=15, seed=3, jobs=2)
    return root / "txt"


@pytest.mark.slow
def test_killed_ingest_leaves_previous_output_and_rerun_completes(corpus, tmp_path):
    reports = sorted(corpus.glob("*.txt"))
    small = tmp_path / "small"
    small.mkdir()
    for path in reports[:3]:
        shutil.copy(path, small / path.name)
    out = tmp_path / "out"
    target = out / "documents.parquet"

    # No previous output: after the kill there is none, and no temp file is taken for one.
    kill_while_writing(["ingest", str(corpus), "--out", str(target)], tmp_path, out, after=0.5)
    assert not target.exists()
    leftovers = temporary_files(out)
    assert all(path.name.endswith(".tmp") for path in leftovers), leftovers
    failed = recs("segment", "--documents", str(target), "--out", str(out / "recommendations.parquet"), cwd=tmp_path)
    assert failed.returncode == 1 and len(failed.stderr.strip().splitlines()) == 1, failed.stderr

    # A previous complete output survives a killed rerun byte for byte.
    assert recs("ingest", str(small), "--out", str(target), cwd=tmp_path).returncode == 0
    previous = target.read_bytes()
    kill_while_writing(["ingest", str(corpus), "--out", str(target)], tmp_path, out, after=0.5)
    assert_complete_or_absent(target, expected_rows=3, old_bytes=previous)
    assert target.read_bytes() == previous

    rerun = recs("ingest", str(corpus), "--out", str(target), cwd=tmp_path)
    assert rerun.returncode == 0, rerun.stderr
    assert pq.read_table(target).num_rows == len(reports)
    assert not (out / "documents.csv").exists()


@pytest.fixture(scope="module")
def recommendations(corpus, tmp_path_factory) -> Path:
    """Ingested and segmented first 60 reports (~900 recommendations)."""
    root = tmp_path_factory.mktemp("faults-recs")
    inbox = root / "inbox"
    inbox.mkdir()
    for path in sorted(corpus.glob("*.txt"))[:60]:
        shutil.copy(path, inbox / path.name)
    assert recs("ingest", str(inbox), "--out", "out/documents.parquet", cwd=root).returncode == 0
    recs("segment", "--documents", "out/documents.parquet", "--out", "out/recommendations.parquet", "--keep-going", cwd=root)
    return root / "out" / "recommendations.parquet"


@pytest.mark.slow
def test_killed_tag_leaves_each_output_complete_or_absent_and_rerun_completes(recommendations, tmp_path):
    rows = pq.read_metadata(recommendations).num_rows
    out = tmp_path / "out"
    outputs = ["--out", str(out / "tagged.parquet"), "--jsonl", str(out / "tagged.jsonl"), "--model-dir", str(out / "tagger")]
    assert recs("build-tagger", "--set", "paths.base_model=none", "--out", str(out / "tagger"), cwd=tmp_path).returncode == 0
    args = [
        "tag",
        "--recommendations",
        str(recommendations),
        "--documents",
        str(recommendations.with_name("documents.parquet")),
        *outputs,
    ]
    # tag only applies a saved tagger (built above, untimed): rule-only it writes its first batch within
    # a second of starting and ends about a second later, so the kill follows the first write closely
    kill_while_writing(args, tmp_path, out, after=0.1)

    assert_complete_or_absent(out / "tagged.parquet", expected_rows=rows)
    jsonl = out / "tagged.jsonl"
    assert not jsonl.exists() or len(jsonl.read_text(encoding="utf-8").splitlines()) == rows
    if (out / "tagger").exists():
        from pipeline.tagging.build import load_tagger

        load_tagger(out / "tagger")
    assert all(path.name.startswith(".") for path in temporary_files(out))

    rerun = recs(*args, cwd=tmp_path)
    assert rerun.returncode == 0, rerun.stderr
    assert pq.read_metadata(out / "tagged.parquet").num_rows == rows
    assert len(jsonl.read_text(encoding="utf-8").splitlines()) == rows


# ---------------------------------------------------------------- damaged models


@pytest.fixture(scope="module")
def saved_tagger(tmp_path_factory) -> Path:
    import warnings

    from pipeline.tagging.build import build_tagger, save_tagger

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = build_tagger()
    return save_tagger(nlp, tmp_path_factory.mktemp("tagger") / "tagger")


def damaged_copy(source: Path, target: Path, relative: str, how: str) -> Path:
    shutil.copytree(source, target)
    path = target / relative
    data = path.read_bytes()
    if how == "truncate":
        path.write_bytes(data[: len(data) // 2])
    else:  # flip bytes in the middle, keeping the size
        middle = len(data) // 2
        path.write_bytes(data[:middle] + bytes(b ^ 0x5A for b in data[middle : middle + 16]) + data[middle + 16 :])
    return target


def assert_refused_in_one_line(load, folder: Path) -> None:
    with pytest.raises(RecsError) as refused:
        load(folder)
    message = str(refused.value)
    assert "\n" not in message and str(folder) in message, message


@pytest.mark.parametrize(
    "relative", ["parser/model", "tok2vec/model", "recs_actors/lexicon.json", "recs_themes/cues.json", "config.cfg"]
)
def test_truncated_tagger_file_is_refused(saved_tagger, tmp_path, relative):
    from pipeline.tagging.build import load_tagger

    assert_refused_in_one_line(load_tagger, damaged_copy(saved_tagger, tmp_path / "tagger", relative, "truncate"))


def test_tagger_saved_under_the_old_cue_file_name_is_refused_with_rebuild_advice(saved_tagger, tmp_path):
    """Taggers saved before the rename kept each rule component's cues in vocab.json; their hashes still match."""
    import json

    from pipeline.integrity import file_hashes, folder_files
    from pipeline.tagging.build import MANIFEST, load_tagger

    folder = tmp_path / "tagger"
    shutil.copytree(saved_tagger, folder)
    for snapshot in folder.glob("recs_*/lexicon.json"):
        snapshot.rename(snapshot.with_name("vocab.json"))
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    manifest["files"] = file_hashes(folder, folder_files(folder, exclude=[MANIFEST]))
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")

    assert_refused_in_one_line(load_tagger, folder)
    with pytest.raises(RecsError, match="lexicon.json.*recs build-tagger"):
        load_tagger(folder)


@pytest.mark.parametrize("relative", ["parser/model", "recs_actors/lexicon.json", "recs_themes/cues.json"])
def test_tampered_tagger_file_is_refused(saved_tagger, tmp_path, relative):
    """Changed bytes that still parse would tag silently differently: the saved tagger must vouch for its files."""
    from pipeline.tagging.build import load_tagger

    folder = damaged_copy(saved_tagger, tmp_path / "tagger", relative, "flip")
    if relative.endswith(".json"):  # keep it valid JSON, as a hand edit would
        path = folder / relative
        text = saved_tagger.joinpath(relative).read_text(encoding="utf-8")
        path.write_text(text.replace("a", "e", 3), encoding="utf-8")
    assert_refused_in_one_line(load_tagger, folder)


def test_intact_tagger_copy_loads(saved_tagger, tmp_path):
    from pipeline.tagging.build import load_tagger

    copy = tmp_path / "tagger"
    shutil.copytree(saved_tagger, copy)
    assert load_tagger(copy).pipe_names == load_tagger(saved_tagger).pipe_names


@pytest.fixture(scope="module")
def trained_project(tmp_path_factory) -> Path:
    """The seed report taken through ingest, segment, tag (rule-only, fast), cluster and train."""
    root = tmp_path_factory.mktemp("trained")
    (root / "data" / "raw").mkdir(parents=True)
    shutil.copy(SEED_REPORT, root / "data" / "raw")
    shutil.copytree(Path(__file__).resolve().parent.parent / "data" / "novelty", root / "data" / "novelty")
    for args in (
        ["ingest"],
        ["segment"],
        ["build-tagger", "--set", "paths.base_model=none"],
        ["tag"],
        ["cluster", "--k-min", "3", "--k-max", "5"],
        ["train", "--compare", "tfidf+tags"],
    ):
        result = recs(*args, cwd=root)
        assert result.returncode == 0, f"recs {args[0]}: {result.stderr}"
    return root


@pytest.mark.parametrize(
    ("relative", "how"),
    [
        ("coef.npy", "truncate"),
        ("model.json", "flip"),
        ("reference.indices.npy", "flip"),
        ("labels.json", "flip"),
        ("manifest.json", "truncate"),
    ],
)
def test_damaged_classifier_file_is_refused(trained_project, tmp_path, relative, how):
    from pipeline.modeling.manifest import load_classifier

    assert_refused_in_one_line(
        load_classifier, damaged_copy(trained_project / "models" / "classifier", tmp_path / "classifier", relative, how)
    )


def test_assign_refuses_a_truncated_classifier_in_one_line(trained_project, tmp_path):
    damaged = damaged_copy(trained_project / "models" / "classifier", tmp_path / "classifier", "coef.npy", "truncate")
    (tmp_path / "new.csv").write_text(
        "id,text\nn1,States parties should mark firearms at the time of manufacture.\n", encoding="utf-8"
    )
    result = recs(
        "assign",
        str(tmp_path / "new.csv"),
        "--classifier",
        str(damaged),
        "--out",
        str(tmp_path / "assigned.parquet"),
        cwd=trained_project,
    )
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "coef.npy" in lines[0] and "Traceback" not in result.stderr, result.stderr
    assert not (tmp_path / "assigned.parquet").exists()
    intact = recs("assign", str(tmp_path / "new.csv"), "--out", str(tmp_path / "assigned.parquet"), cwd=trained_project)
    assert intact.returncode == 0, intact.stderr
    assert pq.read_table(tmp_path / "assigned.parquet").num_rows == 1
