"""Modality and addressee, round 50: declarations, communiqués and speakers' "we" statements (probe 46).

A declaration's speakers bind themselves with their own phrase after "we" (`self_commitments`): probe 46 found the
phrase after the speakers' names set off by commas ("We, the Leaders of the G7, reaffirm our commitment to ...", "We,
parliamentarians from around the world, gathered in Rabat, ..., commit ourselves to ...": 2 documents), which the rule
did not reach, and statements opening with "we" and a present-tense verb ("We support ...", "We take the steps ...":
with probes 31 and 35, 4 documents), which `implied_request` read as bare imperatives because it skipped "we" as an
opening adverb. Near misses: "We seek to promote ..." (gold real-o-129) keeps its should_consider through
`self_commitments`, a declaration's preamble "We, Heads of State ..., Assembled at ..." meets no phrase after its
commas, and "We will ..." keeps its undertaking.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes

SPEAKERS = ("mandatory", "member_states")
STATEMENT = ("none", "none")


@in_both_modes(
    ("text", "expected"),
    [
        # p46-g7kan-1, G7 Leaders' Statement on Countering Migrant Smuggling (Kananaskis, 17 June 2025),
        # https://www.g7.utoronto.ca/summit/2025kananaskis/250617-migrant-smuggling.html: none / none before
        (
            "We, the Leaders of the G7, reaffirm our commitment to prevent and counter migrant smuggling through the G7 "
            "Coalition to Prevent and Counter the Smuggling of Migrants and the 2024 G7 Action Plan to Prevent and Counter "
            "the Smuggling of Migrants.",
            SPEAKERS,
        ),
        # p46-puic-1, parliamentarians' declaration on the Global Compact for Migration (Rabat, 2018),
        # https://en.puic.org/news/9814: none / none before; the phrase follows three commas
        (
            "1. We, parliamentarians from around the world, gathered in Rabat, at the invitation of the Parliament of the "
            "Kingdom of Morocco, commit ourselves to using our power fully to help implement the Global Compact on Safe, "
            "Orderly and Regular Migration, which will be formally adopted in Marrakech on 10 and 11 December this year.",
            SPEAKERS,
        ),
        # near miss, p46-kyoto-1, Kyoto Declaration (Fourteenth UN Crime Congress, 2021),
        # https://blcci.org/kyoto-protocol-soft-law-4936: a preamble's commas meet no phrase of the speakers
        (
            "We, Heads of State and Government, Ministers and Representatives of Member States, Assembled at the "
            "Fourteenth United Nations Congress on Crime Prevention and Criminal Justice in Kyoto, Japan, from 7 to 12 "
            "March 2021, half a century after the Fourth Congress, held in Kyoto in 1970, at which the international "
            "community vowed to coordinate and intensify crime prevention efforts within the context of social and "
            "economic development,",
            STATEMENT,
        ),
        # near miss, p46-g7kan-5 (same statement): "We will" right after "we" stays the speakers' undertaking
        (
            "We will continue to leverage synergies with other global and regional initiatives aimed at fostering "
            "international cooperation.",
            SPEAKERS,
        ),
    ],
)
def test_speakers_named_between_commas(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected=expected)


@in_both_modes(
    ("text", "expected"),
    [
        # p46-g7kan-6 (G7 Kananaskis statement, 2025): should / member_states before
        (
            "We support the continuation of policies for legal migration that members assess to be in their respective "
            "national interests.",
            STATEMENT,
        ),
        # p46-wong-3, -4, Australian Foreign Minister Penny Wong, modern slavery conference, Melbourne,
        # https://www.foreignminister.gov.au/minister/penny-wong/speech/modern-slavery-conference-melbourne:
        # should / member_states before
        ("We take the steps that can make a difference.", STATEMENT),
        ("We seek out the partners who can help us get traction.", STATEMENT),
        # p35-iomgpa-2, IOM Office to the UN, High-level Meeting on the Global Plan of Action (2017), https://unofficeny.
        # iom.int/high-level-meeting-appraisal-united-nations-global-plan-action-combat-trafficking-persons: should /
        # member_states before
        (
            "We fully support the Global Plan of Action and commend the Member States for adopting the Political Declaration.",
            STATEMENT,
        ),
        # p31-ngoall-3, NGO Alliance at the 8th UNTOC COP (2016), https://uncaccoalition.org/statement-of-ngo-alliance-
        # at-the-8th-untoc-conference-of-parties/: should / member_states before
        ("We strongly support the Italian and French draft resolution L5 on a Review Mechanism.", STATEMENT),
        # near miss, gold real-o-129 (Los Angeles Declaration): "we seek to" is the speakers' should_consider
        (
            "We seek to promote border security and management processes that respect human rights and encourage and "
            "facilitate lawful, safe, and secure travel within the region.",
            ("should_consider", "member_states"),
        ),
    ],
)
def test_we_statement_is_no_bare_imperative(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected=expected)
