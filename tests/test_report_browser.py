"""The report in a real headless browser (Debian's chromium): sections render, document text stays text."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest
from bs4 import BeautifulSoup

from tests import browser
from tests import report_tables as tables
from tests.clone import PipelineRun
from tests.report_tables import SECTIONS

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def chromium() -> str:
    executable, reason = browser.ensure_chromium()
    if executable is None:
        pytest.skip(reason)
    return executable


def rendered(chromium: str, page: Path, tmp_path: Path) -> BeautifulSoup:
    """The DOM chromium built from ``page``."""
    return BeautifulSoup(browser.dump_dom(chromium, page, tmp_path / "profile"), "html.parser")


def test_markup_in_a_recommendation_is_text_in_the_browser(chromium, tmp_path):
    root = tables.write_tables(tmp_path / "project")
    out = root / "reports/index.html"
    result = tables.run_report(root)
    assert result.exit_code == 0, result.output
    dom = rendered(chromium, out, tmp_path)
    assert dom.find("script") is None  # the quoted <script> never became an element
    hostile = dom.find("article", id=f"rec-{tables.rec_id(len(tables.RECS) - 1)}")
    assert "<script>alert(1)</script>" in hostile.get_text()
    for name in SECTIONS:
        assert dom.find("section", id=name) is not None, name
    assert len(dom.find_all("svg")) >= 5
    new_session = dom.find("section", id="new-session")
    assert tables.NOVEL_TEXT in new_session.get_text() and tables.REPEAT_TEXT in new_session.get_text()


def test_pipeline_report_renders_every_section_and_recommendation(chromium, pipeline_run: PipelineRun, tmp_path):
    page = pipeline_run.root / "reports/index.html"
    dom = rendered(chromium, page, tmp_path)
    for name in SECTIONS:
        assert dom.find("section", id=name) is not None, name
    built = [name for name in SECTIONS if name != "new-session"]
    assert not [name for name in built if "Not built yet" in dom.find("section", id=name).get_text()]
    recommendations = pq.read_table(pipeline_run.root / "data/processed/recommendations.parquet", columns=["rec_id"])
    listed = {article["id"] for article in dom.select("article.rec")}
    assert listed == {f"rec-{rec_id}" for rec_id in recommendations.column("rec_id").to_pylist()}
    assert dom.select("div.cluster li a")  # clusters list their members, linked to the full text
    shot = browser.screenshot(chromium, page, tmp_path / "report.png", tmp_path / "profile")
    assert shot.stat().st_size > 20_000  # a real rendering, not a blank page
