"""Actors on the probe of unlabelled real text (issue 13 point 3, round 5).

Every case is verbatim from ``data/probe/real_probe.jsonl`` (id and source on each case); none is in a gold file.
"""

from __future__ import annotations

import pytest

from tests.tag_support import parsed_components, rule_components, tag

MODES = ["parsed", "rules"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # ecosoc-1559-1970-op1, ECOSOC res. 1559 (XLIX) para. 1: the United Nations system, not family members
        (
            "Recognizes the need for immediate action on an urgent basis as well as for the establishment of a plan "
            "for concerted long-term action by the United Nations family of organizations to deal with the problem "
            "of the abuse of narcotic drugs and psychotropic substances simultaneously at its three critical points: "
            "supply, demand and illicit traffic;",
            {"un_entities"},
            {"family_members"},
        ),
        # ga-58-157-2003-op13, A/RES/58/157 para. 13: "family relations" is a right, no one's family
        (
            "Also calls upon all States to undertake to respect the right of the child to preserve his or her "
            "identity, including nationality, name and family relations as recognized by law, without unlawful "
            "interference and, where a child is illegally deprived of some or all of the elements of his or her "
            "identity, to provide appropriate assistance and protection with a view to speedily re-establishing his "
            "or her identity;",
            {"children", "member_states"},
            {"family_members"},
        ),
        # cnd-60-7-2017-op4, CND res. 60/7 para. 4: "family" modifies the programmes; the children are named
        (
            "Invites Member States to involve, as appropriate, children and adolescents in the development, "
            "implementation, monitoring and evaluation of community, family and school drug prevention programmes "
            "and strategies;",
            {"children", "member_states"},
            {"family_members"},
        ),
        # ga-70-182-2015-op10, A/RES/70/182 para. 10: "of a minor nature" names no child
        (
            "Invites Member States to consider reviewing their drug sentencing policies and practices in order to "
            "facilitate collaboration between justice and public health authorities in the development and "
            "implementation of initiatives that utilize alternative measures to conviction or punishment for "
            "appropriate drug-related offences of a minor nature, subject to the legal frameworks of Member States;",
            {"member_states"},
            {"children"},
        ),
        # ga-62-132-2007-op5, A/RES/62/132 para. 5: a capitalized common noun followed by a lower-case word is no title
        (
            "Requests all Governments to continue to cooperate fully with the Special Rapporteurs mentioned in "
            "paragraph 3 above in the performance of their tasks and mandated duties, including by making available "
            "to them requested information on violence against women migrant workers and by reacting promptly to "
            "their urgent appeals, and encourages Governments to give serious consideration to inviting them to "
            "visit their countries;",
            {"un_entities", "member_states"},
            set(),
        ),
        # ga-58-157-2003-op38, A/RES/58/157 para. 38: organizations named by scope and field
        (
            "Further calls upon all States to protect refugee, asylum-seeking and internally displaced children, in "
            "particular those who are unaccompanied, who are particularly exposed to risks in connection with armed "
            "conflict, such as recruitment, sexual violence and exploitation, to pay particular attention to "
            "programmes for voluntary repatriation and, wherever possible, local integration and resettlement, to "
            "give priority to family tracing and reunification and, where appropriate, to cooperate with "
            "international humanitarian and refugee organizations, including by facilitating their work;",
            {"international_orgs", "children", "member_states"},
            set(),
        ),
        # cnd-48-9-2005-op6, CND res. 48/9 para. 6
        (
            "Calls upon Member States and national and international development organizations to increase their "
            "efforts to empower local communities and authorities in project areas and to enhance their participation "
            "in the decision-making process in order to increase their ownership of the development measures "
            "undertaken in accordance with national legislation and the sustainability of those measures and to "
            "create a law-abiding and prosperous rural society;",
            {"international_orgs", "member_states"},
            set(),
        ),
        # cnd-60-1-2017-op6, CND res. 60/1 para. 6: a scope word after "and" shares the head, as before
        (
            "Requests the United Nations Office on Drugs and Crime, in close cooperation with Member States and "
            "pertinent United Nations entities, intergovernmental and regional organizations and, when appropriate, "
            "the scientific community and civil society, to continue to support Member States, upon request, in "
            "strengthening their capacity to develop their reporting mechanisms, including by identifying gaps in the "
            "current drug statistics and by exploring possibilities to strengthen existing data collection and "
            "analysis tools at the national level;",
            {"international_orgs", "regional_orgs", "civil_society", "unodc"},
            set(),
        ),
        # ga-53-128-1998-op4, A/RES/53/128 para. 4: "non-governmental organizations" stays civil society
        (
            "Invites Governments, relevant specialized agencies, the Committee on the Rights of the Child, the "
            "relevant special rapporteur and intergovernmental and non-governmental organizations to provide "
            "comments, inter alia, on the scope of the optional protocol, prior to the next session of the working "
            "group;",
            {"civil_society", "international_orgs", "member_states"},
            set(),
        ),
    ],
)
def test_actor_mentions_of_unseen_bodies(mode, text, present, absent):
    actors = set(tag(parsed_components() if mode == "parsed" else rule_components(), text)._.actors)
    assert present <= actors
    assert not absent & actors
