"""The exploration notebook runs top to bottom on the pipeline's real outputs and draws its figures."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from tests.clone import PipelineRun

pytestmark = pytest.mark.slow

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "explore.ipynb"


def execute(project_dir: Path, monkeypatch: pytest.MonkeyPatch) -> nbformat.NotebookNode:
    """Run every cell in a fresh kernel of this venv, pointed at ``project_dir``."""
    monkeypatch.setenv("RECS_PROJECT_DIR", str(project_dir))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(notebook, kernel_name="python3", timeout=300, resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    return client.execute()


def test_notebook_runs_on_pipeline_outputs_and_draws_the_main_figures(pipeline_run: PipelineRun, monkeypatch):
    executed = execute(pipeline_run.root, monkeypatch)
    outputs = [output for cell in executed.cells if cell.cell_type == "code" for output in cell.get("outputs", [])]
    assert not [output for output in outputs if output.output_type == "error"]
    figures = [output for output in outputs if "image/png" in output.get("data", {})]
    assert len(figures) == 4  # modality per session, theme frequencies, cluster sizes, actor counts
    tables = "\n".join(output["data"].get("text/plain", "") for output in outputs if "data" in output)
    assert "states_parties" in tables  # the actor table holds the seed's main addressee
    assert "recommendations" in tables


def test_notebook_is_saved_without_outputs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code")
