"""`recs report`: one self-contained, escaped HTML page from whatever tables exist."""

from __future__ import annotations

import csv
import re
import time
from collections import Counter
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from bs4 import BeautifulSoup

from pipeline import schemas
from pipeline.atomic import write_parquet
from pipeline.report import charts, summaries
from tests import report_tables as tables
from tests.report_tables import SECTIONS, run_report


@pytest.fixture(scope="module")
def full_report(tmp_path_factory) -> tuple[Path, BeautifulSoup, str]:
    root = tables.write_tables(tmp_path_factory.mktemp("full"))
    result = run_report(root, "--plots-dir", str(root / "plots"))
    assert result.exit_code == 0, result.output
    html = (root / "reports/index.html").read_text(encoding="utf-8")
    return root, BeautifulSoup(html, "html.parser"), html


def section(soup: BeautifulSoup, name: str):
    found = soup.find("section", id=name)
    assert found is not None, f"section #{name} missing"
    return found


def test_every_section_is_present_and_built(full_report):
    _, soup, _ = full_report
    for name in SECTIONS:
        assert "Not built yet" not in section(soup, name).get_text(), name


def test_corpus_overview_lists_documents_with_their_recommendation_counts(full_report):
    _, soup, _ = full_report
    rows = section(soup, "overview").find("tbody").find_all("tr")
    counts = Counter(tables.DOCS[doc]["symbol"] for doc, *_ in tables.RECS)
    assert {row.find_all("td")[0].get_text(): int(row.find_all("td")[6].get_text()) for row in rows} == counts
    # chronological: the 2010 session first
    assert rows[0].find_all("td")[2].get_text() < rows[1].find_all("td")[2].get_text()


def test_every_reference_recommendation_has_an_anchor_and_every_link_resolves(full_report):
    _, soup, _ = full_report
    anchors = {article["id"] for article in soup.select("article.rec")}
    assert anchors == {f"rec-{tables.rec_id(i)}" for i in range(len(tables.RECS))}
    targets = {a["href"][1:] for a in soup.find_all("a", href=True)}
    assert all(href.startswith("#") for href in (a["href"] for a in soup.find_all("a", href=True)))
    ids = {tag["id"] for tag in soup.find_all(id=True)}
    assert targets <= ids


def test_document_text_is_escaped_never_markup(full_report):
    _, soup, html = full_report
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert soup.find("script") is None
    hostile = soup.find("article", id=f"rec-{tables.rec_id(len(tables.RECS) - 1)}")
    assert tables.HOSTILE_TEXT in hostile.get_text()


def test_report_is_self_contained(full_report):
    _, soup, html = full_report
    assert soup.find("link") is None and soup.find("img") is None and soup.find("iframe") is None
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", html)
    assert "@import" not in html and "url(" not in html
    assert soup.find("style") is not None and len(soup.find_all("svg")) >= 5


def test_actor_and_legal_reference_tables_count_and_link_recommendations(full_report):
    _, soup, _ = full_report
    expected = Counter(actor for rec in tables.RECS for actor in rec[5])
    rows = {row.find("code").get_text(): row for row in section(soup, "actors").find("tbody").find_all("tr")}
    assert {name: int(row.find_all("td")[1].get_text()) for name, row in rows.items()} == expected
    interpol = rows["interpol"].find_all("a")
    assert [a["href"] for a in interpol] == [f"#rec-{tables.rec_id(8)}"]
    refs = {
        row.find("code").get_text(): int(row.find_all("td")[1].get_text())
        for row in section(soup, "legal-refs").find("tbody").find_all("tr")
    }
    assert refs == Counter(ref for rec in tables.RECS for ref in rec[6])


def test_modality_chart_has_one_bar_per_session_split_by_modality(full_report):
    _, soup, _ = full_report
    rects = section(soup, "modality").find("svg").find_all("rect")
    titles = [rect.find("title").get_text() for rect in rects]
    expected = Counter((tables.DOCS[doc]["symbol"], modality) for doc, _n, _t, modality, *_ in tables.RECS)
    assert len(rects) == len(expected)
    for (symbol, modality), count in expected.items():
        assert any(title.startswith(f"{symbol}: {modality} {count} of ") for title in titles)


