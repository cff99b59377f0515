"""The evaluate stage as ``recs evaluate`` and ``dvc repro`` run it: gold files in, headline and detail metrics out.

Every gold file is scored as a set of its own beside the pooled train / test / all splits
(``gold_scores.score_splits``); the saved tagger's provenance goes into the details so a
metrics diff can say which tagger produced it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pipeline.atomic import write_json
from pipeline.errors import RecsError
from pipeline.tagging.api import tag_rows
from pipeline.tagging.build import load_tagger, provenance
from pipeline.tagging.gold import GoldRecord, load_gold_files
from pipeline.tagging.gold_scores import score_splits

Progress = Callable[[Iterator[dict[str, Any]], int], Iterator[dict[str, Any]]]


def run_evaluate_stage(
    gold: list[Path],
    split: str,
    model_dir: Path,
    out: Path,
    *,
    batch_size: int,
    progress: Progress = lambda rows, _total: rows,
) -> tuple[dict[str, Any], Path]:
    """Tag the chosen split of every gold file, score it, write ``out`` and ``<out>_details``; return the summary and details path.

    ``progress`` wraps the stream of tagged rows with the number expected (the command passes its bar).
    """
    records = [(name, record) for name, record in load_gold_files(gold) if record.in_split(split)]
    if not records:
        raise RecsError(f"no gold records in split {split!r}", path=", ".join(map(str, gold)))
    predicted = list(progress(tag_gold(model_dir, [record for _, record in records], batch_size), len(records)))
    summary, details = score_splits(records, predicted, split)
    details["tagger"] = provenance(model_dir)
    details_path = out.with_name(f"{out.stem}_details{out.suffix}")
    write_json(out, summary)
    write_json(details_path, details)
    return summary, details_path


def tag_gold(model_dir: Path, records: list[GoldRecord], batch_size: int) -> Iterator[dict[str, Any]]:
    """Tag the gold texts with the saved tagger, telling it which instrument each text is about."""
    nlp = load_tagger(model_dir)
    for row, _ in tag_rows(nlp, (record.tagger_row() for record in records), batch_size=batch_size, n_process=1):
        yield row
