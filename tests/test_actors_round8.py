"""Actors, round 8 (issue 13 point 3): nouns that name people or business only as the head of their phrase ("child",
"business", "parent"), read from the parse; "service providers" of every kind are no business. Real text of at least
two documents per rule, its source beside each case (data/gold/REAL_SOURCES_*.md)."""

from __future__ import annotations

import pytest

from tests.modality_support import assert_row_actors
from tests.tag_support import tagged_row

BOTH = ["parsed", "rules"]
PARSED = ["parsed"]

CASES = [
    # -- "child" as a modifier names no child
    # CEACR, direct request under the Worst Forms of Child Labour context (real-g-100)
    (
        BOTH,
        "The Committee refers also to its observation and trusts that the Government will not fail to provide all "
        "available information on the point raised in its general observation of 1999 concerning the role of labour "
        "inspectors in supervising the implementation of legislation on child labour.",
        {"labour_inspectors"},
        {"children"},
    ),
    # ICAT, Joint Statement on the World Day against Trafficking in Persons (real-g-067)
    (
        BOTH,
        "Ensuring that data protection standards are respected and regularly assessing the ethical and rights "
        "implications of using technological solutions to fight trafficking in persons, including in relation to child "
        "sexual abuse and exploitation.",
        set(),
        {"children"},
    ),
    # GRETA, report on the Czech Republic (real-h-001): "child protection specialists"
    (
        BOTH,
        "GRETA urges the Czech authorities to put in place a formalized victim identification procedure which promotes "
        "a multi-agency approach by involving specialized NGOs, labour inspectors, social workers, child protection "
        "specialists and health-care staff.",
        {"member_states", "civil_society", "labour_inspectors"},
        {"children"},
    ),
    # A/HRC/11/7, Special Rapporteur on migrants (real-d-064): the head noun still names the child
    (
        BOTH,
        "Exceptional migration-related detention of children should be done in places ensuring the integral "
        "protection and well-being of the child.",
        {"children"},
        set(),
    ),
    # A/RES/64/142 annex (real-d-147): a coordinated head noun, told by the parse
    (
        PARSED,
        "Unless, prior to the return, a suitable caregiver, such as a parent, other relative, other adult caretaker, a "
        "Government agency or an authorized agency or facility in the country of origin, has agreed and is able to "
        "take responsibility for the child and provide him or her with appropriate care and protection;",
        {"children", "family_members"},
        set(),
    ),
    # -- "business" as a modifier names no business
    # UN Guiding Principles on Business and Human Rights, principle 26 (real-h-010)
    (
        BOTH,
        "States should take appropriate steps to ensure the effectiveness of domestic judicial mechanisms when "
        "addressing business-related human rights abuses.",
        {"member_states"},
        {"private_sector"},
    ),
    # UN Guiding Principles, principle 8 (real-h-078)
    (
        BOTH,
        "States should ensure that governmental departments, agencies and other State-based institutions that shape "
        "business practices are aware of and observe the State’s human rights obligations.",
        {"member_states"},
        {"private_sector"},
    ),
    # SRSG on business and human rights, draft Guiding Principles (real-h-081)
    (
        PARSED,
        "Encourage those institutions, within their respective mandates and capacities, to promote business respect "
        "for human rights.",
        set(),
        {"private_sector"},
    ),
    # UN Guiding Principles, principle 22 (real-h-079): business enterprises stay business
    (
        BOTH,
        "Where business enterprises identify that they have caused or contributed to adverse impacts, they should "
        "provide for or cooperate in their remediation through legitimate processes.",
        {"private_sector"},
        set(),
    ),
    # -- parents are family members
    # CRC/C/15/Add.233 (real-c-121)
    (
        BOTH,
        "Undertake awareness-raising campaigns, particularly for children, parents and other caregivers;",
        {"children", "family_members"},
        set(),
    ),
    # A/HRC/11/7 (real-d-064)
    (
        BOTH,
        "The Special Rapporteur encourages States to provide alternatives to detention for the family group when "
        "parents are detained on the sole basis of migratory status.",
        {"member_states", "family_members"},
        set(),
    ),
    # -- "service providers" are no business
    # A/74/191, Special Rapporteur on migrants, para. 115 (j) (real-c-019)
    (
        BOTH,
        "Integrate gender-responsive approaches into training programmes provided to relevant policymakers, "
        "immigration and asylum authorities, border police and other law enforcement personnel, social workers and "
        "service providers who work with migrant women and girls.",
        {"law_enforcement"},
        {"private_sector"},
    ),
    # GRETA, first evaluation report on Albania, press release (real-h-104)
    (
        BOTH,
        "In the area of assistance to victims, GRETA urges the Albanian authorities to ensure that all assistance "
        "measures provided for by law are guaranteed in practice, by providing adequate financing to non-governmental "
        "organisations acting as service providers.",
        {"member_states", "civil_society"},
        {"private_sector"},
    ),
]


@pytest.mark.parametrize(
    ("mode", "text", "present", "absent"),
    [(mode, *case) for modes, *case in CASES for mode in modes],
)
def test_round8_actor_heads(mode, text, present, absent):
    assert_row_actors(mode, text, present, absent)


def test_title_keeps_its_child():
    """A capitalized head-only noun inside an instrument's or a body's name is part of the name: "the Committee on the
    Rights of the Child" (A/RES/53/128, data/probe) names no child."""
    text = (
        "Invites Governments, relevant specialized agencies, the Committee on the Rights of the Child, the relevant "
        "special rapporteur and intergovernmental and non-governmental organizations to provide comments."
    )
    for mode in BOTH:
        assert "children" not in tagged_row(mode, text)[0]["actors"]
