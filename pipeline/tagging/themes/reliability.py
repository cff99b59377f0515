"""How often each cue was right in the training gold: its hand weight pulled toward that rate.

Why: the cue phrases decide nearly every theme, and a phrase that fires often where the gold says
the sub-theme is not asked ("protection" in a witness-protection request) costs precision at every
match, while a stacked or per-theme classifier over the same evidence learns no more than the hand
weights do (cross-validation, data/gold/README.md). Counting, per cue entry, the training records it
matched (``n``) and those whose gold holds its sub-theme (``hits``) gives each entry its own weight:

    weight = (hits + prior * hand_weight) / (n + prior)

``prior`` is how many matches the hand weight is worth: an entry seen in a few records keeps
nearly its hand weight; a frequent entry moves to its observed rate. Where the cue sits (request or
context, link strength) stays in the hand weight. Counting needs only the tokenizer (the matcher
reads ``LOWER``), so the rule-only and parsed modes learn the same counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

FORMAT = "recs-cue-reliability/1"


@dataclass
class CueReliability:
    """Per cue entry key (``sub_theme|strength|index``): [records matched, records whose gold holds the sub-theme]."""

    prior: float
    counts: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def fit(cls, prior: float, matched: Iterable[tuple[Iterable[tuple[str, str]], set[str]]]) -> "CueReliability":
        """Count each (sub-theme, cue key) once per record, against that record's gold sub-themes."""
        counts: dict[str, list[int]] = {}
        for matches, gold in matched:
            for label, key in set(matches):
                row = counts.setdefault(key, [0, 0])
                row[0] += 1
                row[1] += label in gold
        return cls(prior, dict(sorted(counts.items())))

    def adjust(self, keys: list[str], weights: list[float]) -> list[float]:
        """Each match's hand weight pulled toward its cue entry's training hit rate (unchanged if never seen)."""
        adjusted = []
        for key, weight in zip(keys, weights):
            row = self.counts.get(key)
            adjusted.append(weight if row is None else (row[1] + self.prior * weight) / (row[0] + self.prior))
        return adjusted

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "prior": self.prior, "counts": self.counts}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "CueReliability | None":
        """The saved counts, or None when ``data`` is not in this format."""
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return None
        return cls(float(data["prior"]), {str(key): [int(n), int(hits)] for key, (n, hits) in data["counts"].items()})
