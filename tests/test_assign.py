"""`recs assign`: paraphrases land in their original's cluster, off-topic texts are novel, outputs in three formats."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from openpyxl import load_workbook

from pipeline.cli import app
from pipeline.integrity import file_sha256
from pipeline.schemas import ASSIGNED, TAGGED
from tests import real_data
from tests.modeling_fixtures import ROOT, assign, run, runner, workspace

# New wording of seed recommendations (number -> paraphrase), as a later session might restate them.
PARAPHRASES = {
    "2": "States parties should ensure that victims of trafficking are identified early and proactively, so that they "
    "can receive the protection and assistance they need and those responsible can be effectively prosecuted.",
    "3": "States parties should consider granting temporary residence permits to the relatives of persons who have been trafficked.",
    "13": "States parties should ensure, consistent with national law, that trafficked persons are not penalized for unlawful "
    "acts they were forced to commit by their traffickers, and should help them clear their criminal records.",
    "24": "States parties are encouraged to set up joint investigation teams, where appropriate, using regional mechanisms "
    "such as Europol and INTERPOL, to hold traffickers accountable.",
    "7": "States parties should endeavour to strengthen international cooperation, for instance by streamlining mutual legal "
    "assistance under article 18 of the Organized Crime Convention, notably to facilitate the safe and voluntary "
    "return of trafficking victims.",
    "21": "States parties should consider setting up specialized prosecution units that share anti-trafficking expertise "
    "with local prosecutors and train judges and law enforcement officers.",
}
# Topics the reference corpus never covers (and unlike the texts in data/novelty/).
OFF_TOPIC = {
    "firearms": "States parties should require that imported firearms carry a marking identifying the country of import "
    "and the year of import, and that firearms transferred from government stocks to civilian use are marked accordingly.",
    "smuggling": "States parties should cooperate to suppress the smuggling of migrants by sea, including by boarding and "
    "searching vessels without nationality that are suspected of carrying smuggled migrants, and by rescuing "
    "migrants in distress at sea.",
}
DEV_REPORT = real_data.DEV_REPORT


@pytest.fixture(scope="module")
def ws() -> Path:
    return workspace()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("inputs") / "new-session.csv"
    rows = [{"id": f"para-{n}", "text": text} for n, text in PARAPHRASES.items()]
    rows += [{"id": f"off-{topic}", "text": text} for topic, text in OFF_TOPIC.items()]
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


@pytest.fixture(scope="module")
def assigned(ws: Path, inputs: Path) -> pd.DataFrame:
    out = inputs.parent / "assigned.parquet"
    assign(ws, inputs, "--out", out)
    table = pq.read_table(out)
    assert table.schema.equals(ASSIGNED)
    return table.to_pandas().set_index("id")


@pytest.mark.parametrize("number", sorted(PARAPHRASES))
def test_paraphrase_goes_to_the_original_cluster_and_cites_it(ws: Path, assigned: pd.DataFrame, number: str) -> None:
    clusters = pd.read_parquet(ws / "clusters.parquet").set_index("number")
    original = clusters.loc[number]
    row = assigned.loc[f"para-{number}"]
    assert not row.novel and row.cluster_id == original.cluster_id, row.to_dict()
    assert row.cluster_label == original.cluster_label
    assert original.rec_id in list(row.similar_ids), (original.rec_id, row.similar_ids)
    assert list(row.similar_scores) == sorted(row.similar_scores, reverse=True) and len(row.similar_ids) == 3
    assert 0 < row.probability <= 1


@pytest.mark.parametrize("topic", sorted(OFF_TOPIC))
def test_topic_the_reference_never_covers_is_novel(assigned: pd.DataFrame, topic: str) -> None:
    row = assigned.loc[f"off-{topic}"]
    assert row.novel and row.cluster_id == "novel", row.to_dict()


def test_tags_are_filled_and_reference_untouched(ws: Path, inputs: Path, assigned: pd.DataFrame) -> None:
    assert {"states_parties"} <= set(assigned.loc["para-24"].actors) and "europol" in set(assigned.loc["para-24"].actors)
    assert "UNTOC art. 18" in set(assigned.loc["para-7"].legal_refs)
    assert (assigned.source == str(inputs)).all() and list(assigned.number) == [str(i) for i in range(1, 9)]
    before = {name: file_sha256(ws / name) for name in ("tagged.parquet", "clusters.parquet", "clusters.json")}
    assign(ws, inputs, "--out", inputs.parent / "again.parquet")
    assert before == {name: file_sha256(ws / name) for name in before}


def test_runs_are_byte_identical(ws: Path, inputs: Path, tmp_path: Path, assigned: pd.DataFrame) -> None:
    for name in ("a.parquet", "b.parquet", "a.csv", "b.csv"):
        assign(ws, inputs, "--out", tmp_path / name, "--batch-size", "3")
    assert (tmp_path / "a.parquet").read_bytes() == (tmp_path / "b.parquet").read_bytes()
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    # batches of 3 give the same rows as one batch (only the Parquet row groups differ)
    assert pd.read_parquet(tmp_path / "a.parquet").set_index("id").equals(assigned)
    with open(tmp_path / "a.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ASSIGNED.names and len(rows) == 8


def test_xlsx_is_a_formatted_analyst_sheet(ws: Path, inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "assigned.xlsx"
    assign(ws, inputs, "--out", out)
    sheet = load_workbook(out)["assigned"]
    header = [cell.value for cell in sheet[1]]
    assert header == ASSIGNED.names and all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:{sheet[1][-1].column_letter}9"
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    assert len(rows) == 8
    col = {name: i for i, name in enumerate(header)}
    novel = rows["off-firearms"]
    assert novel[col["novel"]].value is True and novel[col["cluster_id"]].value == "novel"
    assert novel[col["text"]].fill.fgColor.rgb.endswith("FFF2CC")
    kept = rows["para-3"]
    assert kept[col["text"]].fill.fill_type is None and kept[col["text"]].alignment.wrap_text
    assert kept[col["probability"]].number_format == "0.0%" and 0 < kept[col["probability"]].value <= 1
    assert kept[col["similar_ids"]].value.count(", ") == 2
    assert sheet.column_dimensions[sheet[1][col["text"]].column_letter].width >= 60


def test_xlsx_bytes_do_not_depend_on_when_it_was_saved(ws: Path, inputs: Path, tmp_path: Path) -> None:
    """openpyxl stamps the save time (to the second) into the file; two saves of the same rows must still be equal."""
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    assign(ws, inputs, "--out", first)
    time.sleep(2.1)  # zip entry times have a 2-second resolution
    assign(ws, inputs, "--out", second)
    assert first.read_bytes() == second.read_bytes()
    assert load_workbook(first).properties.modified.year == 1980
    assert sorted(path.name for path in tmp_path.iterdir()) == ["first.xlsx", "second.xlsx"]  # no leftovers


def test_reports_run_through_ingest_and_segment(ws: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(DEV_REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "assigned.parquet"
    assign(ws, report, "--out", out)
    frame = pd.read_parquet(out)
    assert {"3", "4"} <= set(frame.number) and (frame.source == str(report)).all()
    documents = pd.read_parquet(ws / "documents.parquet")
    assert all(rec_id.split("-")[0] not in set(documents.doc_id) for rec_id in frame.id)  # rec ids of the new report
    assert frame.id.str.fullmatch(r"[0-9a-f]{16}-\d+(\.\d+)?").all()


def test_clear_errors(ws: Path, tmp_path: Path) -> None:
    no_text = tmp_path / "notes.csv"
    no_text.write_text("id,body\n1,States parties should act.\n")
    good = tmp_path / "good.csv"
    good.write_text("text\nStates parties should consider providing temporary residence permits to victims.\n")
    out = tmp_path / "out.parquet"
    common = [
        "--tagger",
        str(ws / "tagger"),
        "--classifier",
        str(ws / "classifier"),
        "--out",
        str(out),
        "--tagged-reference",
        str(ws / "tagged.parquet"),
    ]
    result = runner.invoke(app, ["assign", str(no_text), str(good), *common])
    assert result.exit_code == 1 and f"{no_text}: has no 'text' column" in result.output
    assert len(pd.read_parquet(out)) == 1  # the good file is still assigned
    assert runner.invoke(app, ["assign", str(no_text), str(good), *common, "--keep-going"]).exit_code == 0
    result = runner.invoke(app, ["assign", str(good), "--tagger", str(ws / "tagger"), "--classifier", str(tmp_path / "none")])
    assert result.exit_code == 1 and "run `recs train` first" in result.output
    result = runner.invoke(app, ["assign", str(good), *common[:4], "--out", str(tmp_path / "out.json")])
    assert result.exit_code == 1 and "unsupported output format '.json'" in result.output
    # the earlier recommendations' tags and sessions are needed to say what a text repeats
    result = runner.invoke(app, ["assign", str(good), *common[:6], "--tagged-reference", str(tmp_path / "none.parquet")])
    assert result.exit_code == 1 and "none.parquet: tagged table not found" in result.output
    result = runner.invoke(app, ["assign", str(good), *common, "--documents", str(tmp_path / "none.parquet")])
    assert result.exit_code == 1 and "none.parquet: documents table not found" in result.output


def test_cli_help_lists_the_options() -> None:
    result = runner.invoke(app, ["assign", "--help"])
    assert result.exit_code == 0
    for option in ("--out", "--tagger", "--classifier", "--tagged-reference", "--documents", "--keep-going", "--batch-size"):
        assert option in result.output
    assert ROOT.joinpath("data/novelty/out_of_scope.jsonl").exists()


def test_lettered_sub_items_take_the_addressee_of_their_lead_in(ws: Path, tmp_path: Path) -> None:
    report = tmp_path / "lettered.txt"
    report.write_text(
        (ROOT / "tests/fixtures/segment/constructed-untoc-lettered.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    out = tmp_path / "assigned.parquet"
    assign(ws, report, "--out", out)
    frame = pd.read_parquet(out).set_index("number")
    assert {"2(a)", "2(b)", "2(c)"} <= set(frame.index)
    # "(a) Develop national action plans ..." names nobody: "recommended that States parties:" does
    assert frame.loc["2(a)", "addressee"] == "states_parties"
    assert frame.loc["2(a)", "text"].startswith("Develop national action plans")


def test_a_changed_reference_table_is_warned_about_and_a_reordered_one_is_not(ws: Path, inputs: Path, tmp_path: Path) -> None:
    table = pq.read_table(ws / "tagged.parquet")
    reordered = tmp_path / "reordered" / "tagged.parquet"
    reordered.parent.mkdir()
    pq.write_table(table.take(list(reversed(range(table.num_rows)))), reordered)
    frame = table.to_pandas()
    frame.loc[0, "addressee"] = "unodc" if frame.loc[0, "addressee"] != "unodc" else "member_states"
    changed = tmp_path / "changed" / "tagged.parquet"
    changed.parent.mkdir()
    pq.write_table(pa.Table.from_pandas(frame, schema=TAGGED, preserve_index=False), changed)

    def warned(reference: Path) -> bool:
        output = run(
            "assign",
            inputs,
            "--out",
            reference.with_name("assigned.parquet"),
            "--tagger",
            ws / "tagger",
            "--classifier",
            ws / "classifier",
            "--tagged-reference",
            reference,
            "--documents",
            ws / "documents.parquet",
        )
        return "changed since the classifier was trained" in output

    assert not warned(reordered)
    assert warned(changed)
