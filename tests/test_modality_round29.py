"""Modality and addressee, round 29: probe 20 (families not read before) and the real_dev kinds it met again.

A negated "preclude ... from" grants a permission whatever modal carries it ("are not precluded from adopting",
real-n-146; "Nothing in this section shall preclude ... from providing", New York law): both modes read none or
mandatory before. A lower-case "the government" as the subject is the State, as "the Government" is. An actor after
"for" inside a resolution verb's object is who benefits, not who is asked ("recommends ... A standard training program
for State and local police"). Parsed mode consults the token rules when it found no clause but a modal follows the
speakers' "we" or a State noun ("we must make ... progress", real-m-229's "And we must.", real-n-171 where "GRETA" is
parsed as a verb); not inside a relative or conditional clause ("a phenomenon that we must fight").
"""

from __future__ import annotations

import pytest

from tests.modality_support import assert_request, in_both_modes

NY_483BB = (
    "Nothing in this section shall preclude the office of temporary and disability assistance, or any local social "
    "services district, from providing human trafficking victims who are United States citizens or human trafficking "
    "victims who meet the criteria pursuant to section one hundred twenty-two of this chapter with any benefits or "
    "services for which they otherwise may be eligible."
)


@in_both_modes(
    ("text", "expected"),
    [
        # EMN Ireland on Directive 2004/81/EC (real-n-146, gold may / member_states): none before, both modes
        ("Member States are not precluded from adopting more favourable standards.", ("may", "member_states")),
        # New York Social Services Law section 483-bb (probe 20, p20-nyb-2): mandatory before (its "shall"), both modes
        (NY_483BB, ("may", "none")),
        # near miss: the same provision without its negation binds ("shall preclude ... from")
        (NY_483BB.replace("Nothing in this section shall preclude", "This section shall preclude"), ("mandatory", "none")),
    ],
)
def test_negated_preclude_permits(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_request(mode, text, expected)


@in_both_modes(
    ("text", "expected"),
    [
        # At-Mateen (Kinnaird Law School), steps the government can take against human trafficking (probe 20, p20-atm-1):
        # should / none before, both modes
        (
            "The government should introduce some constructive measures and laws so that efforts can be made to educate "
            "our youth about human trafficking, specifically in women and children.",
            ("should", "member_states"),
        ),
        # Conventus Law on the House of Lords Modern Slavery Act 2015 Committee report (probe 15, p15-conv-1): addressee
        # none before, both modes
        (
            "The report suggests that the UK has fallen behind the rest of the world in the measures it takes to tackle "
            "modern slavery and recommends that the government should make various changes to improve the impact and "
            "effectiveness of the Modern Slavery Act.",
            ("should", "member_states"),
        ),
        # near miss: "the government needs" a thing, no modal (real-h-053, gold none / none)
        (
            "Furthermore, the government needs a comprehensive and coherent statistical system on human trafficking by "
            "compiling reliable statistical data from all main actors, including specialised NGOs, on measures to protect "
            "and promote victims’ rights.",
            ("none", "none"),
        ),
    ],
)
def test_lower_case_government_subject(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_request(mode, text, expected)


@in_both_modes(
    ("text", "expected"),
    [
        # NCJRS abstract of the Assessment of U.S. Government Activities to Combat Trafficking in Persons, 2004 (probe 20,
        # p20-ojp-1): law_enforcement before, both modes
        (
            "This 2004 assessment recommends the following: A standard training program for State and local police that "
            "focuses on trafficking in persons; a continued increase in State and local involvement in identifying "
            "victims; continued attention to public awareness of the problem and the allocation of resources for victims; "
            "increased empha",
            ("should", "none"),
        ),
        # US Advisory Council on Human Trafficking, 2016 report as reported by Sputnik (probe 19, p19-usac-1): investigators
        # before, both modes
        (
            "“We recommend comprehensive training on all forms of human trafficking be provided for investigators, agents, "
            "victim specialists, forensic interviewers, and all federal training facilitators,” the report stated.",
            ("should", "none"),
        ),
        # near miss: after "for", States with their own "to" are asked (Lanzarote Committee, real-n-132)
        (
            "The Lanzarote Committee calls for States to ensure that child victims of sexual abuse facilitated by emerging "
            "technologies can access victim support services, and to strengthen the accountability for those that "
            "benefit from the misuse of these technologies.",
            ("should", "member_states"),
        ),
    ],
)
def test_actor_after_for_benefits(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_request(mode, text, expected)


@in_both_modes(
    ("text", "expected"),
    [
        # Lord Ahmad at the General Assembly's high-level meeting on the Global Plan of Action, 2021 (probe 20, p20-uk-1):
        # parsed none before
        (
            "More critically than ever we must make immediate and lasting progress towards Sustainable Development Goal "
            "8.7 to eradicate this scourge by 2030.",
            ("mandatory", "none"),
        ),
        # the Secretary-General on International Anti-Corruption Day (real-m-229, gold mandatory / none): parsed none before
        (
            "On International Anti-Corruption Day, and every day, we can all act to stop corruption. And we must. "
            "Because our communities are losing out on trillions of dollars and countless opportunities.",
            ("mandatory", "none"),
        ),
        # GRETA on Ukraine, as reported (real-n-171, gold should / member_states): parsed none before ("GRETA" a verb)
        (
            "GRETA considers that the authorities should adopt a strategic policy document on action against trafficking "
            "or incorporate such measures in a more general strategic policy document.",
            ("should", "member_states"),
        ),
    ],
)
def test_parse_lost_modal_after_speaker_or_state(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_request(mode, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # near misses, parsed mode: the speakers' "we must" inside a relative or conditional clause states (probe 10,
        # p10-eu-3c2008-1; probe 14, p14-grandi2024-4; real-m-110, gold none / none)
        "Organized transnational crime is a global phenomenon that we must fight at national, regional and international levels.",
        "“If we are serious about solving the Syrian refugee problem — and we must be — the only way forward is to overcome "
        "political constraints and work on both tracks, with all stakeholders,” he said.",
        "The International Day for the Abolition of Slavery is a day on which we must acknowledge that despite centuries "
        "of struggle, slavery has not been completely eradicated from our world.",
    ],
)
def test_we_inside_a_clause_states(text: str) -> None:
    assert_request("parsed", text, ("none", "none"))
