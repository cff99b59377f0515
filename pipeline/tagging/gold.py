"""Gold annotations of recommendations: the format, its validation and the fixed train/test rule.

One JSON object per line (see ``data/gold/README.md``). Every label is checked
against the shipped vocabularies, so a typo in the gold data fails loudly with
the file and line instead of silently lowering a score.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from pipeline.errors import RecsError
from pipeline.tagging.extensions import NO_INSTRUMENT
from pipeline.tagging.lexicon import load_lexicon

TEST_SHARE_PERCENT = 40
NO_ADDRESSEE = "none"


SEED_ID_PREFIX = "seed-"
ANNOTATED_ID_PREFIX = "annot-"  # corrections imported by `recs annotate import`


def expected_split(record_id: str, constructed: bool) -> str:
    """The fixed split rule: the seed report's records and imported corrections train; any
    other record (constructed, or real text of other bodies) is "test" when the first 8 hex
    digits of sha256(id) mod 100 fall below 40.

    Hashing the id keeps each record's split stable when records are added or reordered,
    and decides a real record's blind/dev file before anyone looks at its tags. Corrections
    (``annot-<rec_id>``) are the pipeline's own output fixed by a researcher, chosen because
    the tagger was unsure of them: training data by purpose, never a fair test.
    """
    if not constructed and record_id.startswith((SEED_ID_PREFIX, ANNOTATED_ID_PREFIX)):
        return "train"
    bucket = int(hashlib.sha256(record_id.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "test" if bucket < TEST_SHARE_PERCENT else "train"


@functools.cache
def known_labels() -> dict[str, frozenset[str]]:
    """Closed vocabularies the gold labels must come from (actor ids only once actors.yaml exists)."""
    from pipeline.tagging.themes import all_sub_themes

    labels = {
        "themes": frozenset(all_sub_themes()),
        "modality": frozenset(load_lexicon("modals")["values"]),
    }
    try:
        labels["actors"] = frozenset(load_lexicon("actors")["actors"])
    except RecsError:
        pass
    return labels


@functools.cache
def legal_ref_pattern() -> re.Pattern[str]:
    """The canonical string forms of TAXONOMY section 3, built from instruments.yaml."""
    lexicon = load_lexicon("instruments")
    instruments = "|".join(map(re.escape, lexicon["instruments"]))
    named = "|".join(map(re.escape, ["domestic_law", *lexicon["agreements"], *lexicon["databases"]]))
    acts = "|".join(map(re.escape, lexicon["numbered_acts"]))
    yearly = "|".join(map(re.escape, lexicon["yearly_acts"]))
    series = "|".join(map(re.escape, lexicon["symbol_series"]))
    return re.compile(
        rf"^(?:(?:{instruments})(?: art\. \d+(?:\(\d+\))?)?|{named}|(?:{acts}) (?:S-)?\d+/\d+"
        rf"|(?:{yearly}) \d+ \(\d{{4}}\)|(?:{series})/[A-Za-z0-9./-]+)$"
    )


class GoldRecord(BaseModel):
    """One hand-annotated recommendation."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    text: str = Field(min_length=1)
    context: str | None = None  # lead-in of a lettered sub-item "(a) ...": where its addressee may sit
    source: str = Field(min_length=1)
    constructed: bool
    split: Literal["train", "test"]
    about_instrument: str | None  # None: the document is about none of the listed instruments (tagged as NO_INSTRUMENT)
    modality: str
    negated: bool
    addressee: str
    actors: list[str]
    legal_refs: list[str]
    themes: list[str] = Field(min_length=1)
    notes: str | None = None
    url: str | None = None  # where a real (not constructed) text was copied from

    def tagger_row(self) -> dict[str, Any]:
        """What the tagger reads of this record (``tag_rows``' input): the text as `recs tag` would see it, with the
        document's instrument; a null one is :data:`NO_INSTRUMENT`, since the record says its document is about none of
        the listed instruments (not that it is unknown, which the tagger reads as the default)."""
        about = self.about_instrument or NO_INSTRUMENT
        return {"rec_id": self.id, "text": self.text, "context": self.context, "about_instrument": about}

    def in_split(self, split: str) -> bool:
        """Whether this record is scored in ``split`` ("all" holds every record)."""
        return split == "all" or self.split == split

    @field_validator("about_instrument")
    @classmethod
    def _known_instrument(cls, value: str | None) -> str | None:
        known = load_lexicon("instruments")["instruments"]
        if value is not None and value not in known:
            raise ValueError(f"unknown instrument {value!r}; expected one of {sorted(known)} or null (none of them)")
        return value

    @field_validator("modality")
    @classmethod
    def _known_modality(cls, value: str) -> str:
        return _check_labels("modality", [value])[0]

    @field_validator("themes")
    @classmethod
    def _known_themes(cls, value: list[str]) -> list[str]:
        _check_unique("themes", value)
        return _check_labels("themes", value)

    @field_validator("actors")
    @classmethod
    def _known_actors(cls, value: list[str]) -> list[str]:
        if value != sorted(set(value)):
            raise ValueError("actors must be sorted and unique")
        return _check_labels("actors", value)

    @field_validator("legal_refs")
    @classmethod
    def _canonical_refs(cls, value: list[str]) -> list[str]:
        _check_unique("legal_refs", value)
        pattern = legal_ref_pattern()
        bad = [ref for ref in value if not pattern.match(ref)]
        if bad:
            raise ValueError(f"legal_refs not in canonical form: {bad}")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> "GoldRecord":
        if self.addressee != NO_ADDRESSEE:
            _check_labels("actors", [self.addressee])
            if self.addressee not in self.actors:
                raise ValueError(f"addressee {self.addressee!r} must also be listed in actors")
        if self.split != expected_split(self.id, self.constructed):
            raise ValueError(
                f"split {self.split!r} differs from the fixed rule (expected {expected_split(self.id, self.constructed)!r})"
            )
        return self


