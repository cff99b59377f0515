"""`dvc repro` from a clean clone: builds everything, reruns nothing twice, reruns only what a param change touches."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from conftest import PipelineRun, cached_outputs, committable_files

pytestmark = pytest.mark.slow

PROJECT = Path(__file__).resolve().parents[1]
STAGES = ["ingest", "segment", "tag", "cluster", "train", "lineage", "evaluate", "report"]
EXPECTED_OUTPUTS = [
    "data/processed/documents.parquet",
    "data/processed/recommendations.parquet",
    "data/processed/tagged.parquet",
    "data/processed/tagged.jsonl",
    "data/processed/clusters.parquet",
    "data/processed/lineage.parquet",
    "models/tagger",
    "models/clusters.json",
    "models/classifier",
    "metrics/tagging.json",
    "metrics/train.json",
    "metrics/lineage.json",
    "plots/confusion.csv",
    "plots/modality.csv",
    "plots/themes.csv",
    "plots/cluster_sizes.csv",
    "reports/index.html",
    "reports/tagged.html",
]


def stages_run(output: str) -> set[str]:
    """The stages `dvc repro` actually executed, read from its "Running stage 'x':" lines."""
    return set(re.findall(r"Running stage '([^']+)'", output))


def dvc_definition() -> dict:
    return yaml.safe_load((PROJECT / "dvc.yaml").read_text(encoding="utf-8"))


def test_stages_are_declared_in_pipeline_order_with_only_the_params_they_read():
    definition = dvc_definition()
    params = yaml.safe_load((PROJECT / "params.yaml").read_text(encoding="utf-8"))
    assert list(definition["stages"]) == STAGES
    for name, stage in definition["stages"].items():
        assert stage["cmd"].startswith("recs "), name
        declared = set(stage.get("params", []))
        used = set(re.findall(r"\$\{([^}]+)\}", stage["cmd"]))
        assert declared == used, f"stage {name}: declares {declared}, its command reads {used}"
        for key in declared:
            value = params
            for part in key.split("."):
                value = value[part]  # every declared param exists in params.yaml
        assert any(dep.startswith("pipeline/") for dep in stage["deps"]), f"stage {name} does not depend on its code"
    cluster_outs = definition["stages"]["cluster"]["outs"]
    assert {"models/clusters.json": {"persist": True}} in cluster_outs


def test_dvc_is_initialized_offline_without_a_remote():
    config = (PROJECT / ".dvc" / "config").read_text(encoding="utf-8")
    assert re.search(r"analytics\s*=\s*false", config)
    assert re.search(r"check_update\s*=\s*false", config)
    assert "remote" not in config


def test_clone_holds_no_cached_output():
    files = committable_files(PROJECT)
    cached = cached_outputs(PROJECT / "dvc.yaml")
    assert "dvc.yaml" in files and "params.yaml" in files and ".dvc/config" in files
    assert not [name for name in files if any(name == out or name.startswith(out + "/") for out in cached)]


def test_first_repro_builds_every_output(pipeline_run: PipelineRun):
    missing = [path for path in EXPECTED_OUTPUTS if not (pipeline_run.root / path).exists()]
    assert not missing, f"missing after `dvc repro`: {missing}\n{pipeline_run.first_repro[-3000:]}"
    assert stages_run(pipeline_run.first_repro) >= {"ingest", "segment", "tag", "cluster", "train", "lineage", "report"}
    html = (pipeline_run.root / "reports" / "index.html").read_text(encoding="utf-8")
    assert 'id="rec-' in html and "Not built yet" not in html.split('id="new-session"')[0]


def test_cached_outputs_are_ignored_by_git(pipeline_run: PipelineRun):
    pipeline_run.run("git", "add", "-A")
    staged = pipeline_run.run("git", "diff", "--cached", "--name-only").stdout.split()
    cached = cached_outputs(PROJECT / "dvc.yaml")
    assert not [name for name in staged if any(name == out or name.startswith(out + "/") for out in cached)]
    assert "dvc.lock" in staged
    pipeline_run.run("git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "-m", "first run")


def test_second_repro_runs_nothing(pipeline_run: PipelineRun):
    output = pipeline_run.run("dvc", "repro").stdout
    assert stages_run(output) == set(), output
    status = pipeline_run.run("dvc", "status").stdout
    assert "up to date" in status, status


def test_python_bytecode_in_code_folders_is_not_a_code_change(pipeline_run: PipelineRun):
    code_dirs = {dep for stage in dvc_definition()["stages"].values() for dep in stage["deps"]
                 if dep.startswith("pipeline/") and (pipeline_run.root / dep).is_dir()}
    for folder in code_dirs:
        cache = pipeline_run.root / folder / "__pycache__"
        cache.mkdir(exist_ok=True)
        (cache / "stale.cpython-311.pyc").write_bytes(b"\x00bytecode")
    status = pipeline_run.run("dvc", "status").stdout
    assert "up to date" in status, status


def test_metrics_and_plots_are_shown(pipeline_run: PipelineRun):
    shown = json.loads(pipeline_run.run("dvc", "metrics", "show", "--json").stdout)
    files = {name for rev in shown.values() for name in rev.get("data", {})}
    assert {"metrics/tagging.json", "metrics/train.json", "metrics/lineage.json"} <= files
    plots = pipeline_run.run("dvc", "plots", "show", "--json").stdout
    for name in ("plots/confusion.csv", "plots/modality.csv", "plots/themes.csv", "plots/cluster_sizes.csv"):
        assert name in plots


def test_changing_one_param_reruns_only_the_stages_that_read_it(pipeline_run: PipelineRun):
    params_path = pipeline_run.root / "params.yaml"
    params = yaml.safe_load(params_path.read_text(encoding="utf-8"))
    params["train"]["C"] = float(params["train"]["C"]) * 4
    params_path.write_text(yaml.safe_dump(params, sort_keys=False), encoding="utf-8")

    status = pipeline_run.run("dvc", "status", "--json").stdout
    assert set(json.loads(status)) == {"train"}, status

    output = pipeline_run.run("dvc", "repro").stdout
    ran = stages_run(output)
    assert "train" in ran, output
    # lineage reads the retrained classifier, so it reruns too
    assert ran <= {"train", "lineage", "report"}, f"stages that do not read train.C reran: {ran - {'train', 'lineage', 'report'}}"
    diff = pipeline_run.run("dvc", "params", "diff").stdout
    assert "train.C" in diff
    pipeline_run.run("dvc", "metrics", "diff")
