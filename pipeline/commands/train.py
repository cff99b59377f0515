"""`recs train`: fit the open-set classifier (recommendation -> cluster), cross-validate it, save it with a manifest."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli_support import console, handle_errors, warn
from pipeline.commands import paths
from pipeline.commands.options import FeatureSet, Seed, SeedTexts, TaggedTable, TaggerDir
from pipeline.modeling import DEFAULT_C

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
    seed: Seed = 42,
    lineage_dev: Annotated[
        Path,
        typer.Option(
            "--lineage-dev",
            help="Labelled later-session texts (repeats/related/new) on which the lineage decision is calibrated by cross-validation; skipped if absent.",
        ),
    ] = paths.LINEAGE_DEV,
    seed_texts: SeedTexts = paths.SEED_TEXTS,
) -> None:
    """Train the classifier that assigns new recommendations to clusters or flags them novel."""
    import pandas as pd

    from pipeline.atomic import write_json
    from pipeline.modeling import tagger_bridge
    from pipeline.modeling.features import as_frame
    from pipeline.modeling.hashing import tagged_hash
    from pipeline.modeling.manifest import save_classifier
    from pipeline.modeling.training import read_out_of_scope, train, write_confusion
    from pipeline.tables import read_clusters, read_tagged

    feature_set = features.value
    compared = [member.value for member in compare]
    reference = read_tagged(tagged)
    cluster_table = read_clusters(clusters)
    out_of_scope = None
    nlp = None
    if novelty_threshold == "auto" or lineage_dev.is_file():
        nlp, warnings = tagger_bridge.load(tagger)
        for warning in warnings:
            warn(warning)
        if novelty_threshold == "auto":
            texts = read_out_of_scope(novelty_data)
            out_of_scope = as_frame(pd.DataFrame(list(tagger_bridge.tag(nlp, texts))))
    result = train(
        reference,
        cluster_table,
        feature_set=feature_set,
        C=C,
        novelty_threshold=novelty_threshold,
        out_of_scope=out_of_scope,
        compare=compared,
        seed=seed,
    )
    params = {
        "features": feature_set,
        "C": C,
        "novelty_threshold": result.metrics["novelty_threshold"],
        "novelty_threshold_param": novelty_threshold,
        "seed": seed,
        "compare": compared,
        "reference_hash": tagged_hash(reference),
    }
    decision = None
    lineage_note = f"lineage decision: not calibrated ({lineage_dev} absent)"
    if nlp is not None and lineage_dev.is_file():
        from pipeline.modeling.lineage_evaluation import calibrate_on

        decision = calibrate_on(lineage_dev, seed_texts, nlp, result.model.assigner_, reference, seed)
        lineage_note = f"lineage decision ({decision.evidence['family']}, chosen by cross-validation on {lineage_dev})"
    save_classifier(result.model, result.labels, model_dir, result.data_hash, params, decision)
    write_json(metrics, result.metrics)
    confusion = write_confusion(plots_dir / "confusion.csv", result.confusion)
    m = result.metrics
    lines = [
        f"{m['n_recommendations']} recommendations, {m['n_clusters']} clusters, features {feature_set}: "
        f"cross-validated accuracy {m['accuracy']:.3f}, macro-F1 {m['macro_f1']:.3f}, log-loss {m['log_loss']:.3f}",
        f"novelty threshold {m['novelty_threshold']:.4f} ({m['novelty_threshold_source']})"
        + (
            f": flags {m['novel_rate_out_of_scope']:.0%} of out-of-scope texts, {m['novel_rate_held_out_reference']:.0%} of held-out reference"
            if "novel_rate_out_of_scope" in m
            else ""
        ),
        lineage_note,
        f"model: {model_dir}",
        f"metrics: {metrics}",
        f"confusion: {confusion}",
    ]
    console.print("\n".join(lines), highlight=False, soft_wrap=True)
