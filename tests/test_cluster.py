"""`recs cluster` on the tagged seed corpus: schema, determinism, stable ids as the corpus grows, analyst edits."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import Result

from pipeline.atomic import write_parquet
from pipeline.cli import app
from pipeline.errors import RecsError
from pipeline.modeling.cluster_names import load_edits
from pipeline.schemas import CLUSTERS, TAGGED
from tests.modeling_fixtures import runner, workspace


@pytest.fixture(scope="module")
def ws() -> Path:
    return workspace()


def invoke_cluster(ws: Path, out_dir: Path, *extra: str | Path, tagged: Path | None = None) -> Result:
    """`recs cluster` writing clusters.parquet and clusters.json under ``out_dir``, with the names file clusters.yaml there."""
    out_dir.mkdir(parents=True, exist_ok=True)
    args = ["cluster", "--tagged", tagged or ws / "tagged.parquet", "--out", out_dir / "clusters.parquet"]
    args += ["--model", out_dir / "clusters.json", "--names", out_dir / "clusters.yaml", *extra]
    return runner.invoke(app, [str(arg) for arg in args])


def cluster(ws: Path, out_dir: Path, *extra: str | Path, tagged: Path | None = None) -> tuple[pd.DataFrame, dict]:
    """:func:`invoke_cluster`, which must succeed; its table and model."""
    result = invoke_cluster(ws, out_dir, *extra, tagged=tagged)
    assert result.exit_code == 0, f"{result.output}\n{result.exception!r}"
    return pd.read_parquet(out_dir / "clusters.parquet"), json.loads((out_dir / "clusters.json").read_text())


def test_every_recommendation_gets_one_cluster_with_id_and_label(ws: Path) -> None:
    table = pq.read_table(ws / "clusters.parquet")
    assert table.schema.equals(CLUSTERS)
    frame = table.to_pandas()
    tagged = pd.read_parquet(ws / "tagged.parquet")
    assert sorted(frame.rec_id) == sorted(tagged.rec_id) and len(frame) == 26
    assert all(re.fullmatch(r"C\d{2}", cluster_id) for cluster_id in frame.cluster_id)
    model = json.loads((ws / "clusters.json").read_text())
    chosen = model["k_selection"]["chosen_k"]
    assert 3 <= chosen <= 10 and len(model["clusters"]) == chosen == frame.cluster_id.nunique()
    assert set(model["k_selection"]["scores"]) == {str(k) for k in range(3, 11)}
    for cluster in model["clusters"]:
        members = frame[frame.cluster_id == cluster["id"]]
        assert sorted(members.rec_id) == sorted(cluster["members"]) and cluster["size"] == len(members)
        assert set(members.cluster_label) == {cluster["label"]}
        # readable label: dominant themes (from the taxonomy) and top terms
        themes, terms = cluster["label"].split(" · ")
        assert themes and terms and cluster["centroid"]
        assert all(
            theme in {t for cell in tagged[tagged.rec_id.isin(cluster["members"])].themes for t in cell}
            for theme in cluster["themes"]
        )


def test_same_inputs_give_byte_identical_outputs(ws: Path, tmp_path: Path) -> None:
    cluster(ws, tmp_path / "a")
    cluster(ws, tmp_path / "b")
    for name in ("clusters.parquet", "clusters.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_fixed_k_and_invalid_k(ws: Path, tmp_path: Path) -> None:
    frame, model = cluster(ws, tmp_path, "--k", "4")
    assert frame.cluster_id.nunique() == 4 and model["params"]["k"] == 4
    result = invoke_cluster(ws, tmp_path / "x", "--k", "26")
    assert result.exit_code == 1 and "--k must be between 2 and 25" in result.output


def test_growing_corpus_keeps_ids_of_persisting_clusters(ws: Path, tmp_path: Path) -> None:
    tagged = pd.read_parquet(ws / "tagged.parquet")
    # The earlier corpus lacks five recommendations; the later run sees all of them, in another row order.
    early = tagged[~tagged.number.isin(["3", "9", "14", "20", "25"])]
    write_parquet(tmp_path / "early.parquet", early.to_dict("records"), TAGGED)
    write_parquet(tmp_path / "late.parquet", tagged.iloc[::-1].to_dict("records"), TAGGED)
    old, old_model = cluster(ws, tmp_path / "run", "--k", "5", tagged=tmp_path / "early.parquet")
    new, new_model = cluster(ws, tmp_path / "run", "--k", "5", tagged=tmp_path / "late.parquet")
    old_groups = old.groupby("cluster_id").rec_id.apply(set)
    new_groups = new.groupby("cluster_id").rec_id.apply(set)
    kept = set(old_groups.index) & set(new_groups.index)
    assert len(kept) >= 3, (old_groups, new_groups)
    for cluster_id in kept:  # a kept id names a cluster that holds at least half of its old members
        assert len(old_groups[cluster_id] & new_groups[cluster_id]) * 2 >= len(old_groups[cluster_id])
    fresh = set(new_groups.index) - set(old_groups.index)
    assert all(int(c[1:]) > max(int(o[1:]) for o in old_groups.index) for c in fresh)  # never reuses an old number
    assert new_model["next_id"] >= old_model["next_id"]
    # the same corpus again keeps every id
    again, _ = cluster(ws, tmp_path / "run", "--k", "5", tagged=tmp_path / "late.parquet")
    assert again.set_index("rec_id").cluster_id.to_dict() == new.set_index("rec_id").cluster_id.to_dict()


def test_analyst_renames_and_merges_are_respected(ws: Path, tmp_path: Path) -> None:
    shutil.copy(ws / "clusters.json", tmp_path / "clusters.json")
    base = pd.read_parquet(ws / "clusters.parquet")
    ids = sorted(base.cluster_id.unique())
    (tmp_path / "clusters.yaml").write_text(
        f"names:\n  {ids[0]}: Victim support and protection\nmerge:\n  - [{ids[1]}, {ids[2]}]\n"
    )
    frame, model = cluster(ws, tmp_path)
    assert set(frame[frame.cluster_id == ids[0]].cluster_label) == {"Victim support and protection"}
    merged = set(base[base.cluster_id.isin(ids[1:3])].rec_id)
    assert set(frame[frame.cluster_id == ids[1]].rec_id) == merged and ids[2] not in set(frame.cluster_id)
    assert next(c for c in model["clusters"] if c["id"] == ids[1])["merged_from"] == [ids[2]]
    # a later run (same previous model) still applies them
    frame2, _ = cluster(ws, tmp_path)
    assert frame2.equals(frame)


def test_bad_analyst_file_and_missing_input_are_one_line_errors(ws: Path, tmp_path: Path) -> None:
    names = tmp_path / "clusters.yaml"
    names.write_text("merge: [[C01]]\n")
    with pytest.raises(RecsError, match="at least two ids"):
        load_edits(names)
    names.write_text("names: {X1: foo}\n")
    result = invoke_cluster(ws, tmp_path)
    assert result.exit_code == 1 and str(names) in result.output and "not a cluster id" in result.output
    assert not (tmp_path / "clusters.parquet").exists()
    result = runner.invoke(app, ["cluster", "--tagged", str(tmp_path / "missing.parquet")])
    assert result.exit_code == 1 and "run `recs tag` first" in result.output
