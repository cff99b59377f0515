"""Run ONE measured workload in this (fresh) process and print its timing as JSON.

Why a separate process per measurement: peak RSS is per process, and a stage
must not profit from modules or models another stage already loaded. The
parent (`benchmarks/run.py`) reads the peak RSS of this process with
``os.wait4``; this script reports the seconds spent on the work itself, after
the interpreter started, so a stage and its reference are timed the same way:
wall seconds and CPU seconds of this process (CPU time stays meaningful when
other jobs share the machine).

Workloads (first argument, a JSON object):
  {"kind": "cli", "args": ["ingest", "DIR", "--out", "F"]}        a `recs` command, as the user runs it
  {"kind": "pypdf", "files": ["a.pdf", ...]}                       raw pypdf text extraction (PDF reference)
  {"kind": "tag", "model": "NAME", "recommendations": "F", "documents": "D", "out": "O", "jsonl": "J", "batch_size": 64,
   "model_dir": "M" (optional: save the tagger there, untimed)}
                                                                    the tag stage as `recs tag` runs it, tagger assembly apart
  {"kind": "spacy", "model": "NAME", "parquet": "F", "keep": null | ["tok2vec", ...], "batch_size": 64}
                                                                    bare ``nlp.pipe`` over the texts of F (tag reference)
  {"kind": "tagger_pipes", "model": "NAME"}                        the pipe names of our tagger built on NAME
  {"kind": "classify", "model_dir": "D", "tagged": "F"}            load the classifier, assign every tagged row of F

Every workload runs with the garbage collector's thresholds of a `recs` command (``pipeline.cli.GC_THRESHOLDS``),
the in-process ones (tag, spacy, classify, pypdf) as much as the `cli` ones: a stage is timed as the user's command
runs it, and its reference under the same collector.

One-time set-up (importing, loading a model, assembling the tagger, one warm-up text) is reported apart as
``load_seconds`` for the tag, spacy and classify workloads: their figures are throughputs,
and a set-up of ~2-3 s would otherwise dominate a fast stage on a 10,000-row sample.
"""

from __future__ import annotations

import gc
import json
import sys
import time
from typing import Any