def test_theme_heat_maps_count_recommendations_per_session_and_cluster(full_report):
    _, soup, _ = full_report
    cells = [
        rect.find("title").get_text() for svg in section(soup, "themes").find_all("svg")[1:] for rect in svg.find_all("rect")
    ]
    # two recommendations of the 2020 session are about assistance_support
    assert "protection / assistance_support × CTOC/COP/WG.4/2020/L.1/Add.1: 2" in cells
    assert any(cell.startswith("prosecution / legislation_criminalization × C02 · ") and cell.endswith(": 2") for cell in cells)


def test_clusters_list_their_members_with_labels(full_report):
    _, soup, _ = full_report
    boxes = section(soup, "clusters").select("div.cluster")
    members = Counter(rec[9] for rec in tables.RECS)
    assert [box["id"] for box in boxes] == [f"cluster-{cid}" for cid in ("C02", "C01", "C03")]  # largest first, then id
    for box in boxes:
        cluster_id = box["id"].removeprefix("cluster-")
        assert tables.CLUSTER_LABELS[cluster_id] in box.find("h3").get_text()
        assert len(box.select("li")) == members[cluster_id]


def test_metrics_are_shown_with_per_label_tables(full_report):
    _, soup, _ = full_report
    text = section(soup, "metrics").get_text(" ")
    assert "modality_accuracy" in text and "0.923" in text and "cv_macro_f1" in text
    per_theme = section(soup, "metrics").select("details.metric-table")
    assert len(per_theme) == 1 and "victim_identification" in per_theme[0].get_text()


def test_new_session_opens_with_counts_and_a_modality_timeline(full_report):
    _, soup, _ = full_report
    new = section(soup, "new-session")
    stats = [" ".join(stat.get_text(" ").split()) for stat in new.select(".stats .stat")]
    assert stats == [
        "2 recommendations",
        "1 new",
        "0 related (new asks in covered areas)",
        "1 repeated: 1 strengthened, 0 weakened, 0 unchanged in strength",
    ]
    timeline = new.select_one("figure.chart figcaption")
    assert timeline is not None and "primary modality per session" in timeline.get_text()
    assert [h3["id"] for h3 in new.find_all("h3")] == ["new-novel", "new-related", "new-changed", "new-repeats", "new-dropped"]


def test_new_session_shows_earlier_recommendations_readably_with_their_text(full_report):
    _, soup, _ = full_report
    new = section(soup, "new-session")
    novel_block = new.find("h3", id="new-novel").find_next_sibling("article")
    assert tables.NOVEL_TEXT in novel_block.get_text()
    nearest = novel_block.select_one("ul.similar li")
    assert (
        "WG on Trafficking in Persons, 2010-02-16, Recommendation 4" in nearest.get_text()
        and tables.RECS[1][2] in nearest.get_text()
    )
    assert nearest.a["href"] == f"#rec-{tables.rec_id(1)}"
    assert "0000000000000000" not in new.get_text(" ").replace(tables.rec_id(1), "")  # ids are links, never the visible name


def test_a_strengthened_ask_shows_both_wordings_side_by_side_with_the_changes_marked(full_report):
    _, soup, _ = full_report
    changed = section(soup, "new-session").find("h3", id="new-changed").find_next_sibling("article")
    earlier, later = changed.select(".side-by-side > div")
    assert " ".join(earlier.select_one("p.text").get_text().split()) == tables.RECS[6][2]
    assert " ".join(later.select_one("p.text").get_text().split()) == tables.REPEAT_TEXT
    assert earlier.a["href"] == f"#rec-{tables.rec_id(6)}" and tables.REPEATED_REF in earlier.get_text()
    marked_later = " ".join(mark.get_text() for mark in later.select("mark"))
    marked_earlier = " ".join(mark.get_text() for mark in earlier.select("mark"))
    assert "simplify" in marked_later and "strive" in marked_earlier
    assert "in line with article 18 of the" not in marked_later  # words both share are not marked
    assert changed.select_one(".strength").get_text().strip() == "↑ should_consider (3) → should (4)"
    assert "references added: UNTOC art. 18" in changed.get_text()
    assert section(soup, "new-session").find("h3", id="new-repeats").find_next_sibling("p").get_text() == "None."


def test_earlier_recommendations_not_taken_up_are_listed_with_their_text(full_report):
    _, soup, _ = full_report
    dropped = section(soup, "new-session").select("ul.not-taken-up li")
    assert len(dropped) == len(tables.RECS) - 1
    texts = " ".join(item.get_text(" ") for item in dropped)
    assert tables.RECS[6][2] not in texts
    for index, rec in enumerate(tables.RECS):
        if index != 6:
            assert rec[2] in texts
    assert dropped[0].a["href"].startswith(f"#rec-{tables.DOCS[1]['doc_id']}")  # latest session first


