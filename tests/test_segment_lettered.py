"""Layout 3: lettered sub-items under a lead-in, on real report excerpts, in .txt, PDF and DOCX."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.ingest.documents import read_document
from pipeline.segment import segment_document
from tests.fixtures.segment import printed

ROOT = Path(__file__).parent / "fixtures"
SUBCOM = ROOT / "real" / "unodc-subcom-2018-lettered.txt"  # UNODC/SUBCOM/53/6, 2018
HONLEA = ROOT / "real" / "honlea-asia-2015-questionnaire.txt"  # HONLEA Asia-Pacific, 39th meeting, questionnaire
UNTOC = ROOT / "segment" / "constructed-untoc-lettered.txt"  # constructed, UNTOC working-group style
FORM_WORDS = re.compile(r"Any action taken|Comments:|\bYES\b|\bNO\b")

SUBCOM_SECTION = (
    "I. Matters calling for action by the Commission on Narcotic Drugs or brought to its attention > "
    "A. Recommendations adopted by the Subcommission on Illicit Drug Traffic and Related Matters in the Near "
    "and Middle East at its fifty-third session > 1. Countering money-laundering, illicit financial flows and "
    "the use of the darknet and cryptocurrencies in relation to the drug trade"
)


def segment_file(path: Path) -> tuple[str, list[dict]]:
    document = read_document(path)
    return document["text"], segment_document(document["doc_id"], document["text"])


def check_slices(text: str, rows: list[dict]) -> None:
    for row in rows:
        assert row["text"] == text[row["start"] : row["end"]]
        assert row["rec_id"] == f"{row['doc_id']}-{row['number']}"


def test_subcommission_items_are_recommendations_with_the_lead_in_as_context():
    text, rows = segment_file(SUBCOM)
    check_slices(text, rows)
    assert [row["number"] for row in rows] == ["2(a)", "2(b)", "2(c)"]
    assert {row["section"] for row in rows} == {SUBCOM_SECTION}
    assert [row["text"].split()[:4] for row in rows] == [
        ["Governments", "are", "encouraged", "to"],
        ["Governments", "should", "consider", "developing,"],
        ["Governments", "are", "encouraged", "to"],
    ]
    assert rows[0]["text"].endswith("based on their national legislation")  # the "; " linking to (b) is not wording
    lead_in = rows[0]["context"]
    assert lead_in.startswith("The following recommendations were made with regard to countering money-laundering")
    assert lead_in.endswith("in relation to the drug trade:") and all(row["context"] == lead_in for row in rows)
    # The excerpt stops after (c), whose ";" says the list goes on.
    assert [row["truncated"] for row in rows] == [False, False, True]


def test_questionnaire_form_text_is_never_part_of_a_recommendation():
    text, rows = segment_file(HONLEA)
    check_slices(text, rows)
    assert [row["number"] for row in rows] == ["1", "2"]
    assert rows[0]["text"].endswith("support vulnerable and at-risk individuals.")
    assert not any(FORM_WORDS.search(row["text"]) for row in rows)
    assert [row["context"] for row in rows] == ["", ""]


def test_working_group_recommended_that_lead_ins():
    text, rows = segment_file(UNTOC)
    check_slices(text, rows)
    assert [row["number"] for row in rows] == ["2(a)", "2(b)", "2(c)", "3(a)", "3(b)", "4"]
    assert [row["context"] for row in rows[:5]] == (
        ["The Working Group recommended that States parties:"] * 3 + ["The Working Group recommended that:"] * 2
    )
    assert rows[1]["text"].endswith("under article 18 of the Convention")  # "; and" dropped
    # Items that only detail one request ("including by:") stay in it.
    assert rows[5]["context"] == "" and rows[5]["text"].endswith("(b) Keeping records of every transfer.")


def test_ids_are_readable_and_stable():
    first = segment_file(SUBCOM)[1]
    again = segment_file(SUBCOM)[1]
    assert [row["rec_id"] for row in first] == [row["rec_id"] for row in again]
    assert first[0]["rec_id"].endswith("-2(a)")


@pytest.mark.parametrize("source", [SUBCOM, HONLEA, UNTOC], ids=["subcom", "honlea", "untoc"])
@pytest.mark.parametrize("writer", [printed.write_pdf, printed.write_docx], ids=["pdf", "docx"])
def test_pdf_and_docx_segment_like_the_text(tmp_path, source, writer):
    _, expected = segment_file(source)
    suffix = ".pdf" if writer is printed.write_pdf else ".docx"
    text, rows = segment_file(writer(source.read_text(encoding="utf-8"), tmp_path / f"report{suffix}"))
    check_slices(text, rows)
    assert [row["number"] for row in rows] == [row["number"] for row in expected]
    assert [" ".join(row["text"].split()) for row in rows] == [" ".join(row["text"].split()) for row in expected]
    assert [" ".join(row["context"].split()) for row in rows] == [" ".join(row["context"].split()) for row in expected]
    assert not any(FORM_WORDS.search(row["text"]) for row in rows)


# --- the tagger reads the lead-in when an item has no addressee of its own ------------------


def _tagged(rows: list[dict]) -> list[tuple[dict, dict]]:
    from pipeline.tagging.api import tag_rows
    from tests.tag_support import assembled

    return list(tag_rows(assembled(), rows))


def test_items_without_addressee_take_it_from_the_lead_in():
    _, rows = segment_file(UNTOC)
    tagged = {row["number"]: (row, record) for row, record in _tagged(rows)}
    # "The Working Group recommended that States parties:" + "Develop ..." / "Designate ..." / "Consider establishing ...":
    # a bare "Consider" under the lead-in asks to consider (data/gold/README.md, real-i-015, real-i-050)
    expected = {"2(a)": "should", "2(b)": "should", "2(c)": "should_consider"}
    for number, modality in expected.items():
        row, record = tagged[number]
        assert (row["addressee"], row["modality"]) == ("states_parties", modality)
        assert "states_parties" in row["actors"] and record["inherited"] == ["addressee", "modality"]
    # Items with their own subject keep it: UNODC is asked in 3(a), whatever the lead-in says.
    assert tagged["3(a)"][0]["addressee"] == "unodc" and "inherited" not in tagged["3(a)"][1]


def test_real_items_keep_their_own_addressee_and_modality():
    _, rows = segment_file(SUBCOM)
    tagged = [row for row, _ in _tagged(rows)]
    assert [(row["addressee"], row["modality"]) for row in tagged] == [
        ("member_states", "encouraged"),
        ("member_states", "should_consider"),
        ("member_states", "encouraged"),
    ]


def test_tag_reads_the_context_column_and_tables_without_it(tmp_path):
    from pipeline.atomic import write_parquet
    from pipeline.schemas import RECOMMENDATIONS
    from pipeline.tagging.tag_stage import recommendation_rows

    _, rows = segment_file(UNTOC)
    write_parquet(tmp_path / "new.parquet", rows, RECOMMENDATIONS)
    assert [row["context"] for row in recommendation_rows(tmp_path / "new.parquet", {}, 4)] == [row["context"] for row in rows]
    old_schema = RECOMMENDATIONS.remove(RECOMMENDATIONS.get_field_index("context"))
    write_parquet(tmp_path / "old.parquet", [{k: v for k, v in row.items() if k != "context"} for row in rows], old_schema)
    assert all("context" not in row for row in recommendation_rows(tmp_path / "old.parquet", {}, 4))


def test_item_cut_off_by_a_page_break_ends_the_list_flagged_truncated():
    text = (
        "III. Recommendations\n\n3. States parties should:\n\n(a) Ratify the Protocol;\n\n"
        "(b) Review their legislation; and\n\n(c)\n\nV.11-85075 21\n\nAddress the root causes of migration.\n"
    )
    rows = segment_document("d", text)
    assert [(row["number"], row["text"], row["truncated"]) for row in rows] == [
        ("3(a)", "Ratify the Protocol", False),
        ("3(b)", "Review their legislation", True),
    ]


def test_form_text_after_a_lettered_list_is_not_part_of_its_last_item():
    text = (
        "II. Recommendations\n\n2. The following recommendations were made with regard to maritime trafficking routes:\n\n"
        "(a) Governments are encouraged to share information on suspect vessels;\n\n"
        "(b) Governments should train port officials.\n\nAny action taken? Yes / No\n\nPlease elaborate: ......\n\n"
        "3. Governments should report on the action taken.\n"
    )
    rows = segment_document("d", text)
    assert [(row["number"], row["text"]) for row in rows] == [
        ("2(a)", "Governments are encouraged to share information on suspect vessels"),
        ("2(b)", "Governments should train port officials."),
        ("3", "Governments should report on the action taken."),
    ]
