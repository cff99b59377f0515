"""Actors, round 9 (issue 13 point 3): an item that completes its lead-in takes every actor the lead-in asks, from its
addressee on, not the speaker or topic named before it; institutions of the European Union addressed by name are
regional organizations. Real text, its source beside each case (data/gold/REAL_SOURCES_*.md)."""

from __future__ import annotations

import pytest

from tests.modality_support import assert_row_actors

BOTH = ["parsed", "rules"]

CASES = [
    # -- the lead-in's actors, from its addressee on
    # Beijing Platform for Action, 1995, strategic objective D.3 (real-d-101)
    (
        "Step up cooperation and concerted action by all relevant law enforcement authorities and institutions with a "
        "view to dismantling national, regional and international networks in trafficking;",
        "By Governments of countries of origin, transit and destination, regional and international organizations, as "
        "appropriate:",
        {"member_states", "regional_orgs", "international_orgs", "law_enforcement"},
        set(),
    ),
    # OHCHR, Recommended Principles and Guidelines on Human Rights and Human Trafficking, guideline 9 (real-d-052)
    (
        "Making arrangements to enable trafficked persons to remain safely in the country in which the remedy is being "
        "sought for the duration of any criminal, civil or administrative proceedings.",
        "States and, where applicable, intergovernmental and non-governmental organizations, should consider:",
        {"member_states", "international_orgs", "civil_society"},
        set(),
    ),
    # near miss: the speaker before the request is no actor of the items (UNICEF UK, 'Identify. Protect. Repeat.',
    # real-h-090)
    (
        "Prioritise financial support for innovative, context-specific interventions to enable the early identification "
        "of child victims of trafficking and exploitation.",
        "Unicef UK urges the UK Government to:",
        {"member_states", "children"},
        {"un_entities"},
    ),
    # near miss: nor is the topic before it (SR on migrants, mission to the United Kingdom, real-i-018)
    (
        "Strengthen efforts to ensure compliance with the national minimum wage and enforce the registration of new "
        "employers with the Inland Revenue whenever a new domestic worker visa is issued.",
        "In relation to the protection of migrant domestic workers, the Special Rapporteur recommends that the Government:",
        {"member_states"},
        {"vulnerable_populations"},
    ),
    # -- EU institutions addressed by name (SR on migrants, A/HRC/23/46, real-i-094; European Parliament resolution of
    # 10 February 2021 as reported, real-j-078)
    (
        "Continue to insist upon correct terminology with regard to migration policy.",
        "To the European Parliament:",
        {"regional_orgs"},
        set(),
    ),
    (
        "The co-rapporteur pointed out that the European Parliament calls on the European Commission to revise the "
        "anti-trafficking directive.",
        None,
        {"regional_orgs"},
        {"un_entities"},
    ),
    # "the Commission" of a text that names the EU is the European Commission (European Parliament resolution of 10
    # February 2021 as reported, real-j-078; European Commission, Communication of 2017, real-h-077)
    (
        "Co-rapporteur Juan Fernando López Aguilar (S&D,ES) pointed out that EP calls on the Commission to revise the "
        "anti-trafficking directive, so that all Member States explicitly criminalise the use of services provided by "
        "victims of trafficking.",
        None,
        {"regional_orgs", "member_states", "victims"},
        {"un_entities"},
    ),
    (
        "Member States should use all the ambitious tools available to them to implement the measures agreed on at EU "
        "level without delay. The Commission will monitor progress on the action set out in this Communication.",
        None,
        {"member_states", "regional_orgs"},
        {"un_entities"},
    ),
    # near miss: in a UN text "the Commission" stays the UN commission (CND/CCPCJ wording, test_tag_actor_phrasing)
    ("Invites the Commission to consider the matter at its next session;", None, {"un_entities"}, {"regional_orgs"}),
]


@pytest.mark.parametrize(
    ("mode", "text", "context", "present", "absent"),
    [(mode, *case) for case in CASES for mode in BOTH],
)
def test_round9_lead_in_actors(mode, text, context, present, absent):
    assert_row_actors(mode, text, present, absent, context)
