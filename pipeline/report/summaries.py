"""Turn the loaded tables into what the analyst reads: counts, tables, cluster listings.

All aggregation is done with pandas on whole columns, and every list shown is
capped (members per cluster, links per row, recommendations listed), so a corpus
of 100,000 recommendations still gives a report a browser opens.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

import pandas as pd

from pipeline.errors import RecsError
from pipeline.report.charts import MODALITY_ORDER
from pipeline.tagging.lexicon import load_lexicon

EXCERPT_CHARS = 240
MAX_LINKS_PER_ROW = 40
MAX_MEMBERS_PER_CLUSTER = 40
MAX_HEATMAP_COLUMNS = 40


@dataclass(frozen=True)
class RecLink:
    """A link to a listed reference recommendation (``#rec-<rec_id>``)."""

    rec_id: str
    label: str
    title: str


@dataclass
class LinkGroup:
    """Links to recommendations of one document, e.g. "CTOC/COP/WG.4/2020/2: 3, 7, 12"."""

    document: str
    links: list[RecLink]


@dataclass
class MentionRow:
    """One actor or legal reference: how many recommendations mention it, and which."""

    value: str
    recommendations: int
    addressee: int
    groups: list[LinkGroup]
    more: int


@dataclass
class Member:
    """A recommendation shown under a cluster or the new session."""

    link: RecLink
    document: str
    number: str
    excerpt: str


@dataclass
class ClusterView:
    """One cluster: its id, label, size, dominant themes and (capped) members."""

    cluster_id: str
    label: str
    size: int
    top_themes: list[tuple[str, int]]
    members: list[Member]
    more: int


@dataclass
class ListedRecommendation:
    """A reference recommendation in the full listing, the target of every ``#rec-`` link."""

    rec_id: str
    document: str
    number: str
    section: str
    text: str
    modality: str
    actors: list[str]
    legal_refs: list[str]
    themes: list[str]
    cluster: str


@dataclass
class MetricsView:
    """One metrics file as scalar rows plus tables for nested per-label results."""

    name: str
    scalars: list[tuple[str, str]]
    tables: list[tuple[str, list[str], list[list[str]]]] = field(default_factory=list)


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The start of ``text`` cut at a word boundary, with an ellipsis when cut."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + " …"


def _text(value: Any) -> str:
    """A cell as display text: missing values become an empty string."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def document_labels(documents: pd.DataFrame | None, doc_ids: list[str]) -> dict[str, str]:
    """A short, unique label per document: its symbol, else date and body (date first, so truncation keeps it), else file name, else the id."""
    labels: dict[str, str] = {}
    rows = documents.set_index("doc_id").to_dict("index") if documents is not None else {}
    for doc_id in doc_ids:
        row = rows.get(doc_id, {})
        body_date = " · ".join(part for part in (_text(row.get("date")), _text(row.get("body"))) if part)
        source = PurePath(_text(row.get("source"))).stem
        labels[doc_id] = _text(row.get("symbol")) or body_date or source or doc_id[:12]
    counts = pd.Series(list(labels.values())).value_counts()
    return {doc_id: f"{label} [{doc_id[:6]}]" if counts[label] > 1 else label for doc_id, label in labels.items()}


def document_order(documents: pd.DataFrame | None, doc_ids: list[str]) -> list[str]:
    """Documents by date, then symbol, then id (undated ones last), so sessions read chronologically."""
    known = set(doc_ids)
    if documents is not None:
        frame = documents[documents["doc_id"].isin(known)].fillna({"date": "", "symbol": ""})
        frame = frame.assign(undated=frame["date"] == "").sort_values(["undated", "date", "symbol", "doc_id"])
        ordered = list(dict.fromkeys(frame["doc_id"]))
    else:
        ordered = []
    return ordered + sorted(known - set(ordered))


def reference_table(inputs) -> pd.DataFrame | None:
    """One row per reference recommendation with text, tags, section and cluster, in reading order."""
    base = inputs.tagged if inputs.tagged is not None else inputs.recommendations
    if base is None:
        return None
    frame = base.copy()
    if inputs.recommendations is not None and "section" not in frame:
        frame = frame.merge(inputs.recommendations[["rec_id", "section"]], on="rec_id", how="left")
    if inputs.clusters is not None:
        frame = frame.merge(inputs.clusters[["rec_id", "cluster_id", "cluster_label"]], on="rec_id", how="left")
    order = {doc_id: index for index, doc_id in enumerate(document_order(inputs.documents, list(frame["doc_id"].unique())))}
    frame["_doc_order"] = frame["doc_id"].map(order)
    frame["_number"] = pd.to_numeric(frame["number"], errors="coerce")
    return frame.sort_values(["_doc_order", "_number", "number", "rec_id"], kind="stable").reset_index(drop=True)


class Linker:
    """Makes ``RecLink``s and remembers which recommendations must carry an anchor in the listing."""

    def __init__(self, refs: pd.DataFrame, labels: dict[str, str]) -> None:
        self.labels = labels
        self.rows = refs.set_index("rec_id")[["doc_id", "number", "text"]]
        self.linked: set[str] = set()

    def __contains__(self, rec_id: str) -> bool:
        return rec_id in self.rows.index

    def link(self, rec_id: str) -> RecLink:
        """A link labelled with the printed number, its tooltip the start of the text."""
        row = self.rows.loc[rec_id]
        self.linked.add(rec_id)
        return RecLink(rec_id, _text(row["number"]) or rec_id, excerpt(row["text"], 160))

    def document(self, rec_id: str) -> str:
        return self.labels.get(self.rows.loc[rec_id]["doc_id"], "")

    def grouped(self, rec_ids: list[str], cap: int = MAX_LINKS_PER_ROW) -> tuple[list[LinkGroup], int]:
        """Links grouped by document in the given order, at most ``cap`` of them; returns the groups and how many were left out."""
        groups: dict[str, list[RecLink]] = {}
        for rec_id in rec_ids[:cap]:
            groups.setdefault(self.document(rec_id), []).append(self.link(rec_id))
        return [LinkGroup(document, links) for document, links in groups.items()], max(len(rec_ids) - cap, 0)


def corpus_overview(documents: pd.DataFrame | None, refs: pd.DataFrame | None, labels: dict[str, str]) -> list[dict[str, Any]]:
    """One row per document with its metadata and number of recommendations, in chronological order."""
    if documents is None:
        return []
    counts = refs.groupby("doc_id").size() if refs is not None else pd.Series(dtype=int)
    rows = []
    for doc_id in document_order(documents, list(documents["doc_id"])):
        row = documents[documents["doc_id"] == doc_id].iloc[0]
        rows.append(
            {
                "label": labels.get(doc_id, doc_id),
                "body": _text(row["body"]),
                "symbol": _text(row["symbol"]),
                "date": _text(row["date"]),
                "venue": _text(row["venue"]),
                "title": _text(row["title"]),
                "format": _text(row["format"]),
                "pages": _text(row["pages"]),
                "source": PurePath(_text(row["source"])).name,
                "recommendations": int(counts.get(doc_id, 0)),
            }
        )
    return rows


def modality_by_document(refs: pd.DataFrame, labels: dict[str, str], order: list[str]) -> list[tuple[str, dict[str, int]]]:
    """Per document, how many recommendations have each primary modality."""
    table = pd.crosstab(refs["doc_id"], refs["modality"])
    return [
        (labels[doc_id], {str(k): int(v) for k, v in table.loc[doc_id].items() if v}) for doc_id in order if doc_id in table.index
    ]


def modality_categories(refs: pd.DataFrame) -> list[str]:
    """The taxonomy's modality values, strongest first, then any unexpected value seen."""
    seen = set(refs["modality"].dropna().astype(str))
    return [value for value in MODALITY_ORDER if value in seen] + sorted(seen - set(MODALITY_ORDER))


def value_counts(refs: pd.DataFrame, column: str) -> list[tuple[str, int]]:
    """How many recommendations carry each value of a list column, most frequent first."""
    exploded = refs[["rec_id", column]].explode(column).dropna().drop_duplicates()
    counts = exploded[column].value_counts()
    return sorted(((str(k), int(v)) for k, v in counts.items()), key=lambda item: (-item[1], item[0]))


def mention_table(refs: pd.DataFrame, column: str, linker: Linker, addressee: bool = False) -> list[MentionRow]:
    """Each value of a list column (actors, legal references) with its recommendations, most frequent first."""
    exploded = refs[["rec_id", column]].explode(column).dropna().drop_duplicates()
    members = exploded.groupby(column, sort=False)["rec_id"].apply(list)
    addressed = refs["addressee"].value_counts() if addressee else pd.Series(dtype=int)
    rows = []
    for value, rec_ids in members.items():
        groups, more = linker.grouped(rec_ids)
        rows.append(MentionRow(str(value), len(rec_ids), int(addressed.get(value, 0)), groups, more))
    return sorted(rows, key=lambda row: (-row.recommendations, row.value))


def taxonomy_themes() -> dict[str, str]:
    """Sub-theme → group in the taxonomy's order, from the tagger's versioned theme vocabulary."""
    try:
        groups = load_lexicon("themes").get("groups") or {}
    except RecsError:
        return {}
    return {str(theme): str(group) for group, themes in groups.items() for theme in (themes or {})}


def theme_groups(refs: pd.DataFrame) -> dict[str, str]:
    """Sub-theme → group: the taxonomy's, plus any other theme whose row has ``theme_groups`` aligned with ``themes``."""
    mapping = taxonomy_themes()
    for themes, groups in zip(refs["themes"], refs["theme_groups"]):
        if themes is not None and groups is not None and len(themes) == len(groups):
            mapping.update((theme, group) for theme, group in zip(themes, groups) if theme not in mapping)
    return mapping


def theme_rows(refs: pd.DataFrame) -> list[str]:
    """The sub-themes present, in taxonomy order (unknown ones last, most frequent first), for the heat maps' rows."""
    taxonomy = list(taxonomy_themes())
    counts = dict(value_counts(refs, "themes"))
    known = [theme for theme in taxonomy if theme in counts]
    return known + sorted(set(counts) - set(known), key=lambda theme: (-counts[theme], theme))


def theme_matrix(refs: pd.DataFrame, by: str, columns: list[str], rows: list[str]) -> list[list[int]]:
    """Recommendation counts for every (sub-theme, ``by`` value) pair, as row lists."""
    exploded = refs[["rec_id", by, "themes"]].explode("themes").dropna().drop_duplicates()
    table = pd.crosstab(exploded["themes"], exploded[by].astype(str)).reindex(index=rows, columns=columns, fill_value=0)
    return [[int(value) for value in row] for row in table.to_numpy()]


def theme_label(theme: str, groups: dict[str, str]) -> str:
    """``group / sub_theme`` when the group is known."""
    return f"{groups[theme]} / {theme}" if theme in groups else theme


def cluster_views(refs: pd.DataFrame, linker: Linker, cap: int = MAX_MEMBERS_PER_CLUSTER) -> list[ClusterView]:
    """Each cluster with its size, its three most frequent sub-themes and its first ``cap`` members, largest first."""
    clustered = refs.dropna(subset=["cluster_id"])
    views = []
    for cluster_id, members in clustered.groupby("cluster_id", sort=False):
        top = value_counts(members, "themes")[:3] if "themes" in members else []
        shown = [
            Member(linker.link(row.rec_id), linker.document(row.rec_id), _text(row.number), excerpt(row.text))
            for row in members.head(cap).itertuples()
        ]
        views.append(
            ClusterView(
                str(cluster_id), _text(members["cluster_label"].iloc[0]), len(members), top, shown, max(len(members) - cap, 0)
            )
        )
    return sorted(views, key=lambda view: (-view.size, view.cluster_id))


def listed_recommendations(
    refs: pd.DataFrame, labels: dict[str, str], linked: set[str], limit: int
) -> tuple[list[ListedRecommendation], int]:
    """The reference recommendations to print in full: all if at most ``limit``, else the first ``limit`` plus every linked one."""
    chosen = refs if len(refs) <= limit else refs[(refs.index < limit) | refs["rec_id"].isin(linked)]

    def tags(row: Any, name: str) -> list[str]:
        value = getattr(row, name, None)
        return [str(item) for item in value] if value is not None and not isinstance(value, float) else []

    listed = [
        ListedRecommendation(
            rec_id=row.rec_id,
            document=labels.get(row.doc_id, row.doc_id),
            number=_text(row.number),
            section=_text(getattr(row, "section", "")),
            text=_text(row.text),
            modality=_text(getattr(row, "modality", "")),
            actors=tags(row, "actors"),
            legal_refs=tags(row, "legal_refs"),
            themes=tags(row, "themes"),
            cluster=_text(getattr(row, "cluster_label", "")),
        )
        for row in chosen.itertuples()
    ]
    return listed, len(refs) - len(listed)


def _scalar(value: Any) -> str:
    """A metric value for display: floats to three decimals."""
    if isinstance(value, bool) or value is None:
        return str(value).lower() if isinstance(value, bool) else "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def metrics_view(name: str, data: dict[str, Any]) -> MetricsView:
    """Flatten a metrics JSON: scalars under dotted keys, a dict of per-label dicts becomes a table, long lists are counted."""
    view = MetricsView(name, [])

    def walk(prefix: str, value: Any) -> None:
        if _is_scalar(value):
            view.scalars.append((prefix, _scalar(value)))
        elif (
            isinstance(value, dict)
            and value
            and all(isinstance(v, dict) and v and all(_is_scalar(x) for x in v.values()) for v in value.values())
        ):
            labels = sorted(value)
            keys = sorted({key for inner in value.values() for key in inner})
            if len(keys) > len(labels):  # few splits × many metrics reads better with metrics as rows
                rows = [[key] + [_scalar(value[label].get(key)) for label in labels] for key in keys]
                view.tables.append((prefix, [str(label) for label in labels], rows))
            else:
                rows = [[str(label)] + [_scalar(value[label].get(key)) for key in keys] for label in labels]
                view.tables.append((prefix, keys, rows))
        elif isinstance(value, dict):
            for key in sorted(value):
                walk(f"{prefix}.{key}" if prefix else str(key), value[key])
        elif isinstance(value, list) and all(_is_scalar(item) for item in value) and len(value) <= 20:
            view.scalars.append((prefix, ", ".join(_scalar(item) for item in value)))
        elif isinstance(value, list):
            view.scalars.append((prefix, f"{len(value)} entries"))

    walk("", data)
    return view
