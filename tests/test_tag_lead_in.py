"""Lettered sub-items read with their lead-in (``context``), on real report wording not in the gold files.

Sources: Parliamentary Assembly of the Council of Europe, Recommendation 2171 (2020) para. 2 and
Recommendation 1895 (2010) para. 2; Special Rapporteur on the human rights of migrants, A/HRC/59/49
para. 80 (c)-(d); ECOSOC-style "Requests the Secretary-General:" lists; CRC concluding observations.
"""

from __future__ import annotations

import pytest

from tests.tag_support import MODES, tagged_row


def _tag(mode: str, text: str, context: str | None) -> dict:
    row, record = tagged_row(mode, text, context)
    return {**row, "inherited": record.get("inherited", [])}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("context", "text", "modality", "addressee"),
    [
        # a rapporteur's passive recommendation to "States" (member_states), not a treaty body's "State party"
        (
            "In the context of prevention and protection, it is recommended that States:",
            "(c) Expand safe and regular pathways for admission and stay based on human rights and humanitarian grounds;",
            "should",
            "member_states",
        ),
        (
            "In the context of prevention and protection, it is recommended that States:",
            "(d) Eliminate bilateral or multilateral migration agreements that foresee deportation practices that do not "
            "comply with international law;",
            "should",
            "member_states",
        ),
        # the Assembly addresses an organ of the Council of Europe
        (
            "The Assembly recommends that the Committee of Ministers:",
            "2.1. instruct the Steering Committee for Human Rights to examine the means of strengthening the prohibition "
            "of human trafficking;",
            "should",
            "regional_orgs",
        ),
        (
            "The Assembly asks the Committee of Ministers to:",
            "ensure that the Council of Europe's standards in terms of combating trafficking in human beings are "
            "uniformly applied throughout Europe;",
            "should",
            "regional_orgs",
        ),
        # an infinitive item continues its lead-in's request: the Secretary-General is to urge the governments
        (
            "Requests the Secretary-General:",
            "To urge governments to communicate directly with one another on cases of illicit traffic;",
            "should",
            "un_entities",
        ),
        # the usual treaty-body list keeps its addressee
        (
            "The Committee recommends that the State party:",
            "(b) Strengthen measures to protect children who are victims of sale and trafficking;",
            "should",
            "states_parties",
        ),
        # a softening verb completes a modal lead-in ("should:" + "Consider ..." = "should consider", TAXONOMY
        # section 1); under an opening verb the verb decides ("call upon ... to consider ratifying" -> should)
        (
            "The Working Group recommended that States parties should:",
            "(a) Consider establishing national rapporteurs or equivalent mechanisms;",
            "should_consider",
            "states_parties",
        ),
        (
            "Calls upon States that have not yet done so:",
            "(a) To consider ratifying the Protocol against the Smuggling of Migrants;",
            "should",
            "member_states",
        ),
    ],
)
def test_an_item_completing_its_lead_in_takes_the_lead_ins_request(mode, context, text, modality, addressee):
    row = _tag(mode, text, context)
    assert (row["modality"], row["addressee"]) == (modality, addressee)
    assert addressee in row["actors"]


@pytest.mark.parametrize("mode", MODES)
def test_without_lead_in_a_bare_item_keeps_the_default_addressee(mode):
    row = _tag(mode, "(d) Eliminate migration agreements that foresee deportation practices;", None)
    # round 3: the generic "States" (the real gold's items without lead-in are rapporteurs' recommendations)
    assert (row["modality"], row["addressee"], row["inherited"]) == ("should", "member_states", [])


@pytest.mark.parametrize("mode", MODES)
def test_the_states_a_lead_in_asks_to_act_join_the_actors(mode):
    # PACE Recommendation 1325 (1997) para. 6 wording: the Committee is addressed, member states would act
    row = _tag(
        mode,
        "set up shelters for victims of trafficking;",
        "The Assembly further recommends that the Committee of Ministers urges member states to :",
    )
    assert row["addressee"] == "regional_orgs"
    assert {"regional_orgs", "member_states", "victims"} <= set(row["actors"])


