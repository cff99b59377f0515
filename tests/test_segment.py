"""Segmentation on real report text (seed, dev) and on constructed reports in other layouts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.errors import RecsError
from pipeline.segment import NO_RECOMMENDATIONS, segment_document
from tests import real_data

SEED_PATH = real_data.SEED_REPORT
DEV_PATH = real_data.DEV_REPORT
FIXTURES = Path(__file__).parent / "fixtures" / "segment"
FURNITURE_LINE = re.compile(r"^(?:V\.\d{2}-\d{5} \(E\)|\*\d+\*|CTOC/COP/WG\.4/2010/L\.1)$", re.MULTILINE)

SEED_A = "II. Recommendations > A. General recommendations"
SEED_B = (
    "II. Recommendations > B. Recommendations on the issue of appropriate criminal justice responses "
    "to victims who have been compelled to commit offences as a result of their being trafficked."
)
SEED_C = "II. Recommendations > C. Recommendations on best practices in joint investigations and specialized prosecutions."
DEV_A = (
    "II. Recommendations adopted by the Working Group > A. Implementation of the Protocol to Prevent, "
    "Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United "
    "Nations Convention against Transnational Organized Crime, including national and regional efforts"
)


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def clean_seed(raw: str) -> str:
    """The seed after ingest's page-break repair: the two cut sentences rejoined."""
    return re.sub(r"(?<=[a-z,])\n{2,}(?=[a-z])", " ", raw)


def check_invariants(text: str, rows: list[dict]) -> None:
    """What every segmentation must hold, whatever the layout."""
    assert rows == sorted(rows, key=lambda row: row["start"])
    for row in rows:
        assert row["text"] == text[row["start"] : row["end"]]
        assert row["text"] == row["text"].strip() and row["text"]
        assert re.fullmatch(r"\d+(?:bis|ter|quater)?(?:\([a-z]\))?", row["number"])
        assert row["rec_id"].startswith(f"{row['doc_id']}-{row['number']}")
    for before, after in zip(rows, rows[1:]):
        assert before["end"] <= after["start"]
    assert len({row["rec_id"] for row in rows}) == len(rows)


@pytest.fixture(scope="module")
def seed_raw() -> str:
    return read(SEED_PATH)


@pytest.fixture(scope="module")
def seed_clean(seed_raw) -> str:
    cleaned = clean_seed(seed_raw)
    assert cleaned.count("build knowledge among vulnerable populations") == 1
    assert cleaned.count("through partnering with local prosecutors") == 1
    return cleaned


# --- layout 1: the seed ---------------------------------------------------------------


def test_seed_yields_exactly_the_26_recommendations(seed_clean):
    rows = segment_document("seed", seed_clean)
    check_invariants(seed_clean, rows)
    assert [row["number"] for row in rows] == [str(n) for n in range(1, 27)]
    assert [row["rec_id"] for row in rows] == [f"seed-{n}" for n in range(1, 27)]
    assert not any(row["truncated"] for row in rows)
    assert [row["section"] for row in rows] == [SEED_A] * 11 + [SEED_B] * 9 + [SEED_C] * 6


def test_seed_texts_are_the_complete_wording(seed_clean):
    """Oracle independent of the segmenter: in the clean seed, each heading's wording is the next block."""
    blocks = seed_clean.split("\n\n")
    wording = {
        heading.split()[1]: blocks[index + 1].strip()
        for index, heading in enumerate(blocks)
        if re.fullmatch(r"Recommendation \d+", heading.strip())
    }
    rows = segment_document("seed", seed_clean)
    assert {row["number"]: row["text"] for row in rows} == wording
    by_number = {row["number"]: row["text"] for row in rows}
    assert by_number["5"] == (
        "States parties should strengthen partnerships with civil society organizations and other relevant "
        "stakeholders to support initiatives to build knowledge among vulnerable populations of trafficking "
        "in persons as well as on the rights of trafficking victims."
    )
    assert by_number["21"] == (
        "States parties should consider establishing dedicated prosecution units to consolidate and disseminate "
        "specialized anti-trafficking in persons expertise through partnering with local prosecutors, and "
        "providing specialized and/or joint training for judges, prosecutors, and law enforcement."
    )
    assert by_number["14"].startswith("States parties may consider the establishment of an international mechanism")
    assert by_number["26"].endswith("with a view to enabling the establishment of joint investigations.")


