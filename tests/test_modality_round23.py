"""Modality and addressee, round 23: real text of probe 15 (``data/probe/probe15_modality.jsonl``).

A Canadian committee writes each recommendation as a bare that-clause with its verb in the subjunctive ("That the
Government of Canada amend ..."): the actor named first is asked, as "recommends that the Government of Canada amend"
would ask it. A State's government named with its adjective or short name ("the UK government", "the Mexican
government") is the State's, the addressee of a call or a duty.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes


@in_both_modes(
    ("text", "context", "expected"),
    [
        # House of Commons of Canada, Standing Committee on the Status of Women, report 10 (44th Parliament), List of
        # Recommendations, Recommendation 1 (p15-fewo-1)
        (
            "That the Government of Canada amend anti-trafficking laws, policies and programs to differentiate between "
            "consensual sex work, sex trafficking and sexual exploitation of minors.",
            None,
            ("should", "member_states"),
        ),
        # the same list, Recommendation 4 (p15-fewo-4)
        (
            "That the Government of Canada support Statistics Canada to establish a national human trafficking database "
            "to allow jurisdictions across the country to access standardized information on perpetrators of human "
            "trafficking in Canada.",
            None,
            ("should", "member_states"),
        ),
        # the same committee's motion (meeting 75, 2023, OpenParliament), its operative clause under its lead-in
        # (p15-fewo75-1)
        (
            "that the Government of Canada adopt a zero-tolerance approach to human trafficking in all its forms in "
            "Canada and globally.",
            "That it be reported to the House that the Standing Committee on the Status of Women recommends that, given:",
            ("should", "member_states"),
        ),
        # near miss: a that-clause with its own modal keeps it, and names no one (House of Lords Select Committee on
        # the Modern Slavery Act 2015, 2024, conclusion 3; p15-hl-6)
        ("That data should be kept up to date, and it should be published.", None, ("should", "none")),
        # near miss: "That" as a determiner, no actor after it: the past task is read as round 22 reads it, the subjunctive
        # rule adds nothing (OSCE Ministerial Council, Maastricht decision on elections (2003), as quoted by the U.S.
        # Helsinki Commission, 2004; probe 7, p7-osce-mc-maastricht-1; rule-only keeps its addressee reading)
        (
            'That decision tasked the ODIHR "to consider ways to improve the effectiveness of its assistance to '
            "participating States in following up recommendations made in ODIHR election-observation reports and "
            'inform the Permanent Council on progress made in fulfilling th[e] task."',
            None,
            ("should", None),
        ),
    ],
    ids=["fewo-amend", "fewo-support", "fewo-motion", "that-data-should", "that-decision"],
)
def test_a_subjunctive_that_clause_asks_its_actor(
    mode: str, text: str, context: str | None, expected: tuple[str, str | None]
) -> None:
    assert_row_request(mode, text, expected, context)


@in_both_modes(
    ("text", "expected"),
    [
        # Amnesty International UK, press release welcoming the JCHR report on human trafficking (p15-aiuk-1)
        (
            "The organisation urged the UK government to follow the Committee’s recommendations and sign up a European "
            "Convention Against Trafficking and echoed the JCHR’s support for the treaty, which would ensure support and "
            "protection for the victims of trafficking.",
            ("should", "member_states"),
        ),
        # the same press release (p15-aiuk-4)
        (
            "The UK government must join the other 30 member states in Europe by setting binding minimum standards for "
            "the protection of victims.",
            ("mandatory", "member_states"),
        ),
        # Amnesty International New Zealand, International Migrants Day (2015) (p15-aimig-4)
        (
            "Amnesty International is also calling on the Mexican government to protect migrants from across Central "
            "America en route to the USA - one of the most dangerous routes in the world.",
            ("should", "member_states"),
        ),
        # near miss: "the government" in lower case with no name before it is not read as the State's (a hope, Times
        # letter of the former Independent Anti-Slavery Commissioner, 2022; p15-times-3)
        ("I hope that the government will publish the draft modern slavery bill", ("none", "none")),
    ],
    ids=["uk-government-urged", "uk-government-must", "mexican-government", "hope-the-government"],
)
def test_a_named_states_government_is_asked(mode: str, text: str, expected: tuple[str, str | None]) -> None:
    assert_row_request(mode, text, expected)
