"""Actors, round 35: a Hague Convention's Central Authority is the party that designated it.

The Hague Intercountry Adoption Convention has each Contracting State act through its Central Authority ("Central
Authorities shall take ... all appropriate measures", "the Central Authority of the State of origin"): a State's organ
is the State, and a treaty's party is ``states_parties`` (TAXONOMY section 5). Only the capitalized form counts
(``exact`` in actors.yaml): practitioners "from central authorities" and an OAS meeting's name ("A meeting of Central
Authorities and Other Experts") name no party. The "prospective adoptive parents" a child is to be placed with are not
yet its family (gold real-r-105, -106: no ``family_members``). "bank secrecy" is a legal regime, not the banks (two
conventions of parts R and S: no ``financial_institutions``).
"""

from __future__ import annotations

from tests.modality_support import assert_row_actors, assert_row_request, both_modes, in_both_modes

# Hague Convention on Intercountry Adoption, article 8, as scheduled to the Adoption (Intercountry Aspects) Act 1999
# (legislation.gov.uk; real-r-047, gold states_parties, addressee states_parties): member_states before, from
# "public authorities"
CENTRAL_AUTHORITIES = (
    "Central Authorities shall take, directly or through public authorities, all appropriate measures to prevent "
    "improper financial or other gain in connection with an adoption and to deter all practices contrary to the "
    "objects of the Convention."
)

# the same Convention, article 21(1), as scheduled to the Adoption (Intercountry Aspects) Bill (House of Commons Bill
# 18, 1998-99; real-r-105, gold children and states_parties): family_members from the parents before, and no party
PLACEMENT_ITEM = (
    "(b) in consultation with the Central Authority of the State of origin, to arrange without delay a new placement "
    "of the child with a view to adoption or, if this is not appropriate, to arrange alternative long-term care; an "
    "adoption shall not take place until the Central Authority of the State of origin has been duly informed "
    "concerning the new prospective adoptive parents;"
)


@in_both_modes(
    ("text", "present", "absent"),
    [
        (CENTRAL_AUTHORITIES, {"states_parties"}, {"member_states"}),
        (PLACEMENT_ITEM, {"states_parties", "children"}, {"family_members"}),
        # near miss: lower-case central authorities as the place practitioners come from (UNDCP, Report of the
        # Informal Expert Working Group on Mutual Legal Assistance Casework Best Practice, 2001; probe 15,
        # p15l-undcp-ewg-3)
        (
            'UNDCP\'s Legal Advisory Programme organized an informal expert working group ("EWG") of mutual legal '
            "assistance practitioners from central authorities designated under article 7 of the United Nations "
            "Convention Against Illicit Traffic in Narcotic Drugs and Psychotropic Substances, 1988 "
            '("the 1988 Convention").',
            set(),
            {"states_parties", "member_states"},
        ),
        # near miss: a meeting's name (OAS, REMJA Working Group of Experts on Mutual Legal Assistance in Criminal
        # Matters and Extradition, Port-of-Spain 2006, item 1; probe 9, p9-remjawg-3)
        (
            "A meeting of Central Authorities and Other Experts should be held at least once between the REMJAs, with "
            "the support and coordination of the Working Group, to analyze challenges faced by member states "
            "regarding MLA.",
            {"member_states"},
            {"states_parties"},
        ),
    ],
)
def test_central_authority_mentions(mode: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_row_actors(mode, text, present, absent)


@both_modes
def test_central_authorities_are_the_ones_bound(mode: str) -> None:
    """The organ as the subject of "shall" is the one bound (real-r-047: member_states before, from the public
    authorities it may act through)."""
    assert_row_request(mode, CENTRAL_AUTHORITIES, ("mandatory", "states_parties"))


@in_both_modes(
    ("text", "present", "absent"),
    [
        # Council of Europe, Criminal Law Convention on Corruption (ETS No. 173), article 26(3) (real-r-068, gold
        # judges, prosecutors, states_parties): financial_institutions before
        (
            "3. Parties shall not invoke bank secrecy as a ground to refuse any co-operation under this chapter. Where "
            "its domestic law so requires, a Party may require that a request for co-operation which would involve the "
            "lifting of bank secrecy be authorised by either a judge or another judicial authority, including public "
            "prosecutors, any of these authorities acting in relation to criminal offences.",
            {"states_parties", "judges", "prosecutors"},
            {"financial_institutions"},
        ),
        # United Nations Convention against Corruption, article 40 (real-s-007, gold states_parties):
        # financial_institutions before
        (
            "Each State Party shall ensure that, in the case of domestic criminal investigations of offences established "
            "in accordance with this Convention, there are appropriate mechanisms available within its domestic legal "
            "system to overcome obstacles that may arise out of the application of bank secrecy laws.",
            {"states_parties"},
            {"financial_institutions"},
        ),
        # near miss: the banks themselves (Los Angeles Declaration on Migration and Protection, 2022; real-o-137, gold
        # financial_institutions and member_states)
        (
            "Convene multilateral development banks, international financial institutions, and traditional and "
            "non-traditional donors to review financial support instruments for countries hosting migrant populations "
            "and facing other migration challenges, without prejudice to existing financing priorities and programs.",
            {"financial_institutions"},
            set(),
        ),
    ],
)
def test_bank_secrecy_names_no_bank(mode: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_row_actors(mode, text, present, absent)
