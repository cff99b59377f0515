"""Modality and addressee, round 40: States named by their migration role.

Without a parse, "Countries of origin should do more ..." and "the countries of destination should grant ..." ask the
States (`should` / `member_states`), as the parsed mode reads the head "countries" and as the gold reads "Destination
countries should invest ..." (real-c-063); rule-only mode took the word before the modal ("origin") as the subject and
asked no one. A State noun inside a phrase that is no subject ("legal representatives of the country of origin should be
foreseen", real-d-150) stays a place. The parsed mode read "Countries of origin should" right before this round (the
case pins it); probe 17's long paragraph is read right after this round in both modes.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes


@in_both_modes(
    ("text", "expected"),
    [
        # Mekong Migration Network, 'Roles of Countries of Origin' (http://mekongmigration.org/?page_id=464, probe 31,
        # p31-mmnroles-2): rule-only should / none before (parsed right before)
        (
            "Countries of origin should do more to improve their systems to better protect migrant workers throughout "
            "the migration cycle.",
            ("should", "member_states"),
        ),
        # European Parliament resolution on trafficking in human beings, paragraph 21 (http://www.wordscope.be/francais/
        # anglais/permis+de+séjour+reste+valable+pendant.html, probe 17, p17-epws-1): should / none before in both
        # modes (after this round the parsed mode reads it so too)
        (
            "21. Believes that the countries of destination should grant temporary residence permits to victims of "
            "trafficking in human beings, regardless of whether or not they wish to testify subsequently in court that "
            "they have been victims of trafficking; furthermore, calls on the Member States to grant, in the framework "
            "of readmission agreements, a special permanent residence permit on humanitarian grounds to women victims of "
            "trafficking; suggests that NGOs with established credentials in assisting women victims of trafficking be "
            "authorised to give their opinions as to whether or not residence permits should be issued;",
            ("should", "member_states"),
        ),
        # near miss: the State named as a place inside the subject; Guidelines for the Alternative Care of Children
        # (A/RES/64/142 annex, paragraph 150, https://adattar.minorityforum.info/entity/8207otzce3n?file=
        # 1586432532947h5o2cuw0bnt.pdf&page=21, real-d-150): should / none before and after, both modes
        (
            "The effective involvement of consular services or, failing that, legal representatives of the country of "
            "origin should be foreseen, when this is in the best interests of the child and would not endanger the child "
            "or his/her family.",
            ("should", "none"),
        ),
    ],
)
def test_states_named_by_their_migration_role(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected)
