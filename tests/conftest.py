"""One shared fixture: the whole pipeline run once per test session, in a temporary clone.

`pipeline_run` copies the project's working tree (tracked files plus untracked files
that are not ignored, i.e. what a commit would hold, minus DVC-cached outputs, which a
clone never has) into a fresh git repository, commits it and runs `dvc repro` there.
The DVC, notebook and browser tests all read that one run, so the pipeline runs once per
test process. `make test` spreads the suite over the cores with pytest-xdist, a whole file per
worker (`--dist loadfile`, so a file's module fixtures are built once): each worker that meets
one of those three files builds its own clone, so no two workers ever share (or race on) one.
Grouping the three onto one worker (`--dist loadgroup`) would save that second `dvc repro`,
but pytest-xdist 3.8's grouping renames `Item._nodeid`, which pytest 9.2 no longer reads.
"""

from __future__ import annotations

import subprocess

import pytest

from tests.clone import PROJECT, PipelineRun, clone_env, make_clone


@pytest.fixture(scope="session")
def pipeline_run(tmp_path_factory: pytest.TempPathFactory) -> PipelineRun:
    """The project cloned into a temporary folder and built once with `dvc repro`."""
    root = make_clone(PROJECT, tmp_path_factory.mktemp("clone"))
    env = clone_env(root)
    result = subprocess.run(["dvc", "repro"], cwd=root, env=env, capture_output=True, text=True, timeout=1800)
    if result.returncode != 0:
        pytest.fail(f"`dvc repro` failed in the clone {root}:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}")
    return PipelineRun(root, env, result.stdout + result.stderr)
