"""`recs assign` starts fast: loading the models and assigning a report never import scikit-learn, joblib or DVC."""

from __future__ import annotations

import subprocess
import sys

import pyarrow.parquet as pq

from tests import real_data
from tests.modeling_fixtures import reference_options, workspace


def test_assign_of_a_report_imports_no_training_library(tmp_path) -> None:
    ws = workspace()
    code = (
        "import sys\nfrom pipeline.cli import app\n"
        "try:\n    app()\nexcept SystemExit as done:\n    assert not done.code, done.code\n"
        "print(sorted(name for name in ('sklearn', 'joblib', 'dvc') if name in sys.modules))\n"
    )
    args = [
        "assign",
        str(real_data.SEED_REPORT),
        "--out",
        str(tmp_path / "out.parquet"),
        *reference_options(ws),
    ]
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=real_data.ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
    assert pq.read_table(tmp_path / "out.parquet").num_rows > 20
