"""`recs segment` end to end through the Typer app, on a documents table written here."""

from __future__ import annotations

import csv
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline.atomic import write_parquet
from pipeline.cli import app
from pipeline.schemas import DOCUMENTS, RECOMMENDATIONS
from tests import real_data

FIXTURES = Path(__file__).parent / "fixtures" / "segment"
runner = CliRunner()


def document(doc_id: str, source: Path) -> dict:
    text = source.read_text(encoding="utf-8")
    return {
        "doc_id": doc_id,
        "source": str(source),
        "format": "txt",
        "body": None,
        "symbol": None,
        "date": None,
        "venue": None,
        "title": None,
        "language": "en",
        "text": text,
        "pages": 1,
    }


@pytest.fixture(scope="module")
def documents(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("processed") / "documents.parquet"
    write_parquet(
        path,
        [
            document("seed2020", real_data.SEED_REPORT),
            document("tech2013", FIXTURES / "wg-no-recommendations.txt"),
            document("dev2010", real_data.DEV_REPORT),
        ],
        DOCUMENTS,
    )
    return path


def run(*args: str):
    return runner.invoke(app, ["segment", *args])


def test_segments_every_document_and_reports_the_one_without_recommendations(documents, tmp_path):
    out = tmp_path / "recommendations.parquet"
    result = run("--documents", str(documents), "--out", str(out))
    assert result.exit_code == 1, result.output
    failure = next(line for line in result.output.splitlines() if line.startswith("failed:"))
    assert "wg-no-recommendations.txt" in failure and "no recommendations found" in failure
    assert "1 failed" in result.output
    assert result.output.strip().splitlines()[-1] == f"29 recommendations from 2 documents written to {out}"
    table = pq.read_table(out)
    assert table.schema.equals(RECOMMENDATIONS)
    rows = table.to_pylist()
    assert [row["rec_id"] for row in rows] == [f"seed2020-{n}" for n in range(1, 27)] + [f"dev2010-{n}" for n in (3, 4, 5)]
    assert [row["truncated"] for row in rows if row["doc_id"] == "dev2010"] == [False, False, True]
    texts = {row["doc_id"]: row["text"] for row in pq.read_table(documents).to_pylist()}
    for row in rows:
        assert texts[row["doc_id"]][row["start"] : row["end"]] == row["text"]


def test_keep_going_exits_zero_and_csv_is_written_beside(documents, tmp_path):
    out = tmp_path / "recs.parquet"
    result = run("--documents", str(documents), "--out", str(out), "--csv", "--keep-going")
    assert result.exit_code == 0, result.output
    assert "1 failed" in result.output
    with open(out.with_suffix(".csv"), encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 29
    assert list(rows[0]) == RECOMMENDATIONS.names
    assert rows[20]["section"] == (
        "II. Recommendations > C. Recommendations on best practices in joint investigations and specialized prosecutions."
    )


def test_same_input_gives_byte_identical_output(documents, tmp_path):
    first, second = tmp_path / "a.parquet", tmp_path / "b.parquet"
    for out in (first, second):
        assert run("--documents", str(documents), "--out", str(out), "--keep-going").exit_code == 0
    assert first.read_bytes() == second.read_bytes()


def test_missing_documents_table_is_one_line_error(tmp_path):
    out = tmp_path / "recs.parquet"
    result = run("--documents", str(tmp_path / "nope.parquet"), "--out", str(out))
    assert result.exit_code == 1
    assert result.output.count("\n") == 1
    assert "nope.parquet: documents table not found" in result.output
    assert not out.exists()


def test_a_table_that_is_not_a_documents_table_is_refused(tmp_path):
    other = tmp_path / "other.parquet"
    write_parquet(other, [], RECOMMENDATIONS)
    result = run("--documents", str(other), "--out", str(tmp_path / "recs.parquet"))
    assert result.exit_code == 1
    assert "not a documents table: missing column(s) source" in result.output
    garbage = tmp_path / "garbage.parquet"
    garbage.write_bytes(b"not parquet at all")
    result = run("--documents", str(garbage), "--out", str(tmp_path / "recs.parquet"))
    assert result.exit_code == 1
    assert "garbage.parquet: not a readable Parquet table" in result.output
    assert not (tmp_path / "recs.parquet").exists()
