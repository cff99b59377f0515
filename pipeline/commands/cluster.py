"""`recs cluster`: tagged.parquet -> clusters.parquet + models/clusters.json, keeping ids stable across runs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli_support import console, handle_errors
from pipeline.commands import paths
from pipeline.commands.options import CsvCopy, Seed, TaggedTable, out_option
from pipeline.modeling import DEFAULT_SEED


def _parse_k(value: str) -> int | None:
    """'auto' (also 'null'/'None', as params.yaml's null arrives through DVC) or a whole number ≥ 2."""
    if value.strip().lower() in {"auto", "null", "none", ""}:
        return None
    if not value.strip().isdigit() or int(value) < 2:
        raise typer.BadParameter(f"expected 'auto' or a whole number of 2 or more, got {value!r}")
    return int(value)


@handle_errors
def command(
    tagged: TaggedTable = paths.TAGGED,
    out: Annotated[Path, out_option("Where to write one row per recommendation with its cluster (Parquet).")] = paths.CLUSTERS,
    model: Annotated[
        Path, typer.Option("--model", help="Cluster model (JSON). Read first if present, so persisting clusters keep their ids.")
    ] = paths.CLUSTER_MODEL,
    names: Annotated[
        Path, typer.Option("--names", help="Analyst file with renames and merges (YAML); missing means none.")
    ] = paths.CLUSTER_NAMES,
    k: Annotated[
        int | None,
        typer.Option(
            "--k",
            parser=_parse_k,
            metavar="auto|N",
            help="Number of clusters (2 or more), or 'auto' to choose it by silhouette within --k-min..--k-max.",
        ),
    ] = None,
    k_min: Annotated[int, typer.Option("--k-min", min=2, help="Smallest k tried when --k is not given.")] = 3,
    k_max: Annotated[int, typer.Option("--k-max", min=2, help="Largest k tried when --k is not given.")] = 10,
    min_size: Annotated[
        int,
        typer.Option(
            "--min-size", min=1, help="k is only chosen if every cluster has at least this many members (if any k allows it)."
        ),
    ] = 3,
    seed: Seed = DEFAULT_SEED,
    csv: CsvCopy = False,
) -> None:
    """Group the reference recommendations into thematic clusters with stable ids and readable labels."""
    from pipeline.modeling.cluster_stage import run_cluster_stage
    from pipeline.tables import write_csv_beside

    result, written = run_cluster_stage(tagged, out, model, names, k=k, k_min=k_min, k_max=k_max, min_size=min_size, seed=seed)
    for note in result.notes:
        console.print(f"[yellow]note:[/] {note}", markup=True, highlight=False, soft_wrap=True)
    scores = ", ".join(f"k={key}: {value:.3f}" for key, value in sorted(result.k_scores.items()))
    lines = [f"{written} recommendations in {len(result.clusters)} clusters (k={result.chosen_k}; silhouette {scores})"]
    lines += [f"  {c['id']} ({c['size']}): {c['label']}" for c in result.clusters]
    lines += [f"table: {out}", f"model: {model}"]
    if not names.exists():
        lines.append(f"rename or merge clusters in {names} (names: {{C01: ...}}, merge: [[C02, C03]]) and rerun")
    if csv:
        lines.append(f"CSV copy: {write_csv_beside(out)}")
    console.print("\n".join(lines), highlight=False, soft_wrap=True)
