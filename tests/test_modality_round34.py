"""Modality and addressee, round 34: commitments told in the third person, and lists announced by "include" (probe 25).

A named body's own undertaking told in the third person ("IOM commits to document ...") binds that body, not the
Member States the first person gives; "is committed to" describes a body and a noun after "to" undertakes no act. A
pledge reported of States ("The subscribing states pledged to take ...") is their undertaking, as "agreed to" is. A
gerund item under a lead-in that lists with "include(s)" takes the value its noun announces (recommendations: should,
commitments: mandatory), with no addressee; a lead-in announcing neither leaves its gerunds none.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, both_modes, in_both_modes
from tests.tag_support import tagged_row

DURBAN_COMMITMENTS = "The Durban Call to Action includes commitments in six different areas:"


@in_both_modes(
    ("text", "expected"),
    [
        # IOM pledge as quoted in the gold's source (part L, real-l-186): none / none before
        (
            "IOM commits to document deaths and disappearances during migration and support States’ capacity to "
            "collect robust, internationally comparable data on migrant deaths and disappearances.",
            ("mandatory", "iom"),
        ),
        # White House fact sheet on INFCIRC/869 (2016; probe 25, p25-nss-1): none / none before
        (
            "The subscribing states pledged to take specific steps, including implementing key IAEA nuclear security "
            "guidance, accepting voluntary peer reviews, and committing that those responsible for nuclear security are "
            "demonstrably competent.",
            ("mandatory", "member_states"),
        ),
        # near miss: a commitment to things, not an act (Human Trafficking Search on the CGF coalition, 2020; p25-cgf20-2)
        (
            "Building on the CGF’s five years of experience addressing the endemic problem of forced labour in the "
            "consumer goods industry, this new Coalition of manufacturers and retailers has committed to actions that, in "
            "line with international agreements and legislation, will help to fight against forced labour in the industry.",
            ("none", "none"),
        ),
        # near miss: a pledge as a noun (Every Woman Every Child, 2012; probe 13, p13-ewec2012-1): the call asks
        (
            "In a statement marking International Day for the Elimination of Violence against Women on November 25, UN "
            "Secretary-General Ban Ki-moon called upon “all governments to make good on their pledges to end all forms "
            "of violence against women and girls in all parts of the world”.",
            ("should", "member_states"),
        ),
        # near miss: a pledge of money reported as a past fact (Xinhua on the Global Refugee Forum, 2019; p25-grf-1)
        (
            "In addition, a broad range of states and other stakeholders pledged financial support for refugees and "
            "their host communities of over 2 billion U.S. dollars.",
            ("none", "none"),
        ),
    ],
)
def test_commitment_in_the_third_person(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected)


@in_both_modes(
    ("text", "context", "expected"),
    [
        # Council of Europe news on the Group of experts' report (gold part N, real-n-108): none / none before
        (
            "Increasing efforts to identify human trafficking victims",
            "The report identifies areas where further action is needed. Key recommendations by the group include:",
            ("should", "none"),
        ),
        # UN South Africa on the Durban Call to Action (2022; probe 25, p25-dbnun-5): none / none before
        ("Achieving universal access to social protection.", DURBAN_COMMITMENTS, ("mandatory", "none")),
        # near miss: a lead-in naming what it lists but no request (Kenyan programme, probe 21's "Key intervention
        # areas include:" family; p21-jt-2 under its own lead-in)
        (
            "creating awareness on the existing legislation, policies and frameworks laws;",
            "This component aims to increase the well-being and security of women and girls through:",
            ("none", "none"),
        ),
    ],
)
def test_gerund_under_a_listing_lead_in(mode: str, text: str, context: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected, context)


@both_modes
def test_invitation_to_consider_recommendations_keeps_its_reading(mode: str) -> None:
    """ "NATC SEE invite the governments ... to consider a set of recommendations ...:" (gold part N, real-n-199) lists
    with no "include": its gerund keeps the invitation's reading (encouraged, or none where rule-only mode does not read
    the invitation after an unknown name), not the announced "should"."""
    context = (
        "NATC SEE invite the governments of the countries faced with the influx of people that fled the war, to consider "
        "a set of recommendations as the essential minimum to avoid that human trafficking will become a crisis within "
        "a crisis:"
    )
    text = (
        "Keeping track of the developments in the human trafficking field placing particular attention on monitoring "
        "the situation concerning people fleeing from Ukraine."
    )
    row, _ = tagged_row(mode, text, context)
    assert row["modality"] in ("encouraged", "none"), f"{mode}: {row['modality']}"
