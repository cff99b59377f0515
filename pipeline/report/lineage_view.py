"""The report's new-session part: what the session asks that is new, what it repeats, and what changed.

Built from the assigned table's lineage columns (``recs assign``). Every earlier recommendation is shown
with its readable reference and its text, never as a hash id alone; a changed ask shows the earlier and
later wording side by side with the changed words marked and the strength as an arrow.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

import pandas as pd

from pipeline.modeling.lineage_catalogue import readable_reference
from pipeline.report import charts
from pipeline.report.summaries import Linker, RecLink, _text, modality_categories
from pipeline.tagging.lexicon import load_lexicon

MAX_ROWS = 500
MAX_NOT_TAKEN_UP = 300


@dataclass
class Earlier:
    """An earlier (reference) recommendation, readable; ``link`` points at its entry in this report's listing."""

    rec_id: str
    ref: str
    text: str
    link: RecLink | None
    score: float | None = None


@dataclass
class Segment:
    text: str
    changed: bool


@dataclass
class LaterItem:
    """One recommendation of the new session with its lineage."""

    source: str
    number: str
    text: str
    relation: str
    cluster: str
    similar: list[Earlier]
    repeated: Earlier | None = None
    also: list[Earlier] = field(default_factory=list)
    earlier_words: list[Segment] = field(default_factory=list)
    later_words: list[Segment] = field(default_factory=list)
    strength: str = ""
    arrow: str = ""
    addressee_change: str = ""
    refs_added: list[str] = field(default_factory=list)
    refs_dropped: list[str] = field(default_factory=list)


@dataclass
class LineageSession:
    total: int
    counts: dict[str, int]
    new: list[LaterItem]
    related: list[LaterItem]
    changed: list[LaterItem]
    as_before: list[LaterItem]
    not_taken_up: list[Earlier]
    not_taken_up_more: int
    timeline: charts.Chart | None


def word_diff(before: str, after: str) -> tuple[list[Segment], list[Segment]]:
    """Both texts as runs of words, the runs that differ marked (difflib on whole words)."""
    old, new = before.split(), after.split()
    left: list[Segment] = []
    right: list[Segment] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if i2 > i1:
            left.append(Segment(" ".join(old[i1:i2]), tag != "equal"))
        if j2 > j1:
            right.append(Segment(" ".join(new[j1:j2]), tag != "equal"))
    return left, right


def _strength(earlier_modality: str, change: int) -> tuple[str, str]:
    """'should_consider (3) → should (4)' and an arrow: ↑ stronger, ↓ weaker, = same (scale of lexicon/modals.yaml)."""
    values = load_lexicon("modals")["values"]
    before = int(values.get(earlier_modality, 0))
    after = before + change
    later = next((name for name, value in values.items() if value == after), str(after))
    return f"{earlier_modality} ({before}) → {later} ({after})", "↑" if change > 0 else "↓" if change < 0 else "="


def _list(value: Any) -> list:
    return [] if value is None or isinstance(value, float) else list(value)


class _References:
    """Readable reference and text of every reference recommendation, from the report's tables."""

    def __init__(self, refs: pd.DataFrame | None, documents: pd.DataFrame | None, linker: Linker | None) -> None:
        self.linker = linker
        self.rows = refs.set_index("rec_id") if refs is not None else pd.DataFrame()
        docs = documents.set_index("doc_id") if documents is not None else pd.DataFrame()
        self.refs = {}
        for rec_id, row in self.rows.iterrows():
            doc = docs.loc[row["doc_id"]] if row["doc_id"] in docs.index else {}
            self.refs[rec_id] = readable_reference(doc.get("body"), doc.get("date"), row["number"], doc.get("symbol"))

    def earlier(self, rec_id: str, ref: str | None = None, score: float | None = None) -> Earlier:
        known = rec_id in self.rows.index
        return Earlier(
            rec_id,
            ref or self.refs.get(rec_id, rec_id),
            _text(self.rows.at[rec_id, "text"]) if known else "",
            self.linker.link(rec_id) if known and self.linker is not None else None,
            score,
        )


