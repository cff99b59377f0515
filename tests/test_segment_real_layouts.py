"""Segmentation of real reports in layouts the Working Group reports do not use (tests/fixtures/real/README.md).

Layout 4: unnumbered paragraphs under an unnumbered recommendations heading (the
"Prioritized Recommendations" of the Trafficking in Persons Report's country narratives).
The report openings of other bodies (UPR, Special Rapporteur, CCPCJ) hold a table of
contents whose chapter titles mention recommendations: nothing of them may become one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import RecsError
from pipeline.ingest.documents import read_document
from pipeline.segment import NO_RECOMMENDATIONS, segment_document
from tests.fixtures.segment import printed

REAL = Path(__file__).parent / "fixtures" / "real"
TIP = REAL / "tip-2023-philippines-paragraphs.txt"  # US TIP Report 2023, Philippines, gvnet.com copy
TIP_WRAPPED = REAL / "tip-2023-philippines-wrapped.txt"  # the same page, hard-wrapped copy (README, round segment14)
OPENINGS = [
    REAL / "upr-2015-usa-report-opening.txt",  # A/HRC/30/12
    REAL / "upr-2015-usa-draft-report-opening.txt",  # A/HRC/WG.6/22/L.10
    REAL / "sr-tip-2019-report-opening.txt",  # A/HRC/41/46
    REAL / "ccpcj-2019-report-opening.txt",  # E/2019/30 E/CN.15/2019/15
]


def segment_file(path: Path) -> tuple[str, list[dict]]:
    document = read_document(path)
    return document["text"], segment_document(document["doc_id"], document["text"])


def test_unnumbered_paragraphs_under_a_recommendations_heading_are_recommendations():
    text, rows = segment_file(TIP)
    assert [row["number"] for row in rows] == ["1", "2", "3", "4"]
    assert all(row["text"] == text[row["start"] : row["end"]] for row in rows)
    assert [row["text"].split()[0] for row in rows] == ["Investigate", "Increase", "Strengthen", "Increase"]
    assert rows[0]["text"].endswith("which should involve significant prison terms.")
    assert rows[3]["text"].endswith("including child victims of online sexual exploitation.")
    assert {row["section"] for row in rows} == {"Prioritized Recommendations"}
    assert [row["context"] for row in rows] == [""] * 4
    assert not any(row["truncated"] for row in rows)
    assert not any("Tier 1" in row["text"] or "Recommendations" in row["text"] for row in rows)  # no narrative, no heading


def test_unnumbered_layout_through_docx(tmp_path):
    _, expected = segment_file(TIP)
    text, rows = segment_file(printed.write_docx(TIP.read_text(encoding="utf-8"), tmp_path / "tip.docx"))
    assert [(row["number"], " ".join(row["text"].split())) for row in rows] == [
        (row["number"], " ".join(row["text"].split())) for row in expected
    ]


def test_unnumbered_list_ends_at_the_next_heading_and_skips_narration():
    text = (
        "Recommendations\n\nAt its meeting, the group said that States should act.\n\n"
        "Ratify the Protocol.\n\nTrain\nlabour inspectors.\n\nPROSECUTION\n\nThe government increased efforts.\n"
    )
    rows = segment_document("d", text)
    assert [(row["number"], row["text"]) for row in rows] == [("1", "Ratify the Protocol."), ("2", "Train\nlabour inspectors.")]


def test_a_document_with_numbered_recommendations_keeps_its_layout():
    text = "II. Recommendations\n\nPrioritized Recommendations\n\n3. States parties should ratify the Protocol.\n"
    rows = segment_document("d", text)
    assert [row["number"] for row in rows] == ["3"]


@pytest.mark.parametrize("path", OPENINGS, ids=[path.stem for path in OPENINGS])
def test_report_openings_with_a_contents_list_yield_nothing(path):
    document = read_document(path)
    with pytest.raises(RecsError) as raised:
        segment_document(document["doc_id"], document["text"])
    assert NO_RECOMMENDATIONS in str(raised.value)


# --- hard-wrapped copy (round segment14) ------------------------------------------------------------


def comparable(rows: list[dict]) -> list[tuple]:
    return [(row["number"], " ".join(row["text"].split()), row["section"], row["truncated"]) for row in rows]


def test_the_hard_wrapped_copy_gives_the_paragraph_copys_recommendations():
    text, rows = segment_file(TIP_WRAPPED)
    assert comparable(rows) == comparable(segment_file(TIP)[1])
    assert all(row["text"] == text[row["start"] : row["end"]] for row in rows)


def test_a_title_line_after_a_finished_sentence_and_a_run_in_lead_word_open_blocks():
    blocks = read_document(TIP_WRAPPED)["text"].split("\n\n")
    assert "Prioritized Recommendations" in blocks  # was glued to "... action during the year."
    assert any(block.startswith("Strengthen the capacity of local government units") for block in blocks)
    assert any(block.endswith("on indicators of trafficking.") for block in blocks)
    # near misses on the same page: wrapped lines ending in a function word or opening with a number still join
    assert any(block.startswith("The Government of the Philippines fully meets") for block in blocks)
    assert "2023 TIP Report" in blocks


def test_the_hard_wrapped_copy_through_pdf(tmp_path):
    _, rows = segment_file(printed.write_pdf(TIP_WRAPPED.read_text(encoding="utf-8"), tmp_path / "tip.pdf"))
    assert comparable(rows) == comparable(segment_file(TIP)[1])
