"""`recs tag`: recommendations.parquet -> tagged.parquet + tagged.jsonl (+ an optional displaCy page).

Applies the tagger `recs build-tagger` saved under ``--model-dir`` to every recommendation,
in a stream of batches.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli_support import console, handle_errors, progress_bar, warnings_shown
from pipeline.commands import paths
from pipeline.commands.options import BatchSize, CsvCopy, TaggerModelDir, out_option


@handle_errors
def command(
    recommendations: Annotated[
        Path, typer.Option("--recommendations", help="Recommendations table written by `recs segment`.")
    ] = paths.RECOMMENDATIONS,
    documents: Annotated[
        Path,
        typer.Option(
            "--documents", help='Documents table (its `body` tells which instrument "the Protocol" means); skipped if absent.'
        ),
    ] = paths.DOCUMENTS,
    out: Annotated[Path, out_option("Where to write the tagged table (Parquet).")] = paths.TAGGED,
    jsonl: Annotated[
        Path, typer.Option("--jsonl", help="Where to write every span with its offsets (JSON Lines).")
    ] = paths.TAGGED_JSONL,
    html: Annotated[
        Path | None, typer.Option("--html", help="Also write a displaCy page of the tagged recommendations here.")
    ] = None,
    model_dir: TaggerModelDir = paths.TAGGER,
    batch_size: BatchSize = 64,
    n_process: Annotated[int, typer.Option("--n-process", min=1, help="Processes for nlp.pipe.")] = 1,
    csv: CsvCopy = False,
) -> None:
    """Tag every recommendation: modality, addressee, actors, legal references, themes."""
    from pipeline.schemas import TAG_KEY_COLUMNS
    from pipeline.tables import check_input_table, write_csv_beside
    from pipeline.tagging.build import load_tagger, tagger_mode
    from pipeline.tagging.tag_stage import about_by_doc, recommendation_rows, span_records, write_tagged

    total = check_input_table(recommendations, "recommendations table", TAG_KEY_COLUMNS, "run `recs segment` first")
    about = about_by_doc(documents)
    with warnings_shown():
        nlp = load_tagger(model_dir)
    mode = tagger_mode(nlp)
    written = write_tagged(
        nlp,
        recommendation_rows(recommendations, about, batch_size),
        out,
        jsonl,
        batch_size,
        n_process,
        progress=lambda stream: progress_bar(stream, "Tagging", total=total),
    )
    base = nlp.meta.get("recs", {}).get("base_model") or "none"
    lines = [
        f"{written} recommendations tagged ({mode} mode, base {base})",
        f"table: {out}",
        f"spans: {jsonl}",
        f"tagger: {model_dir}",
    ]
    if csv:
        lines.append(f"CSV copy: {write_csv_beside(out)}")
    if html is not None:
        from pipeline.tagging.render import write_html

        lines.append(f"displaCy page: {write_html(span_records(jsonl), html)}")
    console.print("\n".join(lines), highlight=False, soft_wrap=True)
