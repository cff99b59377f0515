"""Modality and addressee, round 37: a conditional inversion, and the State a treaty names by its role.

A sentence opened by "Should" and its subject ("Should the offender become liable ..., the necessary information
shall be supplied ...") is a condition, not a request: its main clause decides (TAXONOMY section 1: modal clauses are
main clauses only). The State a treaty's own article names by its role in a request or a transfer ("the requesting
State", "the requested State", "the sentencing State"; capitalized in bilateral treaties) is a party of that treaty,
`states_parties`, as every treaty form of "Party" is (data/gold/README.md, round 37); "in the requested State" is a
place, and the plural of resolutions ("requesting and requested States") stays `member_states`.
"""

from __future__ import annotations

from tests.modality_support import assert_row_actors, assert_row_request, in_both_modes

# European Convention on the Supervision of Conditionally Sentenced or Conditionally Released Offenders (ETS No. 51),
# article 15 (real-s-130: mandatory / none; should and member_states before, both modes)
ETS51_ART15 = (
    "Should the offender become liable to revocation of the conditional suspension of his sentence referred to in "
    "Article 2 either because he has been prosecuted or sentenced for a new offence, or because he has failed to "
    "observe the prescribed conditions, the necessary information shall be supplied to the requesting State "
    "automatically and without delay by the requested State."
)


@in_both_modes(
    ("text", "expected"),
    [
        (ETS51_ART15, ("mandatory", "none")),
        # near miss: the main clause's subject named, its "shall" read first on the base too; Law Insider, clause
        # "Amicable Agreement" of an Internal Relations Protocol (probe 27, p27-li-1; a contract's "Parties" are outside
        # the actor list, so only the modality is checked)
        (
            "Amicable Agreement. Should there be any disagreement, dissension, complaint or dispute (a “Dispute”) between "
            "the Parties regarding the validity of, compliance with, performance or termination of the Protocol, the "
            "Parties shall, before resorting to the courts and tribunals, attempt to resolve it amicably in accordance "
            "with the following procedure:",
            ("mandatory", None),
        ),
        # near miss: "should" after its subject keeps its value, its sentence's second "should" too; Special Rapporteur
        # on the human rights of migrants, A/HRC/11/7 (real-d-065: should / member_states on the base and the branch)
        (
            "States should bear in mind that children should be kept separate from adults, or when housed with "
            "families, they should have accommodation distinct from other adults.",
            ("should", "member_states"),
        ),
    ],
)
def test_inverted_should_is_a_condition(mode: str, text: str, expected: tuple[str, str | None]) -> None:
    assert_row_request(mode, text, expected)


@in_both_modes(
    ("text", "expected"),
    [
        # ETS No. 51, article 14 (real-s-128): member_states before, both modes
        (
            "The requesting and requested State shall keep each other informed in so far as it is necessary of all "
            "circumstances likely to affect measures of supervision or enforcement in the territory of the requested "
            "State.",
            ("mandatory", "states_parties"),
        ),
        # Convention on the Transfer of Sentenced Persons (ETS No. 112), article 7(1) (real-s-107): none before, both
        # modes
        (
            "1. The sentencing State shall ensure that the person required to give consent to the transfer in accordance "
            "with Article 3 (1)(d) does so voluntarily and with full knowledge of the legal consequences thereof. The "
            "procedure for giving such consent shall be governed by the law of the sentencing State.",
            ("mandatory", "states_parties"),
        ),
        # Thailand's extradition treaty, article 4 (probe 27, p27-th-1): none before, both modes
        (
            "The Requested State may refuse to extradite a person claimed for a crime which is regarded by its laws as "
            "having been committed in whole or in part in its territory or in a place treated as its territory, provided "
            "it shall proceed against the person for that crime according to its laws.",
            ("may", "states_parties"),
        ),
    ],
)
def test_a_treatys_role_state_is_a_party(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected)


@in_both_modes(
    ("text", "present", "absent"),
    [
        # ETS No. 51, article 15 (real-s-130): the recipient and the agent are the treaty's parties (member_states before)
        (ETS51_ART15, {"states_parties", "perpetrators"}, {"member_states"}),
        # ETS No. 51, article 20 (real-s-132: no actor): a place, not a mention (member_states before, both modes)
        (
            "Supervision and enforcement costs incurred in the requested State shall not be refunded.",
            set(),
            {
                "member_states",
                "states_parties",
            },
        ),
        # near miss: the plural of a resolution's summary names the States in general; CoSP Working Group on Asset
        # Recovery (probe 9, p9-cosp2019-2): member_states on the base and the branch
        (
            "In the same resolution, the Conference tasked the Working Group with, inter alia, assisting the Conference "
            "in developing cumulative knowledge in the area of asset recovery, facilitating the exchange of information, "
            "good practices and ideas among States, and building confidence and encouraging cooperation between "
            "requesting and requested States.",
            {"member_states"},
            {"states_parties"},
        ),
    ],
)
def test_role_state_mentions(mode: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_row_actors(mode, text, present, absent)
