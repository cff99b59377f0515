"""`recs ingest` end to end through the Typer app, and the batch API `recs assign` reuses."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline.batch import BatchReport
from pipeline.cli import app
from pipeline.ingest import iter_documents
from pipeline.schemas import DOCUMENTS
from tests import real_data
from tests.fixtures.ingest import sample_report as sample

SEED = real_data.SEED_REPORT
DEV = real_data.DEV_REPORT
runner = CliRunner()


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A folder of reports in several formats, nested, with a file that is not a report."""
    raw = tmp_path / "raw"
    (raw / "2010").mkdir(parents=True)
    shutil.copy(SEED, raw / "seed.txt")
    shutil.copy(DEV, raw / "2010" / "dev.txt")
    sample.write_pdf(raw / "2023.pdf")
    (raw / "notes.md").write_text("# reading notes", encoding="utf-8")
    (raw / ".gitkeep").write_text("", encoding="utf-8")
    return raw


def ingest(*args: str):
    return runner.invoke(app, ["ingest", *args])


def table(path: Path) -> list[dict]:
    return pq.read_table(path).to_pylist()


def test_ingests_a_folder_recursively_in_sorted_order(corpus, tmp_path):
    out = tmp_path / "out" / "documents.parquet"
    result = ingest(str(corpus), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert pq.read_schema(out).equals(DOCUMENTS)
    rows = table(out)
    assert [Path(row["source"]).name for row in rows] == ["dev.txt", "2023.pdf", "seed.txt"]
    assert [row["format"] for row in rows] == ["txt", "pdf", "txt"]
    assert rows[1]["text"] == sample.EXPECTED_TEXT
    assert f"documents table: {out} (3 documents)" in result.output
    assert "notes.md: unsupported file type" in result.output
    assert "ingest: 3 processed, 1 skipped, 0 failed" in result.output
    assert not (tmp_path / "out" / "documents.csv").exists()


def test_default_input_is_data_raw(tmp_path, monkeypatch):
    (tmp_path / "data" / "raw").mkdir(parents=True)
    shutil.copy(SEED, tmp_path / "data" / "raw" / "seed.txt")
    monkeypatch.chdir(tmp_path)
    result = ingest()
    assert result.exit_code == 0, result.output
    assert len(table(tmp_path / "data" / "processed" / "documents.parquet")) == 1


def test_csv_copy(tmp_path):
    out = tmp_path / "documents.parquet"
    result = ingest(str(DEV), "--out", str(out), "--csv")
    assert result.exit_code == 0, result.output
    csv_text = (tmp_path / "documents.csv").read_text(encoding="utf-8-sig")
    assert csv_text.startswith(",".join(DOCUMENTS.names))
    assert "CTOC/COP/WG.4/2010/6" in csv_text


def test_one_bad_file_fails_the_batch_but_not_the_others(corpus, tmp_path):
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.7\nthis is not a PDF body")
    out = tmp_path / "documents.parquet"
    result = ingest(str(corpus), "--out", str(out))
    assert result.exit_code == 1
    assert len(table(out)) == 3
    failure_lines = [line for line in result.output.splitlines() if "broken.pdf" in line]
    assert len(failure_lines) == 1 and "not a readable PDF" in failure_lines[0]
    assert "Traceback" not in result.output
    assert "ingest: 3 processed, 1 skipped, 1 failed" in result.output

    kept_going = ingest(str(corpus), "--out", str(out), "--keep-going")
    assert kept_going.exit_code == 0
    assert "1 failed" in kept_going.output


def test_named_unsupported_and_missing_files_are_failures(tmp_path):
    odt = tmp_path / "report.odt"
    odt.write_text("text", encoding="utf-8")
    out = tmp_path / "documents.parquet"
    result = ingest(str(SEED), str(odt), str(tmp_path / "absent.txt"), "--out", str(out))
    assert result.exit_code == 1
    assert f"{odt}: unsupported file type '.odt'" in result.output
    assert f"{tmp_path / 'absent.txt'}: no such file or directory" in result.output
    assert "1 processed, 0 skipped, 2 failed" in result.output
    assert len(table(out)) == 1


def test_the_same_document_twice_is_kept_once(tmp_path):
    copy = tmp_path / "copy.txt"
    shutil.copy(SEED, copy)
    out = tmp_path / "documents.parquet"
    result = ingest(str(SEED), str(copy), str(SEED), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert [row["source"] for row in table(out)] == [str(SEED)]
    assert "2 skipped" in result.output and f"same document as {SEED}" in result.output


def test_nothing_to_read_is_a_one_line_error(tmp_path):
    (tmp_path / "empty").mkdir()
    result = ingest(str(tmp_path / "empty"), "--out", str(tmp_path / "documents.parquet"))
    assert result.exit_code == 1
    assert "no reports found" in result.output and len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "documents.parquet").exists()


def test_usage_error_exits_2():
    assert ingest("--out").exit_code == 2


def test_reruns_are_byte_identical(corpus, tmp_path):
    first, second = tmp_path / "a.parquet", tmp_path / "b.parquet"
    assert ingest(str(corpus), "--out", str(first)).exit_code == 0
    assert ingest(str(corpus), "--out", str(second)).exit_code == 0
    assert first.read_bytes() == second.read_bytes()


def test_iter_documents_streams_counts_and_deduplicates(corpus):
    report = BatchReport()
    (corpus / "empty.txt").write_bytes(b"")
    rows = iter_documents([corpus, corpus / "seed.txt"], report)
    first = next(rows)
    assert Path(first["source"]).name == "dev.txt" and report.processed == 1  # rows come one at a time
    rest = list(rows)
    assert [Path(row["source"]).name for row in rest] == ["2023.pdf", "seed.txt"]
    assert report.processed == 3
    assert report.skipped == 2  # notes.md, and seed.txt given a second time
    assert len(report.failures) == 1 and "empty.txt: is empty" in report.failures[0]
