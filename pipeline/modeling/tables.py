"""Reading the tables the modeling stages consume whole, with one-line errors that say which stage to run."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.schemas import CLUSTERS, TAGGED
from pipeline.tables import read_table


def read_tagged(path: str | Path) -> pd.DataFrame:
    return read_table(path, "tagged table", TAGGED.names, "run `recs tag` first")


def read_clusters(path: str | Path) -> pd.DataFrame:
    return read_table(path, "clusters table", CLUSTERS.names, "run `recs cluster` first")
