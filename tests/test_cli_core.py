"""The `recs` shell: version, help on every command, usage errors, `where`."""

from __future__ import annotations

import gc

import pytest
from typer.testing import CliRunner

from pipeline import __version__
from pipeline.cli import GC_THRESHOLDS, app

runner = CliRunner()
COMMANDS = ["ingest", "segment", "build-tagger", "tag", "evaluate", "cluster", "train", "assign", "lineage", "report", "where"]


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"recs {__version__}"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output
    assert "Not built yet" not in result.output


def test_unknown_option_is_a_usage_error():
    result = runner.invoke(app, ["ingest", "--no-such-option"])
    assert result.exit_code == 2


def test_where_lists_outputs_and_says_what_is_missing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "index.html").write_text("<html></html>", encoding="utf-8")
    result = runner.invoke(app, ["where"])
    assert result.exit_code == 0
    report_line = next(line for line in result.output.splitlines() if line.startswith("report"))
    assert str((tmp_path / "reports" / "index.html").resolve()) in report_line
    assert "data/processed/tagged.parquet (not built yet)" in result.output


def test_a_command_runs_with_the_start_up_collector_thresholds_and_restores_them(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    seen = []
    monkeypatch.setattr("pipeline.commands.where.typer.echo", lambda line: seen.append(gc.get_threshold()))
    before = gc.get_threshold()
    assert runner.invoke(app, ["where"]).exit_code == 0
    assert seen and set(seen) == {GC_THRESHOLDS} != {before}
    assert gc.get_threshold() == before


def test_choices_are_listed_in_help_and_refused_otherwise():
    """--split, --features and --compare are enums: --help names every choice, anything else is a usage error (exit 2)."""
    result = runner.invoke(app, ["train", "--help"], env={"COLUMNS": "200"})
    assert "tfidf+tags" in result.output and "words+tags" in result.output
    result = runner.invoke(app, ["train", "--features", "bag-of-words"])
    assert result.exit_code == 2 and "bag-of-words" in result.output
    result = runner.invoke(app, ["train", "--compare", "tfidf,tags"])  # one set an option, repeated: no comma lists
    assert result.exit_code == 2 and "tfidf,tags" in result.output
    result = runner.invoke(app, ["evaluate", "--help"], env={"COLUMNS": "200"})
    assert "<train|test|all>" in result.output
    result = runner.invoke(app, ["evaluate", "data/gold/seed.jsonl", "--split", "dev"])
    assert result.exit_code == 2


def test_feature_set_choices_are_the_classifier_feature_sets():
    from pipeline.commands.options import FeatureSet
    from pipeline.modeling.features import FEATURE_SETS

    assert tuple(member.value for member in FeatureSet) == FEATURE_SETS
