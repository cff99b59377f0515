"""Split one document's clean text into recommendation rows (schema RECOMMENDATIONS)."""

from __future__ import annotations

from typing import Any

from pipeline.errors import RecsError
from pipeline.segment import layouts, upr
from pipeline.segment.lettered import split_lettered
from pipeline.segment.outline import outlines, resolve
from pipeline.segment.pieces import scan

NO_RECOMMENDATIONS = (
    "no recommendations found (looked for 'Recommendation N' headings and numbered paragraphs under a recommendations chapter)"
)


def segment_document(doc_id: str, text: str) -> list[dict[str, Any]]:
    """Rows of the RECOMMENDATIONS table for one document, in reading order.

    "Recommendation N" headings win when the document has any; then the "(State);" items of a
    UPR report's conclusions paragraphs (``upr``); otherwise the numbered paragraphs of its
    recommendations chapter are used, then the paragraphs under an unnumbered recommendations
    heading, then a resolution's operative paragraphs that make a request. Any may be a
    lettered list of requests, whose items become recommendations ``N(a)``, ``N(b)`` ...
    with the lead-in as ``context``. Every row's ``text`` equals ``text[start:end]``.
    Raises :class:`RecsError` when the document holds no recommendation in any layout.
    """
    pieces = resolve(text, scan(text))
    where = outlines(text, pieces)
    found = (
        layouts.headed(text, pieces, where)
        or upr.conclusions(text, pieces, where)
        or layouts.numbered(text, pieces, where)
        or layouts.unnumbered(text, pieces)
        or layouts.resolution(text, pieces)
    )
    if not found:
        raise RecsError(NO_RECOMMENDATIONS, path=doc_id)
    found = [item for recommendation in found for item in split_lettered(text, recommendation)]
    rows = []
    used_ids: set[str] = set()
    for item in found:
        rows.append(
            {
                "rec_id": _unique_id(f"{doc_id}-{item.number}{item.qualifier}", used_ids),
                "doc_id": doc_id,
                "number": item.number,
                "section": item.section,
                "text": text[item.start : item.end],
                "start": item.start,
                "end": item.end,
                "truncated": item.truncated,
                "context": item.context,
            }
        )
    return rows


def _unique_id(rec_id: str, used: set[str]) -> str:
    """Keep ids unique when a document prints a number twice: the second "7" becomes "7.2"."""
    candidate, copy = rec_id, 1
    while candidate in used:
        copy += 1
        candidate = f"{rec_id}.{copy}"
    used.add(candidate)
    return candidate
