"""Theme round 25 (vocabulary 1.20.0): training offered to the people helped is no capacity building.

"job training" and "literacy training" are skills taught to victims, migrant workers or domestic workers as a service,
like the ignored "education and vocational training" (1.14.0); TAXONOMY section 5 gives capacity_building_training to
the training of those who act (officials, professionals), and an area the request only passes through brings no theme.
None of the four tunable records with them holds the sub-theme (figures in data/gold/README.md, round 25).
"""

from __future__ import annotations

from tests.tag_support import assembled, in_both_modes, rule_only_assembled, tag


def _themes(mode: str, text: str) -> list[str]:
    """The themes the assembled tagger (parsed or rule-only, no trained theme model) gives ``text`` from its cues."""
    return tag(assembled() if mode == "parsed" else rule_only_assembled(), text)._.themes


FIXED = [
    # real-k-030: General Assembly, resolution 51/77 (The rights of the child), A/RES/51/77, 1996, paragraph 62; gold
    # assistance_support, children
    "Invites States to allocate resources to provide comprehensive programmes designed to heal and to rehabilitate into "
    "society child victims of trafficking and sexual exploitation, including through job training, legal assistance and "
    "confidential health care, and to take all appropriate measures to promote their physical and psychological recovery "
    "and social reintegration;",
    # real-d-102: Fourth World Conference on Women, Beijing Platform for Action, 1995, paragraph 130 (d); gold
    # assistance_support, civil_society_partnership
    "Allocate resources to provide comprehensive programmes designed to heal and rehabilitate into society victims of "
    "trafficking, including through job training, legal assistance and confidential health care, and take measures to "
    "cooperate with non-governmental organizations to provide for the social, medical and psychological care of the "
    "victims of trafficking;",
    # real-f-087: General Assembly, A/RES/70/130 (Violence against women migrant workers), 2015, paragraph 13; gold
    # vulnerability_root_causes
    "Encourages States to consider designing and implementing financial literacy training programmes for women migrant "
    "workers and, where appropriate, their families, and other programmes that may contribute to the full development "
    "impact of migration;",
    # real-g-058: International Labour Conference, Domestic Workers Recommendation, 2011 (No. 201), paragraph 25 (1) (a);
    # gold vulnerability_root_causes
    "encourage the continuing development of the competencies and qualifications of domestic workers, including literacy "
    "training as appropriate, in order to enhance their professional development and employment opportunities;",
]


@in_both_modes("text", FIXED, ids=["job-training-ga", "job-training-beijing", "financial-literacy", "literacy-domestic"])
def test_training_for_the_people_helped_is_no_capacity_building(mode, text):
    assert "capacity_building_training" not in _themes(mode, text)


NEAR_MISSES = [
    # real-o-069: Human Rights Council, UPR of Slovenia, A/HRC/28/15, 2014, paragraph 115.119; gold
    # capacity_building_training (training of officials)
    "Intensify its work to provide specialized training for investigators, prosecutors and judges in applying the human "
    "trafficking statute (Norway);",
    # real-r-177: ICAO-OHCHR Guidelines for Training Cabin Crew (ICAO Circular 352, 2018), as summarised by Respect
    # International, sentence 2; gold capacity_building_training ("training programmes" for staff, as in real-f-087)
    "ICAO recommends that CAAs use the content of this circular as the basis for training programmes for cabin crew and "
    "other aviation personnel.",
]


@in_both_modes("text", NEAR_MISSES, ids=["specialized-training", "training-programmes-for-crew"])
def test_training_of_those_who_act_keeps_capacity_building(mode, text):
    assert "capacity_building_training" in _themes(mode, text)
