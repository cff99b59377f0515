"""Which tagged recommendations a researcher should correct first.

Labelled data stays small, so each correction should teach the tagger the most. Two
signals say where it is least sure: a clause the rules could not resolve (a modal clause
without a subject, or no modal clause at all), which is wrong or a hard case every time;
and a sub-theme score close to the score it needs (the threshold, higher for a sub-theme the
trained model does not back), where one more labelled example moves the decision. Unresolved
clauses come first; then the smallest distance between any sub-theme score and the score it
needs; ties by rec_id, so the choice is deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

NONE = "none"


@dataclass(frozen=True)
class Uncertainty:
    """Why one recommendation is worth correcting."""

    rec_id: str
    unresolved_clauses: int  # modal clauses without a subject (+1 when no modal clause was found)
    theme_margin: float  # min |score - needed score| over every sub-theme
    closest_theme: str  # the sub-theme with that margin
    needed: float  # the score that sub-theme needs

    def sort_key(self) -> tuple[bool, float, str]:
        return (self.unresolved_clauses == 0, self.theme_margin, self.rec_id)


def unresolved_clauses(row: dict[str, Any]) -> int:
    """Modal clauses whose subject the rules did not find, plus one when no modal clause was found."""
    clauses = row.get("modal_clauses") or []
    return sum(1 for clause in clauses if clause.get("subject") == NONE) + (1 if row.get("modality") == NONE else 0)


def measure(row: dict[str, Any], theme_scores: dict[str, float], needed: dict[str, float]) -> Uncertainty:
    """The uncertainty of one tagged row, given every sub-theme's combined score and the score each needs."""
    closest, margin = min(
        ((label, abs(score - needed[label])) for label, score in theme_scores.items()),
        key=lambda pair: (pair[1], pair[0]),
        default=("", 1.0),
    )
    return Uncertainty(row["rec_id"], unresolved_clauses(row), round(margin, 6), closest, needed.get(closest, 0.0))


def least_sure(measured: list[Uncertainty], n: int) -> list[Uncertainty]:
    """The ``n`` recommendations to correct first, most useful first."""
    return sorted(measured, key=Uncertainty.sort_key)[:n]
