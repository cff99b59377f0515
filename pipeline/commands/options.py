"""Command-line options that several `recs` commands share, declared once (Typer's ``Annotated`` aliases).

A command writes ``csv: CsvCopy = False`` instead of repeating the flag and its help;
options whose help must name the command's own file (``--out``) share their flag name
through :func:`out_option`. Closed choices are enums, so ``--help`` lists them and Typer
refuses anything else with exit code 2.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer


class Split(str, Enum):
    """Which gold records `recs evaluate` scores."""

    train = "train"
    test = "test"
    all = "all"


class FeatureSet(str, Enum):
    """Feature sets of the classifier (``pipeline.modeling.features.FEATURE_SETS``)."""

    tfidf = "tfidf"
    words = "words"
    tags = "tags"
    tfidf_tags = "tfidf+tags"
    words_tags = "words+tags"


def out_option(help: str) -> Any:
    """``--out`` with the command's own description of what it writes."""
    return typer.Option("--out", help=help)


CsvCopy = Annotated[bool, typer.Option("--csv", help="Also write a CSV copy beside the Parquet table.")]
KeepGoing = Annotated[
    bool, typer.Option("--keep-going", help="Exit 0 even if some inputs could not be read (they are still reported).")
]
BatchSize = Annotated[int, typer.Option("--batch-size", min=1, help="Recommendations per nlp.pipe batch.")]
Seed = Annotated[int, typer.Option("--seed", help="Seed of every random state (KMeans, fold splits).")]
TaggedTable = Annotated[Path, typer.Option("--tagged", help="Tagged reference corpus written by `recs tag`.")]
TaggerDir = Annotated[Path, typer.Option("--tagger", help="Saved tagger written by `recs build-tagger`.")]
TaggerModelDir = Annotated[Path, typer.Option("--model-dir", help="Saved tagger written by `recs build-tagger`.")]
ClassifierDir = Annotated[Path, typer.Option("--classifier", help="Classifier folder written by `recs train`.")]
SeedTexts = Annotated[Path, typer.Option("--seed-texts", help="Gold texts of the session the labelled lineage sets refer to.")]
