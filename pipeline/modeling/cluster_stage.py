"""The cluster stage as ``recs cluster`` and ``dvc repro`` run it: the tagged table in, clusters table and cluster model out.

The model of the previous run is read from the same path the new one is written to, so
clusters that persist keep their ids; the analyst's names file is applied and recorded.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.atomic import write_json, write_parquet
from pipeline.modeling.cluster_names import load_edits
from pipeline.modeling.clustering import ClusterModel, cluster_corpus, read_previous
from pipeline.modeling.hashing import tagged_hash
from pipeline.schemas import CLUSTERS
from pipeline.tables import read_tagged


def run_cluster_stage(
    tagged: Path, out: Path, model: Path, names: Path, *, k: int | None, k_min: int, k_max: int, min_size: int, seed: int
) -> tuple[ClusterModel, int]:
    """Cluster the tagged reference, write the table and the model; return the model and how many rows were written."""
    frame = read_tagged(tagged)
    result = cluster_corpus(
        frame,
        k=k,
        k_min=k_min,
        k_max=k_max,
        min_size=min_size,
        seed=seed,
        previous=read_previous(model),
        edits=load_edits(names),
        data_hash=tagged_hash(frame),
    )
    rows = result.table_rows(frame)
    write_parquet(out, rows, CLUSTERS)
    payload = result.to_json()
    payload["names_file"] = str(names) if names.exists() else None
    write_json(model, payload)
    return result, len(rows)
