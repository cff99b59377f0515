"""Modality and addressee, round 35: treaty articles of gold parts R and S (a State's organ, a State's right).

A State's organ named of a State party is that party's: "the competent authorities of a State Party may transmit"
asks the State Party (`states_parties`), not the organ's own `member_states` ("competent authorities" alone). A State
party's right under "shall" ("shall have the right to refuse", "shall remain free to prescribe") is a permission
(`may`, TAXONOMY section 1), as the gold reads every such article; a person's right under "shall" ("the persons ...
shall be entitled to the measures") stays the State's duty. A treaty's parties named with their treaty ("The States
Parties to this Convention undertake:") undertake as "The States Parties undertake" does, and an item whose printed
marker touches its first word ("(b)to prohibit ...") completes its lead-in as "(b) to prohibit ..." does.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes


@in_both_modes(
    ("text", "expected"),
    [
        # Second Additional Protocol to the European Convention on Mutual Assistance in Criminal Matters (ETS No. 182),
        # article 20(1) (real-r-023): member_states before, both modes
        (
            "By mutual agreement, the competent authorities of two or more Parties may set up a joint investigation team "
            "for a specific purpose and a limited period, which may be extended by mutual consent, to carry out criminal "
            "investigations in one or more of the Parties setting up the team. The composition of the team shall be set "
            "out in the agreement.",
            ("may", "states_parties"),
        ),
        # United Nations Convention against Corruption, article 46(4) (real-s-012): member_states before, both modes
        (
            "4. Without prejudice to domestic law, the competent authorities of a State Party may, without prior request, "
            "transmit information relating to criminal matters to a competent authority in another State Party where they "
            "believe that such information could assist the authority in undertaking or successfully concluding inquiries "
            "and criminal proceedings or could result in a request formulated by the latter State Party pursuant to this "
            "Convention.",
            ("may", "states_parties"),
        ),
        # near miss: the organ of another State Party as an object leaves the subject alone; UNTOC article 26(5)
        # (real-b-untoc-2000-art26-5: may / states_parties in the gold, both modes before and after)
        (
            "5. Where a person referred to in paragraph 1 of this article located in one State Party can provide "
            "substantial cooperation to the competent authorities of another State Party, the States Parties concerned "
            "may consider entering into agreements or arrangements, in accordance with their domestic law, concerning "
            "the potential provision by the other State Party of the treatment set forth in paragraphs 2 and 3 of this "
            "article.",
            ("may", "states_parties"),
        ),
    ],
)
def test_state_organ_of_a_party_is_the_party(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected)


@in_both_modes(
    ("text", "expected"),
    [
        # European Convention on Extradition (ETS No. 24), article 6(1)(a) (real-s-083): mandatory before, both modes
        ("(a) A Contracting Party shall have the right to refuse extradition of its nationals.", ("may", "states_parties")),
        # European Convention on the Control of the Acquisition and Possession of Firearms by Individuals (ETS No. 101),
        # article 3 (real-s-090): mandatory before, both modes
        (
            "Each Contracting Party shall remain free to prescribe laws and regulations concerning firearms provided that "
            "such laws and regulations are not incompatible with the provisions of this Convention.",
            ("may", "states_parties"),
        ),
        # near miss: a person's entitlement binds the State; CETS No. 197, article 13(2) (real-d-089: mandatory / none)
        (
            "During this period, the persons referred to in paragraph 1 of this Article shall be entitled to the measures "
            "contained in Article 12, paragraphs 1 and 2.",
            ("mandatory", "none"),
        ),
    ],
)
def test_a_partys_right_is_a_permission(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected)


@in_both_modes(
    ("text", "context", "expected"),
    [
        # UNESCO Convention on the Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of
        # Ownership of Cultural Property (1970), article 6(b) (real-s-097): none / none before, both modes
        (
            "(b)to prohibit the exportation of cultural property from their territory unless accompanied by the "
            "above-mentioned export certificate;",
            "The States Parties to this Convention undertake:",
            ("mandatory", "states_parties"),
        ),
        # Inter-American Convention on International Traffic in Minors (B-57, 1994), article 1(2)(a) (real-n-085): none
        # / none before, both modes
        (
            "ensure the protection of minors in consideration of their best interests;",
            "Accordingly, the States Parties to this Convention undertake to:",
            ("mandatory", "states_parties"),
        ),
        # near miss: the parties named with their treaty under "shall undertake"; African Charter on the Rights and
        # Welfare of the Child, article 27(1)(b) (real-r-117: right before and after)
        (
            "(b) the use of children in prostitution or other sexual practices;",
            "1. States Parties to the present Charter shall undertake to protect the child from all forms of sexual "
            "exploitation and sexual abuse and shall in particular take measures to prevent:",
            ("mandatory", "states_parties"),
        ),
    ],
)
def test_parties_named_with_their_treaty_undertake(mode: str, text: str, context: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected, context)
