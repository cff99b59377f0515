"""A temporary clone of the project built with `dvc repro`: what the session fixture `pipeline_run` returns.

Kept apart from ``conftest.py`` so tests import these helpers as ``tests.clone`` (conftest is
pytest's to load, not a module to import).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent


@dataclass
class PipelineRun:
    """A temporary clone after its first `dvc repro`."""

    root: Path
    env: dict[str, str]
    first_repro: str

    def run(self, *command: str, check: bool = True) -> subprocess.CompletedProcess:
        """Run a command (dvc, git, recs) in the clone and return its captured output."""
        result = subprocess.run(command, cwd=self.root, env=self.env, capture_output=True, text=True, timeout=1800)
        if check and result.returncode != 0:
            raise AssertionError(f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
        return result


def cached_outputs(dvc_yaml: Path) -> set[str]:
    """Paths DVC caches (outs without ``cache: false``): a clone of the repository never contains them."""
    stages = yaml.safe_load(dvc_yaml.read_text(encoding="utf-8")).get("stages", {})
    paths = set()
    for stage in stages.values():
        for out in stage.get("outs", []):
            path, options = (out, {}) if isinstance(out, str) else next(iter(out.items()))
            if (options or {}).get("cache", True):
                paths.add(path.rstrip("/"))
    return paths


def committable_files(project: Path) -> list[str]:
    """What `git add -A` would commit now, without the DVC-cached outputs and the virtual environment."""
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=project, capture_output=True, text=True, check=True
    ).stdout.split("\0")
    cached = cached_outputs(project / "dvc.yaml")
    return sorted(
        name
        for name in listed
        if name
        and (project / name).is_file()
        and not name.startswith(".venv/")
        and not any(name == out or name.startswith(out + "/") for out in cached)
    )


def make_clone(project: Path, target: Path) -> Path:
    """Copy the committable files into ``target`` and commit them in a fresh repository."""
    for name in committable_files(project):
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(project / name, destination)
    git = ["git", "-c", "user.name=recs tests", "-c", "user.email=tests@example.invalid", "-c", "commit.gpgsign=false"]
    subprocess.run(["git", "init", "-q"], cwd=target, check=True)
    subprocess.run(["git", "add", "-A"], cwd=target, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "clone of the working tree"], cwd=target, check=True)
    return target


def clone_env(root: Path) -> dict[str, str]:
    """DVC offline and quiet, its site cache beside the clone (in the temporary folder), the venv's `recs` and `dvc` first on PATH."""
    return {
        **os.environ,
        "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "DVC_NO_ANALYTICS": "1",
        "DVC_SITE_CACHE_DIR": str(root.parent / f"{root.name}-dvc-site-cache"),
        "PYTHONHASHSEED": "0",
        "NO_COLOR": "1",
    }


def copy_run(run: PipelineRun, target: Path) -> PipelineRun:
    """A private copy of a built clone in ``target``, for tests that commit, edit or re-run in it (the original is
    shared read-only by the run's workers); its own DVC site cache, the same first `dvc repro` log."""
    shutil.copytree(run.root, target)
    return PipelineRun(target, clone_env(target), run.first_repro)
