"""A reference workspace shared by the cluster/train/assign tests: the seed report run through the real CLI.

Built once per test run (ingest -> segment -> tag -> cluster -> train with the lineage calibration, ~8 min): under
pytest-xdist in the folder the run's workers share, by the first worker that needs it (`tests.shared_build`, set up
by conftest's `share_modeling_workspaces`), serially in a private temporary folder. Tests only read it.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli import app
from tests import real_data
from tests.shared_build import build_once

ROOT = Path(__file__).resolve().parents[1]
SEED = [real_data.SEED_REPORT]
NOVELTY_DATA = ROOT / "data" / "novelty" / "out_of_scope.jsonl"
GOLD_TRAIN = ROOT / "data" / "gold"  # every train-split gold record, as dvc repro builds the tagger
LINEAGE_DEV = ROOT / "data" / "lineage" / "dev.jsonl"
SEED_TEXTS = ROOT / "data" / "gold" / "seed.jsonl"
runner = CliRunner()
shared_root: Path | None = None  # set by conftest under pytest-xdist: where the run's workers share builds


def run(*args: str | Path) -> str:
    """Run `recs ARGS`, fail the test with the output if it exits non-zero; return the output."""
    result = runner.invoke(app, [str(arg) for arg in args])
    assert result.exit_code == 0, (
        f"recs {' '.join(map(str, args))} exited {result.exit_code}:\n{result.output}\n{result.exception!r}"
    )
    return result.output


def build_tagged(root: Path, inputs: Sequence[Path], gold_train: Path | None = GOLD_TRAIN) -> Path:
    """ingest -> segment -> build-tagger -> tag into ``root``, with the real commands."""
    run("ingest", *inputs, "--out", root / "documents.parquet")
    run("segment", "--documents", root / "documents.parquet", "--out", root / "recommendations.parquet")
    gold = ["--gold-train", gold_train] if gold_train is not None and gold_train.exists() else []
    run("build-tagger", "--out", root / "tagger", *gold)
    run(
        "tag",
        "--recommendations",
        root / "recommendations.parquet",
        "--documents",
        root / "documents.parquet",
        "--out",
        root / "tagged.parquet",
        "--jsonl",
        root / "tagged.jsonl",
        "--model-dir",
        root / "tagger",
    )
    return root


def build_reference(root: Path, inputs: Sequence[Path], judge_under_rule_only: bool = False) -> Path:
    """:func:`build_tagged`, then cluster and train (with the lineage decision), as ``dvc repro`` does."""
    build_tagged(root, inputs)
    other_taggers = []
    if judge_under_rule_only:  # dvc's build-tagger-rules stage
        run("build-tagger", "--out", root / "tagger_rules", "--gold-train", GOLD_TRAIN, "--set", "paths.base_model=none")
        other_taggers.append(root / "tagger_rules")
    run(
        "cluster",
        "--tagged",
        root / "tagged.parquet",
        "--out",
        root / "clusters.parquet",
        "--model",
        root / "clusters.json",
        "--names",
        root / "clusters.yaml",
        "--seed",
        "42",
    )
    train_reference(root, root, other_taggers)
    return root


def train_reference(root: Path, out: Path, lineage_taggers: Sequence[Path] = ()) -> None:
    """`recs train` on the tagged and clustered workspace ``root``, writing classifier/, train.json and plots/ under ``out``;
    the lineage choice is also judged under each of ``lineage_taggers``."""
    run(
        "train",
        "--tagged",
        root / "tagged.parquet",
        "--clusters",
        root / "clusters.parquet",
        "--model-dir",
        out / "classifier",
        "--metrics",
        out / "train.json",
        "--plots-dir",
        out / "plots",
        "--tagger",
        root / "tagger",
        "--novelty-data",
        NOVELTY_DATA,
        "--seed",
        "42",
        "--lineage-dev",
        LINEAGE_DEV,
        "--seed-texts",
        SEED_TEXTS,
        "--compare",
        "tfidf",
        "--compare",
        "tags",  # the saved set (tfidf+tags) is cross-validated too
        *[arg for tagger in lineage_taggers for arg in ("--lineage-tagger", tagger)],
    )


def reference_options(root: Path) -> list[str]:
    """The options that point `recs assign` at a built workspace's tagger, classifier and reference table."""
    return [
        "--tagger",
        str(root / "tagger"),
        "--classifier",
        str(root / "classifier"),
        "--tagged-reference",
        str(root / "tagged.parquet"),
    ]


def assign(root: Path, *args: str | Path) -> str:
    """`recs assign ARGS` against the workspace built in ``root``."""
    return run("assign", *args, *reference_options(root))


def share_workspaces_in(root: Path | None) -> None:
    """Build :func:`workspace` under ``root``, once for all the workers of a run (None: privately, once per process)."""
    global shared_root
    shared_root = root


def build_seed_reference(judge_under_rule_only: bool, root: Path) -> str:
    """:func:`build_reference` on the seed report, in the shape :func:`build_once` takes (it keeps no log: empty)."""
    build_reference(root, SEED, judge_under_rule_only)
    return ""


@functools.cache
def workspace(judge_under_rule_only: bool = False) -> Path:
    """Tagged seed corpus, tagger, clusters and classifier, built with the real commands; with
    ``judge_under_rule_only`` the lineage choice must also hold under a rule-only tagger, as dvc's train stage asks.
    Read-only: other workers read the same folder."""
    parent = shared_root
    if parent is None:
        parent = Path(tempfile.mkdtemp(prefix="recs-modeling-"))
        atexit.register(shutil.rmtree, parent, ignore_errors=True)
    root = parent / ("modeling-workspace-rules" if judge_under_rule_only else "modeling-workspace")
    build_once(root, functools.partial(build_seed_reference, judge_under_rule_only))
    return root
