"""Legal references in the wordings real texts use (issue 13, round 2): each case is one phrasing class,
with the document it was seen in."""

from __future__ import annotations

import pytest

from tests.tag_support import rule_components, tag


@pytest.mark.parametrize(
    ("text", "about", "expected"),
    [
        # Short names used by commentators and rapporteurs (Gallagher, "Two Cheers for the Trafficking Protocol",
        # Anti-Trafficking Review 4, 2015; Schloenhardt & Bevan, NZ Yearbook of International Law 9, 2011).
        ("States should ratify the Trafficking Protocol without reservations.", None, ["TIP_PROTOCOL"]),
        ("implementation of the UN Protocol on Trafficking in Persons", None, ["TIP_PROTOCOL"]),
        ("the Protocol against Smuggling of Migrants by Land, Sea and Air", None, ["SOM_PROTOCOL"]),
        ("the Convention on Transnational Organized Crime and its Protocols", None, ["UNTOC"]),
        ("the Mérida Convention", None, ["UNCAC"]),
        # "the Convention" followed by a lower-case word is this treaty, not "the Convention on the Rights of ..."
        (
            "the measures set out in article 24 of the Convention to victims who are witnesses, as provided in "
            "article 24, paragraph 4, of the Convention",
            None,
            ["UNTOC art. 24", "UNTOC art. 24(4)"],
        ),
        ("the Convention on the Rights of the Child", "TIP_PROTOCOL", []),
    ],
)
def test_instrument_names_in_other_wordings(text, about, expected):
    assert tag(rule_components(), text, about)._.legal_refs == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # UNTOC article 18, paragraph 17 wording; A/CONF.222/7 ("the law of the requested State").
        ("A request shall be executed in accordance with the law of the requested State Party.", ["domestic_law"]),
        ("in full conformity with their national legislation", ["domestic_law"]),
        ("with due regard to domestic law and international standards", ["domestic_law"]),
        ("in accordance with international and national law", ["domestic_law"]),
        # requests to legislate are no frame (gold seed-2020-rec-12: "a non-punishment principle, enshrined in domestic law")
        ("States parties should consider a non-punishment principle, enshrined in domestic law.", []),
        ("States should amend their national legislation to criminalize all forms of trafficking.", []),
    ],
)
def test_domestic_law_frames_and_requests_to_legislate(text, expected):
    assert tag(rule_components(), text)._.legal_refs == expected


def test_one_phrase_naming_extradition_and_mutual_legal_assistance_agreements():
    # General Assembly and COP wording: "conclude bilateral and regional agreements on extradition and mutual legal
    # assistance" (UNAFEI 114th seminar, NCJ 188248: "mutual legal assistance and extradition treaties").
    doc = tag(rule_components(), "conclude bilateral and regional agreements on extradition and on mutual legal assistance")
    assert doc._.legal_refs == ["extradition_agreement", "mla_agreement"]
    doc = tag(rule_components(), "countries without mutual legal assistance and extradition treaties")
    assert doc._.legal_refs == ["mla_agreement", "extradition_agreement"]


def test_capitalized_bare_article_of_another_treaty_is_not_normalized():
    # Council of Europe Convention on Action against Trafficking in Human Beings, article 28(4):
    # "... which carry out the activities set out in Article 27, paragraph 3." UN texts write "article" in
    # lower case in running text, so a capitalized bare "Article" mid-sentence is another treaty's.
    coe = tag(
        rule_components(),
        "for members of groups which carry out the activities set out in Article 27, paragraph 3.",
        "TIP_PROTOCOL",
    )
    assert coe._.legal_refs == []
    un = tag(rule_components(), "the activities set out in article 6, paragraph 3, of the Protocol.", "TIP_PROTOCOL")
    assert un._.legal_refs == ["TIP_PROTOCOL art. 6(3)"]
    start = tag(rule_components(), "Article 6 of the Protocol requires States parties to act.", "TIP_PROTOCOL")
    assert start._.legal_refs == ["TIP_PROTOCOL art. 6"]


@pytest.mark.parametrize(
    ("text", "about", "expected"),
    [
        # the rest of a Protocol's title is no second reference (Schloenhardt & Bevan 2011 quote the full title)
        (
            "the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, "
            "supplementing the UN Convention against Transnational Organized Crime",
            None,
            ["TIP_PROTOCOL"],
        ),
        ("article 16 of the Migrants Protocol", None, ["SOM_PROTOCOL art. 16"]),
        # frames: UNTOC article 18 and COP resolutions wording
        ("States should, within their respective legal systems, provide assistance.", None, ["domestic_law"]),
        ("in accordance with the relevant provisions of their domestic law", None, ["domestic_law"]),
        ("in conformity with their constitutional and legal systems", None, ["domestic_law"]),
        # "national law enforcement" is an authority, not law; "include within their legislation" asks to legislate
        ("in accordance with national law enforcement practice", None, []),
        ("States should include within their national legislation a definition of trafficking.", None, []),
    ],
)
def test_titles_and_frames_in_longer_wordings(text, about, expected):
    assert tag(rule_components(), text, about)._.legal_refs == expected