def test_plot_csvs_hold_the_counts_the_report_draws(full_report):
    root, _, _ = full_report
    read = lambda name: list(csv.reader((root / "plots" / name).open(encoding="utf-8")))  # noqa: E731
    modality = read("modality.csv")
    assert modality[0] == ["modality", "recommendations"]
    assert {k: int(v) for k, v in modality[1:]} == Counter(rec[3] for rec in tables.RECS)
    assert {k: int(v) for k, v in read("cluster_sizes.csv")[1:]} == Counter(rec[9] for rec in tables.RECS)
    assert {k: int(v) for k, v in read("themes.csv")[1:]} == Counter(t for rec in tables.RECS for t in rec[7])


def test_same_tables_give_a_byte_identical_report(full_report, tmp_path):
    root, _, html = full_report
    result = run_report(root, "--out", str(tmp_path / "again.html"))
    assert result.exit_code == 0
    # the last --out wins in Click, so the second report lands in tmp_path
    assert (tmp_path / "again.html").read_text(encoding="utf-8") == html


def test_missing_later_stages_say_not_built_yet(tmp_path):
    root = tables.write_tables(tmp_path, tagged=False, clusters=False, assigned=False, metrics=False)
    result = run_report(root)
    assert result.exit_code == 0, result.output
    soup = BeautifulSoup((root / "reports/index.html").read_text(encoding="utf-8"), "html.parser")
    for name in ("modality", "actors", "legal-refs", "themes", "clusters", "metrics", "new-session"):
        assert "Not built yet" in section(soup, name).get_text(), name
    assert len(soup.select("article.rec")) == len(tables.RECS)  # segmented text is still listed
    assert "Not built yet" not in section(soup, "overview").get_text()


def test_empty_project_still_gives_a_report(tmp_path):
    result = run_report(tmp_path, "--no-new-session")
    assert result.exit_code == 0, result.output
    soup = BeautifulSoup((tmp_path / "reports/index.html").read_text(encoding="utf-8"), "html.parser")
    assert "documents.parquet does not exist" in section(soup, "overview").get_text()
    assert "Not included in this report" in section(soup, "new-session").get_text()


def test_no_new_session_ignores_an_existing_assigned_table(tmp_path):
    root = tables.write_tables(tmp_path)
    assert run_report(root, "--no-new-session").exit_code == 0
    html = (root / "reports/index.html").read_text(encoding="utf-8")
    assert tables.NOVEL_TEXT not in html


def test_corrupt_table_is_a_one_line_error_and_leaves_the_old_report(tmp_path):
    root = tables.write_tables(tmp_path)
    (root / "reports").mkdir()
    (root / "reports/index.html").write_text("previous report", encoding="utf-8")
    (root / "data/processed/tagged.parquet").write_bytes(b"PAR1 this is not parquet")
    result = run_report(root)
    assert result.exit_code == 1
    assert "tagged.parquet" in result.output and "not a readable Parquet table" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert (root / "reports/index.html").read_text(encoding="utf-8") == "previous report"
    assert sorted(p.name for p in (root / "reports").iterdir()) == ["index.html"]


def test_table_without_a_contract_column_names_the_file_and_column(tmp_path):
    root = tables.write_tables(tmp_path)
    pq.write_table(pa.table({"rec_id": ["x"], "cluster_id": ["C01"]}), root / "data/processed/clusters.parquet")
    result = run_report(root)
    assert result.exit_code == 1
    assert "clusters.parquet" in result.output and "cluster_label" in result.output


