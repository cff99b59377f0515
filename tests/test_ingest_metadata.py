"""Masthead metadata: found when stated, None when not, never invented."""

from __future__ import annotations

import pytest

from pipeline.ingest import read_document
from pipeline.ingest.metadata import extract_metadata
from pipeline.ingest.patterns import find_un_symbol, is_un_symbol
from tests import real_data

SEED = real_data.SEED_REPORT
DEV = real_data.DEV_REPORT


def metadata(text: str, raw_head: list[str] | None = None) -> dict:
    return extract_metadata(text, raw_head or []).as_row()


def test_seed_metadata():
    row = read_document(SEED)
    assert (row["body"], row["date"], row["venue"], row["title"]) == (
        "Working Group on Trafficking in Persons",
        "2020-09-11",
        "Vienna",
        "Draft Report",
    )
    assert row["symbol"] is None  # the converted seed does not carry its symbol
    assert row["language"] == "en" and row["format"] == "txt" and row["pages"] == 1


def test_dev_metadata():
    row = read_document(DEV)
    assert row["symbol"] == "CTOC/COP/WG.4/2010/6"
    assert row["date"] == "2010-02-16"
    assert row["body"] == "Working Group on Trafficking in Persons"  # venue run into the same line is split off
    assert row["venue"] == "Vienna"
    assert row["title"].startswith("Report on the meeting of the Working Group on Trafficking in Persons")


def test_other_bodies_places_and_date_styles():
    text = "\n\n".join(
        [
            "A/AC.254/2023/9",
            "General Assembly",
            "Distr.: Limited",
            "2 March 2023",
            "Ad Hoc Committee on Cybercrime New York, 28 February–3 March 2023",
            "Draft report of the Ad Hoc Committee",
            "I. Organization of the session",
        ]
    )
    assert metadata(text) == {
        "body": "Ad Hoc Committee on Cybercrime",
        "symbol": "A/AC.254/2023/9",
        "date": "2023-03-02",
        "venue": "New York",
        "title": "Draft report of the Ad Hoc Committee",
    }


def test_a_venue_line_of_its_own():
    text = "Expert Group on Firearms\n\nBuenos Aires, 4 and 5 May 2022\n\nNote by the Secretariat"
    found = metadata(text)
    assert found["venue"] == "Buenos Aires" and found["title"] == "Note by the Secretariat"
    assert found["date"] is None  # the meeting dates are not the issue date


def test_nothing_stated_means_nothing_found():
    text = "States parties should act.\n\n1. The meeting was useful and the experts agreed on next steps."
    assert metadata(text) == dict.fromkeys(["body", "symbol", "date", "venue", "title"])


def test_impossible_dates_and_body_text_are_ignored():
    text = "Distr.: General 31 February 2020\n\n1. The Working Group met in Vienna, 3 May 2020, and adopted decision 4/4."
    found = metadata(text)
    assert found["date"] is None and found["venue"] is None and found["body"] is None


def test_symbol_from_the_raw_first_lines_when_the_masthead_lost_it():
    assert metadata("Draft report", ["E/CN.15/2021/L.3/Rev.1", "Draft report"])["symbol"] == "E/CN.15/2021/L.3/Rev.1"


@pytest.mark.parametrize(
    "symbol",
    [
        "CTOC/COP/WG.4/2010/6",
        "CTOC/COP/WG.4/2020/L.1/Add.1",
        "A/HRC/47/22",
        "E/CN.15/2020/4",
        "S/2020/123",
        "A/RES/55/25",
        "CAC/COSP/IRG/2019/4",
    ],
)
def test_un_symbols(symbol):
    assert is_un_symbol(symbol)
    assert find_un_symbol(f"see document {symbol}, paragraph 3") == symbol


@pytest.mark.parametrize("text", ["decision 4/4", "and/or", "Principles/Guidelines/Notes", "10/11/2020", "UNODC/2020"])
def test_not_un_symbols(text):
    assert find_un_symbol(text) is None
