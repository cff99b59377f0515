"""A Label Studio export of corrected tags -> validated gold records of the train split.

Each annotated task becomes one gold record with id ``annot-<rec_id>``; the fixed split
rule sends those ids to the train split (``gold.expected_split``), because corrections
of the pipeline's own output are training data, never a test of it. Every record is
validated as any gold line is (``GoldRecord``), and an error names the record and the
label the taxonomy does not know.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from pipeline.annotation.labelstudio import latest_annotation, read_result
from pipeline.errors import RecsError
from pipeline.tagging.extensions import NO_INSTRUMENT
from pipeline.tagging.gold import ANNOTATED_ID_PREFIX, NO_ADDRESSEE, GoldRecord, expected_split

REQUIRED = ("modality", "addressee", "about_instrument")


def read_export(path: Path) -> Any:
    """The parsed JSON of a Label Studio export; a missing or malformed file is a :class:`RecsError`."""
    if not path.is_file():
        raise RecsError("export file not found", path=path)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise RecsError(f"not valid JSON ({error.msg}, line {error.lineno})", path=path) from None


def gold_records(exported: Any, path: Path) -> tuple[list[GoldRecord], int]:
    """The gold records of an export, sorted by id, and how many tasks had no annotation."""
    if not isinstance(exported, list):
        raise RecsError("not a Label Studio JSON export (expected a list of tasks)", path=path)
    records: dict[str, GoldRecord] = {}
    unannotated = 0
    for position, exported_task in enumerate(exported, start=1):
        data = exported_task.get("data") if isinstance(exported_task, dict) else None
        if not isinstance(data, dict) or not data.get("rec_id") or not data.get("text"):
            raise RecsError(
                f"task {position}: no data.rec_id or data.text (export tasks made by `recs annotate export`)", path=path
            )
        annotation = latest_annotation(exported_task)
        if annotation is None:
            unannotated += 1
            continue
        record = _record(data, read_result(annotation.get("result") or []), path)
        if record.id in records:
            raise RecsError(f"record {record.id}: annotated in two tasks", path=path)
        records[record.id] = record
    return [records[key] for key in sorted(records)], unannotated


def _record(data: dict[str, Any], values: dict[str, Any], path: Path) -> GoldRecord:
    record_id = f"{ANNOTATED_ID_PREFIX}{data['rec_id']}"
    for field in REQUIRED:
        if not values.get(field):
            raise RecsError(f"record {record_id}: {field}: nothing chosen", path=path)
    addressee = values["addressee"]
    actors = set(values.get("actors") or []) | ({addressee} if addressee != NO_ADDRESSEE else set())
    fields = {
        "id": record_id,
        "text": data["text"],
        "source": f"{data.get('source') or 'recs'} (corrected in Label Studio)",
        "constructed": False,
        "split": expected_split(record_id, False),
        "about_instrument": None if values["about_instrument"] == NO_INSTRUMENT else values["about_instrument"],
        "modality": values["modality"],
        "negated": values.get("negated") == "true",
        "addressee": addressee,
        "actors": sorted(actors),
        "legal_refs": values.get("legal_refs") or [],
        "themes": values.get("themes") or [],
        "notes": " ".join(values.get("notes") or []) or None,
    }
    try:
        return GoldRecord.model_validate(fields)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "record"
        message = str(first["msg"]).removeprefix("Value error, ")
        raise RecsError(f"record {record_id}: {where}: {message}", path=path) from None


def check_new_ids(records: list[GoldRecord], gold_dir: Path, out: Path) -> None:
    """Refuse ids another gold file already holds (``out`` itself is being replaced)."""
    ids = {record.id for record in records}
    for other in sorted(gold_dir.glob("*.jsonl")):
        if other.resolve() == out.resolve():
            continue
        with other.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip() and (taken := json.loads(line).get("id")) in ids:
                    raise RecsError(f"record {taken}: already in {other} (line {number})", path=out)


def to_jsonl(records: list[GoldRecord]) -> str:
    """One gold line per record, fields in the gold format's order; an optional field left empty is left out, a
    required one is written even when null (``about_instrument: null``), since the gold format asks for it."""
    required = {name for name, field in GoldRecord.model_fields.items() if field.is_required()}
    lines = []
    for record in records:
        fields = {key: value for key, value in record.model_dump().items() if value is not None or key in required}
        lines.append(json.dumps(fields, ensure_ascii=False) + "\n")
    return "".join(lines)