@pytest.mark.parametrize("mode", MODES)
def test_an_item_naming_its_own_addressee_keeps_it(mode):
    row = _tag(
        mode,
        "(b) Until such reforms are in effect, States should ensure that detention is a last resort;",
        "The Committee recommends that the State party:",
    )
    assert row["addressee"] == "member_states"
    assert "addressee" not in row["inherited"]


@pytest.mark.parametrize("mode", MODES)
def test_an_earlier_sentence_of_the_lead_in_lends_no_actors(mode):
    # A/65/222 para. 75 wording: the migrants of the premise are not actors of item (c)
    row = _tag(
        mode,
        "(c) Take into account the root causes of migration in policymaking;",
        "States should consider that irregular migrants are generally in a very vulnerable condition. States should accordingly:",
    )
    assert (row["modality"], row["addressee"]) == ("should", "member_states")
    assert "vulnerable_populations" not in row["actors"]


@pytest.mark.parametrize("mode", MODES)
def test_an_item_under_a_lead_in_that_requests_nothing_requests_nothing(mode):
    # General Assembly drug-control resolutions list gerund items under a statement ("Recognizes that it is necessary
    # for Member States ... to consider:", data/gold/REAL_SOURCES_A.md: no request in a main clause); without its
    # lead-in the bare "Strengthening ..." reads as a treaty body's request, with it as nothing
    item = "(c) Strengthening international cooperation among law enforcement agencies;"
    statement = _tag(mode, item, "Recognizes that it is necessary for Member States to consider, as appropriate:")
    assert (statement["modality"], statement["addressee"]) == ("none", "none")
    assert statement["actors"] == ["law_enforcement"]
    request = _tag(mode, item, "Calls upon Member States to consider, as appropriate:")
    assert (request["modality"], request["addressee"]) == ("should", "member_states")


@pytest.mark.parametrize("mode", MODES)
def test_a_menu_of_actions_offers_what_it_lists(mode):
    # Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195), objective 10: "To realize this
    # commitment, we will draw from the following actions:" lists options (data/gold/REAL_SOURCES_C.md: may)
    row = _tag(
        mode,
        "(e) Apply measures that address the particular vulnerabilities of women, men, girls and boys;",
        "To realize this commitment, we will draw from the following actions:",
    )
    assert (row["modality"], row["addressee"]) == ("may", "member_states")
    # an item that opens with its bare verb continues the menu even when it names States further on (objective 13)
    row = _tag(
        mode,
        "(b) Use existing human rights mechanisms to improve the monitoring of migrant detention, ensuring that States "
        "expand alternatives to detention;",
        "To realize this commitment, we will draw from the following actions:",
    )
    assert (row["modality"], row["addressee"]) == ("may", "member_states")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("context", "text", "modality", "addressee"),
    [
        # the items complete the lead-in's last sentence (A/74/191-style "States should also develop ... . States
        # are therefore required, inter alia, to:")
        (
            "States should also develop child-sensitive migration policies. States are therefore required, inter alia, to:",
            "(a) Improve the availability of disaggregated migration data;",
            "mandatory",
            "member_states",
        ),
        # a heading naming whom its recommendations are for (A/70/310, section VI: "A. Recommendations to
        # Governments")
        (
            "A. Recommendations to Governments. Access to justice",
            "Remove barriers to access to justice for migrant workers;",
            "should",
            "member_states",
        ),
        (
            "B. Recommendations to Business Enterprises",
            "Audit supply chains and ensure human rights due diligence with all contractors;",
            "should",
            "private_sector",
        ),
        # the International Tracing Instrument (A/60/88, annex): "States will:"
        (
            "For the purpose of identifying and tracing illicit small arms and light weapons, States will:",
            "(a) At the time of manufacture, require unique marking of each weapon;",
            "mandatory",
            "member_states",
        ),
    ],
)
def test_last_sentences_headings_and_political_commitments_as_lead_ins(mode, context, text, modality, addressee):
    row = _tag(mode, text, context)
    assert (row["modality"], row["addressee"]) == (modality, addressee)
