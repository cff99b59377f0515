"""Assemble the report's sections and stream them through the Jinja2 template into one HTML file.

Autoescaping is on for everything: document text can contain markup (a report may quote
``<script>``), and it must reach the analyst as text. The output has no timestamp, so the
same tables give a byte-identical report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from pipeline import __version__
from pipeline.atomic import atomic_path
from pipeline.report import charts, lineage_view, summaries
from pipeline.report.data import ReportInputs


@dataclass
class ReportContext:
    """Everything the template shows; a ``None`` section means "not built yet"."""

    version: str
    sources: dict[str, str]
    documents: list[dict[str, Any]]
    recommendation_count: int | None = None
    modality_chart: charts.Chart | None = None
    modality_categories: list[str] = field(default_factory=list)
    modality_totals: list[tuple[str, int]] = field(default_factory=list)
    actors: list[summaries.MentionRow] | None = None
    legal_refs: list[summaries.MentionRow] | None = None
    theme_chart: charts.Chart | None = None
    session_heatmap: charts.Chart | None = None
    session_heatmap_note: str = ""
    cluster_heatmap: charts.Chart | None = None
    cluster_chart: charts.Chart | None = None
    clusters: list[summaries.ClusterView] | None = None
    metrics: list[summaries.MetricsView] = field(default_factory=list)
    new_session: lineage_view.LineageSession | None = None
    assigned_requested: bool = False
    listed: list[summaries.ListedRecommendation] = field(default_factory=list)
    unlisted: int = 0
    plots: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("pipeline.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _tag_sections(context: ReportContext, refs, labels: dict[str, str], order: list[str], linker) -> None:
    """Modality, actors, legal references and themes: the sections that need ``tagged.parquet``."""
    context.modality_categories = summaries.modality_categories(refs)
    rows = summaries.modality_by_document(refs, labels, order)
    context.modality_chart = charts.stacked_bars(rows, context.modality_categories, "Primary modality per session")
    context.modality_totals = [(value, int((refs["modality"] == value).sum())) for value in context.modality_categories]
    context.actors = summaries.mention_table(refs, "actors", linker, addressee=True)
    context.legal_refs = summaries.mention_table(refs, "legal_refs", linker)
    theme_counts = summaries.value_counts(refs, "themes")
    groups = summaries.theme_groups(refs)
    context.plots["themes"] = theme_counts
    context.theme_chart = charts.bar_chart(
        [(summaries.theme_label(t, groups), n) for t, n in theme_counts], "Recommendations per sub-theme"
    )
    theme_rows = summaries.theme_rows(refs)
    row_labels = [summaries.theme_label(theme, groups) for theme in theme_rows]
    sessions = order[-summaries.MAX_HEATMAP_COLUMNS :]
    if len(order) > len(sessions):
        context.session_heatmap_note = f"Showing the {len(sessions)} most recent of {len(order)} sessions."
    if theme_rows and len(sessions) >= 2:
        values = summaries.theme_matrix(refs, "doc_id", sessions, theme_rows)
        context.session_heatmap = charts.heatmap(
            row_labels, [labels[doc_id] for doc_id in sessions], values, "Sub-themes per session"
        )


def _cluster_sections(context: ReportContext, refs, linker) -> None:
    """Cluster sizes, cluster × theme heat map and the member listings: the sections that need ``clusters.parquet``."""
    context.clusters = summaries.cluster_views(refs, linker)
    sizes = [(f"{view.cluster_id} · {view.label}", view.size) for view in context.clusters]
    context.plots["cluster_sizes"] = [(view.cluster_id, view.size) for view in context.clusters]
    context.cluster_chart = charts.bar_chart(sizes, "Recommendations per cluster", color="#0e7490")
    if "themes" in refs:
        theme_rows = summaries.theme_rows(refs)
        groups = summaries.theme_groups(refs)
        cluster_ids = [view.cluster_id for view in context.clusters][: summaries.MAX_HEATMAP_COLUMNS]
        if theme_rows and cluster_ids:
            values = summaries.theme_matrix(refs.dropna(subset=["cluster_id"]), "cluster_id", cluster_ids, theme_rows)
            context.cluster_heatmap = charts.heatmap(
                [summaries.theme_label(t, groups) for t in theme_rows],
                [f"{view.cluster_id} · {view.label}" for view in context.clusters][: len(cluster_ids)],
                values,
                "Sub-themes per cluster",
            )


def build_context(inputs: ReportInputs, assigned_requested: bool, max_listed: int) -> ReportContext:
    """Compute every section from whatever tables exist."""
    refs = summaries.reference_table(inputs)
    doc_ids = list(inputs.documents["doc_id"]) if inputs.documents is not None else []
    if refs is not None:
        doc_ids = list(dict.fromkeys(doc_ids + list(refs["doc_id"])))
    labels = summaries.document_labels(inputs.documents, doc_ids)
    order = summaries.document_order(inputs.documents, doc_ids)
    context = ReportContext(
        version=__version__,
        sources=inputs.sources,
        documents=summaries.corpus_overview(inputs.documents, refs, labels),
        assigned_requested=assigned_requested,
    )
    context.metrics = [summaries.metrics_view(name, data) for name, data in inputs.metrics.items()]
    linker = summaries.Linker(refs, labels) if refs is not None else None
    if refs is not None:
        context.recommendation_count = len(refs)
    if inputs.tagged is not None:
        _tag_sections(context, refs, labels, order, linker)
        context.plots["modality"] = context.modality_totals
    if inputs.clusters is not None and refs is not None:
        _cluster_sections(context, refs, linker)
    if inputs.assigned is not None:
        context.new_session = lineage_view.lineage_session(inputs.assigned, refs, inputs.documents, linker, labels, order)
    if linker is not None:  # there are reference recommendations
        context.listed, context.unlisted = summaries.listed_recommendations(refs, labels, linker.linked, max_listed)
    return context


def write_report(context: ReportContext, target: Path) -> None:
    """Render the template in chunks straight into a temporary file, then publish it atomically."""
    template = _environment().get_template("report.html")
    with atomic_path(target) as tmp, open(tmp, "w", encoding="utf-8") as handle:
        for chunk in template.generate(ctx=context, charts=charts):
            handle.write(chunk)
