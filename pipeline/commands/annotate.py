"""`recs annotate`: the correct-and-retrain loop with Label Studio.

``export`` writes the recommendations the tagger is least sure of as Label Studio tasks
(current tags as pre-annotations) plus the labeling config to create the project with;
``import`` reads Label Studio's JSON export back into ``data/gold/`` as a train-split
gold file, validated against the taxonomy. ``dvc repro`` then retrains the theme model
from every train-split gold file, and ``dvc metrics diff`` shows what changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli_support import console, handle_errors
from pipeline.commands import paths
from pipeline.commands.options import TaggedTable, TaggerModelDir, out_option

app = typer.Typer(
    help="Correct the tagger in Label Studio and retrain: export unsure tags, import corrections.", no_args_is_help=True
)


@app.command("export")
@handle_errors
def export(
    tagged: TaggedTable = paths.TAGGED,
    recommendations: Annotated[
        Path, typer.Option("--recommendations", help="Recommendations table (lead-ins of lettered items); skipped if absent.")
    ] = paths.RECOMMENDATIONS,
    documents: Annotated[
        Path, typer.Option("--documents", help="Documents table (source, instrument); skipped if absent.")
    ] = paths.DOCUMENTS,
    model_dir: TaggerModelDir = paths.TAGGER,
    n: Annotated[int, typer.Option("-n", "--n", min=1, help="How many recommendations to export.")] = 50,
    out: Annotated[Path, out_option("Label Studio tasks to import (JSON).")] = paths.LABEL_STUDIO_TASKS,
    config: Annotated[
        Path | None, typer.Option("--config", help="Where to write the labeling config (default: beside --out, .xml).")
    ] = None,
) -> None:
    """Export the N recommendations the tagger is least sure of, as Label Studio tasks with pre-annotations."""
    from pipeline import __version__
    from pipeline.annotation.export_inputs import contexts_by_rec, documents_by_id, label_lists
    from pipeline.annotation.labelstudio import labeling_config
    from pipeline.annotation.tasks import build_tasks
    from pipeline.atomic import write_json, write_text
    from pipeline.tables import check_tagged
    from pipeline.tagging.build import load_tagger

    check_tagged(tagged)
    nlp = load_tagger(model_dir)
    tasks = build_tasks(
        nlp, tagged, n, contexts_by_rec(recommendations), documents_by_id(documents), f"recs {__version__} ({model_dir})"
    )
    config = config or out.with_suffix(".xml")
    write_json(out, tasks)
    write_text(config, labeling_config(label_lists()))
    console.print(f"{len(tasks)} tasks written to {out}\nlabeling config: {config}", highlight=False, soft_wrap=True)


@app.command("import")
@handle_errors
def import_(
    export_file: Annotated[Path, typer.Argument(help="Label Studio export (JSON) of the annotated tasks.")],
    out: Annotated[Path, out_option("Gold file to write, e.g. data/gold/annotated-2026-11.jsonl.")],
) -> None:
    """Import corrected annotations as a train-split gold file (ids annot-<rec_id>), validated against the taxonomy."""
    from pipeline.annotation.corrections import check_new_ids, gold_records, read_export, to_jsonl
    from pipeline.atomic import write_text
    from pipeline.errors import RecsError

    records, unannotated = gold_records(read_export(export_file), export_file)
    if not records:
        raise RecsError("no annotated task in the export", path=export_file)
    check_new_ids(records, out.parent, out)
    write_text(out, to_jsonl(records))
    skipped = f" ({unannotated} tasks without annotation skipped)" if unannotated else ""
    console.print(f"{len(records)} gold records (split train) written to {out}{skipped}", highlight=False, soft_wrap=True)
