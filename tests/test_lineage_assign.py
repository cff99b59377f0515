"""`recs assign` on later sessions (both layouts and a PDF) against the 2020 seed: what repeats, what is new, what changed.

The fixture reports copy dev records verbatim, so every assigned row is checked against its dev label.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.tagging.lexicon import load_lexicon
from tests import modeling_fixtures
from tests.lineage_support import HEADED, NUMBERED, REFERENCE, dev_labels, squeeze, write_pdf
from tests.modeling_fixtures import workspace


@pytest.fixture(scope="module")
def ws() -> Path:
    return workspace()


def assign(ws: Path, source: Path, out: Path) -> pd.DataFrame:
    modeling_fixtures.assign(ws, source, "--out", out)
    return pd.read_parquet(out) if out.suffix == ".parquet" else pd.DataFrame()


@pytest.fixture(scope="module")
def later(ws: Path, tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    """Both fixture reports assigned, each row joined with its dev label."""
    folder = tmp_path_factory.mktemp("later")
    labels = dev_labels()
    frames = []
    for report in (NUMBERED, HEADED):
        frame = assign(ws, report, folder / f"{report.stem}.parquet")
        frame["gold"] = [labels.get(squeeze(text)) for text in frame["text"]]
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def test_every_recommendation_of_both_layouts_is_found_and_labelled(later: pd.DataFrame) -> None:
    assert len(later) == 22
    assert later["gold"].notna().all(), later.loc[later["gold"].isna(), "text"].tolist()


def test_novel_is_exactly_relation_new_and_new_rows_leave_the_clusters(later: pd.DataFrame) -> None:
    assert set(later["relation"]) <= {"repeats", "related", "new"}
    assert (later["novel"] == (later["relation"] == "new")).all()
    assert (later.loc[later["novel"], "cluster_id"] == "novel").all()
    assert (later.loc[~later["novel"], "cluster_id"] != "novel").all()


def test_new_topics_are_called_new_and_restatements_are_not(later: pd.DataFrame) -> None:
    gold = later["gold"].map(lambda record: record["relation"])
    new = later[gold == "new"]
    restatements = later[gold == "repeats"]
    # six new topics: the 0.85 recall target allows no miss on six; round 7's calibration (225 dev records, held-out new
    # recall 0.832, worst fold seed 0.812) expects one, and calls two related (lin-005, lin-024; docs/lineage.md)
    assert (new["relation"] == "new").sum() >= len(new) - 2, new[["text", "relation", "similar_scores"]]
    assert (restatements["relation"] == "new").mean() <= 0.10
    for row in restatements.itertuples():  # even a restatement the rule misses has its original nearest
        assert row.similar_ids[0].rsplit("-", 1)[1] in row.gold["repeats"], row.text


def test_repeats_name_the_right_earlier_recommendation_readably_with_its_changes(later: pd.DataFrame) -> None:
    called = later[later["relation"] == "repeats"]
    gold = called["gold"].map(lambda record: record["relation"])
    # round 8's calibration keeps room on both new-topic targets at some cost in repeats precision (0.83 on dev): a
    # related ask may be called a repeat, once in these 22; a new topic never
    assert (gold[gold != "repeats"] == "related").all() and (gold != "repeats").sum() <= 1, called["text"].tolist()
    found = called[gold == "repeats"]
    assert len(found) >= 6  # of 10 restatements: the checks below must see most of them
    named_right = []
    for row in found.itertuples():
        number = REFERENCE.match(row.repeats_ref).group(1)
        assert row.repeats_id.endswith(f"-{number}")  # the id and the readable reference name the same recommendation
        assert row.earlier_modality in {"mandatory", "should", "should_consider", "encouraged", "may", "none"}
        if number in row.gold["repeats"]:
            named_right.append(row)
    # issue 11's target is >= 0.90 named right (cross-validated on the lineage dev set: 0.98), one miss in ten: the
    # lineage space weighs theme overlap, so a narrowed ask whose tagged themes equal a neighbour's may name that neighbour
    assert len(found) - len(named_right) <= 1, [
        (row.text, row.repeats_ref) for row in found.itertuples() if row not in named_right
    ]
    for row in named_right:
        assert row.strength_change == row.gold["strength_change"], (row.text, row.earlier_modality, row.modality)
        if row.gold["change"] == "addressee":
            # the change is found; its label is the tagger's (it says "prosecutors" where the label says "prosecution_units")
            before, after = row.addressee_change.split(" → ")
            assert before == "states_parties" and after == row.addressee != before, row.addressee_change
        else:
            assert pd.isna(row.addressee_change), row.addressee_change
    others = later[later["relation"] != "repeats"]
    assert others["repeats_id"].isna().all() and others["strength_change"].isna().all() and others["repeats_ref"].isna().all()


def test_similar_references_are_readable_beside_the_ids(later: pd.DataFrame) -> None:
    for ids, refs in zip(later["similar_ids"], later["similar_refs"]):
        assert len(ids) == len(refs) == 3
        for rec_id, ref in zip(ids, refs):
            assert rec_id.endswith("-" + REFERENCE.match(ref).group(1))


def test_a_pdf_of_the_report_gives_the_same_lineage(ws: Path, later: pd.DataFrame, tmp_path: Path) -> None:
    pdf = write_pdf(NUMBERED.read_text(encoding="utf-8"), tmp_path / "later-session.pdf")
    from_pdf = assign(ws, pdf, tmp_path / "from-pdf.parquet")
    from_txt = later.iloc[:12]
    assert list(from_pdf["number"]) == list(from_txt["number"])
    assert list(from_pdf["relation"]) == list(from_txt["relation"])
    assert list(from_pdf["repeats_ref"].fillna("")) == list(from_txt["repeats_ref"].fillna(""))


def test_excel_has_lineage_beside_the_text_and_a_sheet_of_the_earlier_recommendations(
    ws: Path, later: pd.DataFrame, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "later.xlsx"
    assign(ws, NUMBERED, out)
    book = load_workbook(out)
    assert book.sheetnames == ["assigned", "earlier recommendations"]
    sheet = book["assigned"]
    header = [cell.value for cell in sheet[1]]
    assert header[header.index("text") + 1 : header.index("text") + 3] == ["relation", "repeats_ref"]
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(header)).column_letter}{sheet.max_row}"
    rows = [dict(zip(header, (cell.value for cell in row))) for row in sheet.iter_rows(min_row=2)]
    earlier = book["earlier recommendations"]
    assert [cell.value for cell in earlier[1]] == ["rec_id", "reference", "text", "modality"] and earlier.auto_filter.ref
    listed = {row[0].value: (row[1].value, row[2].value) for row in earlier.iter_rows(min_row=2)}
    seed = pd.read_parquet(ws / "tagged.parquet").set_index("rec_id")
    pointed = {row["repeats_id"] for row in rows if row["repeats_id"]} | {
        rec_id for row in rows for rec_id in row["similar_ids"].split(", ")
    }
    assert set(listed) == pointed
    for rec_id, (reference, text) in listed.items():
        assert text == seed.loc[rec_id, "text"] and REFERENCE.match(reference).group(1) == seed.loc[rec_id, "number"]
    for row in rows:
        if row["relation"] == "repeats":
            assert listed[row["repeats_id"]][0] == row["repeats_ref"]


def test_a_table_row_with_a_lead_in_gets_its_modal_and_strength_change_as_the_lineage_set_does(ws: Path, tmp_path: Path) -> None:
    """`recs assign` on a table with a `context` column tags a lettered item with its lead-in, as `recs lineage`
    and the calibration do for labelled records, so the strength change an analyst reads is the one scored on dev."""
    item = "Provide temporary residence permits to the family members of victims of trafficking in persons;"
    table = tmp_path / "lettered.csv"
    pd.DataFrame(
        {"id": ["bare", "lettered"], "text": [item, item], "context": ["", "The Conference encourages Member States to:"]}
    ).to_csv(table, index=False)
    rows = assign(ws, table, tmp_path / "lettered.parquet").set_index("id")
    assert (rows.at["lettered", "modality"], rows.at["lettered", "addressee"]) == ("encouraged", "member_states")
    assert rows.at["bare", "modality"] != "encouraged"
    scale = load_lexicon("modals")["values"]
    repeats = rows[rows["relation"] == "repeats"]
    assert len(repeats) >= 1
    for row in repeats.itertuples():
        assert row.strength_change == row.modality_strength - scale[row.earlier_modality]
