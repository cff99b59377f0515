"""Build the Label Studio tasks for the recommendations the tagger is least sure of.

The tagged table holds the tags and the scores of the *assigned* sub-themes only; the
scores of the sub-themes just below the threshold come from the saved tagger, run again on
the texts. The whole pipeline runs: a theme cue weighs less outside the requested action,
so the theme component reads the modal clauses the components before it found.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

from spacy.language import Language

from pipeline.annotation import labelstudio
from pipeline.annotation.uncertainty import Uncertainty, least_sure, measure
from pipeline.atomic import iter_parquet_rows
from pipeline.schemas import TAGGED
from pipeline.tagging.extensions import doc_text
from pipeline.tagging.themes import ThemeTagger

THEMES_PIPE = "recs_themes"
BATCH_SIZE = 256


def _themes(nlp: Language) -> ThemeTagger:
    """The saved theme component (``get_pipe`` is typed as a plain callable)."""
    return cast(ThemeTagger, nlp.get_pipe(THEMES_PIPE))


def theme_scores(nlp: Language, texts: list[str]) -> Iterator[tuple[dict[str, float], dict[str, float]]]:
    """Every sub-theme's combined score for each text, as the tag stage computed it, and the score each needed.

    A sub-theme the trained model does not back needs more than the plain threshold
    (:meth:`ThemeTagger.needed_score`), so "close to the decision" is measured against its own bar.
    """
    themes = _themes(nlp)
    docs = list(nlp.pipe(texts, batch_size=BATCH_SIZE))
    probabilities = themes.model_probabilities([doc_text(doc) for doc in docs] if themes.is_trained else texts)
    for doc, probs in zip(docs, probabilities):
        scores = dict(doc._.theme_scores or {})
        yield scores, {label: themes.needed_score(label, probs) for label in scores}


def measure_table(nlp: Language, tagged: Path) -> tuple[list[Uncertainty], dict[str, dict[str, Any]]]:
    """The uncertainty of every tagged row, and the rows by rec_id (tags only, for the chosen few)."""
    measured: list[Uncertainty] = []
    rows: dict[str, dict[str, Any]] = {}
    for batch in iter_parquet_rows(tagged, batch_size=BATCH_SIZE, columns=TAGGED.names):
        for row, (scores, needed) in zip(batch, theme_scores(nlp, [row["text"] or "" for row in batch])):
            measured.append(measure(row, scores, needed))
            rows[row["rec_id"]] = row
    return measured, rows


def why(item: Uncertainty) -> str:
    """A short reason shown to the annotator."""
    if item.unresolved_clauses:
        return f"{item.unresolved_clauses} unresolved modal clause(s)"
    return f"theme {item.closest_theme} within {item.theme_margin:.3f} of the score it needs ({item.needed})"


def build_tasks(
    nlp: Language,
    tagged: Path,
    n: int,
    contexts: dict[str, str],
    documents: dict[str, dict[str, str]],
    model_version: str,
) -> list[dict[str, Any]]:
    """Label Studio tasks (data + current tags as predictions) for the ``n`` least-sure recommendations."""
    measured, rows = measure_table(nlp, tagged)
    tasks = []
    for item in least_sure(measured, n):
        row = rows[item.rec_id]
        document = documents.get(row["doc_id"] or "", {})
        data = {
            "rec_id": row["rec_id"],
            "text": row["text"],
            "context": contexts.get(row["rec_id"], ""),
            "source": document.get("source", ""),
            "why": why(item),
        }
        tags = {key: row[key] for key in ("modality", "negated", "addressee", "actors", "legal_refs", "themes")}
        tags["about_instrument"] = document.get("about_instrument")
        score = 0.0 if item.unresolved_clauses else item.theme_margin
        tasks.append(labelstudio.task(data, tags, model_version, score))
    return tasks
