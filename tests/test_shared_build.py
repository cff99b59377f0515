"""`build_once`: the expensive fixtures are built once per run, however many xdist workers ask, and never half-reused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.shared_build import build_once

PROJECT = Path(__file__).resolve().parents[1]
# A worker: build_once on argv[1]; the build notes its run in argv[2], waits a second (the others reach the lock
# meanwhile), then succeeds or, with argv[3] == "fail", raises. Prints what build_once returned.
WORKER = """
import sys, time
from pathlib import Path
from tests.shared_build import build_once

def build(folder):
    with open(sys.argv[2], "a") as runs:
        runs.write("built\\n")
    time.sleep(1)
    if sys.argv[3] == "fail":
        raise RuntimeError("the build broke")
    (folder / "out.txt").write_text("done")
    return "the log"

print(build_once(Path(sys.argv[1]), build))
"""


def counting_build(calls: list[Path], log: str = "the log"):
    """A build that records the folder it was given and leaves one file there."""

    def build(folder: Path) -> str:
        calls.append(folder)
        (folder / "out.txt").write_text("done")
        return log

    return build


def test_a_second_call_reuses_the_build_and_its_log(tmp_path: Path) -> None:
    calls: list[Path] = []
    assert build_once(tmp_path / "clone", counting_build(calls)) == "the log"
    assert build_once(tmp_path / "clone", counting_build(calls, "another log")) == "the log"
    assert calls == [tmp_path / "clone"]
    assert (tmp_path / "clone" / "out.txt").read_text() == "done"
    assert sorted(path.name for path in tmp_path.iterdir() if not path.name.endswith(".lock")) == ["clone", "clone.built"]


def test_a_failed_build_fails_every_later_caller_with_its_error_without_building_again(tmp_path: Path) -> None:
    def broken(folder: Path) -> str:
        raise RuntimeError("dvc repro exited 1")

    with pytest.raises(RuntimeError, match="dvc repro exited 1"):
        build_once(tmp_path / "clone", broken)
    calls: list[Path] = []
    with pytest.raises(pytest.fail.Exception, match=r"failed in another worker:(.|\n)*dvc repro exited 1"):
        build_once(tmp_path / "clone", counting_build(calls))
    assert calls == []
    assert not (tmp_path / "clone.built").exists()


def test_a_folder_left_half_built_is_built_again_from_empty(tmp_path: Path) -> None:
    (tmp_path / "clone").mkdir()
    (tmp_path / "clone" / "partial.parquet").write_text("a worker died here")
    seen: list[list[str]] = []

    def build(folder: Path) -> str:
        seen.append(sorted(path.name for path in folder.iterdir()))
        return ""

    build_once(tmp_path / "clone", build)
    assert seen == [[]]


@pytest.mark.parametrize("outcome", ["succeed", "fail"])
def test_racing_workers_build_once_and_the_waiting_one_reuses_or_fails(tmp_path: Path, outcome: str) -> None:
    runs = tmp_path / "runs.txt"
    command = [sys.executable, "-c", WORKER, str(tmp_path / "clone"), str(runs), outcome]
    workers = [
        subprocess.Popen(command, cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)
    ]
    outputs = [worker.communicate(timeout=120) for worker in workers]
    results = [(worker.returncode, *output) for worker, output in zip(workers, outputs)]
    assert runs.read_text() == "built\n"  # one build for both
    if outcome == "succeed":
        assert [(code, out) for code, out, _ in results] == [(0, "the log\n"), (0, "the log\n")]
    else:
        assert [code for code, _, _ in results] == [1, 1]
        errors = sorted(err for _, _, err in results)
        assert "RuntimeError: the build broke" in errors[0] and "RuntimeError: the build broke" in errors[1]
        assert sum("failed in another worker" in err for err in errors) == 1  # the waiting one fails with the first's error
