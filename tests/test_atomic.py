"""Atomic writes: an output is complete or absent, whatever happens mid-write."""

from __future__ import annotations

import json
import os
import stat

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.atomic import ParquetBatchWriter, atomic_path, iter_parquet_rows, write_json, write_parquet
from pipeline.schemas import CLUSTERS
from pipeline.tables import write_csv_beside


def _rows(count: int) -> list[dict]:
    return [
        {"rec_id": f"d-{i}", "number": str(i), "doc_id": "d", "cluster_id": "C01", "cluster_label": 'victims, "quoted"'}
        for i in range(count)
    ]


def test_failed_write_leaves_previous_file_untouched(tmp_path):
    target = tmp_path / "out.json"
    write_json(target, {"version": 1})
    with pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            tmp.write_text("half", encoding="utf-8")
            raise RuntimeError("crash mid-write")
    assert json.loads(target.read_text()) == {"version": 1}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_streamed_parquet_is_absent_until_closed_and_absent_after_a_crash(tmp_path):
    target = tmp_path / "clusters.parquet"
    with pytest.raises(ValueError):
        with ParquetBatchWriter(target, CLUSTERS) as writer:
            writer.write_rows(_rows(10))
            assert not target.exists()
            raise ValueError("crash after the first batch")
    assert list(tmp_path.iterdir()) == []


def test_streamed_parquet_round_trips_in_batches(tmp_path):
    target = tmp_path / "clusters.parquet"
    with ParquetBatchWriter(target, CLUSTERS) as writer:
        for start in range(0, 25, 10):
            writer.write_rows(_rows(25)[start : start + 10])
    assert writer.rows_written == 25
    batches = list(iter_parquet_rows(target, batch_size=7))
    assert [len(batch) for batch in batches] == [7, 7, 7, 4]
    assert [row["rec_id"] for batch in batches for row in batch] == [f"d-{i}" for i in range(25)]


def test_buffered_rows_make_row_groups_of_the_chosen_size_and_the_rest_on_close(tmp_path):
    target = tmp_path / "clusters.parquet"
    with ParquetBatchWriter(target, CLUSTERS, group_rows=4) as writer:
        for start in range(0, 9, 3):  # 3 rows at a time: a group is written once 4 or more are pending
            writer.add_rows(_rows(9)[start : start + 3])
        assert writer.rows_written == 6  # the last 3 wait for more
    assert writer.rows_written == 9
    metadata = pq.read_metadata(target)
    assert [metadata.row_group(i).num_rows for i in range(metadata.num_row_groups)] == [6, 3]
    assert pq.read_table(target).column("rec_id").to_pylist() == [f"d-{i}" for i in range(9)]


def test_buffered_rows_are_not_published_after_a_crash(tmp_path):
    target = tmp_path / "clusters.parquet"
    with pytest.raises(ValueError):
        with ParquetBatchWriter(target, CLUSTERS, group_rows=100) as writer:
            writer.add_rows(_rows(3))
            raise ValueError("crash before the first group is full")
    assert list(tmp_path.iterdir()) == []


def test_a_pending_row_that_breaks_the_schema_publishes_nothing(tmp_path):
    target = tmp_path / "clusters.parquet"
    with pytest.raises(pa.ArrowException):
        with ParquetBatchWriter(target, CLUSTERS, group_rows=100) as writer:
            writer.add_rows([{"rec_id": 3}])  # refused only when the last group is written, on close
    assert list(tmp_path.iterdir()) == []


def test_rows_that_break_the_schema_are_refused(tmp_path):
    with pytest.raises(pa.ArrowException):  # an int where the schema says string
        write_parquet(tmp_path / "bad.parquet", [{"rec_id": 3}], CLUSTERS)
    assert not (tmp_path / "bad.parquet").exists()


def test_csv_copy_keeps_every_row_and_quotes(tmp_path):
    target = tmp_path / "clusters.parquet"
    write_parquet(target, _rows(3), CLUSTERS)
    csv_path = write_csv_beside(target)
    lines = csv_path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == ",".join(CLUSTERS.names)
    assert len(lines) == 4
    assert lines[1].endswith('"victims, ""quoted"""')


def test_csv_of_an_empty_table_still_has_its_header(tmp_path):
    target = tmp_path / "clusters.parquet"
    write_parquet(target, [], CLUSTERS)
    assert pq.read_table(target).num_rows == 0
    assert write_csv_beside(target).read_text(encoding="utf-8-sig").strip() == ",".join(CLUSTERS.names)


def test_outputs_are_readable_by_others_as_the_umask_allows(tmp_path):
    old = os.umask(0o022)
    try:
        write_json(tmp_path / "metrics.json", {"a": 1})
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "metrics.json").stat().st_mode) == 0o644
