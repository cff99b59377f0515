"""How far a second, independent annotation agrees with the gold: the ceiling the tagger is judged against.

Why: every gold label was made by one annotator. Theme labels in particular are judgement calls
(TAXONOMY §5), so a target is only meaningful if two people reading the same rules reach it with
each other. ``data/second_annotation/<file>.jsonl`` holds a second annotator's modality, negation,
addressee and themes for the records of ``data/gold/<file>.jsonl``, made without seeing the gold or
any program output. This script scores the second annotation against the gold exactly as
``recs evaluate`` scores the tagger (same accuracy and micro P/R/F1), per file and pooled, and with
``--model-dir`` also the tagger against the gold and against the second annotator on the same
records, so the three pairs can be read side by side.

Usage:
  python benchmarks/agreement.py                                   # every file in data/second_annotation/
  python benchmarks/agreement.py --model-dir models/tagger         # + tagger vs gold, tagger vs second
  python benchmarks/agreement.py --json /tmp/agreement.json        # also write the figures
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline.atomic import write_json
from pipeline.errors import RecsError
from pipeline.tagging.gold import GoldRecord, load_gold
from pipeline.tagging.gold_scores import accuracy
from pipeline.tagging.set_scores import set_prf

GOLD_DIR = Path("data/gold")
SECOND_DIR = Path("data/second_annotation")  # not under data/gold: the tagger build reads that whole folder
SCALARS = ("modality", "addressee", "negated")
LABEL_FIELDS = ("id", *SCALARS, "themes")


def read_second(path: Path, gold: Sequence[GoldRecord]) -> tuple[list[GoldRecord], list[dict[str, Any]]]:
    """The gold records that ``path`` annotates and their second annotation, in gold order.

    The second annotation covers the gold files as they were on the day it was made; records added
    since are simply not compared. An id the gold file does not hold is an error (a typo or a
    renamed record would otherwise vanish from the figures).
    """
    rows: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            row = json.loads(line)
            missing = [field for field in LABEL_FIELDS if field not in row]
            if missing:
                raise RecsError(f"line {number}: missing {', '.join(missing)}", path=path)
            if row["id"] in rows:
                raise RecsError(f"line {number}: id {row['id']!r} twice", path=path)
            rows[row["id"]] = row
    unknown = sorted(set(rows) - {record.id for record in gold})
    if unknown:
        raise RecsError(f"{len(unknown)} ids are not in the gold file (first: {unknown[0]})", path=path)
    annotated = [record for record in gold if record.id in rows]
    return annotated, [rows[record.id] for record in annotated]


def agreement(reference: Sequence[dict[str, Any]], other: Sequence[dict[str, Any]]) -> dict[str, float]:
    """Accuracy of the scalar labels and micro P/R/F1 of the themes of ``other`` scored against ``reference``."""
    figures: dict[str, float] = {"records": len(reference)}
    for field in SCALARS:
        figures[f"{field}_accuracy"] = accuracy([row[field] for row in reference], [row[field] for row in other])
    themes = set_prf([row["themes"] for row in reference], [row["themes"] for row in other])["micro"]
    figures.update({f"themes_{name}": value for name, value in themes.items()})
    return figures


def gold_row(record: GoldRecord) -> dict[str, Any]:
    """The compared labels of one gold record."""
    return {field: getattr(record, field) for field in LABEL_FIELDS}


def tagger_rows(model_dir: Path, gold: Sequence[GoldRecord]) -> list[dict[str, Any]]:
    """The saved tagger's labels for the gold texts, tagged as ``recs evaluate`` tags them."""
    from pipeline.tagging.evaluate_stage import tag_gold

    return list(tag_gold(model_dir, list(gold), batch_size=64))


def compare(names: Sequence[str], model_dir: Path | None) -> dict[str, dict[str, dict[str, float]]]:
    """Per file and pooled: second vs gold, and with a tagger also tagger vs gold and tagger vs second."""
    pooled: dict[str, list[dict[str, Any]]] = {"gold": [], "second": [], "tagger": []}
    results: dict[str, dict[str, dict[str, float]]] = {}
    for name in names:
        gold, second = read_second(SECOND_DIR / f"{name}.jsonl", load_gold(GOLD_DIR / f"{name}.jsonl"))
        rows = {"gold": [gold_row(record) for record in gold], "second": second}
        if model_dir is not None:
            rows["tagger"] = tagger_rows(model_dir, gold)
        results[name] = pairs(rows)
        for key, values in rows.items():
            pooled[key].extend(values)
    results["pooled"] = pairs({key: values for key, values in pooled.items() if values})
    return results


def pairs(rows: dict[str, list[dict[str, Any]]]) -> dict[str, dict[str, float]]:
    """The agreement of every annotator pair present (the first named is the reference)."""
    result = {"second_vs_gold": agreement(rows["gold"], rows["second"])}
    if "tagger" in rows:
        result["tagger_vs_gold"] = agreement(rows["gold"], rows["tagger"])
        result["tagger_vs_second"] = agreement(rows["second"], rows["tagger"])
    return result


def print_table(results: dict[str, dict[str, dict[str, float]]]) -> None:
    """One line per (file, pair): records, modality, addressee, negation, themes P/R/F1."""
    print(f"{'file':<12} {'pair':<17} {'n':>4} {'modal':>6} {'addr':>6} {'neg':>6} {'th P':>6} {'th R':>6} {'th F1':>6}")
    for name, by_pair in results.items():
        for pair, f in by_pair.items():
            print(
                f"{name:<12} {pair:<17} {f['records']:>4} {f['modality_accuracy']:>6.3f} {f['addressee_accuracy']:>6.3f} "
                f"{f['negated_accuracy']:>6.3f} {f['themes_precision']:>6.3f} {f['themes_recall']:>6.3f} {f['themes_f1']:>6.3f}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--files", nargs="*", help="gold file stems (default: every file in data/second_annotation/)")
    parser.add_argument("--model-dir", type=Path, help="a saved tagger to compare as well")
    parser.add_argument("--json", type=Path, help="write the figures here too")
    args = parser.parse_args()
    names = args.files or sorted(path.stem for path in SECOND_DIR.glob("*.jsonl"))
    if not names:
        raise SystemExit(f"no second annotation in {SECOND_DIR}")
    results = compare(names, args.model_dir)
    print_table(results)
    if args.json:
        write_json(args.json, results)


if __name__ == "__main__":
    main()
