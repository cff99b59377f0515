"""`recs tag` through Typer's CliRunner on a small recommendations table written here."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline.atomic import write_parquet
from pipeline.cli import app
from pipeline.schemas import DOCUMENTS, RECOMMENDATIONS, TAGGED

TEXTS = [
    "States parties should implement articles 5 and 6 of the Protocol in cooperation with civil society.",
    "Member States are encouraged to share <script>alert('x')</script> data with INTERPOL.",
    "Notes the report of the Secretary-General.",
]


def _write_inputs(root, body="Working Group on the Smuggling of Migrants"):
    rows = [
        {
            "rec_id": f"doc1-{n}",
            "doc_id": "doc1",
            "number": str(n),
            "section": "II",
            "text": text,
            "start": 0,
            "end": len(text),
            "truncated": False,
        }
        for n, text in enumerate(TEXTS, start=1)
    ]
    write_parquet(root / "recommendations.parquet", rows, RECOMMENDATIONS)
    document = {
        "doc_id": "doc1",
        "source": "r.txt",
        "format": "txt",
        "body": body,
        "symbol": None,
        "date": None,
        "venue": None,
        "title": None,
        "language": "en",
        "text": " ".join(TEXTS),
        "pages": 1,
    }
    write_parquet(root / "documents.parquet", [document], DOCUMENTS)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("tag")
    _write_inputs(root)
    built = CliRunner().invoke(app, ["build-tagger", "--out", str(root / "tagger")])
    assert built.exit_code == 0, built.output
    result = CliRunner().invoke(
        app,
        [
            "tag",
            "--recommendations",
            str(root / "recommendations.parquet"),
            "--documents",
            str(root / "documents.parquet"),
            "--out",
            str(root / "tagged.parquet"),
            "--jsonl",
            str(root / "tagged.jsonl"),
            "--html",
            str(root / "tagged.html"),
            "--model-dir",
            str(root / "tagger"),
            "--batch-size",
            "2",
            "--csv",
        ],
    )
    return root, result


def test_tag_writes_table_jsonl_html_and_tagger(run):
    root, result = run
    assert result.exit_code == 0, result.output
    table = pq.read_table(root / "tagged.parquet")
    assert table.schema.equals(TAGGED)
    rows = table.to_pylist()
    assert [row["rec_id"] for row in rows] == ["doc1-1", "doc1-2", "doc1-3"]
    assert rows[0]["legal_refs"] == ["SOM_PROTOCOL art. 5", "SOM_PROTOCOL art. 6"]  # body -> about_instrument
    assert (rows[0]["modality"], rows[1]["modality"], rows[2]["modality"]) == ("should", "encouraged", "none")
    assert rows[1]["actors"] == ["interpol", "member_states"]
    lines = (root / "tagged.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    # one canonical form a line (sorted keys, text as written, not \u-escaped): reruns and diffs compare bytes
    assert lines == [json.dumps(record, ensure_ascii=False, sort_keys=True) for record in records]
    assert [record["rec_id"] for record in records] == ["doc1-1", "doc1-2", "doc1-3"]
    assert records[0]["spans"]["legal_refs"][0]["canonical"] == "SOM_PROTOCOL art. 5"
    assert (root / "tagged.csv").is_file()
    assert (root / "tagger" / "recs_manifest.json").is_file()
    page = (root / "tagged.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "actor: interpol" in page and "ref: SOM_PROTOCOL art. 5" in page
    assert "http" not in page.split("<body>")[0]  # no external resources: readable offline
    assert "3 recommendations tagged (parsed mode" in result.output


def test_missing_recommendations_is_one_line_error(tmp_path):
    result = CliRunner().invoke(
        app, ["tag", "--recommendations", str(tmp_path / "nope.parquet"), "--model-dir", str(tmp_path / "tagger")]
    )
    assert result.exit_code == 1
    assert "recommendations table not found" in result.output
    assert not (tmp_path / "tagger").exists()


def test_rule_only_mode_via_cli_warns_and_tags(tmp_path):
    _write_inputs(tmp_path, body="Working Group on Trafficking in Persons")
    built = CliRunner().invoke(
        app, ["build-tagger", "--out", str(tmp_path / "tagger"), "--set", "paths.base_model=no_such_model_xyz"]
    )
    assert built.exit_code == 0, built.output
    assert "rule-only mode: base model 'no_such_model_xyz' is not installed" in built.output
    result = CliRunner().invoke(
        app,
        [
            "tag",
            "--recommendations",
            str(tmp_path / "recommendations.parquet"),
            "--documents",
            str(tmp_path / "documents.parquet"),
            "--out",
            str(tmp_path / "t.parquet"),
            "--jsonl",
            str(tmp_path / "t.jsonl"),
            "--model-dir",
            str(tmp_path / "tagger"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "rule-only mode" in result.output
    rows = pq.read_table(tmp_path / "t.parquet").to_pylist()
    assert rows[0]["legal_refs"] == ["TIP_PROTOCOL art. 5", "TIP_PROTOCOL art. 6"]
    assert [row["modality"] for row in rows] == ["should", "encouraged", "none"]
