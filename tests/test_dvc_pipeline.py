"""`dvc repro` from a clean clone: builds everything, reruns nothing twice, reruns only what a param change touches."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import tomllib
from pathlib import Path

import pytest
import yaml

from tests.clone import PipelineRun, cached_outputs, committable_files, copy_run

pytestmark = pytest.mark.slow

PROJECT = Path(__file__).resolve().parents[1]
STAGES = ["ingest", "segment", "build-tagger", "build-tagger-rules", "tag", "cluster", "train", "lineage", "evaluate", "report"]
EXPECTED_OUTPUTS = [
    "data/processed/documents.parquet",
    "data/processed/recommendations.parquet",
    "data/processed/tagged.parquet",
    "data/processed/tagged.jsonl",
    "data/processed/clusters.parquet",
    "data/processed/lineage.parquet",
    "models/tagger",
    "models/tagger_rules",
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


@pytest.fixture(scope="module")
def pipeline_run(pipeline_run: PipelineRun, tmp_path_factory: pytest.TempPathFactory) -> PipelineRun:
    """This file commits, edits code and params and runs experiments in the clone: it works on its own copy of the
    session's clone, which other workers read."""
    return copy_run(pipeline_run, tmp_path_factory.mktemp("clone-copy") / "clone")


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
    # kept across runs (ids persist) and in git (a fresh clone starts from the committed partition and reproduces it)
    assert {"models/clusters.json": {"persist": True, "cache": False}} in cluster_outs


def _module_file(name: str) -> Path | None:
    """The file of a module of this project (``pipeline.x.y``), or None for a name that is not one (a class, a library)."""
    base = PROJECT.joinpath(*name.split("."))
    return next((path for path in (base.with_suffix(".py"), base / "__init__.py") if path.is_file()), None)


def _imported_names(path: Path) -> set[str]:
    """Every name an ``import`` anywhere in the module may load (commands import inside their functions)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}: relative import; the closure below reads absolute ones"
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)  # `from pkg import module`
    return names


def _spacy_factory_modules() -> set[str]:
    """Modules spaCy imports through the project's entry points whenever it builds or loads a pipeline with them."""
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {target.split(":")[0] for target in project["entry-points"]["spacy_factories"].values()}


def stage_code(command: str) -> set[str]:
    """Every file of pipeline/ that `recs COMMAND` may run or read, relative to the project root.

    ``build-tagger`` runs ``pipeline/commands/build_tagger.py`` (Typer's dashes, Python's underscores).
    The import closure of ``pipeline/commands/COMMAND.py`` (with each module's parent packages), the spaCy
    factory modules if anything in it uses spaCy, and the data files (YAML vocabularies, templates) that sit
    in the folders of those modules, where the code reads them from.
    """
    modules: set[str] = set()
    pending = [f"pipeline.commands.{command.replace('-', '_')}"]
    while pending:
        parts = pending.pop().split(".")
        for end in range(1, len(parts) + 1):
            name = ".".join(parts[:end])
            path = _module_file(name) if parts[0] == "pipeline" else None
            if path is None or name in modules:
                continue
            modules.add(name)
            imported = _imported_names(path)
            pending.extend(imported)
            if any(item == "spacy" or item.startswith("spacy.") for item in imported):
                pending.extend(_spacy_factory_modules())
    files = {_module_file(name) for name in modules}
    for folder in {path.parent for path in files}:
        data = [
            path
            for path in folder.rglob("*")
            if path.is_file()
            and path.suffix not in (".py", ".pyc")
            and "__pycache__" not in path.parts
            and not any((parent / "__init__.py").is_file() for parent in path.parents if folder in parent.parents)
        ]
        files.update(data)
    return {path.relative_to(PROJECT).as_posix() for path in files}


def _expand_code_deps(deps: list[str]) -> set[str]:
    """The files under pipeline/ that a stage's deps cover (a folder counts as every file in it, bytecode aside)."""
    files = set()
    for dep in deps:
        path = PROJECT / dep
        if not dep.startswith("pipeline/"):
            continue
        assert path.exists(), f"dependency {dep} does not exist"
        found = [path] if path.is_file() else [item for item in path.rglob("*") if item.is_file()]
        files.update(
            item.relative_to(PROJECT).as_posix() for item in found if "__pycache__" not in item.parts and item.suffix != ".pyc"
        )
    return files