def _item(row: Any, references: _References) -> LaterItem:
    similar_refs = _list(getattr(row, "similar_refs", None))
    similar = [
        references.earlier(str(rec_id), similar_refs[i] if i < len(similar_refs) else None, float(score))
        for i, (rec_id, score) in enumerate(zip(_list(row.similar_ids), _list(row.similar_scores)))
    ]
    item = LaterItem(
        PurePath(_text(row.source)).name,
        _text(row.number),
        _text(row.text),
        _text(row.relation),
        f"{_text(row.cluster_id)} · {_text(row.cluster_label)}",
        similar,
    )
    if item.relation == "repeats" and _text(row.repeats_id):
        item.repeated = references.earlier(str(row.repeats_id), _text(row.repeats_ref) or None)
        item.also = [references.earlier(str(rec_id)) for rec_id in _list(row.also_repeats)]
        item.earlier_words, item.later_words = word_diff(item.repeated.text, item.text)
        change = 0 if pd.isna(row.strength_change) else int(row.strength_change)
        item.strength, item.arrow = _strength(_text(row.earlier_modality), change)
        item.addressee_change = _text(row.addressee_change)
        item.refs_added, item.refs_dropped = [str(x) for x in _list(row.refs_added)], [str(x) for x in _list(row.refs_dropped)]
    return item


def _timeline(assigned: pd.DataFrame, refs: pd.DataFrame | None, labels: dict[str, str], order: list[str]) -> charts.Chart | None:
    """Primary modality per reference session and for the new session, oldest first (only with several reference sessions)."""
    if refs is None or "modality" not in refs or refs["doc_id"].nunique() < 2:
        return None
    table = pd.crosstab(refs["doc_id"], refs["modality"])
    rows = [
        (labels.get(doc_id, doc_id), {str(k): int(v) for k, v in table.loc[doc_id].items() if v})
        for doc_id in order
        if doc_id in table.index
    ]
    rows.append(("new session", {str(k): int(v) for k, v in assigned["modality"].value_counts().items()}))
    categories = modality_categories(pd.concat([refs[["modality"]], assigned[["modality"]]]))
    return charts.stacked_bars(rows, categories, "How the asks evolved: primary modality per session")


def lineage_session(
    assigned: pd.DataFrame,
    refs: pd.DataFrame | None,
    documents: pd.DataFrame | None,
    linker: Linker | None,
    labels: dict[str, str],
    order: list[str],
    cap: int = MAX_ROWS,
) -> LineageSession:
    """Counts and sections of the new-session part."""
    references = _References(refs, documents, linker)
    relation = assigned["relation"].fillna("new").astype(str)
    change = pd.to_numeric(assigned["strength_change"], errors="coerce")
    addressee = assigned["addressee_change"].fillna("").astype(str) != ""
    repeats = relation == "repeats"
    changed = repeats & ((change.fillna(0) != 0) | addressee)
    counts = {
        "new": int((relation == "new").sum()),
        "related": int((relation == "related").sum()),
        "repeated": int(repeats.sum()),
        "strengthened": int((repeats & (change > 0)).sum()),
        "weakened": int((repeats & (change < 0)).sum()),
        "unchanged": int((repeats & (change.fillna(0) == 0)).sum()),
    }

    def items(mask: pd.Series) -> list[LaterItem]:
        return [_item(row, references) for row in assigned[mask].head(cap).itertuples()]

    taken_up = {str(x) for x in assigned.loc[repeats, "repeats_id"].dropna()}
    taken_up |= {str(x) for value in assigned.loc[repeats, "also_repeats"] for x in _list(value)}
    rank = {doc_id: index for index, doc_id in enumerate(order)}
    waiting = (
        []
        if refs is None
        else [
            rec_id
            for rec_id in refs.sort_values("doc_id", key=lambda s: s.map(rank).fillna(-1), ascending=False, kind="stable")[
                "rec_id"
            ]
            if rec_id not in taken_up
        ]
    )
    return LineageSession(
        total=len(assigned),
        counts=counts,
        new=items(relation == "new"),
        related=items(relation == "related"),
        changed=items(changed),
        as_before=items(repeats & ~changed),
        not_taken_up=[references.earlier(str(rec_id)) for rec_id in waiting[:MAX_NOT_TAKEN_UP]],
        not_taken_up_more=max(len(waiting) - MAX_NOT_TAKEN_UP, 0),
        timeline=_timeline(assigned, refs, labels, order),
    )
