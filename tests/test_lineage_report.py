"""A later session's report, as an analyst gets it: `recs assign` on the numbered-layout session, then
`recs report`, checked in headless Chromium."""

from __future__ import annotations

import pandas as pd
import pytest
from bs4 import BeautifulSoup

from tests import browser
from tests.lineage_support import NUMBERED, REFERENCE
from tests.modeling_fixtures import assign, run, workspace

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dom(tmp_path_factory: pytest.TempPathFactory) -> tuple[BeautifulSoup, pd.DataFrame]:
    executable, reason = browser.ensure_chromium()
    if executable is None:
        pytest.skip(reason)
    ws = workspace()
    folder = tmp_path_factory.mktemp("lineage-report")
    assigned = folder / "assigned.parquet"
    assign(ws, NUMBERED, "--out", assigned)
    page = folder / "index.html"
    run("report", "--processed", ws, "--metrics", folder / "no-metrics", "--assigned", assigned, "--out", page)
    return BeautifulSoup(browser.dump_dom(executable, page, folder / "profile"), "html.parser"), pd.read_parquet(assigned)


def test_the_counts_match_the_assigned_table(dom: tuple[BeautifulSoup, pd.DataFrame]) -> None:
    soup, assigned = dom
    stats = [" ".join(stat.get_text(" ").split()) for stat in soup.select("#new-session .stats .stat")]
    relation = assigned["relation"]
    change = assigned["strength_change"]
    assert stats[1] == f"{(relation == 'new').sum()} new" and stats[2].startswith(f"{(relation == 'related').sum()} related")
    assert stats[3] == (
        f"{(relation == 'repeats').sum()} repeated: {(change > 0).sum()} strengthened, "
        f"{(change < 0).sum()} weakened, {(change == 0).sum()} unchanged in strength"
    )


def test_every_earlier_recommendation_is_named_readably_with_its_text(dom: tuple[BeautifulSoup, pd.DataFrame]) -> None:
    soup, _ = dom
    section = soup.find("section", id="new-session")
    refs = section.select("span.ref")
    assert len(refs) > 20
    for ref in refs:
        assert REFERENCE.match(ref.get_text().strip()), ref.get_text()
        assert ref.a is not None and soup.find("article", id=ref.a["href"][1:]) is not None
    texts = section.select("span.earlier-text")
    assert texts and all(len(text.get_text().split()) > 8 for text in texts)


def test_changed_asks_show_both_wordings_with_the_strength_arrow(dom: tuple[BeautifulSoup, pd.DataFrame]) -> None:
    soup, assigned = dom
    changed = []
    for sibling in soup.find("h3", id="new-changed").find_next_siblings():
        if sibling.name == "h3":
            break
        if sibling.name == "article":
            changed.append(sibling)
    expected = assigned[
        (assigned["relation"] == "repeats") & ((assigned["strength_change"] != 0) | assigned["addressee_change"].notna())
    ]
    assert len(changed) == len(expected) >= 1
    for article, row in zip(changed, expected.itertuples()):
        earlier, later = article.select(".side-by-side > div")
        assert " ".join(later.select_one("p.text").get_text().split()) == " ".join(row.text.split())
        assert later.select("mark") and earlier.select("mark")
        arrow = article.select_one(".strength").get_text().strip()
        assert arrow[0] == ("↑" if row.strength_change > 0 else "↓" if row.strength_change < 0 else "=")