def compact_deps(files: set[str]) -> list[str]:
    """``files`` as dvc.yaml deps: a folder whose files are all needed stands for them (the shortest exact list)."""
    deps: set[str] = set()
    for folder in sorted(
        {parent for name in files for parent in Path(name).parents if len(parent.parts) > 1}, key=lambda path: len(path.parts)
    ):
        if any(folder.is_relative_to(dep) for dep in map(Path, deps)):
            continue
        if _expand_code_deps([folder.as_posix()]) <= files:
            deps.add(folder.as_posix())
    return sorted(deps | {name for name in files if not any(Path(name).is_relative_to(dep) for dep in deps)})


@pytest.mark.parametrize("name", STAGES)
def test_each_stage_depends_on_exactly_the_code_it_runs(name: str):
    """A new import cannot escape the stage's deps, and an unrelated module does not rerun it."""
    stage = dvc_definition()["stages"][name]
    needed = stage_code(stage["cmd"].split()[1])
    declared = _expand_code_deps(stage["deps"])
    fix = "its pipeline/ deps should be:\n" + "\n".join(f"      - {dep}" for dep in compact_deps(needed))
    assert not needed - declared, f"stage {name} runs code it does not depend on: {sorted(needed - declared)}; {fix}"
    assert not declared - needed, f"stage {name} depends on code it never runs: {sorted(declared - needed)}; {fix}"


def test_dvc_lock_is_committed_and_records_the_stages_of_dvc_yaml():
    """`dvc.lock` (hashes of every stage's deps, params and outs) is what `dvc status` and `dvc exp show` compare to.

    After a change of dvc.yaml, `dvc repro` must be run and dvc.lock committed with metrics/ and plots/.
    """
    assert "dvc.lock" in committable_files(PROJECT)
    lock = yaml.safe_load((PROJECT / "dvc.lock").read_text(encoding="utf-8"))["stages"]
    stages = dvc_definition()["stages"]
    assert set(lock) == set(stages)
    for name, stage in stages.items():
        assert sorted(dep["path"] for dep in lock[name]["deps"]) == sorted(stage["deps"]), (
            f"dvc.lock is stale for {name}: run `dvc repro`"
        )
        declared_outs = [
            out if isinstance(out, str) else next(iter(out)) for out in [*stage.get("outs", []), *stage.get("metrics", [])]
        ]
        assert sorted(out["path"] for out in lock[name]["outs"]) == sorted(declared_outs), name
        for out in declared_outs:
            if out.startswith(("metrics/", "plots/")):
                assert out in committable_files(PROJECT), f"{out} is not committed beside dvc.lock"


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
    assert stages_run(pipeline_run.first_repro) >= {
        "ingest",
        "segment",
        "build-tagger",
        "build-tagger-rules",
        "tag",
        "cluster",
        "train",
        "lineage",
        "report",
    }
    html = (pipeline_run.root / "reports" / "index.html").read_text(encoding="utf-8")
    assert 'id="rec-' in html and "Not built yet" not in html.split('id="new-session"')[0]


def test_cached_outputs_are_ignored_by_git(pipeline_run: PipelineRun):
    pipeline_run.run("git", "add", "-A")
    staged = pipeline_run.run("git", "diff", "--cached", "--name-only").stdout.split()
    cached = cached_outputs(PROJECT / "dvc.yaml")
    assert not [name for name in staged if any(name == out or name.startswith(out + "/") for out in cached)]
    # what the run leaves for git is what the project commits (dvc.lock, metrics/, plots/); with a fresh dvc.lock, nothing
    assert set(staged) <= set(committable_files(PROJECT))
    git_commit = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "--allow-empty"]
    pipeline_run.run(*git_commit, "-m", "first run")


def test_second_repro_runs_nothing(pipeline_run: PipelineRun):
    output = pipeline_run.run("dvc", "repro").stdout
    assert stages_run(output) == set(), output
    status = pipeline_run.run("dvc", "status").stdout
    assert "up to date" in status, status


def test_python_bytecode_in_code_folders_is_not_a_code_change(pipeline_run: PipelineRun):
    code_dirs = {
        dep
        for stage in dvc_definition()["stages"].values()
        for dep in stage["deps"]
        if dep.startswith("pipeline/") and (pipeline_run.root / dep).is_dir()
    }
    for folder in code_dirs:
        cache = pipeline_run.root / folder / "__pycache__"
        cache.mkdir(exist_ok=True)
        (cache / "stale.cpython-311.pyc").write_bytes(b"\x00bytecode")
    status = pipeline_run.run("dvc", "status").stdout
    assert "up to date" in status, status


