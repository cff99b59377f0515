"""The public table contracts, one Arrow schema per output table.

Every stage writes through these schemas, so a column missing or of the wrong
type fails at write time instead of surprising a downstream user.
"""

from __future__ import annotations

import pyarrow as pa


def schema_columns(schema: pa.Schema, *names: str) -> tuple[str, ...]:
    """``names``, each checked against ``schema``: a subset of columns a module names, which fails at import
    when a column is renamed here instead of reading silently wrong."""
    missing = [name for name in names if name not in schema.names]
    if missing:
        raise ValueError(f"not columns of the schema: {', '.join(missing)}")
    return names


DOCUMENTS = pa.schema(
    [
        ("doc_id", pa.string()),  # sha256 (first 16 hex) of the clean text
        ("source", pa.string()),  # path as given
        ("format", pa.string()),  # txt | pdf | docx | html
        ("body", pa.string()),  # e.g. "Working Group on Trafficking in Persons"
        ("symbol", pa.string()),  # e.g. "CTOC/COP/WG.4/2010/6"
        ("date", pa.string()),  # ISO 8601 date of the report, e.g. "2020-09-11"
        ("venue", pa.string()),  # e.g. "Vienna"
        ("title", pa.string()),  # e.g. "Draft Report"
        ("language", pa.string()),  # ISO 639-1 code detected on the text
        ("text", pa.string()),  # clean text
        ("pages", pa.int32()),  # pages in the source (1 for formats without pages)
    ]
)

RECOMMENDATIONS = pa.schema(
    [
        ("rec_id", pa.string()),  # f"{doc_id}-{number}"
        ("doc_id", pa.string()),
        ("number", pa.string()),  # as printed: "3", or "2(a)" for a lettered sub-item
        ("section", pa.string()),  # heading path joined with " > "
        ("text", pa.string()),  # == documents.text[start:end]
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("truncated", pa.bool_()),  # the source stops mid-recommendation
        ("context", pa.string()),  # lead-in of a lettered sub-item ("... recommended that States parties:"), else ""
    ]
)

MODAL_CLAUSE = pa.struct(
    [
        ("value", pa.string()),
        ("strength", pa.int8()),
        ("negated", pa.bool_()),
        ("subject", pa.string()),  # canonical actor id of the grammatical subject, or "none"
        ("verb", pa.string()),  # lemma of the main (requested) verb
        ("start", pa.int64()),  # character offsets into the recommendation text
        ("end", pa.int64()),
    ]
)

TAGGED = pa.schema(
    [
        ("rec_id", pa.string()),
        ("doc_id", pa.string()),
        ("number", pa.string()),
        ("text", pa.string()),
        ("modality", pa.string()),
        ("modality_strength", pa.int8()),
        ("negated", pa.bool_()),
        ("modal_clauses", pa.list_(MODAL_CLAUSE)),
        ("addressee", pa.string()),
        ("actors", pa.list_(pa.string())),
        ("legal_refs", pa.list_(pa.string())),
        ("themes", pa.list_(pa.string())),
        ("theme_groups", pa.list_(pa.string())),
        ("theme_scores", pa.list_(pa.float64())),  # aligned with `themes`
    ]
)

# The recommendation columns a tagged row carries over (what `recs tag` reads); the rest are its tags.
TAG_KEY_COLUMNS = [name for name in TAGGED.names if name in RECOMMENDATIONS.names]
TAG_COLUMNS = [name for name in TAGGED.names if name not in TAG_KEY_COLUMNS]

CLUSTERS = pa.schema(
    [
        ("rec_id", pa.string()),
        ("number", pa.string()),
        ("doc_id", pa.string()),
        ("cluster_id", pa.string()),
        ("cluster_label", pa.string()),
    ]
)

# Lineage of a recommendation against earlier sessions (docs/lineage.md). Change fields are null unless it repeats.
LINEAGE_COLUMNS = [
    ("relation", pa.string()),  # repeats | related | new
    ("repeats_ref", pa.string()),  # readable: "WG on Trafficking in Persons, 2020-09-11, Recommendation 10"
    ("strength_change", pa.int8()),  # later minus earlier modality strength
    ("addressee_change", pa.string()),  # "states_parties → member_states"; null when unchanged
    ("earlier_modality", pa.string()),
    ("refs_added", pa.list_(pa.string())),  # legal references the later text adds
    ("refs_dropped", pa.list_(pa.string())),
    ("repeats_id", pa.string()),  # rec_id of the repeated recommendation (of the latest session that asked it)
    ("also_repeats", pa.list_(pa.string())),  # rec_ids of earlier sessions that asked the same, latest first
]

ASSIGNED = pa.schema(
    [
        ("id", pa.string()),
        ("source", pa.string()),
        ("number", pa.string()),
        ("text", pa.string()),
        *LINEAGE_COLUMNS,  # beside the text, where analysts read them
        *[(name, TAGGED.field(name).type) for name in TAG_COLUMNS],
        ("cluster_id", pa.string()),
        ("cluster_label", pa.string()),
        ("probability", pa.float64()),
        ("novel", pa.bool_()),  # exactly relation == "new"
        ("similar_ids", pa.list_(pa.string())),
        ("similar_refs", pa.list_(pa.string())),  # readable references, aligned with similar_ids
        ("similar_scores", pa.list_(pa.float64())),
    ]
)

# Every reference recommendation against the sessions before its own (data/processed/lineage.parquet).
LINEAGE = pa.schema(
    [
        ("rec_id", pa.string()),
        ("doc_id", pa.string()),
        ("number", pa.string()),
        ("ref", pa.string()),  # its own readable reference
        ("session_date", pa.string()),
        ("earlier_sessions", pa.int32()),  # how many reference sessions precede it (0: nothing to compare)
        ("modality", pa.string()),
        ("modality_strength", pa.int8()),
        *LINEAGE_COLUMNS,
        ("similar_ids", pa.list_(pa.string())),
        ("similar_refs", pa.list_(pa.string())),
        ("similar_scores", pa.list_(pa.float64())),
    ]
)