def _check_unique(field: str, values: list[str]) -> None:
    if len(values) != len(set(values)):
        raise ValueError(f"{field} has duplicates")


def _check_labels(field: str, values: list[str]) -> list[str]:
    known = known_labels().get(field)
    if known is not None:
        unknown = [value for value in values if value not in known]
        if unknown:
            raise ValueError(f"unknown {field} label(s) {unknown}")
    return values


def load_gold(path: Path) -> list[GoldRecord]:
    """Read and validate one gold JSONL file; any bad line raises RecsError naming the file and line."""
    path = Path(path)
    if not path.is_file():
        raise RecsError("gold file not found", path=path)
    records: list[GoldRecord] = []
    seen: dict[str, int] = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = GoldRecord.model_validate(json.loads(line))
            except json.JSONDecodeError as error:
                raise RecsError(f"line {number}: not valid JSON ({error.msg})", path=path) from None
            except ValidationError as error:
                first = error.errors()[0]
                where = ".".join(str(part) for part in first["loc"]) or "record"
                raise RecsError(f"line {number}: {where}: {first['msg']}", path=path) from None
            if record.id in seen:
                raise RecsError(f"line {number}: id {record.id!r} already used on line {seen[record.id]}", path=path)
            seen[record.id] = number
            records.append(record)
    if not records:
        raise RecsError("gold file has no records", path=path)
    return records


def load_gold_files(paths: Iterable[Path]) -> list[tuple[str, GoldRecord]]:
    """(file name, record) pairs of several gold files; an id used in two files is refused, since results are keyed by id."""
    records: list[tuple[str, GoldRecord]] = []
    seen: dict[str, Path] = {}
    for path in paths:
        for record in load_gold(path):
            if record.id in seen:
                raise RecsError(f"id {record.id!r} also appears in {seen[record.id]}", path=path)
            seen[record.id] = path
            records.append((path.name, record))
    return records


def gold_files(paths: Iterable[Path]) -> list[Path]:
    """The gold files named, a folder standing for every ``*.jsonl`` in it (sorted, so the order is fixed)."""
    files: list[Path] = []
    for path in map(Path, paths):
        files.extend(sorted(path.glob("*.jsonl")) if path.is_dir() else [path])
    return files


def select_split(records: Iterable[GoldRecord], split: str) -> list[GoldRecord]:
    """Records of one split ("train" or "test"), or all of them for "all"."""
    return [record for record in records if record.in_split(split)]


def theme_cats(record: GoldRecord, sub_themes: Iterable[str]) -> dict[str, float]:
    """The record's themes as spaCy ``doc.cats`` (1.0 / 0.0 for every sub-theme), for training."""
    chosen = set(record.themes)
    return {label: float(label in chosen) for label in sub_themes}