@pytest.mark.parametrize(
    "module", ["pipeline/segment/headings.py", "pipeline/modeling/similarity.py", "pipeline/tagging/lexicon/modals.yaml"]
)
def test_changing_code_reruns_exactly_the_stages_that_run_it(pipeline_run: PipelineRun, module: str):
    path = pipeline_run.root / module
    original = path.read_bytes()
    expected = {name for name, stage in dvc_definition()["stages"].items() if module in stage_code(stage["cmd"].split()[1])}
    assert expected and expected != set(STAGES)
    try:
        path.write_bytes(original + b"\n# an edit\n")
        status = json.loads(pipeline_run.run("dvc", "status", "--json").stdout)
        assert set(status) == expected, status
    finally:
        path.write_bytes(original)
    assert "up to date" in pipeline_run.run("dvc", "status").stdout


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


def test_metrics_and_plots_diff_between_commits_from_a_clean_clone(pipeline_run: PipelineRun, tmp_path: Path):
    """Metrics and plots are committed to git (cache: false), so a fresh clone compares two runs without the DVC cache."""
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    pipeline_run.run("git", "add", "-A")
    pipeline_run.run(*git, "commit", "-q", "-m", "second run: train.C changed")
    clone = tmp_path / "clean-clone"
    subprocess.run(["git", "clone", "-q", str(pipeline_run.root), str(clone)], check=True)
    assert not (clone / ".dvc" / "cache").exists() and not (clone / "models" / "classifier").exists()
    in_clone = PipelineRun(clone, pipeline_run.env, "")
    metrics = json.loads(in_clone.run("dvc", "metrics", "diff", "HEAD~1", "HEAD", "--json").stdout)
    changed = metrics["metrics/train.json"]  # only the values that differ are listed
    assert changed["C"]["old"] * 4 == changed["C"]["new"], metrics
    assert {"log_loss", "macro_f1"} & set(changed) and all(entry["old"] != entry["new"] for entry in changed.values())
    params = json.loads(in_clone.run("dvc", "params", "diff", "HEAD~1", "HEAD", "--json").stdout)
    assert set(params["params.yaml"]) == {"train.C"}, params
    plots = json.loads(in_clone.run("dvc", "plots", "diff", "HEAD~1", "HEAD", "--json").stdout)
    for name in ("plots/confusion.csv", "plots/cluster_sizes.csv"):
        (entry,) = plots["data"][name]
        assert set(entry["revisions"]) == {"HEAD~1", "HEAD"}, entry["revisions"]
        assert {row["rev"] for row in entry["content"]["data"]["values"]} == {"HEAD~1", "HEAD"}  # both runs' rows


def test_experiment_with_a_changed_param_is_listed_beside_the_baseline(pipeline_run: PipelineRun):
    """The README's researcher workflow: `dvc exp run -S cluster.k=N`, then `dvc exp show`."""
    baseline_k = json.loads((pipeline_run.root / "metrics" / "train.json").read_text(encoding="utf-8"))["n_clusters"]
    k = 3 if baseline_k != 3 else 4
    output = pipeline_run.run("dvc", "exp", "run", "-S", f"cluster.k={k}").stdout
    assert stages_run(output) >= {"cluster", "train"} and not stages_run(output) & {"ingest", "segment", "tag"}, output
    shown = json.loads(pipeline_run.run("dvc", "exp", "show", "--json").stdout)
    baseline = next(row for row in shown if row["rev"] != "workspace")
    experiments = [run["data"] for row in shown for exp in (row.get("experiments") or []) for run in exp["revs"]]
    assert experiments, shown

    def train_metrics(data: dict) -> dict:
        return data["metrics"]["metrics/train.json"]["data"]

    def cluster_k(data: dict) -> object:
        return data["params"]["params.yaml"]["data"]["cluster"]["k"]

    assert train_metrics(baseline["data"])["n_clusters"] == baseline_k
    (experiment,) = [data for data in experiments if cluster_k(data) == k]
    assert train_metrics(experiment)["n_clusters"] == k  # the experiment's own metrics, beside the baseline's
