"""Running a labelled lineage set through the same path as ``recs assign``: tag, search, gather evidence, decide.

The search is limited to the session the set was labelled against, so its labels stay true when the
reference grows by later sessions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
from spacy.language import Language

from pipeline.modeling import tagger_bridge
from pipeline.modeling.assigner import Assigner
from pipeline.modeling.lineage import rows_from_evidence
from pipeline.modeling.lineage_calibration import TaggerView, calibrate
from pipeline.modeling.lineage_catalogue import Catalogue, build_catalogue
from pipeline.modeling.lineage_data import LabelledRecord, labelled_session, read_labelled, seed_strengths, session_mask
from pipeline.modeling.lineage_decision import DecisionConfig
from pipeline.modeling.lineage_evidence import Evidence, gather
from pipeline.modeling.lineage_neighbours import LineageSpace
from pipeline.modeling.lineage_scoring import Prediction, score


@dataclass(frozen=True)
class PreparedSet:
    records: list[LabelledRecord]
    tags: list[dict[str, Any]]
    evidence: Evidence


def prepare(path: str | Path, seed_texts: str | Path, nlp: Language, model: Assigner, catalogue: Catalogue) -> PreparedSet:
    """Tag a labelled set and gather its evidence against the labelled session's recommendations."""
    doc_id = labelled_session(catalogue, seed_texts)
    records = read_labelled(path, catalogue, doc_id, seed_strengths(catalogue, seed_texts, doc_id))
    # A lettered sub-item's lead-in carries its addressee and modal, as segmented rows do for `recs assign`.
    tags = list(tagger_bridge.tag(nlp, ({"rec_id": r.id, "text": r.text, "context": r.context} for r in records)))
    ids, similarity = LineageSpace.build(model, catalogue).nearest(
        tags, session_mask(model.reference_ids, catalogue, doc_id), model.n_similar
    )
    in_session = catalogue.frame["doc_id"].to_numpy() == doc_id
    return PreparedSet(records, tags, gather(tags, ids, similarity, catalogue, in_session))


def retagged_session(reference: pd.DataFrame, seed_texts: str | Path, nlp: Language) -> pd.DataFrame:
    """The reference with the labelled session's recommendations tagged by ``nlp`` (the lineage search and the
    earlier side's strength read only that session), as a reference built with that tagger would hold them."""
    doc_id = labelled_session(build_catalogue(reference), seed_texts)
    rows = reference.index[reference["doc_id"] == doc_id]
    return _replace_rows(
        reference, pd.DataFrame(list(tagger_bridge.tag(nlp, reference.loc[rows].to_dict("records"))), index=rows)
    )


def _replace_rows(reference: pd.DataFrame, tagged: pd.DataFrame) -> pd.DataFrame:
    """``reference`` with the rows of ``tagged`` (same index) replaced, each column keeping its dtype."""
    out = reference.copy()
    for column in out.columns.intersection(tagged.columns):
        values = out[column].astype(object)
        values.loc[tagged.index] = tagged[column]
        out[column] = values if reference[column].dtype == object else values.astype(reference[column].dtype)
    return out


def calibrate_on(
    path: str | Path,
    seed_texts: str | Path,
    nlp: Language,
    model: Assigner,
    reference: pd.DataFrame,
    seed: int,
    other_taggers: Sequence[tuple[str, Language]] = (),
) -> DecisionConfig:
    """The lineage decision calibrated on a labelled dev set (``recs train`` saves it beside the classifier); with
    ``other_taggers`` (name, loaded tagger) the choice must also hold when they read the texts and the reference."""
    catalogue = build_catalogue(reference)
    prepared = prepare(path, seed_texts, nlp, model, catalogue)
    views = []
    for name, other in other_taggers:
        other_catalogue = build_catalogue(retagged_session(reference, seed_texts, other))
        other_set = prepare(path, seed_texts, other, model, other_catalogue)
        views.append(TaggerView(name, other_set.tags, other_set.evidence, other_catalogue))
    return calibrate(prepared.records, prepared.tags, prepared.evidence, catalogue, seed, other_taggers=views)


def predictions(prepared: PreparedSet, catalogue: Catalogue, config: DecisionConfig) -> list[Prediction]:
    rows = rows_from_evidence(prepared.tags, prepared.evidence, catalogue, config)
    return [Prediction(row["relation"], row["repeats_id"], row["strength_change"]) for row in rows]


def evaluate(prepared: PreparedSet, catalogue: Catalogue, config: DecisionConfig) -> dict[str, Any]:
    return score(prepared.records, predictions(prepared, catalogue, config))


def decision_summary(decision: DecisionConfig) -> dict[str, Any]:
    """The decision in use for the metrics file: its weights and thresholds, the family and ceiling chosen and their cross-validated figures."""
    choice = decision.evidence.get("choice")
    return {
        "decision": {k: v for k, v in decision.__dict__.items() if k != "evidence"},
        "family": decision.evidence.get("family"),
        "fit_ceiling": decision.evidence.get("fit_ceiling"),
        "cross_validated_dev": decision.evidence.get("cross_validated", {}).get(choice, {}).get("metrics"),
    }
