"""The tagger as the modeling stages use it: load with a helpful error, tag plain texts into TAGGED rows."""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language

from pipeline.errors import RecsError


def load(path: str | Path) -> tuple[Language, list[str]]:
    """Load the saved tagger (``recs build-tagger`` writes it); return it and any warnings it raised, for the CLI to print."""
    from pipeline.tagging.build import load_tagger

    if not Path(path).exists():
        raise RecsError("no saved tagger found; run `recs build-tagger` first (or pass --tagger)", path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        nlp = load_tagger(path)
    return nlp, [str(warning.message) for warning in caught]


def tag(nlp: Language, rows: Iterable[dict[str, Any]], batch_size: int = 64) -> Iterator[dict[str, Any]]:
    """TAGGED rows for rows holding at least ``rec_id`` and ``text`` (in input order, streaming)."""
    from pipeline.tagging.api import tag_rows

    for tagged, _record in tag_rows(nlp, rows, batch_size=batch_size):
        yield tagged
