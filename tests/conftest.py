"""The two expensive builds, each made once per test run and shared by every pytest-xdist worker.

`pipeline_run` copies the project's working tree (tracked files plus untracked files
that are not ignored, i.e. what a commit would hold, minus DVC-cached outputs, which a
clone never has) into a fresh git repository, commits it and runs `dvc repro` there.
The DVC, notebook and browser tests all read that one run. `tests.modeling_fixtures.workspace()`
is the other expensive build (the seed corpus tagged, clustered and trained, lineage
calibration included), read by the cluster/train/assign/lineage tests.

`make test` spreads the suite over the cores with pytest-xdist, a whole file per worker
(`--dist loadfile`, so a file's module fixtures are built once). A session fixture runs once
per worker, so each build used to be paid once per worker that met one of its files (twice on
CI's 2 workers). Now both are built under `tmp_path_factory.getbasetemp().parent`, the folder
all workers of one run share, behind a file lock (`tests.shared_build.build_once`, the pattern
pytest-xdist documents): the first worker builds, the others wait and reuse it; a failed build
fails every waiting worker with the first one's error. A serial run (no `-n`) builds privately,
as before. The shared builds are read-only: `test_dvc_pipeline.py`, which commits, edits code and
params and runs experiments in the clone, works on its own copy (`tests.clone.copy_run`).
Measured 2026-12-01 on fresh clones, `make test` on an otherwise idle 2-core machine: without this
sharing 3,193 passed in 1,818 s of pytest (1,983 s end to end); with it 3,198 passed (the five
tests/test_shared_build.py tests added) in 1,595 s (1,734 s end to end).
Grouping the users of a build onto one worker (`--dist loadgroup`) would have been the other way
to save the second build, but pytest-xdist 3.8's grouping renames `Item._nodeid`, which pytest 9.2
no longer reads.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests import modeling_fixtures
from tests.clone import PROJECT, PipelineRun, clone_env, make_clone
from tests.shared_build import build_once


def run_folder(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path | None:
    """The folder every xdist worker of this run sees (the parent of the workers' own base folders); None serially."""
    return None if worker_id == "master" else tmp_path_factory.getbasetemp().parent


def repro_clone(root: Path) -> str:
    """Clone the project into ``root`` and run `dvc repro` there; return its output."""
    make_clone(PROJECT, root)
    result = subprocess.run(["dvc", "repro"], cwd=root, env=clone_env(root), capture_output=True, text=True, timeout=1800)
    if result.returncode != 0:
        pytest.fail(f"`dvc repro` failed in the clone {root}:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}")
    return result.stdout + result.stderr


@pytest.fixture(scope="session")
def pipeline_run(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> PipelineRun:
    """The project cloned into a temporary folder and built once per run with `dvc repro`; read-only (workers share it)."""
    shared = run_folder(tmp_path_factory, worker_id)
    root = (shared or tmp_path_factory.mktemp("private")) / "clone"
    first_repro = build_once(root, repro_clone)
    return PipelineRun(root, clone_env(root), first_repro)


@pytest.fixture(scope="session", autouse=True)
def share_modeling_workspaces(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> None:
    """`modeling_fixtures.workspace()` is a plain function, not a fixture: tell it where this run's workers share builds."""
    modeling_fixtures.share_workspaces_in(run_folder(tmp_path_factory, worker_id))
