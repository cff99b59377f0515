"""Lineage fields of new recommendations: what each one repeats, how its strength, addressee and references changed.

Turns a :class:`~pipeline.modeling.lineage_decision.Decision` into the columns analysts read
(schemas.ASSIGNED and schemas.LINEAGE): relation, the repeated earlier recommendation by id and by
readable reference, and the changes from it. Change fields are null unless the relation is ``repeats``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from pipeline.modeling.lineage_catalogue import Catalogue
from pipeline.modeling.lineage_decision import REPEATS, DecisionConfig, decide
from pipeline.modeling.lineage_evidence import Evidence, gather
from pipeline.modeling.vectors import as_label_list

LINEAGE_FIELDS = (
    "relation",
    "repeats_id",
    "repeats_ref",
    "also_repeats",
    "earlier_modality",
    "strength_change",
    "addressee_change",
    "refs_added",
    "refs_dropped",
    "similar_refs",
)


def _changes(tags: dict[str, Any], earlier: Any) -> dict[str, Any]:
    """Later minus earlier: strength (integer steps of the modality scale), addressee, legal references."""
    own_refs = set(as_label_list(tags.get("legal_refs")))
    earlier_refs = set(earlier["refs_set"])
    addressee, before = tags.get("addressee"), earlier["addressee"]
    return {
        "earlier_modality": str(earlier["modality"]),
        "strength_change": int(tags["modality_strength"]) - int(earlier["modality_strength"]),
        "addressee_change": None if addressee == before else f"{before} → {addressee}",
        "refs_added": sorted(own_refs - earlier_refs),
        "refs_dropped": sorted(earlier_refs - own_refs),
    }


def lineage_rows(
    query_tags: Sequence[dict[str, Any]],
    candidate_ids: ArrayLike,
    similarity: ArrayLike,
    catalogue: Catalogue,
    config: DecisionConfig,
    allowed: np.ndarray | None = None,
    shown: Sequence[Sequence[str]] | None = None,
) -> list[dict[str, Any]]:
    """The lineage fields of each query, given its nearest earlier recommendations in the lineage space (ids and
    similarities, best first) among the ``allowed`` catalogue rows (None = the whole reference).

    ``similar_refs`` names ``shown`` (``recs assign``: the classifier's ``similar_ids``, so each readable reference
    stands beside its id), by default the candidates themselves.
    """
    if not query_tags:
        return []
    evidence = gather(query_tags, candidate_ids, similarity, catalogue, allowed)
    return rows_from_evidence(query_tags, evidence, catalogue, config, shown)


def rows_from_evidence(
    query_tags: Sequence[dict[str, Any]],
    evidence: Evidence,
    catalogue: Catalogue,
    config: DecisionConfig,
    shown: Sequence[Sequence[str]] | None = None,
) -> list[dict[str, Any]]:
    """The lineage fields from gathered evidence (the path calibration and evaluation share with ``recs assign``)."""
    decision = decide(evidence, config)
    refs = catalogue.frame["ref"]
    rows = []
    for i, tags in enumerate(query_tags):
        candidates = [str(rec_id) for rec_id in evidence.candidates[i]]
        row: dict[str, Any] = dict.fromkeys(LINEAGE_FIELDS)
        row["relation"] = str(decision.relation[i])
        listed = candidates if shown is None else [str(rec_id) for rec_id in shown[i]]
        row["similar_refs"] = [str(refs.get(rec_id, rec_id)) for rec_id in listed]
        if row["relation"] == REPEATS:
            named = candidates[decision.best[i]]
            also = [candidates[j] for j in np.flatnonzero(decision.also[i])]
            also.sort(key=lambda rec_id: -int(catalogue.frame.at[rec_id, "session"]))
            row.update(
                repeats_id=named, repeats_ref=str(refs[named]), also_repeats=also, **_changes(tags, catalogue.frame.loc[named])
            )
        rows.append(row)
    return rows
