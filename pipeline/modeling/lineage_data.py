"""Reading a labelled lineage set (data/lineage/*.jsonl, format in its README) and tying it to the reference.

Records name the earlier recommendations they repeat by printed number in the session they were
labelled against (the 2020 seed); that session is found in the reference as the document whose
recommendations carry the gold seed texts, so the labels hold whatever else the reference grows to.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline.errors import RecsError
from pipeline.modeling.lineage_catalogue import Catalogue
from pipeline.modeling.lineage_decision import RELATIONS, REPEATS


@dataclass(frozen=True)
class LabelledRecord:
    id: str
    text: str
    relation: str
    repeats: tuple[str, ...]  # rec_ids in the reference, best first
    strength_change: int | None
    context: str | None = None  # lead-in of a lettered sub-item ("The Committee recommends that the State party:")
    group: str = ""  # records that share wording (source_group): cross-validation keeps them in one fold
    # A merged ask's strength change against each listed recommendation (aligned with ``repeats``); empty otherwise.
    changes_by_repeat: tuple[int, ...] = ()

    def strength_change_against(self, rec_id: str | None) -> int | None:
        """The labelled strength change measured against ``rec_id``: either listed recommendation of a merged ask
        counts as named right, so its strength change is judged against the one named."""
        if rec_id in self.repeats and len(self.changes_by_repeat) == len(self.repeats):
            return self.changes_by_repeat[self.repeats.index(rec_id)]
        return self.strength_change


WRITING_BATCH = 10  # constructed records written together (consecutive ids) share phrasing


def source_group(record_id: str, source: str | None, constructed: bool) -> str:
    """Which records share wording: a real paragraph's source body, or a constructed record's style and writing batch.

    Random folds let the rule see, while fitting, other paragraphs of the same body or texts written in the same
    sitting as the held-out ones; grouped folds keep them together, so the held-out figures are for unseen wording.
    """
    source = str(source or "unknown source")
    if not constructed:
        return source.split(",")[0].strip()
    digits = "".join(ch for ch in record_id if ch.isdigit())
    batch = (int(digits) - 1) // WRITING_BATCH if digits else record_id
    return f"{source} #{batch}"


def _number_to_rec_id(catalogue: Catalogue, doc_id: str) -> dict[str, str]:
    rows = catalogue.frame[catalogue.frame["doc_id"] == doc_id]
    return dict(zip(rows["number"].astype(str), rows["rec_id"].astype(str)))


def _seed_rows(seed_texts_path: str | Path) -> list[dict[str, str]]:
    path = Path(seed_texts_path)
    try:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        return [{"text": str(row["text"]).strip(), "modality": str(row.get("modality") or "")} for row in rows]
    except (OSError, json.JSONDecodeError, KeyError, TypeError) as error:
        raise RecsError(f"cannot read the seed texts ({type(error).__name__})", path) from None


def labelled_session(catalogue: Catalogue, seed_texts_path: str | Path) -> str:
    """The doc_id of the reference session holding the most gold seed texts (the session the labels refer to)."""
    path = Path(seed_texts_path)
    texts = {row["text"] for row in _seed_rows(path)}
    frame = catalogue.frame
    hits = frame[frame["text"].str.strip().isin(texts)]["doc_id"].value_counts()
    if hits.empty:
        raise RecsError("no reference recommendation has one of these texts: the labelled session is not in the reference", path)
    return str(hits.index[0])


def seed_strengths(catalogue: Catalogue, seed_texts_path: str | Path, doc_id: str) -> dict[str, int]:
    """rec_id -> strength of the gold modality of each labelled-session recommendation (the scale of
    ``lexicon/modals.yaml``): the labels' own earlier strengths, independent of how the tagger reads the reference."""
    from pipeline.tagging.lexicon import load_lexicon

    scale = load_lexicon("modals")["values"]
    gold = {row["text"]: row["modality"] for row in _seed_rows(seed_texts_path) if row["modality"] in scale}
    rows = catalogue.frame[catalogue.frame["doc_id"] == doc_id]
    return {
        str(rec_id): int(scale[gold[text.strip()]]) for rec_id, text in zip(rows["rec_id"], rows["text"]) if text.strip() in gold
    }


def _changes_by_repeat(rec_ids: list[str], change: int | None, strengths: Mapping[str, int]) -> tuple[int, ...]:
    """A merged ask's labelled change (against the first listed) re-expressed against each listed recommendation."""
    if change is None or len(rec_ids) < 2 or any(rec_id not in strengths for rec_id in rec_ids):
        return ()
    first = strengths[rec_ids[0]]
    return tuple(change + first - strengths[rec_id] for rec_id in rec_ids)


def read_labelled(
    path: str | Path, catalogue: Catalogue, doc_id: str, strengths: Mapping[str, int] | None = None
) -> list[LabelledRecord]:
    """The records of a lineage set, their repeated numbers resolved to rec_ids of ``doc_id``; with the gold
    ``strengths`` of that session (``seed_strengths``), a merged ask also carries its change against each listed one."""
    path = Path(path)
    if not path.is_file():
        raise RecsError("lineage set not found", path)
    numbers = _number_to_rec_id(catalogue, doc_id)
    records = []
    for line_number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            relation, text = data["relation"], data["text"]
        except (json.JSONDecodeError, KeyError, TypeError):
            raise RecsError(f"line {line_number} is not a lineage record (JSON with text and relation)", path) from None
        if relation not in RELATIONS:
            raise RecsError(f"line {line_number}: unknown relation {relation!r} (expected {', '.join(RELATIONS)})", path)
        repeats = [str(number) for number in data.get("repeats") or []]
        missing = [number for number in repeats if number not in numbers]
        if missing:
            raise RecsError(f"line {line_number}: repeats {missing}, not printed numbers of the labelled session", path)
        if relation == REPEATS and not repeats:
            raise RecsError(f"line {line_number}: a repeats record must name what it repeats", path)
        change = data.get("strength_change")
        change = None if change is None else int(change)
        rec_ids = [numbers[number] for number in repeats]
        records.append(
            LabelledRecord(
                str(data.get("id", line_number)),
                str(text),
                relation,
                tuple(rec_ids),
                change,
                str(data["context"]) if data.get("context") else None,
                source_group(str(data.get("id", line_number)), data.get("source"), bool(data.get("constructed", True))),
                _changes_by_repeat(rec_ids, change, strengths or {}),
            )
        )
    if not records:
        raise RecsError("lineage set has no records", path)
    return records


def session_mask(model_ids: np.ndarray, catalogue: Catalogue, doc_id: str) -> np.ndarray:
    """Which reference rows (in the classifier's order) belong to ``doc_id``."""
    docs = catalogue.frame["doc_id"].reindex(list(model_ids)).to_numpy()
    return docs == doc_id
