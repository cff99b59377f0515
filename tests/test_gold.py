"""Gold data: the format's validation and the shipped gold files' coverage."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from pipeline.errors import RecsError
from pipeline.tagging.extensions import NO_INSTRUMENT
from pipeline.tagging.gold import GoldRecord, expected_split, load_gold, select_split
from pipeline.tagging.themes import all_sub_themes

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold"
GOOD = {
    "id": "t-1",
    "text": "States parties should cooperate in accordance with article 18 of the Convention.",
    "source": "test",
    "constructed": False,
    "split": "train",
    "about_instrument": "UNTOC",
    "modality": "should",
    "negated": False,
    "addressee": "states_parties",
    "actors": ["states_parties"],
    "legal_refs": ["UNTOC art. 18"],
    "themes": ["international_cooperation"],
}


@pytest.fixture(scope="module")
def seed():
    return load_gold(GOLD / "seed.jsonl")


@pytest.fixture(scope="module")
def constructed():
    return load_gold(GOLD / "constructed.jsonl")


def _write(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def test_valid_record_loads(tmp_path):
    [record] = load_gold(_write(tmp_path / "g.jsonl", GOOD))
    assert record.legal_refs == ["UNTOC art. 18"] and record.modality == "should"


def test_every_canonical_form_the_tagger_writes_for_resolutions_is_a_valid_gold_label(tmp_path):
    """Security Council and special-session resolutions are cited as the tagger writes them, not refused."""
    cited = ["resolution 2331 (2016)", "resolution 74/176", "resolution S-30/1", "decision 4/4"]
    [record] = load_gold(_write(tmp_path / "g.jsonl", {**GOOD, "legal_refs": cited}))
    assert record.legal_refs == cited
    for wrong in ("resolution 2331", "resolution 2331 (16)"):
        with pytest.raises(RecsError, match="canonical form"):
            load_gold(_write(tmp_path / "bad.jsonl", {**GOOD, "legal_refs": [wrong]}))


def test_a_document_about_no_listed_instrument_is_null_and_tagged_as_about_none(tmp_path):
    """A UNESCO article's "this Convention" is none of the listed instruments: null, and the tagger gets NO_INSTRUMENT
    (legal round 32; None would read as not known, and so as the default instrument)."""
    unesco = {
        **GOOD,
        "text": "The States Parties to this Convention undertake to oppose the impoverishment of the cultural heritage.",
        "about_instrument": None,
        "legal_refs": [],
    }
    [record] = load_gold(_write(tmp_path / "g.jsonl", unesco))
    assert record.about_instrument is None and record.tagger_row()["about_instrument"] == NO_INSTRUMENT
    missing = {key: value for key, value in unesco.items() if key != "about_instrument"}
    with pytest.raises(RecsError, match="line 1: about_instrument: Field required"):
        load_gold(_write(tmp_path / "missing.jsonl", missing))  # null is a decision, never a forgotten field


def test_an_unknown_instrument_is_refused_naming_the_file_line_and_value(tmp_path):
    path = _write(
        tmp_path / "bad.jsonl", {**GOOD, "id": "t-0", "about_instrument": None}, {**GOOD, "about_instrument": "UNESCO_1970"}
    )
    with pytest.raises(RecsError, match=r"line 2: about_instrument: .*unknown instrument 'UNESCO_1970'.* or null") as caught:
        load_gold(path)
    assert str(path) in str(caught.value)
    with pytest.raises(RecsError, match="unknown instrument 'none'"):  # Label Studio's choice word is not a gold value
        load_gold(_write(tmp_path / "none.jsonl", {**GOOD, "about_instrument": "none"}))


def test_real_dev_parts_r_and_s_are_null_unless_about_a_listed_instrument():
    """Session 11's convention: treaty articles of other conventions and other bodies' texts are null; UNCAC's
    own articles keep UNCAC; every null record says so in its notes."""
    records = [record for record in load_gold(GOLD / "real_dev.jsonl") if record.id.startswith(("real-r-", "real-s-"))]
    nulls = [record for record in records if record.about_instrument is None]
    assert len(records) == 228 and nulls
    assert all("about_instrument null:" in (record.notes or "") for record in nulls)
    for record in records:
        if record.source.startswith("United Nations Convention against Corruption"):
            assert record.about_instrument == "UNCAC", record.id
        if record.source.startswith(("UNESCO Convention", "Single Convention on Narcotic Drugs", "Council of Europe")):
            assert record.about_instrument is None, record.id


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"themes": ["international_cooperation", "human_rights"]}, "unknown themes"),
        ({"modality": "must"}, "unknown modality"),
        ({"actors": ["states_parties", "the_moon"]}, "unknown actors"),
        ({"legal_refs": ["article 18 UNTOC"]}, "canonical form"),
        ({"about_instrument": "CEDAW"}, "unknown instrument"),
        ({"addressee": "member_states"}, "must also be listed in actors"),
        ({"actors": ["victims", "states_parties"]}, "sorted and unique"),
        ({"split": "test"}, "fixed rule"),
        ({"colour": "blue"}, "colour"),
    ],
)
def test_bad_record_names_file_and_line(tmp_path, change, message):
    path = _write(tmp_path / "bad.jsonl", {**GOOD, "id": "t-0"}, {**GOOD, **change})
    with pytest.raises(RecsError, match=message) as caught:
        load_gold(path)
    assert str(path) in str(caught.value) and "line 2" in str(caught.value)


def test_broken_json_and_duplicate_ids_are_refused(tmp_path):
    broken = tmp_path / "broken.jsonl"
    broken.write_text(json.dumps(GOOD) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(RecsError, match="line 2: not valid JSON"):
        load_gold(broken)
    with pytest.raises(RecsError, match="already used on line 1"):
        load_gold(_write(tmp_path / "dup.jsonl", GOOD, GOOD))
    with pytest.raises(RecsError, match="not found"):
        load_gold(tmp_path / "missing.jsonl")


def test_split_rule_is_fixed_and_near_forty_percent():
    assert expected_split("seed-2020-rec-01", constructed=False) == "train"
    # real text of other bodies follows the hash rule, like constructed records
    real_ids = [f"real-test-{n:03d}" for n in range(400)]
    assert {expected_split(i, False) for i in real_ids} == {"train", "test"}
    assert all(expected_split(i, False) == expected_split(i, True) for i in real_ids)
    ids = [f"constructed-{i:03d}" for i in range(1, 1001)]
    share = sum(expected_split(i, True) == "test" for i in ids) / len(ids)
    assert 0.35 < share < 0.45
    assert expected_split("constructed-001", True) == expected_split("constructed-001", True)


def test_seed_has_all_26_recommendations_rejoined(seed):
    assert len(seed) == 26 and all(not r.constructed and r.split == "train" for r in seed)
    by_number = {int(r.id.rsplit("-", 1)[1]): r for r in seed}
    assert sorted(by_number) == list(range(1, 27))
    assert "knowledge among vulnerable populations" in by_number[5].text  # page break rejoined
    assert "partnering with local prosecutors" in by_number[21].text
    assert by_number[7].modality == "should_consider" and by_number[7].legal_refs == ["UNTOC art. 18"]
    assert by_number[20].legal_refs == ["SHERLOC"]
    assert by_number[22].modality == "should" and by_number[22].addressee == "states_parties"
    assert by_number[22].legal_refs == ["mla_agreement"]
    assert all(by_number[n].legal_refs == ["domestic_law"] for n in (10, 11, 13))


def test_constructed_set_size_splits_and_styles(constructed):
    assert len(constructed) >= 70 and all(r.constructed for r in constructed)
    splits = Counter(r.split for r in constructed)
    assert splits["test"] >= 25 and splits["train"] >= 25
    texts = [r.text for r in constructed]
    for opening in ("Urges", "Calls upon", "Requests", "Encourages", "Invites", "Stresses", "Notes", "Each State Party shall"):
        assert any(text.startswith(opening) for text in texts), opening
    assert {"mandatory", "should", "should_consider", "encouraged", "may", "none"} <= {r.modality for r in constructed}
    assert any(r.negated for r in constructed) and any(r.addressee == "none" for r in constructed)
    assert len({r.about_instrument for r in constructed}) >= 4


def test_every_sub_theme_covered_twice_and_ids_unique(seed, constructed):
    records = seed + constructed
    counts = Counter(theme for record in records for theme in record.themes)
    assert {theme: counts[theme] for theme in all_sub_themes() if counts[theme] < 2} == {}
    assert len({r.id for r in records}) == len(records)
    assert len(select_split(records, "all")) == len(records)
    assert select_split(records, "test") == [r for r in constructed if r.split == "test"]


def _real_part(prefix: str) -> list[GoldRecord]:
    """A real part's records from both files, each checked to be real, sourced and on its side of the id rule."""
    files = {"real_dev.jsonl": "train", "real_blind.jsonl": "test"}
    records = {name: [r for r in load_gold(GOLD / name) if r.id.startswith(prefix)] for name in files}
    everything = [r for rs in records.values() for r in rs]
    assert len(everything) >= 100 and len({r.id for r in everything}) == len(everything)
    assert all(len(rs) >= 30 for rs in records.values())
    for name, split in files.items():
        for record in records[name]:
            assert not record.constructed and record.split == split == expected_split(record.id, False), record.id
            assert record.url and record.source, record.id
    return everything


