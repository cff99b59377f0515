"""What the export reads besides the tagged table: lead-ins, document sources, label lists."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from pipeline.atomic import iter_parquet_rows
from pipeline.tagging.extensions import NO_INSTRUMENT
from pipeline.tagging.gold import NO_ADDRESSEE
from pipeline.tagging.legal_refs import about_instrument_for_body
from pipeline.tagging.lexicon import load_lexicon
from pipeline.tagging.themes import all_sub_themes


def contexts_by_rec(recommendations: Path) -> dict[str, str]:
    """rec_id -> lead-in, for the lettered sub-items (empty without the table or its context column)."""
    if not recommendations.is_file() or "context" not in pq.read_schema(recommendations).names:
        return {}
    return {
        row["rec_id"]: row["context"]
        for batch in iter_parquet_rows(recommendations, columns=["rec_id", "context"])
        for row in batch
        if row["context"]
    }


def documents_by_id(documents: Path) -> dict[str, dict[str, str]]:
    """doc_id -> where it comes from (symbol, else path) and the instrument it is about."""
    if not documents.is_file():
        return {}
    return {
        row["doc_id"]: {
            "source": row["symbol"] or row["source"] or "",
            "about_instrument": about_instrument_for_body(row["body"]),
        }
        for batch in iter_parquet_rows(documents, columns=["doc_id", "source", "symbol", "body"])
        for row in batch
    }


def label_lists() -> dict[str, list[str]]:
    """Every choice the labeling config offers, from the shipped vocabularies (so they never drift apart)."""
    actors = list(load_lexicon("actors")["actors"])
    return {
        "modality": list(load_lexicon("modals")["values"]),
        "addressee": [NO_ADDRESSEE, *actors],
        "negated": ["false", "true"],
        "about_instrument": [*load_lexicon("instruments")["instruments"], NO_INSTRUMENT],
        "actors": actors,
        "themes": all_sub_themes(),
    }
