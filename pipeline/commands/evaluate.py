"""`recs evaluate`: score the saved tagger against hand-annotated gold recommendations.

Every gold file is reported as a set of its own (seed, constructed and its test part, dev2,
real_dev, blind, real_blind), beside the train / test / all splits pooled over the files; a
file whose name says "blind" is marked so in the printed table.

Writes flat headline figures per split (``metrics/tagging.json``, what
``dvc metrics show`` reads) and the per-theme table, per-file figures and the
list of every error (``metrics/tagging_details.json``) for the analyst.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from pipeline.cli_support import console, handle_errors, progress_bar

DEFAULT_MODEL_DIR = Path("models/tagger")
DEFAULT_OUT = Path("metrics/tagging.json")
SPLITS = ("train", "test", "all")


@handle_errors
def command(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSONL files (e.g. data/gold/seed.jsonl data/gold/constructed.jsonl).")],
    split: Annotated[str, typer.Option("--split", help="Which records to score: test, train, or all (reports train, test and all).")] = "all",
    model_dir: Annotated[Path, typer.Option("--model-dir", help="Saved tagger written by `recs build-tagger`.")] = DEFAULT_MODEL_DIR,
    out: Annotated[Path, typer.Option("--out", help="Headline metrics JSON; details go beside it as <name>_details.json.")] = DEFAULT_OUT,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Recommendations per nlp.pipe batch.")] = 64,
) -> None:
    """Score the saved tagger on gold recommendations: modality, addressee, actors, legal references, themes."""
    from pipeline.atomic import write_json
    from pipeline.errors import RecsError
    from pipeline.tagging.gold import load_gold

    if split not in SPLITS:
        raise typer.BadParameter(f"must be one of {', '.join(SPLITS)}", param_hint="--split")
    records = _load_all(gold, load_gold)
    if split != "all":
        records = [(name, record) for name, record in records if record.split == split]
    if not records:
        raise RecsError(f"no gold records in split {split!r}", path=", ".join(map(str, gold)))
    predicted = _tag(model_dir, [record for _, record in records], batch_size)
    summary, details = _score(records, predicted, split)
    details["tagger"] = _manifest(model_dir)
    details_path = out.with_name(f"{out.stem}_details{out.suffix}")
    write_json(out, summary)
    write_json(details_path, details)
    _print(summary)
    console.print(f"metrics: {out}\ndetails (per theme, errors): {details_path}", highlight=False, soft_wrap=True)


def _load_all(paths: list[Path], load_gold: Any) -> list[tuple[str, Any]]:
    """(file name, record) pairs; an id used in two files is refused, since results are keyed by id."""
    from pipeline.errors import RecsError

    records, seen = [], {}
    for path in paths:
        for record in load_gold(path):
            if record.id in seen:
                raise RecsError(f"id {record.id!r} also appears in {seen[record.id]}", path=path)
            seen[record.id] = path
            records.append((path.name, record))
    return records


def _tag(model_dir: Path, records: list[Any], batch_size: int) -> list[dict[str, Any]]:
    """Tag the gold texts with the saved tagger, telling it which instrument each text is about."""
    from pipeline.tagging.api import tag_rows
    from pipeline.tagging.build import load_tagger

    nlp = load_tagger(model_dir)
    rows = ({"rec_id": record.id, "text": record.text, "context": record.context, "about_instrument": record.about_instrument}
            for record in records)
    tagged = tag_rows(nlp, rows, batch_size=batch_size, n_process=1)
    return [row for row, _ in progress_bar(tagged, "Evaluating", total=len(records))]


def _score(records: list[tuple[str, Any]], predicted: list[dict[str, Any]], split: str) -> tuple[dict, dict]:
    """Headline figures per split (and per file under ``by_file``) plus the details."""
    from pipeline.tagging.evaluation import evaluate_records, headline

    splits = SPLITS if split == "all" else (split,)
    summary: dict[str, Any] = {}
    details: dict[str, Any] = {"per_theme": {}, "errors": {}, "by_file": {}}
    for name in splits:
        chosen = [i for i, (_, record) in enumerate(records) if name == "all" or record.split == name]
        if not chosen:
            continue
        metrics = evaluate_records([records[i][1] for i in chosen], [predicted[i] for i in chosen])
        summary[name] = headline(metrics)
        details["per_theme"][name] = metrics["per_theme"]
        details["errors"][name] = metrics["errors"]
    for file_name in sorted({file_name for file_name, _ in records}):
        for name in splits:
            chosen = [i for i, (f, record) in enumerate(records) if f == file_name and (name == "all" or record.split == name)]
            if chosen:
                metrics = evaluate_records([records[i][1] for i in chosen], [predicted[i] for i in chosen])
                details["by_file"].setdefault(file_name, {})[name] = headline(metrics)
    summary["by_file"] = {}
    for file_name, figures in details["by_file"].items():
        stem = Path(file_name).stem
        summary["by_file"][stem] = figures.get("all", figures.get(split))
        if split == "all" and "train" in figures and "test" in figures:
            # a file holding both splits (constructed.jsonl): its held-back part is a set of its own
            summary["by_file"][f"{stem}_test"] = figures["test"]
    return summary, details


def _manifest(model_dir: Path) -> dict[str, Any]:
    """The saved tagger's manifest (vocabulary versions, base model, mode), if it has one."""
    import json

    from pipeline.tagging.build import MANIFEST

    path = model_dir / MANIFEST
    if not path.is_file():
        return {}
    recorded = json.loads(path.read_text(encoding="utf-8"))
    recorded.pop("files", None)  # integrity hashes, not provenance; a pickled model's bytes may vary
    return recorded


def _print(summary: dict[str, Any]) -> None:
    """One readable table: a row per figure, a column per split and per gold file (all its records)."""
    from rich.console import Console
    from rich.table import Table

    columns = {name: figures for name, figures in summary.items() if name != "by_file"}
    columns.update(summary["by_file"])
    table = Table(title="Tagging evaluation")
    table.add_column("metric", no_wrap=True)
    headers = [f"{name} (blind)" if "blind" in name else name for name in columns]
    for header in headers:
        table.add_column(header, justify="right", no_wrap=True)
    for key in next(iter(columns.values())):
        table.add_row(key, *(_format(figures[key]) for figures in columns.values()))
    width = 26 + sum(max(len(header), 6) + 3 for header in headers)  # every header whole: names tell the sets apart
    Console(soft_wrap=True, width=max(100, width)).print(table)


def _format(value: Any) -> str:
    return str(value) if isinstance(value, int) else f"{value:.4f}"