def test_real_c_records_are_real_split_by_rule_and_sourced():
    everything = _real_part("real-c-")
    assert {"mandatory", "should", "should_consider", "encouraged", "may"} <= {r.modality for r in everything}
    assert {"SOM_PROTOCOL", "TIP_PROTOCOL", "FIREARMS_PROTOCOL"} <= {r.about_instrument for r in everything}
    # a lettered sub-item carries its lead-in, unless its notes say the lead-in was not stored
    letters = tuple(f"({c})" for c in "abcdefghijklmnopqrstuvwxyz")
    for record in everything:
        if record.source.endswith(letters) and not record.context:
            assert "not stored" in (record.notes or ""), record.id


def test_real_d_records_are_new_real_text_split_by_rule_and_sourced():
    """Round 5 (helper D): other bodies' real text, split by the id rule, each with its source and a note."""
    everything = _real_part("real-d-")
    assert all(record.notes for record in everything), [r.id for r in everything if not r.notes]
    assert {"mandatory", "should", "should_consider", "encouraged", "none"} <= {r.modality for r in everything}
    assert {"member_states", "states_parties", "regional_orgs", "none"} <= {r.addressee for r in everything}
    assert {"SOM_PROTOCOL", "TIP_PROTOCOL", "UNCAC"} <= {r.about_instrument for r in everything}
    letters = tuple(f"({c})" for c in "abcdefghijklmnopqrstuvwxyz")
    for record in everything:
        if record.source.endswith(letters) and not record.context:
            assert "no context" in (record.notes or ""), record.id


def test_no_text_is_in_the_gold_twice():
    """Two copies of one paragraph could sit on both sides of the split (a blind text trained on).

    Texts are compared with case, punctuation and spacing folded, as two copies of one page differ.
    """
    seen: dict[str, str] = {}
    for path in sorted(GOLD.glob("*.jsonl")):
        for record in load_gold(path):
            folded = " ".join(re.sub(r"[\W_]+", " ", record.text.lower()).split())
            assert folded not in seen, f"{record.id} repeats {seen.get(folded)}"
            seen[folded] = record.id
