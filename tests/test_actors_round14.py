"""Actors, round 14: real text of probe 10 (``data/probe/probe10_modality.jsonl``, documents no gold file or earlier
probe holds).

"member countries" (INTERPOL's members, in two General Assembly resolutions as reported and two press releases) named
no actor, and the two functional commissions named by their acronyms (CCPCJ, CND: a G77 and China statement and an EU
statement at their sessions) named none, though their full names are `un_entities` aliases. "countries" alone stays
a place, and "the Commission" keeps its own rules.
"""

from __future__ import annotations

from tests.modality_support import actor_ids, both_modes, in_both_modes
from tests.tag_support import tag_in_mode


@in_both_modes(
    "text",
    [
        # p10-interpol2021-1: INTERPOL General Assembly, Istanbul, 2021 (UrduPoint/WAM)
        "With the ongoing surge in cybercrime showing no sign of abating, member countries called for greater "
        "information sharing to ensure that essential information about cyberattacks and cybercriminals can be "
        "accessed as quickly as possible.",
        # p10-interpol2014-1: IISD report of INTERPOL resolution AG-2014-RES-03
        "The 83rd session of the INTERPOL General Assembly has adopted resolution AG-2014-RES-03, titled ‘INTERPOL "
        "response to emerging threats in Environmental Security,’ which urges member countries of INTERPOL to raise "
        "awareness of environmental crimes and violations, their causes and their impact among law enforcement "
        "authorities.",
    ],
)
def test_member_countries_are_member_states(mode, text):
    assert "member_states" in actor_ids(tag_in_mode(mode, text))


@both_modes
def test_countries_of_origin_are_places(mode):
    # near miss: "countries" alone is no alias
    text = "Cooperation between countries of origin, transit and destination is essential."
    assert "member_states" not in actor_ids(tag_in_mode(mode, text))


@both_modes
def test_the_commissions_acronyms_name_them(mode):
    # p10-eu-ccpcj2024-3: EU statement at the reconvened CND and CCPCJ sessions, 5 December 2024
    text = (
        "Our aim is not to change anyone’s speaking rights or set precedents for other fora, simply to maintain the "
        "existing practice in the CND and the CCPCJ."
    )
    assert actor_ids(tag_in_mode(mode, text)) == {"un_entities"}


@both_modes
def test_a_lower_case_cnd_is_no_commission(mode):
    # near miss: the acronyms match as written ("exact"), so an ordinary word spelled alike names no one
    assert "un_entities" not in actor_ids(tag_in_mode(mode, "The ccpcj and cnd files were merged."))


@both_modes
def test_the_commonwealth_is_an_international_organization(mode):
    # p10-walkfree-2: Walk Free Foundation, Towards a Common Future: Achieving SDG 8.7 in the Commonwealth (2018)
    text = (
        "Through resourcing, sharing of good practice, and exchange of technical expertise the Commonwealth should "
        "also support member states to implement a ten-point action plan to eradicate modern slavery by 2030."
    )
    doc = tag_in_mode(mode, text)
    assert (doc._.modality, doc._.addressee) == ("should", "international_orgs")
    assert actor_ids(doc) == {"international_orgs", "member_states"}


@both_modes
def test_commonwealth_countries_are_its_member_states(mode):
    # near miss, p10-chri-1 (CHRI repost of the Evening Standard, 2018): no "the", so no organization
    doc = tag_in_mode(mode, "Commonwealth countries must act now to end modern slavery, according to a petition.")
    assert (doc._.modality, doc._.addressee) == ("mandatory", "member_states")
    assert "international_orgs" not in actor_ids(doc)