def test_seed_skips_the_introduction_and_chapter_iv(seed_clean):
    rows = segment_document("seed", seed_clean)
    everything = " ".join(row["text"] for row in rows)
    for not_a_recommendation in (
        "At its meeting held in Vienna",
        "With the Chair presiding",
        "Attendance",
        "statements were made",
        "Organization of the meeting",
        "China, Iraq",
    ):
        assert not_a_recommendation not in everything
    assert rows[-1]["end"] < seed_clean.index("IV. Organization of the meeting")


def test_seed_as_converted_tolerates_its_page_breaks(seed_raw, seed_clean):
    raw_rows = segment_document("seed", seed_raw)
    check_invariants(seed_raw, raw_rows)
    clean_rows = segment_document("seed", seed_clean)
    assert len(raw_rows) == 26
    assert [" ".join(row["text"].split()) for row in raw_rows] == [row["text"] for row in clean_rows]
    assert "\n" in raw_rows[4]["text"] and "\n" in raw_rows[20]["text"]  # the cut sentences, kept whole


# --- layout 2: the dev file -----------------------------------------------------------


@pytest.mark.parametrize("strip_furniture", [False, True], ids=["as-converted", "furniture-stripped"])
def test_dev_numbered_paragraphs(strip_furniture):
    text = read(DEV_PATH)
    if strip_furniture:
        text = FURNITURE_LINE.sub("", text)
    rows = segment_document("dev", text)
    check_invariants(text, rows)
    assert [row["number"] for row in rows] == ["3", "4", "5"]
    assert [row["truncated"] for row in rows] == [False, False, True]
    assert rows[0]["section"] == f"{DEV_A} > 1. General recommendations"
    assert rows[1]["section"] == rows[2]["section"] == f"{DEV_A} > 2. Victims of trafficking"
    assert rows[0]["text"] == (
        "States parties should make better use of UNODC and other tools and materials such as the OHCHR "
        "Recommended Principes and Guidelines on Human Rights and Human Trafficking, which have been produced "
        "to support the implementation of the Trafficking in Persons Protocol."
    )
    assert rows[1]["text"] == (
        "With regard to developing a comprehensive, multi-dimensional response to trafficking in persons, "
        "States parties should apply a victim-centred approach, with full respect for the human rights of victims."
    )
    assert rows[2]["text"].startswith("States parties should consider developing guidance for law enforcement")
    assert rows[2]["text"].endswith("victims of trafficking in persons, includin")
    for row in rows:
        for furniture in ("V.10-50502", "*1050502*", "CTOC/COP/WG.4/2010/L.1", "Victims of trafficking\n"):
            assert furniture not in row["text"]


# --- constructed reports ---------------------------------------------------------------

TIP_2011_A = "II. Recommendations > A. Prevention of trafficking in persons"
TIP_2011_B = "II. Recommendations > B. International cooperation"
SOM_III = "III. Conclusions and recommendations"
FIREARMS_A = "I. Recommendations > A. Marking and record-keeping"
FIREARMS_B = "I. Recommendations > B. Deactivation and brokering"

