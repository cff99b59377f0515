"""Modality and addressee, round 30: list items under a lead-in (probe 21).

A lead-in that asks a party outside the actor vocabulary to act ("request the Committee to consider the following",
"recommends that task forces should be charged with the following activities") makes its items that party's acts:
capitalized items complete it as lower-case ones do, and no longer keep the default addressee of a bare imperative
(member_states). A lead-in on the speaker's own verb ("We recommend the following measures:") asks no one, and its
bare imperatives stay the States'. A line closed by no punctuation ("A. PREVENTION OF TIP", a page title) is a heading,
not a clause its items complete: when it requests nothing its items keep their own reading, as short titles did.
"""

from __future__ import annotations

import pytest

from tests.modality_support import assert_row_request, in_both_modes

VKC_TASK_FORCES = (
    "A coordinated community response should be dedicated to the aspects of an effective response: Protection, "
    "Provision of Services, Prosecution, Prevention and Partnerships. The UNODC Model Law Against Trafficking in Persons "
    "recommends that task forces should be charged with the following activities:"
)
VVR_COMMITTEE = (
    "The Dutch CEDAW-Network and Vereniging voor Vrouw en Recht Clara Wichmann (VVR) request the Committee to consider "
    "the following when elaborating a General Recommendation on CEDAW Art.6:"
)


@in_both_modes(
    ("text", "context", "expected"),
    [
        # UN Women Virtual Knowledge Centre, legislation module, "Task forces and inter-agency cooperation" (quoting the
        # UNODC Model Law; probe 21, p21-vkc-1): should / member_states before
        (
            "Establishing national and local inter-agency anti-trafficking task forces to be comprised of government "
            "officials and non-governmental representatives, including service providers;",
            VKC_TASK_FORCES,
            ("should", "none"),
        ),
        # same list (p21-vkc-5): should / member_states before
        (
            "Develop, coordinate and monitor the implementation of a national referral mechanism to ensure the proper "
            "identification of, referral of, assistance to and protection of victims of trafficking in persons, "
            "including child victims",
            VKC_TASK_FORCES,
            ("should", "none"),
        ),
        # near miss: the speakers' own verb asks no one, the bare imperative stays the States' (A/RES/S-30/1, 2016,
        # operational recommendations on treatment, real_probe ungass-2016-treat-1)
        (
            "Also take effective and practical measures to prevent progression to severe drug use disorders through "
            "appropriately targeted early interventions for people at risk of such progression.",
            "We recommend the following measures:",
            ("should", "member_states"),
        ),
    ],
)
def test_item_of_a_party_outside_the_vocabulary(mode: str, text: str, context: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected, context)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dutch CEDAW-Network and VVR, draft position paper for CEDAW's general discussion on trafficking in the context
        # of global migration, executive summary, item 1 (probe 21, p21-vvr-1): should / member_states before
        ("Provide interpretive guidance on the Palermo Protocol Art. 3 definition of trafficking.", ("should_consider", "none")),
        # same list, item 2 (p21-vvr-2): the item's own reading was none, so it already took the lead-in's request
        ("Acknowledge the agency of survivors and include them in policy development.", ("should_consider", "none")),
    ],
)
def test_request_to_consider_of_a_committee_parsed(text: str, expected: tuple[str, str]) -> None:
    """Parsed only: rule-only mode reads no request in this lead-in (a speaker outside the body names; left)."""
    assert_row_request("parsed", text, expected, VVR_COMMITTEE)


@in_both_modes(
    ("text", "context", "expected"),
    [
        # ASEAN Multi-Sectoral Work Plan against Trafficking in Persons ("Bohol TIP Work Plan") 2017-2020, section A,
        # as stored by fdocuments (probe 21, p21-bohol-1): none / none before
        (
            "a. Increase awareness campaigns to educate all levels of society on trafficking in persons and its linkage "
            "to violation of human rights, targeting those most at risk with effective involvement of mass media",
            "A. PREVENTION OF TIP",
            ("should", "member_states"),
        ),
        # US Department of Justice idea page, "Enhance efforts to combat human trafficking" (AAPI IdeaScale, idea 206;
        # probe 21, p21-doj-2): none / none before
        (
            "Further enhance capacity to proactively identify human trafficking victims.",
            "Department of Justice. Enhance efforts to combat human trafficking",
            ("should", "member_states"),
        ),
        # near miss: a title line that requests keeps completing its items (WHA20.42, 1967, operative paragraph 2 (i),
        # gold real-l-056)
        (
            "to restrict the use of these substances to scientific and special medical purposes;",
            "URGES Member States",
            ("should", "member_states"),
        ),
        # near miss: a clause closed by ":" that requests nothing still leaves its items none (OSCE/ODIHR Legislationline,
        # "national frameworks"; probe 21, p21-lol-1)
        (
            "- coordinate anti-trafficking work on the national level,",
            "The main aims of an institutional framework are to:",
            ("none", "none"),
        ),
    ],
)
def test_title_line_over_items(mode: str, text: str, context: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected, context)
