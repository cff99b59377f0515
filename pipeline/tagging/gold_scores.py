"""Scores of the tagger against gold annotations (pure computation, no I/O).

``evaluate_records(gold, predicted)`` compares each gold record with the tagged
row predicted for the same text and returns flat headline figures plus the
per-theme table and the list of errors, so `recs evaluate` only has to print
and save them. Set-valued fields (actors, legal references, themes) are scored
with micro-averaged precision/recall/F1 over the (record, item) pairs
(:mod:`pipeline.tagging.set_scores`); themes
also get a macro F1 over the sub-themes that occur in the gold or the
predictions. Every figure is rounded to 4 decimals so reruns are identical.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline.tagging.gold import GoldRecord
from pipeline.tagging.set_scores import ratio, set_prf

SCALAR_FIELDS = ("modality", "addressee", "negated")
SET_FIELDS = ("actors", "legal_refs", "themes")
SPLITS = ("train", "test", "all")  # `all` pools every record


def accuracy(gold_values: Sequence[Any], predicted_values: Sequence[Any]) -> float:
    """Share of equal pairs."""
    return ratio(sum(g == p for g, p in zip(gold_values, predicted_values)), len(gold_values))


def errors_of(gold: Sequence[GoldRecord], predicted: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every field where the prediction differs from the gold, for the analyst (sets shown sorted)."""
    errors = []
    for record, row in zip(gold, predicted):
        for field in (*SCALAR_FIELDS, *SET_FIELDS):
            gold_value = getattr(record, field)
            predicted_value = row.get(field)
            if field in SET_FIELDS:
                gold_value, predicted_value = sorted(set(gold_value)), sorted(set(predicted_value or []))
            if gold_value != predicted_value:
                errors.append({"id": record.id, "field": field, "gold": gold_value, "predicted": predicted_value})
    return errors


def evaluate_records(gold: Sequence[GoldRecord], predicted: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Score predicted tag rows (dicts with the tagged columns) against their gold records, pairwise.

    Returns ``{"records", "modality_accuracy", "addressee_accuracy", "negation_accuracy",
    "actors_precision"/"_recall"/"_f1", "legal_refs_...", "themes_micro_...", "themes_macro_f1",
    "per_theme": {...}, "errors": [...]}``.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold records but {len(predicted)} predictions")
    metrics: dict[str, Any] = {"records": len(gold)}
    for field, key in (("modality", "modality_accuracy"), ("addressee", "addressee_accuracy"), ("negated", "negation_accuracy")):
        metrics[key] = accuracy([getattr(record, field) for record in gold], [row.get(field) for row in predicted])
    for field in ("actors", "legal_refs"):
        scores = set_prf([getattr(record, field) for record in gold], [row.get(field) or [] for row in predicted])
        for name, value in scores["micro"].items():
            metrics[f"{field}_{name}"] = value
    themes = set_prf([record.themes for record in gold], [row.get("themes") or [] for row in predicted], per_label=True)
    for name, value in themes["micro"].items():
        metrics[f"themes_micro_{name}"] = value
    metrics["themes_macro_f1"] = themes["macro_f1"]
    metrics["per_theme"] = themes["per_label"]
    metrics["errors"] = errors_of(gold, predicted)
    return metrics


HEADLINE_KEYS = (
    "records",
    "modality_accuracy",
    "addressee_accuracy",
    "negation_accuracy",
    "actors_precision",
    "actors_recall",
    "actors_f1",
    "legal_refs_precision",
    "legal_refs_recall",
    "legal_refs_f1",
    "themes_micro_precision",
    "themes_micro_recall",
    "themes_micro_f1",
    "themes_macro_f1",
)


def headline(metrics: dict[str, Any]) -> dict[str, Any]:
    """The flat figures of :func:`evaluate_records` (what `dvc metrics show` displays)."""
    return {key: metrics[key] for key in HEADLINE_KEYS}


def score_splits(
    records: Sequence[tuple[str, GoldRecord]], predicted: list[dict[str, Any]], split: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Headline figures per split (and per file under ``by_file``) plus the details (per theme, errors).

    ``records`` are (gold file name, record) pairs aligned with ``predicted``; a file holding
    both splits also gets its test part as a set of its own (``<stem>_test``).
    """
    splits = SPLITS if split == "all" else (split,)
    summary: dict[str, Any] = {}
    details: dict[str, Any] = {"per_theme": {}, "errors": {}, "by_file": {}}
    for name in splits:
        chosen = [i for i, (_, record) in enumerate(records) if record.in_split(name)]
        if not chosen:
            continue
        metrics = evaluate_records([records[i][1] for i in chosen], [predicted[i] for i in chosen])
        summary[name] = headline(metrics)
        details["per_theme"][name] = metrics["per_theme"]
        details["errors"][name] = metrics["errors"]
    for file_name in sorted({file_name for file_name, _ in records}):
        for name in splits:
            chosen = [i for i, (f, record) in enumerate(records) if f == file_name and record.in_split(name)]
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
