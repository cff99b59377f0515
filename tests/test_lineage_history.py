"""A reference that grows: three sessions (2010 excerpt, 2020 seed, a constructed 2022 session), each traced
against the ones before it, and a later text compared with all of them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.schemas import LINEAGE
from tests import real_data
from tests.lineage_support import NUMBERED, REFERENCE, dev_labels, squeeze
from tests.modeling_fixtures import LINEAGE_DEV, SEED_TEXTS, assign, build_reference, run

SESSIONS = [real_data.DEV_REPORT, real_data.SEED_REPORT, NUMBERED]


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The three sessions dropped into a raw folder and built with the real commands, as `dvc repro` would."""
    root = tmp_path_factory.mktemp("grown")
    raw = root / "raw"
    raw.mkdir()
    for report in SESSIONS:
        shutil.copy(report, raw / report.name)
    build_reference(root, [raw])
    run(
        "lineage",
        "--tagged",
        root / "tagged.parquet",
        "--documents",
        root / "documents.parquet",
        "--classifier",
        root / "classifier",
        "--tagger",
        root / "tagger",
        "--out",
        root / "lineage.parquet",
        "--metrics",
        root / "lineage.json",
        "--labelled",
        LINEAGE_DEV,
        "--seed-texts",
        SEED_TEXTS,
    )
    return root


@pytest.fixture(scope="module")
def history(grown: Path) -> pd.DataFrame:
    table = pq.read_table(grown / "lineage.parquet")
    assert table.schema.equals(LINEAGE)
    return table.to_pandas()


def test_every_reference_recommendation_is_traced_against_the_sessions_before_it(grown: Path, history: pd.DataFrame) -> None:
    tagged = pd.read_parquet(grown / "tagged.parquet")
    assert sorted(history["rec_id"]) == sorted(tagged["rec_id"])
    by_date = history.groupby("session_date")["earlier_sessions"].unique()
    assert list(by_date.index) == ["2010-02-16", "2020-09-11", "2022-07-20"]
    assert [list(value) for value in by_date] == [[0], [1], [2]]
    oldest = history[history["earlier_sessions"] == 0]
    assert oldest["relation"].isna().all() and oldest["similar_ids"].map(len).eq(0).all()
    later = history[history["earlier_sessions"] > 0]
    assert later["relation"].isin(["repeats", "related", "new"]).all()


def test_the_2022_session_repeats_what_the_labels_say_it_repeats(grown: Path, history: pd.DataFrame) -> None:
    labels = dev_labels()
    texts = pd.read_parquet(grown / "tagged.parquet").set_index("rec_id")["text"]
    session = history[history["session_date"] == "2022-07-20"]
    assert len(session) == 12
    gold = [labels[squeeze(texts[rec_id])] for rec_id in session["rec_id"]]
    refs = dict(zip(history["rec_id"], history["ref"]))
    found, misnamed = 0, []
    for row, record in zip(session.itertuples(), gold):
        if record["relation"] == "new":
            assert row.relation != "repeats", row.ref
        if row.relation == "repeats":
            found += 1
            assert record["relation"] == "repeats", row.ref
            assert refs[row.repeats_id] == row.repeats_ref
            if REFERENCE.match(row.repeats_ref).group(1) not in record["repeats"]:
                misnamed.append((row.ref, row.repeats_ref))
            else:
                assert row.strength_change == record["strength_change"], row.ref
    assert found >= 3  # of the session's five restatements
    # issue 11 asks >= 0.90 named right (cross-validated on the lineage dev set: 0.98): one miss allowed, as in
    # tests/test_lineage_assign.py (a narrowed ask whose tagged themes equal a neighbour's may name that neighbour)
    assert len(misnamed) <= 1, misnamed


def test_a_later_text_is_compared_with_every_session_and_names_the_latest(grown: Path, tmp_path: Path) -> None:
    labels = {record["id"]: record for record in dev_labels().values()}
    restated = labels["lin-046"]  # restates seed recommendation 3, as the 2022 session's paragraph 2 did
    source = tmp_path / "next-session.csv"
    pd.DataFrame([{"id": "next-1", "text": restated["text"]}]).to_csv(source, index=False)
    out = tmp_path / "assigned.parquet"
    assign(grown, source, "--out", out)
    row = pd.read_parquet(out).iloc[0]
    assert row["relation"] == "repeats"
    history = pd.read_parquet(grown / "lineage.parquet").set_index("rec_id")
    named = history.loc[row["repeats_id"]]
    assert (named["session_date"], named["number"]) == ("2022-07-20", "2"), row["repeats_ref"]
    assert row["repeats_ref"] == named["ref"] and "2022-07-20, Recommendation 2" in row["repeats_ref"]
    assert list(row["also_repeats"]) == [history.index[(history["session_date"] == "2020-09-11") & (history["number"] == "3")][0]]


def test_lineage_metrics_report_the_labelled_set(grown: Path) -> None:
    metrics = json.loads((grown / "lineage.json").read_text(encoding="utf-8"))
    dev = metrics["dev"]
    assert dev["n"] == sum(sum(row.values()) for row in dev["confusion"].values())
    assert set(dev["confusion"]) == {"repeats", "related", "new"}
    assert metrics["decision"]["calibrated"] is True


def test_lineage_errors_are_one_line_naming_the_file(grown: Path, tmp_path: Path) -> None:
    from pipeline.cli import app
    from tests.modeling_fixtures import runner

    common = [
        "lineage",
        "--tagged",
        str(grown / "tagged.parquet"),
        "--documents",
        str(grown / "documents.parquet"),
        "--classifier",
        str(grown / "classifier"),
        "--tagger",
        str(grown / "tagger"),
        "--out",
        str(tmp_path / "lineage.parquet"),
        "--metrics",
        str(tmp_path / "lineage.json"),
    ]
    result = runner.invoke(app, [*common, "--labelled", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 1 and "none.jsonl: lineage set not found" in result.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "States parties should act.", "relation": "repeats", "repeats": ["99"]}\n', encoding="utf-8")
    result = runner.invoke(app, [*common, "--labelled", str(bad)])
    assert (
        result.exit_code == 1
        and "bad.jsonl: line 1: repeats ['99'], not printed numbers of the labelled session" in result.output
    )
    assert not (tmp_path / "lineage.json").exists() and not (tmp_path / "lineage.parquet").exists()
