"""`recs assign` orchestration: inputs -> recommendation rows -> tags -> cluster, streamed in batches.

Reads reports through the ingest and segment stages (in memory, nothing of the reference corpus is
touched) and tables (CSV/Parquet with a ``text`` column, optional ``id`` and ``number``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow.parquet as pq
from spacy.language import Language

from pipeline.batch import BatchReport
from pipeline.errors import RecsError
from pipeline.modeling import tagger_bridge
from pipeline.modeling.assigner import NOVEL, Assigner
from pipeline.modeling.lineage import lineage_rows
from pipeline.modeling.lineage_catalogue import Catalogue
from pipeline.modeling.lineage_decision import NEW, DecisionConfig
from pipeline.modeling.lineage_neighbours import LineageSpace
from pipeline.schemas import TAG_COLUMNS

TABLE_SUFFIXES = (".csv", ".parquet")
NOVEL_LABEL = "novel: fits no reference cluster"


def _table_rows(path: Path, batch_size: int) -> Iterator[dict[str, Any]]:
    """Rows of a CSV/Parquet input with its ``text`` column; the id defaults to ``file:row``."""
    if path.suffix.lower() == ".csv":
        try:
            chunks: Iterable[pd.DataFrame] = pd.read_csv(
                path, dtype=str, keep_default_na=False, chunksize=batch_size, encoding="utf-8-sig"
            )
            columns = pd.read_csv(path, dtype=str, nrows=0, encoding="utf-8-sig").columns
        except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as error:
            raise RecsError(
                f"cannot be read as CSV ({str(error).splitlines()[0] if str(error) else type(error).__name__})", path
            ) from None
    else:
        try:
            parquet = pq.ParquetFile(path)
        except Exception as error:  # pyarrow raises several types for a file that is not Parquet
            raise RecsError(f"is not a readable Parquet file ({type(error).__name__})", path) from None
        columns = parquet.schema_arrow.names
        chunks = (batch.to_pandas() for batch in parquet.iter_batches(batch_size=batch_size))
    if "text" not in columns:
        raise RecsError(f"has no 'text' column (found: {', '.join(map(str, columns)) or 'none'})", path)
    row_number = 0
    for chunk in chunks:
        for record in chunk.to_dict("records"):
            row_number += 1
            given_id = record.get("id")
            number = record.get("number")
            yield {
                "id": str(given_id) if given_id not in (None, "") and not pd.isna(given_id) else f"{path.name}:{row_number}",
                "source": str(path),
                "number": str(number) if number not in (None, "") and not pd.isna(number) else str(row_number),
                "text": _cell_text(record.get("text")),
                "context": _cell_text(record.get("context")),
                "doc_id": None,
                "about_instrument": None,
            }


def _cell_text(value: Any) -> str:
    """A table cell as text: missing cells (None, NaN) are empty."""
    return "" if value is None or pd.isna(value) else str(value)


def _report_rows(paths: list[Path], report: BatchReport) -> Iterator[dict[str, Any]]:
    """Recommendations of reports read by the ingest stage and split by the segment stage."""
    from pipeline.ingest.documents import iter_documents
    from pipeline.segment.segmenter import segment_document
    from pipeline.tagging.legal_refs import about_instrument_for_body

    for document in iter_documents(paths, report):
        try:
            recommendations = segment_document(document["doc_id"], document["text"])
        except RecsError as error:
            report.processed -= 1  # read fine, but it yields nothing: count it once, as a failure
            report.fail(RecsError(error.message, document["source"]))
            continue
        about = about_instrument_for_body(document.get("body"))
        for rec in recommendations:
            yield {
                "id": rec["rec_id"],
                "source": document["source"],
                "number": rec["number"],
                "text": rec["text"],
                "context": rec["context"],
                "doc_id": rec["doc_id"],
                "about_instrument": about,
            }


def _counted(rows: Iterator[dict[str, Any]], report: BatchReport) -> Iterator[dict[str, Any]]:
    """Stream a table's rows; a table that cannot be read is reported and counted as failed."""
    try:
        yield from rows
    except RecsError as error:
        report.fail(error)
        return
    report.processed += 1


def iter_inputs(paths: Iterable[Path], report: BatchReport, batch_size: int) -> Iterator[dict[str, Any]]:
    """Every input recommendation, file by file in the order given; a bad file is reported and skipped."""
    for path in map(Path, paths):
        if path.suffix.lower() in TABLE_SUFFIXES and path.is_file():
            yield from _counted(_table_rows(path, batch_size), report)
        else:
            yield from _report_rows([path], report)


def _batches(rows: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    while batch := list(islice(rows, size)):
        yield batch


def _cluster(result: dict[str, Any], lineage: dict[str, Any], reference_clusters: dict[str, str]) -> str:
    """NOVEL exactly when the lineage says new; otherwise the classifier's cluster, or, where the support score
    alone had called the text novel, the cluster of the earlier recommendation it repeats or is nearest to."""
    if lineage["relation"] == NEW:
        return NOVEL
    if result["cluster_id"] != NOVEL:
        return result["cluster_id"]
    anchor = lineage["repeats_id"] or result["similar_ids"][0]
    return str(reference_clusters.get(anchor, NOVEL))


def assign_batches(
    rows: Iterator[dict[str, Any]],
    nlp: Language,
    model: Assigner,
    labels: dict[str, str],
    report: BatchReport,
    batch_size: int,
    catalogue: Catalogue,
    decision: DecisionConfig,
) -> Iterator[list[dict[str, Any]]]:
    """Tag, classify and trace input rows a batch at a time; yield ASSIGNED rows. Rows with empty text are skipped and counted.

    ``novel`` is exactly ``relation == "new"``: one decision, calibrated where it is hard (docs/lineage.md).
    """
    reference_clusters = dict(zip(map(str, model.reference_ids), map(str, model.reference_clusters)))
    space = LineageSpace.build(model, catalogue)
    all_sessions = np.ones(len(model.reference_ids), dtype=bool)
    for batch in _batches(rows, batch_size):
        kept = [row for row in batch if row["text"].strip()]
        report.skipped += len(batch) - len(kept)
        if not kept:
            continue
        tagged = list(tagger_bridge.tag(nlp, ({**row, "rec_id": row["id"]} for row in kept), batch_size))
        results = model.assign(tagged)
        candidates, similarity = space.nearest(tagged, all_sessions, model.n_similar)
        shown = [result["similar_ids"] for result in results]
        lineages = lineage_rows(tagged, candidates, similarity, catalogue, decision, shown=shown)
        out = []
        for row, tags, result, lineage in zip(kept, tagged, results, lineages):
            cluster_id = _cluster(result, lineage, reference_clusters)
            out.append(
                {
                    "id": row["id"],
                    "source": row["source"],
                    "number": row["number"],
                    "text": row["text"],
                    **lineage,
                    **{name: tags[name] for name in TAG_COLUMNS},
                    **result,
                    "cluster_id": cluster_id,
                    "novel": lineage["relation"] == NEW,
                    "cluster_label": NOVEL_LABEL if cluster_id == NOVEL else labels.get(cluster_id, cluster_id),
                }
            )
        yield out
