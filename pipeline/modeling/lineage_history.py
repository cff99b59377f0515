"""The reference's own lineage: every reference recommendation against the sessions before its own.

When an analyst adds a reviewed session to the reference (data/raw/ + ``dvc repro``), this table says
what that session repeated, changed and added, by the same decision ``recs assign`` applies to new
reports. Recommendations of the oldest session have nothing to be compared with: relation null.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from pipeline import schemas
from pipeline.modeling.assigner import Assigner
from pipeline.modeling.lineage import LINEAGE_FIELDS, lineage_rows
from pipeline.modeling.lineage_catalogue import Catalogue
from pipeline.modeling.lineage_decision import DecisionConfig
from pipeline.modeling.lineage_neighbours import LineageSpace

# What a reference recommendation is compared by: its text and every tag column of the TAGGED schema.
TAG_FIELDS = ("text", *schemas.TAG_COLUMNS)


def _number_key(number: Any) -> tuple[int, str]:
    text = str(number)
    return (int(text), text) if text.isdigit() else (10**9, text)


def history_rows(model: Assigner, catalogue: Catalogue, config: DecisionConfig) -> list[dict[str, Any]]:
    """LINEAGE rows, oldest session first, then by printed number."""
    ids = np.asarray(model.reference_ids, dtype=object)
    frame = catalogue.frame
    session = frame["session"].reindex(list(ids)).to_numpy()
    rows: list[dict[str, Any]] = []
    space = LineageSpace.build(model, catalogue)
    for current in sorted(set(session.tolist())):
        members = np.flatnonzero(session == current)
        members = np.array(sorted(members, key=lambda i: _number_key(frame.at[ids[i], "number"])), dtype=np.intp)
        earlier = session < current
        tags = [{name: frame.at[ids[i], name] for name in TAG_FIELDS} for i in members]
        found = int(len(set(session[earlier].tolist())))
        if found:
            candidate_ids, similarity = space.nearest(tags, earlier, model.n_similar)
            lineages = lineage_rows(tags, candidate_ids, similarity, catalogue, config, frame["session"].to_numpy() < current)
        else:
            candidate_ids, similarity = np.empty((len(members), 0), dtype=object), np.empty((len(members), 0))
            lineages = [dict.fromkeys(LINEAGE_FIELDS) for _ in members]
        for position, (i, lineage) in enumerate(zip(members, lineages)):
            own = frame.loc[ids[i]]
            rows.append(
                {
                    "rec_id": str(ids[i]),
                    "doc_id": str(own["doc_id"]),
                    "number": str(own["number"]),
                    "ref": str(own["ref"]),
                    "session_date": own["date"] if isinstance(own["date"], str) else None,
                    "earlier_sessions": found,
                    "modality": str(own["modality"]),
                    "modality_strength": int(own["modality_strength"]),
                    **lineage,
                    "similar_ids": [str(x) for x in candidate_ids[position]],
                    "similar_scores": [round(float(x), 6) for x in similarity[position]],
                }
            )
    return rows