class Clock:
    """Wall and CPU seconds since creation."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def read(self) -> dict:
        return {"seconds": time.perf_counter() - self.wall, "cpu_seconds": time.process_time() - self.cpu}


def warm_up(nlp: Any, table: str) -> None:
    """Run the table's first text through the pipeline once, as part of the set-up.

    What a pipeline builds on first use (the theme cue matcher of our tagger, thinc's
    buffers of a bare spaCy model) is set-up too; both sides of a ratio are warmed the same way.
    """
    import pyarrow.parquet as pq

    first = next(pq.ParquetFile(table).iter_batches(batch_size=1, columns=["text"])).column("text")[0].as_py()
    nlp(first or "")


def run_cli(args: list[str]) -> dict:
    from pipeline.cli import app

    clock = Clock()
    try:
        app(args, prog_name="recs")
        code = 0
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    return {**clock.read(), "exit_code": code}


def run_pypdf(files: list[str]) -> dict:
    clock = Clock()
    from pypdf import PdfReader

    pages = characters = 0
    for name in files:
        for page in PdfReader(name).pages:
            characters += len(page.extract_text() or "")
            pages += 1
    return {**clock.read(), "pages": pages, "characters": characters, "exit_code": 0}


def run_tag(
    model: str, recommendations: str, documents: str, out: str, jsonl: str, batch_size: int, model_dir: str | None = None
) -> dict:
    """What `recs tag` does after assembling the tagger: read, tag, write both outputs (the same functions)."""
    import warnings
    from pathlib import Path

    load = Clock()
    from pipeline.tagging.build import build_tagger, save_tagger, tagger_mode
    from pipeline.tagging.tag_stage import about_by_doc, recommendation_rows, write_tagged

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # rule-only mode warns that the base model is missing: intended here
        nlp = build_tagger(model)
    warm_up(nlp, recommendations)
    import pandas  # noqa: F401 -- pyarrow imports it at its first array (the first write): an import, so set-up

    loaded = load.read()
    clock = Clock()
    about = about_by_doc(Path(documents))
    written = write_tagged(nlp, recommendation_rows(Path(recommendations), about, batch_size), Path(out), Path(jsonl), batch_size)
    timed = clock.read()
    if model_dir:  # saved after the clock stops, as later stages (train) need the tagger
        save_tagger(nlp, Path(model_dir))
    return {
        **timed,
        "load_seconds": loaded["seconds"],
        "rows": written,
        "mode": tagger_mode(nlp),
        "pipes": nlp.pipe_names,
        "exit_code": 0,
    }


def run_spacy(model: str, parquet: str, keep: list[str] | None, batch_size: int) -> dict:
    load = Clock()
    import pyarrow.parquet as pq
    import spacy

    nlp = spacy.load(model)
    for name in [name for name in nlp.pipe_names if keep is not None and name not in keep]:
        nlp.remove_pipe(name)
    warm_up(nlp, parquet)
    loaded = load.read()
    clock = Clock()
    words = docs = 0
    for batch in pq.ParquetFile(parquet).iter_batches(batch_size=2048, columns=["text"]):
        for doc in nlp.pipe(batch.column("text").to_pylist(), batch_size=batch_size):
            words += len(doc)
            docs += 1
    return {
        **clock.read(),
        "load_seconds": loaded["seconds"],
        "docs": docs,
        "tokens": words,
        "pipes": nlp.pipe_names,
        "exit_code": 0,
    }


def run_tagger_pipes(model: str) -> dict:
    from pipeline.tagging.build import build_tagger

    nlp = build_tagger(model)
    return {"pipes": nlp.pipe_names, "seconds": 0.0, "cpu_seconds": 0.0, "exit_code": 0}


def run_classify(model_dir: str, tagged: str, batch_size: int) -> dict:
    """Assignment after tagging: the classifier and the lineage decision over an already tagged table, in batches.

    The one-time model load (and the reference catalogue: the tagged rows the classifier was trained on) is reported apart
    (``load_seconds``): the target is the assignment throughput.
    """
    load = Clock()
    import pyarrow.parquet as pq

    from pipeline.modeling.lineage import lineage_rows
    from pipeline.modeling.lineage_catalogue import build_catalogue
    from pipeline.modeling.lineage_decision import NEW
    from pipeline.modeling.manifest import load_classifier
    from pipeline.tables import read_tagged

    loaded_classifier = load_classifier(model_dir)
    model, decision = loaded_classifier.model, loaded_classifier.decision
    reference = read_tagged(tagged)
    catalogue = build_catalogue(reference[reference["rec_id"].isin(set(map(str, model.reference_ids)))])
    loaded = load.read()
    clock = Clock()
    assigned = novel = 0
    for batch in pq.ParquetFile(tagged).iter_batches(batch_size=batch_size):
        frame = batch.to_pandas()
        results = model.assign(frame)
        lineages = lineage_rows(
            frame.to_dict("records"),
            [r["similar_ids"] for r in results],
            [r["similar_scores"] for r in results],
            catalogue,
            decision,
        )
        for row in lineages:
            assigned += 1
            novel += row["relation"] == NEW
    return {**clock.read(), "load_seconds": loaded["seconds"], "assigned": assigned, "novel": novel, "exit_code": 0}


def main() -> int:
    from pipeline.cli import GC_THRESHOLDS

    spec = json.loads(sys.argv[1])
    kind = spec["kind"]
    gc.set_threshold(*GC_THRESHOLDS)
    if kind == "cli":
        result = run_cli(spec["args"])
    elif kind == "pypdf":
        result = run_pypdf(spec["files"])
    elif kind == "spacy":
        result = run_spacy(spec["model"], spec["parquet"], spec.get("keep"), spec.get("batch_size", 64))
    elif kind == "tag":
        result = run_tag(
            spec["model"],
            spec["recommendations"],
            spec["documents"],
            spec["out"],
            spec["jsonl"],
            spec.get("batch_size", 64),
            spec.get("model_dir"),
        )
    elif kind == "classify":
        result = run_classify(spec["model_dir"], spec["tagged"], spec.get("batch_size", 1024))
    elif kind == "tagger_pipes":
        result = run_tagger_pipes(spec["model"])
    else:
        raise SystemExit(f"unknown workload kind: {kind}")
    # The last line of stdout is the result; a stage may print its own lines before it.
    sys.stdout.write("\n" + json.dumps(result, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
