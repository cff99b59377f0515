"""Modality and addressee, round 48: bare imperatives of national reports' recommendation lists.

A national or NGO report lists its recommendations as bare imperatives, under a heading the stored text does not keep
("PRIORITIZED RECOMMENDATIONS" of the US Trafficking in Persons Report) or under a lead-in that names no one ("The
recommendations are:"): "Exempt all victims from ..." and "Suspend clauses 22-25 of ..." were read as requesting
nothing, because their opening verb was not among ``implied_request.verbs``. A bare imperative is a recommendation to
the Government it is written for (data/gold/README.md): should / member_states. Near misses: an item under the same
lead-in whose verb was known already, and a text opening with a noun of the same family ("Returns should be carried
out ...") keep their readings.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes

# UK modern slavery support providers' manifesto, as listed by Hestia
# (https://www.hestia.org/news/modern-slavery-charities-launch-manifesto-for-next-government)
MANIFESTO = "The recommendations are:"


@in_both_modes(
    ("text", "context", "expected"),
    [
        # real-x-031: 2019 Trafficking in Persons Report, Moldova, prioritized recommendation 3
        # (https://www.ecoi.net/de/dokument/2010864.html); none / none before in both modes
        (
            "Exempt all victims from the requirement of in-person confrontations with their accused traffickers before "
            "an investigation can begin.",
            None,
            ("should", "member_states"),
        ),
        # p40-hestia-2: none / none before in both modes
        ("Suspend clauses 22-25 of the Illegal Migration Act 2023.", MANIFESTO, ("should", "member_states")),
        # near miss, p40-hestia-3: should / member_states before and after, both modes
        (
            "Prioritise decisions on the people in the National Referral Mechanism who have waited the longest.",
            MANIFESTO,
            ("should", "member_states"),
        ),
        # near miss, real-d-080: Special Rapporteur on the human rights of migrants, A/HRC/35/25, recommendation 3.9
        # (https://adattar.minorityforum.info/en/entity/2b41hnjgr3p/metadata?file=15741757448719ueiez9rzi6.pdf&page=15):
        # a passive with its own modal, should / none before and after, both modes
        (
            "Returns should be carried out in full respect of international human rights law, in conditions of safety "
            "and dignity and with due procedural guarantees",
            None,
            ("should", "none"),
        ),
    ],
)
def test_bare_imperative_item(mode: str, text: str, context: str | None, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, context=context, expected=expected)
