"""Build an expensive test fixture once per test run, even when pytest-xdist splits the run over workers.

A session fixture runs once per worker process, so `make test` (`-n auto`) would pay for each
expensive build once per worker. pytest-xdist's documented remedy ("Making session-scoped
fixtures execute only once") is followed: the build goes into a folder every worker of the run
can see (``tmp_path_factory.getbasetemp().parent``), under a `filelock.FileLock`; the first worker
builds, the others wait on the lock and reuse the result.

Two markers beside the folder (never inside it: the clone's `git status` and `dvc status` must
not see them) say how the build ended; each is written atomically, and only once the build has
ended, so a half-built folder is never reused:
``<name>.built`` after a successful build, ``<name>.failed`` (holding the error) after a failed
one, which then fails every later worker at once with the first worker's error instead of
repeating a build that already failed. A folder with neither marker was left by a worker that died
mid-build (the lock is released when its process ends): it is removed and built again.
"""

from __future__ import annotations

import shutil
import traceback
from collections.abc import Callable
from pathlib import Path

import pytest
from filelock import FileLock, Timeout

from pipeline.atomic import write_text

WAIT_SECONDS = 3 * 3600  # longest wait for another worker's build: `dvc repro` alone may take 30 min (its timeout)


def build_once(folder: Path, build: Callable[[Path], str]) -> str:
    """``build(folder)`` unless a worker of this run already built ``folder``; return the text the build returned.

    The build's text (e.g. the log a test checks) is kept in the ``.built`` marker, so a worker that
    reuses the folder gets it too. The caller must treat ``folder`` as read-only: other workers read it.
    """
    built = folder.with_name(folder.name + ".built")
    failed = folder.with_name(folder.name + ".failed")
    try:
        with FileLock(str(folder.with_name(folder.name + ".lock")), timeout=WAIT_SECONDS):
            if built.exists():
                return built.read_text(encoding="utf-8")
            if failed.exists():
                pytest.fail(f"the shared build {folder} failed in another worker:\n{failed.read_text(encoding='utf-8')}")
            shutil.rmtree(folder, ignore_errors=True)  # a worker that died mid-build left it half-built
            folder.mkdir(parents=True)
            try:
                log = build(folder)
            except (Exception, pytest.fail.Exception):
                write_text(failed, traceback.format_exc())
                raise
            write_text(built, log)
            return log
    except Timeout:
        pytest.fail(f"waited {WAIT_SECONDS} s for another worker to build {folder}")