EXPECTED = {
    "wg-tip-2011-numbered.txt": [
        (
            "3",
            f"{TIP_2011_A} > 1. Awareness-raising",
            "States parties should design awareness-raising campaigns together with survivors of trafficking in persons, and should evaluate the impact of those campaigns.",
        ),
        (
            "4",
            f"{TIP_2011_A} > 1. Awareness-raising",
            "States parties are encouraged to address the factors that make persons vulnerable to trafficking, including poverty, underdevelopment and lack of equal opportunity.",
        ),
        (
            "5",
            f"{TIP_2011_A} > 2. Demand",
            "States parties should consider adopting measures to discourage the demand that fosters all forms of exploitation of persons, in particular:\n\n(a) Educational measures directed at consumers;\n\n(b) Measures to ensure that public procurement does not rely on forced labour.",
        ),
        (
            "6",
            f"{TIP_2011_B} > 1. Cooperation among practitioners",
            "States parties should make full use of article 18 of the Convention to provide each other with mutual legal assistance in investigations of trafficking in persons.",
        ),
        (
            "7",
            f"{TIP_2011_B} > 1. Cooperation among practitioners",
            "UNODC is invited to continue to facilitate contacts between central authorities, including through its directory of competent national authorities.",
        ),
        (
            "8",
            f"{TIP_2011_B} > 1. Cooperation among practitioners",
            "States parties may wish to designate focal points for the exchange of information on trafficking routes.",
        ),
        (
            "9",
            f"{TIP_2011_B} > 2. Data collection",
            "The Working Group recommended that States parties collect and share data on trafficking in persons disaggregated by age, sex and form of exploitation.",
        ),
        (
            "10",
            f"{TIP_2011_B} > 2. Data collection",
            "Urges States parties to contribute case law to the UNODC human trafficking case law database.",
        ),
    ],
    "wg-som-2012-run-together.txt": [
        (
            "6",
            f"{SOM_III} > A. Criminalization and prosecution > 1. Legislation",
            "States parties should criminalize the smuggling of migrants in accordance with article 6 of the Protocol and should ensure that migrants do not become liable to criminal prosecution for the fact of having been smuggled.",
        ),
        (
            "7",
            f"{SOM_III} > A. Criminalization and prosecution > 1. Legislation",
            "States parties that have not yet done so are encouraged to establish as aggravating circumstances those listed in paragraph 3. Those circumstances endanger the lives of migrants.",
        ),
        (
            "8",
            f"{SOM_III} > A. Criminalization and prosecution > 2. Investigation",
            "States parties should use special investigative techniques, such as controlled delivery and electronic surveillance, in investigating smuggling of migrants by sea, consistent with their domestic law.",
        ),
        (
            "9",
            f"{SOM_III} > B. Protection of smuggled migrants",
            "States parties should take all appropriate measures to preserve and protect the rights of smuggled migrants, in particular the right to life and the right not to be subjected to torture.",
        ),
        (
            "10",
            f"{SOM_III} > B. Protection of smuggled migrants",
            "States parties should provide consular notification to smuggled migrants who are detained, as required by article 16, paragraph 5, of the Protocol.",
        ),
    ],
    "wg-firearms-2014-headed.txt": [
        (
            "1",
            FIREARMS_A,
            "States parties should mark firearms at the time of manufacture with a unique marking providing the name of the manufacturer, the country or place of manufacture and the serial number.",
        ),
        (
            "2",
            FIREARMS_A,
            "States parties are encouraged to keep records on firearms for not less than ten years.\n\nThey should also consider keeping records on parts and components and ammunition.",
        ),
        (
            "3",
            FIREARMS_A,
            "States parties should cooperate in tracing firearms, including by:\n\n(a) Responding promptly to tracing requests;\n\n(b) Making use of the INTERPOL Illicit Arms Records and tracing Management System (iARMS).",
        ),
        (
            "4",
            FIREARMS_B,
            "States parties should ensure that deactivated firearms cannot be reactivated, and should establish offences for illicit reactivation.",
        ),
        (
            "5",
            FIREARMS_B,
            "States parties may consider establishing a system for regulating the activities of brokers, as envisaged in article 15 of the Firearms Protocol.",
        ),
        ("5", FIREARMS_B, "States parties should share information on authorized brokers in accordance with domestic law."),
        (
            "6",
            FIREARMS_B,
            "States parties should require licences for:\n\n1. The import of firearms;\n\n2. The export of firearms.",
        ),
    ],
    "unnumbered-conclusions.txt": [
        # Layout 3: a lead-in announcing a lettered list of requests; each item is a recommendation.
        (
            "3(a)",
            "Conclusions and recommendations",
            "Governments should appoint a guardian for every unaccompanied child identified as a possible victim",
        ),
        ("3(b)", "Conclusions and recommendations", "Child victims should not be detained in immigration facilities."),
        (
            "4",
            "Conclusions and recommendations",
            "Member States are invited to ensure that child victims receive education and health care.",
        ),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_constructed_reports(name):
    text = read(FIXTURES / name)
    rows = segment_document("doc", text)
    check_invariants(text, rows)
    assert [(row["number"], row["section"], row["text"]) for row in rows] == EXPECTED[name]
    assert not any(row["truncated"] for row in rows)


def test_qualified_number_keeps_digits_and_a_distinct_id():
    rows = segment_document("fa", read(FIXTURES / "wg-firearms-2014-headed.txt"))
    assert [row["rec_id"] for row in rows] == ["fa-1", "fa-2", "fa-3", "fa-4", "fa-5", "fa-5bis", "fa-6"]


def test_report_without_recommendations_chapter_is_refused():
    with pytest.raises(RecsError) as raised:
        segment_document("tech", read(FIXTURES / "wg-no-recommendations.txt"))
    assert str(raised.value) == f"tech: {NO_RECOMMENDATIONS}"


@pytest.mark.parametrize("text", ["", "   \n\n", "Distr.: General\n\nV.10-50502 (E)\n\n*1050502*"])
def test_empty_or_furniture_only_text_is_refused(text):
    with pytest.raises(RecsError, match="no recommendations found"):
        segment_document("empty", text)


# --- variants --------------------------------------------------------------------------

REC_ONE = "States parties should strengthen partnerships with civil society organizations to build knowledge among"
REC_ONE_REST = "vulnerable populations of the rights of victims."
REC_TWO = "States parties are encouraged to exchange information on trafficking routes."


def headed_report(between: str) -> str:
    """A layout-1 report whose first recommendation is cut by ``between`` (a page break)."""
    return (
        "II. Recommendations\n\nA. General recommendations\n\nRecommendation 1\n\n"
        f"{REC_ONE}{between}{REC_ONE_REST}\n\nRecommendation 2\n\n{REC_TWO}\n\n"
        "III. Organization of the meeting\n\n2. The meeting was opened by the Chair."
    )


def test_recommendation_continued_after_furniture_is_cut_before_it_and_flagged():
    text = headed_report("\n\nV.20-04934 (E)\n\n*2004934*\n\n")
    rows = segment_document("d", text)
    check_invariants(text, rows)
    assert [row["text"] for row in rows] == [REC_ONE, REC_TWO]
    assert [row["truncated"] for row in rows] == [True, False]


def test_recommendation_continued_after_inline_furniture_is_cut_before_it():
    text = headed_report(" V.20-04934 (E) ")
    rows = segment_document("d", text)
    assert [row["text"] for row in rows] == [REC_ONE, REC_TWO]
    assert rows[0]["truncated"]


def test_same_report_with_furniture_removed_is_complete():
    rows = segment_document("d", headed_report(" "))
    assert [row["text"] for row in rows] == [f"{REC_ONE} {REC_ONE_REST}", REC_TWO]
    assert not any(row["truncated"] for row in rows)


def test_furniture_between_heading_and_text_is_skipped():
    text = f"I. Recommendations\n\nRecommendation 7\n\nV.20-04934 (E)\n\n*2004934*\n\nCTOC/COP/WG.4/2020/L.1/Add.1\n\n{REC_TWO}"
    rows = segment_document("d", text)
    assert [(row["number"], row["text"], row["truncated"]) for row in rows] == [("7", REC_TWO, False)]


@pytest.mark.parametrize(
    "heading",
    [
        "Recommendation 3",
        "Recommendation 3:",
        "Recommendation 3.",
        "RECOMMENDATION 3",
        "Recommendation No. 3",
        "Recommendation 3 \u2013",
        "**Recommendation 3**",
        "Recommendation 3 bis",
    ],
)
def test_heading_spellings(heading):
    text = f"I. Recommendations\n\n{heading}\n\n{REC_TWO}\n\nII. Other matters\n\n3. The Group met twice."
    rows = segment_document("d", text)
    assert [(row["number"], row["section"], row["text"]) for row in rows] == [("3", "I. Recommendations", REC_TWO)]
    assert rows[0]["rec_id"] == ("d-3bis" if "bis" in heading else "d-3")


def test_heading_and_wording_on_one_line_and_run_together():
    text = (
        "II. Recommendations (*continued*)\n\nA. General recommendations Recommendation 1 "
        f"{REC_TWO} Recommendation 2: {REC_ONE} {REC_ONE_REST}\n\nIII. Organization of the meeting"
    )
    rows = segment_document("d", text)
    check_invariants(text, rows)
    assert [(row["number"], row["section"], row["text"]) for row in rows] == [
        ("1", "II. Recommendations > A. General recommendations", REC_TWO),
        ("2", "II. Recommendations > A. General recommendations", f"{REC_ONE} {REC_ONE_REST}"),
    ]


def test_sentence_about_a_recommendation_is_not_a_heading():
    text = (
        "I. Recommendations\n\nRecommendation 1\n\n"
        f"{REC_TWO}\n\nRecommendation 1 of the previous meeting should also be recalled by States parties.\n\n"
        "II. Statements"
    )
    rows = segment_document("d", text)
    assert len(rows) == 1
    assert rows[0]["text"].endswith("should also be recalled by States parties.")


def test_recommendations_chapter_iii_followed_by_iv_with_sub_items():
    text = (
        "I. Introduction\n\n1. The Working Group met in Vienna.\n\nII. Summary of deliberations\n\n"
        "2. Speakers said that States should act.\n\nIII. Recommendations\n\n"
        "3. States parties should:\n\n(a) Ratify the Protocol;\n\n(b) Review their legislation.\n\n"
        "4. The Conference may wish to request UNODC to continue its work.\n\n"
        "IV. Adoption of the report\n\n5. The Working Group adopted the report, which should be published."
    )
    rows = segment_document("d", text)
    check_invariants(text, rows)
    assert [(row["number"], row["section"]) for row in rows] == [
        ("3(a)", "III. Recommendations"),
        ("3(b)", "III. Recommendations"),
        ("4", "III. Recommendations"),
    ]
    # A lead-in that is itself a request: its items complete it, each one a recommendation.
    assert [(row["text"], row["context"]) for row in rows[:2]] == [
        ("Ratify the Protocol", "States parties should:"),
        ("Review their legislation.", "States parties should:"),
    ]


def test_short_sub_heading_with_full_stop_is_told_apart_by_numbering():
    text = (
        "II. Recommendations\n\n4. The Working Group adopted the recommendations below.\n\n"
        "A. Prevention\n\n1. General recommendations.\n\n5. States parties should raise awareness.\n\n"
        "2. Prevention campaigns.\n\n6. States parties are invited to support research.\n\n"
        "7. Research.\n\n7. States parties should fund research.\n\n3. Evaluation.\n\n8. States parties must evaluate."
    )
    rows = segment_document("d", text)
    check_invariants(text, rows)
    prevention = "II. Recommendations > A. Prevention"
    assert [(row["number"], row["section"]) for row in rows] == [
        ("5", f"{prevention} > 1. General recommendations."),
        ("6", f"{prevention} > 2. Prevention campaigns."),
        ("7", f"{prevention} > 7. Research."),  # same number as the paragraph after it: a heading
        ("8", f"{prevention} > 3. Evaluation."),  # off the paragraph sequence: a heading
    ]


def test_ninth_lettered_section_is_not_chapter_one():
    letters = "ABCDEFGH"
    sections = "\n\n".join(f"{letter}. Topic {letter.lower()}" for letter in letters)
    text = f"II. Recommendations\n\n{sections}\n\nI. Topic i\n\n3. States parties should cooperate.\n\nIII. Other matters"
    rows = segment_document("d", text)
    assert rows[0]["section"] == "II. Recommendations > I. Topic i"


# --- never crash, never lose text ---------------------------------------------------------

FRAGMENTS = st.sampled_from(
    [
        "II. Recommendations",
        "III. Organization of the meeting",
        "A. General",
        "B. Other",
        "I. ",
        "Recommendation 4",
        "RECOMMENDATION 2:",
        "Recommendation 3 bis",
        "1. General recommendations",
        "3. States parties should act.",
        "4. States parties may consider",
        "(a) Ratify;",
        "V.10-50502 (E)",
        "*1050502*",
        "CTOC/COP/WG.4/2010/L.1",
        "At its meeting, the Group adopted the recommendations below.",
        "including",
        "paragraph 3.",
        " ",
        "\n",
        "\n\n",
        "\n\n\n",
        "Mr. A. Smith",
        "12.",
        "X.",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), max_size=30).map(" ".join))
def test_never_crashes_and_never_loses_text(text):
    try:
        rows = segment_document("h", text)
    except RecsError as error:
        assert "no recommendations found" in str(error)
        return
    assert rows
    check_invariants(text, rows)


def test_a_paragraph_that_asks_with_could_is_a_recommendation():
    text = (
        "II. Recommendations\n\n"
        "4. States parties could consider establishing national referral mechanisms for smuggled migrants.\n\n"
        "5. The Working Group noted the presentations made by the panellists.\n\n"
        "III. Organization of the meeting\n\n"
        "6. The meeting could not be held in May."
    )
    rows = segment_document("doc", text)
    assert [row["number"] for row in rows] == ["4"]
    assert rows[0]["text"] == "States parties could consider establishing national referral mechanisms for smuggled migrants."
    assert rows[0]["section"] == "II. Recommendations"


def test_numbering_resumes_after_a_heading_when_a_paragraph_number_was_lost():
    # A page break cut "12. Pursuant to General | Assembly ..." so "12." reads as a short heading;
    # the run-on paragraphs after the next sub-heading must still be found.
    text = (
        "II. Recommendations\n\n"
        "A. International cooperation 1. General recommendations 11. States parties are invited to simplify "
        "mutual legal assistance procedures. 12. Pursuant to General\n\n"
        "Assembly resolution 65/240, donors are urged to support the Working Group.\n\n"
        "3. International cooperation 13. Invites relevant national authorities to share information. "
        "14. States parties should designate central authorities. 15. States may consider joint investigations."
    )
    rows = segment_document("d", text)
    check_invariants(text, rows)
    assert [row["number"] for row in rows] == ["11", "13", "14", "15"]
    assert rows[1]["text"].startswith("Invites relevant national authorities")
