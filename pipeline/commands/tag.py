"""`recs tag`: recommendations.parquet -> tagged.parquet + tagged.jsonl (+ an optional displaCy page).

Applies the tagger `recs build-tagger` saved under ``--model-dir`` to every recommendation,
in a stream of batches.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from pipeline.cli_support import console, handle_errors, progress_bar

DEFAULT_RECOMMENDATIONS = Path("data/processed/recommendations.parquet")
DEFAULT_DOCUMENTS = Path("data/processed/documents.parquet")
DEFAULT_OUT = Path("data/processed/tagged.parquet")
DEFAULT_JSONL = Path("data/processed/tagged.jsonl")
DEFAULT_MODEL_DIR = Path("models/tagger")


@handle_errors
def command(
    recommendations: Annotated[Path, typer.Option("--recommendations", help="Recommendations table written by `recs segment`.")] = DEFAULT_RECOMMENDATIONS,
    documents: Annotated[Path, typer.Option("--documents", help="Documents table (its `body` tells which instrument \"the Protocol\" means); skipped if absent.")] = DEFAULT_DOCUMENTS,
    out: Annotated[Path, typer.Option("--out", help="Where to write the tagged table (Parquet).")] = DEFAULT_OUT,
    jsonl: Annotated[Path, typer.Option("--jsonl", help="Where to write every span with its offsets (JSON Lines).")] = DEFAULT_JSONL,
    html: Annotated[Path | None, typer.Option("--html", help="Also write a displaCy page of the tagged recommendations here.")] = None,
    model_dir: Annotated[Path, typer.Option("--model-dir", help="Saved tagger written by `recs build-tagger`.")] = DEFAULT_MODEL_DIR,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Recommendations per nlp.pipe batch.")] = 64,
    n_process: Annotated[int, typer.Option("--n-process", min=1, help="Processes for nlp.pipe.")] = 1,
    csv: Annotated[bool, typer.Option("--csv", help="Also write a CSV copy beside the Parquet table.")] = False,
) -> None:
    """Tag every recommendation: modality, addressee, actors, legal references, themes."""
    import warnings

    from pipeline.tables import check_input_table, write_csv_beside
    from pipeline.tagging.build import load_tagger, tagger_mode
    from pipeline.tagging.table import REC_COLUMNS, about_by_doc, recommendation_rows, write_tagged

    total = check_input_table(recommendations, "recommendations table", REC_COLUMNS, "run `recs segment` first")
    about = about_by_doc(documents)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        nlp = load_tagger(model_dir)
    for warning in caught:
        console.print(f"[yellow]warning:[/] {warning.message}", markup=True, highlight=False, soft_wrap=True)
    mode = tagger_mode(nlp)
    written = write_tagged(nlp, recommendation_rows(recommendations, about, batch_size), out, jsonl, batch_size, n_process,
                           progress=lambda stream: progress_bar(stream, "Tagging", total=total))
    base = nlp.meta.get("recs", {}).get("base_model") or "none"
    lines = [f"{written} recommendations tagged ({mode} mode, base {base})", f"table: {out}", f"spans: {jsonl}",
             f"tagger: {model_dir}"]
    if csv:
        lines.append(f"CSV copy: {write_csv_beside(out)}")
    if html is not None:
        from pipeline.tagging.render import write_html

        lines.append(f"displaCy page: {write_html(_read_jsonl(jsonl), html)}")
    console.print("\n".join(lines), highlight=False, soft_wrap=True)


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)
