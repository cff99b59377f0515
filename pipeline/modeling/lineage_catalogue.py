"""The earlier recommendations a new one is compared with: tags, text, session and a readable reference per rec_id.

Hash ids say nothing to an analyst, so every earlier recommendation is also named by body, session date
and printed number (wording from ``lexicon/references.yaml``). Sessions are ordered by date, so "the
latest earlier session" and "the sessions before this one" are defined.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from pipeline import schemas
from pipeline.modeling.lineage_words import WordIndex
from pipeline.modeling.vectors import as_label_list
from pipeline.tables import read_table, read_tagged
from pipeline.tagging.lexicon import load_lexicon

DOCUMENT_COLUMNS = schemas.schema_columns(schemas.DOCUMENTS, "doc_id", "body", "symbol", "date")


def _given(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def readable_reference(body: Any, date: Any, number: Any, symbol: Any = None) -> str:
    """'WG on Trafficking in Persons, 2020-09-11, Recommendation 10'; the document symbol stands in for an unknown body."""
    wording = load_lexicon("references")
    name = str(body) if _given(body) else str(symbol) if _given(symbol) else wording["unknown_body"]
    for long, short in wording["body_abbreviations"].items():
        name = name.replace(long, short)
    when = str(date) if _given(date) else wording["unknown_date"]
    return f"{name}, {when}, {wording['number_label']} {number}"


def action_verbs(clauses: Any) -> frozenset[str]:
    """Lemmas of the requested verbs of a recommendation's modal clauses: what it asks to be done."""
    if clauses is None or (isinstance(clauses, float) and np.isnan(clauses)):
        return frozenset()
    return frozenset(str(clause["verb"]) for clause in clauses if clause.get("verb"))


@dataclass(frozen=True)
class Catalogue:
    """Reference recommendations indexed by rec_id, with ``session`` = rank of their document by date (0 = oldest).

    ``words`` holds the same recommendations (in ``frame`` order) in the word view of ``lineage_words``.
    """

    frame: pd.DataFrame
    words: WordIndex

    def word_area(self, texts: list[str], allowed: np.ndarray | None, k: int) -> np.ndarray:
        """Word-view area of each text among the ``allowed`` reference recommendations (bool over ``frame``; None = all)."""
        return self.words.area(texts, np.ones(len(self.frame), dtype=bool) if allowed is None else allowed, k)

    @property
    def sessions(self) -> pd.DataFrame:
        """One row per reference session, oldest first: doc_id, body, symbol, date, session."""
        return (
            self.frame.drop_duplicates("doc_id")[["doc_id", "body", "symbol", "date", "session"]]
            .sort_values("session")
            .reset_index(drop=True)
        )


def build_catalogue(tagged: pd.DataFrame, documents: pd.DataFrame | None = None) -> Catalogue:
    """Join the tagged reference with its documents' body and date; rank the sessions by date (then doc_id).

    Without a documents table (calibration needs none) every session is undated and references name no body.
    """
    if documents is None:
        documents = pd.DataFrame({"doc_id": tagged["doc_id"].unique(), "body": None, "symbol": None, "date": None})
    docs = documents[list(DOCUMENT_COLUMNS)].drop_duplicates("doc_id").copy()
    docs["date"] = docs["date"].where(docs["date"].notna(), None)
    docs = docs.sort_values(["date", "doc_id"], na_position="first", key=lambda s: s.fillna("")).reset_index(drop=True)
    docs["session"] = np.arange(len(docs))
    frame = tagged.merge(docs, on="doc_id", how="left")
    unknown = frame["session"].isna()
    frame.loc[unknown, "session"] = -1  # a recommendation whose document is not in the table: oldest, undated
    frame["session"] = frame["session"].astype(int)
    frame["ref"] = [readable_reference(*cells) for cells in zip(frame["body"], frame["date"], frame["number"], frame["symbol"])]
    frame["verbs"] = [action_verbs(c) for c in frame["modal_clauses"]]
    frame["theme_set"] = [frozenset(as_label_list(t)) for t in frame["themes"]]
    frame["refs_set"] = [frozenset(as_label_list(r)) for r in frame["legal_refs"]]
    return Catalogue(frame.set_index("rec_id", drop=False), WordIndex.fit(frame["text"].fillna("").tolist()))


def read_documents(path: str | Path) -> pd.DataFrame:
    """The documents table's body and date columns (the text is not needed here)."""
    return read_table(path, "documents table", DOCUMENT_COLUMNS, "run `recs ingest` first", only=True)


def load_catalogue(tagged_path: str | Path, documents_path: str | Path) -> Catalogue:
    """The catalogue of the reference tables ``recs tag`` and ``recs ingest`` wrote."""
    return build_catalogue(read_tagged(tagged_path), read_documents(documents_path))
