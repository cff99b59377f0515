"""`recs train`: fit the open-set classifier (recommendation -> cluster), cross-validate it, save it with a manifest."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli_support import console, handle_errors, warn
from pipeline.commands import paths
from pipeline.commands.options import FeatureSet, Seed, SeedTexts, TaggedTable, TaggerDir
from pipeline.modeling import DEFAULT_C, DEFAULT_SEED

DEFAULT_COMPARE = [FeatureSet.tfidf, FeatureSet.tags, FeatureSet.tfidf_tags]


def _threshold(value: str) -> str | float:
    """``auto`` or a number in [0, 1]."""
    if value == "auto":
        return value
    try:
        number = float(value)
    except ValueError:
        raise typer.BadParameter(f"expected 'auto' or a number, got {value!r}") from None
    if not 0.0 <= number <= 1.0:
        raise typer.BadParameter(f"must lie between 0 and 1, got {number}")
    return number


@handle_errors
def command(
    tagged: TaggedTable = paths.TAGGED,
    clusters: Annotated[
        Path, typer.Option("--clusters", help="Cluster of each reference recommendation, written by `recs cluster`.")
    ] = paths.CLUSTERS,
    model_dir: Annotated[
        Path,
        typer.Option("--model-dir", help="Where to save the model (model.json + .npy arrays), labels.json and manifest.json."),
    ] = paths.CLASSIFIER,
    metrics: Annotated[
        Path, typer.Option("--metrics", help="Cross-validated metrics (flat JSON for `dvc metrics show`).")
    ] = paths.TRAIN_METRICS,
    plots_dir: Annotated[
        Path, typer.Option("--plots-dir", help="Where to write confusion.csv (actual,predicted) for `dvc plots`.")
    ] = paths.PLOTS,
    features: Annotated[FeatureSet, typer.Option("--features", help="Feature set of the saved model.")] = FeatureSet.tfidf_tags,
    compare: Annotated[
        list[FeatureSet],
        typer.Option("--compare", help="A feature set to cross-validate side by side with the others (repeat the option)."),
    ] = DEFAULT_COMPARE,
    C: Annotated[
        float, typer.Option("--C", min=1e-6, help="Inverse regularization strength of the LogisticRegression.")
    ] = DEFAULT_C,
    novelty_threshold: Annotated[
        str,
        typer.Option(
            "--novelty-threshold",
            parser=_threshold,
            help="'auto' (chosen on held-out reference + --novelty-data) or a support score in [0, 1].",
        ),
    ] = "auto",
    novelty_data: Annotated[
        Path, typer.Option("--novelty-data", help="Out-of-scope texts (JSON Lines: id, text) used by --novelty-threshold auto.")
    ] = paths.NOVELTY_DATA,
    tagger: TaggerDir = paths.TAGGER,
    seed: Seed = DEFAULT_SEED,
    lineage_dev: Annotated[
        Path,
        typer.Option(
            "--lineage-dev",
            help="Labelled later-session texts (repeats/related/new) on which the lineage decision is calibrated by cross-validation; skipped if absent.",
        ),
    ] = paths.LINEAGE_DEV,
    seed_texts: SeedTexts = paths.SEED_TEXTS,
    lineage_taggers: Annotated[
        list[Path] | None,
        typer.Option(
            "--lineage-tagger",
            help="Another tagger (e.g. rule-only) under whose tags the lineage choice must also hold; repeatable.",
        ),
    ] = None,
) -> None:
    """Train the classifier that assigns new recommendations to clusters or flags them novel."""
    from pipeline.modeling.train_stage import run_train_stage

    feature_set = features.value
    outputs = run_train_stage(
        tagged,
        clusters,
        model_dir,
        metrics,
        plots_dir,
        feature_set=feature_set,
        compare=[member.value for member in compare],
        C=C,
        novelty_threshold=novelty_threshold,
        novelty_data=novelty_data,
        tagger=tagger,
        seed=seed,
        lineage_dev=lineage_dev,
        seed_texts=seed_texts,
        lineage_taggers=lineage_taggers or [],
        warn=warn,
    )
    m = outputs.metrics
    lines = [
        f"{m['n_recommendations']} recommendations, {m['n_clusters']} clusters, features {feature_set}: "
        f"cross-validated accuracy {m['accuracy']:.3f}, macro-F1 {m['macro_f1']:.3f}, log-loss {m['log_loss']:.3f}",
        f"novelty threshold {m['novelty_threshold']:.4f} ({m['novelty_threshold_source']})"
        + (
            f": flags {m['novel_rate_out_of_scope']:.0%} of out-of-scope texts, {m['novel_rate_held_out_reference']:.0%} of held-out reference"
            if "novel_rate_out_of_scope" in m
            else ""
        ),
        outputs.lineage_note,
        f"model: {model_dir}",
        f"metrics: {metrics}",
        f"confusion: {outputs.confusion}",
    ]
    console.print("\n".join(lines), highlight=False, soft_wrap=True)