def test_large_corpus_is_capped_and_fast(tmp_path):
    """20,000 recommendations: members per cluster and the listing are capped; linked ones stay listed."""
    n = 20_000
    doc_id = tables.DOCS[1]["doc_id"]
    words = ["cooperation", "victims", "prosecutors", "training", "evidence", "borders", "assistance", "data"]
    rows = [
        {
            "rec_id": f"{doc_id}-{i}",
            "doc_id": doc_id,
            "number": str(i),
            "text": f"States parties should strengthen {words[i % 8]} and {words[(i * 3) % 8]} (case {i}).",
            "modality": ["should", "may", "encouraged"][i % 3],
            "modality_strength": 4,
            "negated": False,
            "modal_clauses": [],
            "addressee": "states_parties",
            "actors": ["states_parties", "unodc"][: 1 + i % 2],
            "legal_refs": ["UNTOC art. 18"] if i % 5 == 0 else [],
            "themes": [["assistance_support", "data_knowledge_sharing", "joint_investigations"][i % 3]],
            "theme_groups": [["protection", "partnership", "partnership"][i % 3]],
            "theme_scores": [0.8],
        }
        for i in range(1, n + 1)
    ]
    processed = tmp_path / "data/processed"
    write_parquet(processed / "documents.parquet", [tables.DOCS[1]], schemas.DOCUMENTS)
    write_parquet(processed / "tagged.parquet", rows, schemas.TAGGED)
    write_parquet(
        processed / "clusters.parquet",
        [
            {
                "rec_id": row["rec_id"],
                "number": row["number"],
                "doc_id": doc_id,
                "cluster_id": f"c{int(row['number']) % 4}",
                "cluster_label": f"label {int(row['number']) % 4}",
            }
            for row in rows
        ],
        schemas.CLUSTERS,
    )
    started = time.perf_counter()
    result = run_report(tmp_path, "--max-listed", "300")
    elapsed = time.perf_counter() - started
    assert result.exit_code == 0, result.output
    soup = BeautifulSoup((tmp_path / "reports/index.html").read_text(encoding="utf-8"), "html.parser")
    for box in soup.select("div.cluster"):
        assert len(box.select("li")) == summaries.MAX_MEMBERS_PER_CLUSTER
        assert "+4960 more members" in box.get_text()
    listed = {article["id"] for article in soup.select("article.rec")}
    linked = {a["href"][1:] for a in soup.find_all("a", href=True) if a["href"].startswith("#rec-")}
    assert linked <= listed and 300 <= len(listed) < 600
    assert "19" in section(soup, "recommendations").find("p").get_text()  # "19xxx more ... not listed"
    assert "two or more sessions" in section(soup, "themes").get_text()  # one session: no sessions heat map
    assert elapsed < 20, f"report on {n} recommendations took {elapsed:.1f} s"


def test_stacked_bars_fill_the_plot_width_in_taxonomy_order():
    chart = charts.stacked_bars([("A", {"may": 1, "should": 3}), ("B", {"none": 2})], ["should", "may", "none"], "t")
    first_row = [rect for rect in chart.rects if rect.y == chart.rects[0].y]
    assert [rect.fill for rect in first_row] == [charts.MODALITY_COLORS["should"], charts.MODALITY_COLORS["may"]]
    assert first_row[0].width == pytest.approx(3 * first_row[1].width, rel=0.01)
    widths = {rect.y: 0.0 for rect in chart.rects}
    for rect in chart.rects:
        widths[rect.y] += rect.width
    assert len(set(round(width) for width in widths.values())) == 1  # every bar is 100 %


def test_heatmap_darkens_with_the_count_and_leaves_zero_cells_blank():
    chart = charts.heatmap(["t1", "t2"], ["s1", "s2"], [[0, 1], [2, 4]], "t")
    fills = [rect.fill for rect in chart.rects]
    brightness = [sum(int(fill[i : i + 2], 16) for i in (1, 3, 5)) for fill in fills]
    assert brightness[1] > brightness[2] > brightness[3]
    assert [label.text for label in chart.labels if label.anchor == "middle"] == ["1", "2", "4"]


def test_metrics_view_flattens_scalars_and_tabulates_per_label_results():
    view = summaries.metrics_view(
        "x",
        {
            "accuracy": 0.5,
            "nested": {"n": 3, "ok": True},
            "per_label": {"b": {"f1": 0.25}, "a": {"f1": 1.0}, "c": {"f1": 0.5, "support": 2}},
            "splits": {"test": {"f1": 0.7, "p": 0.8, "r": 0.6}},
            "curve": list(range(50)),
            "errors": [{"id": "r1"}],
        },
    )
    assert view.scalars == [
        ("accuracy", "0.500"),
        ("curve", "50 entries"),
        ("errors", "1 entries"),
        ("nested.n", "3"),
        ("nested.ok", "true"),
    ]
    assert view.tables == [
        ("per_label", ["f1", "support"], [["a", "1.000", "–"], ["b", "0.250", "–"], ["c", "0.500", "2"]]),
        ("splits", ["test"], [["f1", "0.700"], ["p", "0.800"], ["r", "0.600"]]),  # many metrics, one split: transposed
    ]
