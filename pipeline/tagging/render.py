"""An offline displaCy page of tagged recommendations, for analysts.

Built from the JSONL records (text + span offsets), one recommendation at a time, so
the page is written in a stream. displaCy escapes the text; titles and labels are
escaped here because displaCy inserts them as they are.
"""

from __future__ import annotations

import html
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import spacy
from spacy import displacy
from spacy.tokens import Span

from pipeline.atomic import atomic_path

VIEW_KEY = "recs_view"
COLORS = {"actor": "#b3d4fc", "ref": "#ffd591", "modal": "#b7eb8f"}
PAGE_HEAD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Tagged recommendations</title>
<style>body{font-family:sans-serif;margin:2em;max-width:70em} .rec{border-bottom:1px solid #ddd;padding:1em 0}
.tags{font-size:.85em;color:#444} h2{font-size:1.1em}</style></head><body>
<h1>Tagged recommendations</h1>
<p class="tags">Underlines: <b>actor</b> (canonical id), <b>ref</b> (normalized legal reference),
<b>modal</b> (modal clause and its value).</p>
"""
PAGE_FOOT = "</body></html>\n"


def _labelled_spans(record: dict[str, Any]) -> list[tuple[int, int, str, str]]:
    """(start, end, label, kind) of every span to draw."""
    spans = record.get("spans", {})
    found = [(s["start"], s["end"], f"actor: {s['label']}", "actor") for s in spans.get("actors", [])]
    found += [(s["start"], s["end"], f"ref: {s.get('canonical') or s['label']}", "ref") for s in spans.get("legal_refs", [])]
    found += [(s["start"], s["end"], f"modal: {s['label']}", "modal") for s in spans.get("modal_clauses", [])]
    return found


def render_record(nlp: spacy.Language, record: dict[str, Any]) -> str:
    """One recommendation as an HTML fragment with its spans and a summary line."""
    doc = nlp.make_doc(record["text"])
    spans, colors = [], {}
    for start, end, label, kind in _labelled_spans(record):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            safe_label = html.escape(label)
            spans.append(Span(doc, span.start, span.end, label=safe_label))
            colors[safe_label] = COLORS[kind]
    doc.spans[VIEW_KEY] = spans
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a recommendation without spans is normal (displaCy warns W117)
        body = displacy.render(doc, style="span", page=False, jupyter=False, options={"spans_key": VIEW_KEY, "colors": colors})
    title = html.escape(f"{record.get('rec_id')} (recommendation {record.get('number') or '?'})")
    summary = html.escape(
        f"modality: {record.get('modality')} ({record.get('modality_strength')}) · addressee: {record.get('addressee')}"
        f" · negated: {record.get('negated')} · themes: {', '.join(record.get('themes') or []) or '-'}"
    )
    return f'<section class="rec"><h2>{title}</h2>\n<p class="tags">{summary}</p>\n{body}\n</section>\n'


def write_html(records: Iterable[dict[str, Any]], target: str | Path) -> Path:
    """Stream the records into one self-contained HTML page, written atomically."""
    nlp = spacy.blank("en")
    target = Path(target)
    with atomic_path(target) as tmp, open(tmp, "w", encoding="utf-8") as handle:
        handle.write(PAGE_HEAD)
        for record in records:
            handle.write(render_record(nlp, record))
        handle.write(PAGE_FOOT)
    return target
