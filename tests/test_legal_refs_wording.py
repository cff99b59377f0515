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


@pytest.mark.parametrize(
    ("text", "about", "expected"),
    [
        # Security Council resolutions are cited by number and year (S/RES/2331 (2016): "including resolutions
        # 2195 (2014) and 2253 (2015)"); a special session's resolution carries an S- prefix (A/RES/S-30/1).
        (
            "Reiterating the critical importance of all Member States fully implementing relevant Security Council "
            "resolutions, including resolutions 2195 (2014) and 2253 (2015),",
            None,
            ["resolution 2195 (2014)", "resolution 2253 (2015)"],
        ),
        ("Recalling the outcome document adopted in its resolution S-30/1 of 19 April 2016,", None, ["resolution S-30/1"]),
        # treaty bodies cite their earlier concluding observations by symbol
        ("as recommended in its previous concluding observations (CCPR/C/IRL/CO/3, para. 16),", None, ["CCPR/C/IRL/CO/3"]),
        # a dated generic form is another treaty (A/HRC/RES/53/9: "the Forced Labour Convention, 1930 (No. 29) and
        # the Protocol of 2014 thereto"), as is "the Convention" of a treaty body or a Council of Europe convention
        ("Reaffirming the Forced Labour Convention, 1930 (No. 29) and the Protocol of 2014 thereto,", "TIP_PROTOCOL", []),
        (
            "The Committee recommends that the State party provide child victims with protection, in line with "
            "article 34 of the Convention.",
            "TIP_PROTOCOL",
            [],
        ),
        (
            # CETS No. 197, article 28(1)(c): a capitalized "Article 18 of this Convention" is that convention's
            "Each Party shall adopt such legislative or other measures as may be necessary to provide protection for "
            "witnesses who give testimony concerning criminal offences established in accordance with Article 18 of "
            "this Convention.",
            "TIP_PROTOCOL",
            [],
        ),
        # a Parliamentary Assembly recommendation's "the Convention" is a Council of Europe one (PACE Recommendation
        # 1545 (2002) style: "invite the member states to sign and ratify the Convention")
        (
            "The Assembly recommends that the Committee of Ministers invite the member states to sign and ratify the Convention.",
            "TIP_PROTOCOL",
            [],
        ),
        # the same wording in a UN treaty stays this treaty's (UNTOC article 26(4))
        ("Protection of such persons shall be as provided for in article 24 of this Convention.", "UNTOC", ["UNTOC art. 24"]),
        # UNODC's short name (E4J module 8: "Article 6 of the Protocol against Trafficking in Persons")
        (
            "Article 6 of the Protocol against Trafficking in Persons outlines the following provisions",
            None,
            ["TIP_PROTOCOL art. 6"],
        ),
        # a subparagraph cites its paragraph; abbreviated article lists
        ("in subparagraph (b) of paragraph 1 of article 6 of the Protocol", "TIP_PROTOCOL", ["TIP_PROTOCOL art. 6(1)"]),
        ("as set out in arts. 5 and 6 of the Protocol", "TIP_PROTOCOL", ["TIP_PROTOCOL art. 5", "TIP_PROTOCOL art. 6"]),
        # COSP resolutions (session 1, "Review of implementation"; session 2): "Recalling article 1, subparagraph
        # (b), of the United Nations Convention against Corruption"
        (
            "Recalling article 1, subparagraph (b), of the United Nations Convention against Corruption,",
            "UNCAC",
            ["UNCAC art. 1"],
        ),
    ],
)
def test_resolution_numbers_and_other_treaties_generic_forms(text, about, expected):
    assert tag(rule_components(), text, about)._.legal_refs == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # data/gold/REAL_SOURCES_A.md convention: "within national legislative and administrative systems" frames
        ("States should, within national legislative and administrative systems, assist victims.", ["domestic_law"]),
        # A/RES/72/198 para. 8 wording with a two-word head
        ("consistent with their domestic legal and administrative systems", ["domestic_law"]),
        ("in accordance with their national legislative frameworks", ["domestic_law"]),
        # the law in force without an adjective (ICCPR "prescribed by law"; "in accordance with the law")
        ("Each State Party shall, as prescribed by law, protect the identity of victims.", ["domestic_law"]),
        ("Victims may be detained only in accordance with the law and as a measure of last resort.", ["domestic_law"]),
        ("States should, in accordance with the legislation in force, grant residence permits.", ["domestic_law"]),
        # the frame after the law, and UNCAC article 31(1) "to the greatest extent possible within its domestic legal
        # system"
        ("States should, where domestic law so permits, confiscate the proceeds of crime.", ["domestic_law"]),
        ("if their national legal systems allow", ["domestic_law"]),
        ("to the greatest extent possible within its domestic legal system", ["domestic_law"]),
        ("where national legislation is inadequate, States should amend it.", []),
        # international law is no domestic frame
        ("States should, under the law of armed conflict, protect civilians.", []),
        ("in accordance with the law of the sea", []),
        ("in accordance with international law", []),
    ],
)
def test_frames_of_the_law_in_force_without_an_adjective(text, expected):
    assert tag(rule_components(), text)._.legal_refs == expected


def test_a_treaty_bodys_lead_in_makes_the_sub_items_convention_that_treaty():
    # CRC concluding observations list sub-items under "The Committee recommends that the State party:"; there
    # "the Convention" is the CRC (CRC/C/15/Add.x wording "in the light of article 34 of the Convention"), while a
    # UNCAC review text's "the State party under review" leaves "the Convention" the document's own.
    from pipeline.tagging.legal_refs import remember_lead_in

    nlp = rule_components()

    def refs(text: str, lead_in: str | None, about: str) -> list[str]:
        doc = nlp.make_doc(text)
        remember_lead_in(doc, lead_in)
        doc._.about_instrument = about
        for _, component in nlp.pipeline:
            doc = component(doc)
        return doc._.legal_refs

    item = "(b) Take measures to protect child victims, in the light of article 34 of the Convention;"
    assert refs(item, "The Committee recommends that the State party:", "TIP_PROTOCOL") == []
    assert refs(item, None, "TIP_PROTOCOL") == ["UNTOC art. 34"]
    review = "Requests the State party under review to report on its implementation of article 63 of the Convention;"
    assert refs(review, None, "UNCAC") == ["UNCAC art. 63"]
