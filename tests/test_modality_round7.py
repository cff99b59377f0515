"""Modality and addressee on the round-7 real sources (issue 13 point 3): ILO Committee of Experts comments and
GRETA reports, quoted as ``data/gold/REAL_SOURCES_G.md`` and ``_H.md`` list them (the source of each beside it).
The Committee of Experts' "requests the Government to" is a request; its "trusts / hopes that the Government will"
an expectation (data/gold/README.md, the records' notes)."""

from __future__ import annotations

import pytest

from tests.modality_support import assert_row_request

BOTH = ["parsed", "rules"]
PARSED = ["parsed"]


CASES = [
    # CEACR, Convention No. 29 (real-g-089): an expectation
    (
        BOTH,
        "The Committee hopes that the adoption of the Act on Combating Trafficking in Persons will allow for this scourge "
        "to be more effectively combated and that the Government will take all the necessary measures to implement all "
        "aspects of the Act.",
        "none",
        "none",
    ),
    # CEACR, Convention No. 29 (real-g-093)
    (
        BOTH,
        "The Committee trusts that the necessary measures will soon be taken to bring the law into conformity with the "
        "Convention on that point and that the Government will communicate a copy of the provisions repealing or "
        "amending Act No. 73-4 of 1973.",
        "none",
        "none",
    ),
    # CEACR, Convention No. 29 (real-g-002): the request after the expectation
    (
        PARSED,
        "The Committee notes these indications and trusts that the necessary measures will soon be taken by the "
        "Government in order to bring the national legislation into compliance with the Convention on this point. It "
        "requests the Government to provide, in its next report, information on the progress made in this regard.",
        "should",
        "member_states",
    ),
    # CEACR, Convention No. 97 (real-g-050): a request joined to the Committee's statement (its "it" is the
    # Government named in the statement, which the addressee does not follow yet: checked for the modality only)
    (
        PARSED,
        "The Committee draws the Government’s attention to Article 6 of the Convention in particular and requests it to "
        "provide information on the practical implementation of its policy of equality of treatment between national "
        "workers and migrant workers on the subjects enumerated in Article 6(a)–(d).",
        "should",
        None,
    ),
    # ILO Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143), article 10 (real-g-078): the treaty's
    # own undertaking binds (the addressee, "Each Member" before the verb, is not read yet: modality only)
    (
        BOTH,
        "Each Member for which the Convention is in force undertakes to declare and pursue a national policy designed "
        "to promote and to guarantee, by methods appropriate to national conditions and practice, equality of "
        "opportunity and treatment in respect of employment and occupation.",
        "mandatory",
        None,
    ),
    # GRETA press release (real-h-055): the State reviewed as "the authorities"
    (
        BOTH,
        "The authorities should improve the identification of child victims and ensure that all children are "
        "registered at birth.",
        "should",
        "member_states",
    ),
]


@pytest.mark.parametrize(
    ("mode", "text", "modality", "addressee"),
    [(mode, text, modality, addressee) for modes, text, modality, addressee in CASES for mode in modes],
)
def test_committee_of_experts_and_greta_phrasings(mode, text, modality, addressee):
    assert_row_request(mode, text, (modality, addressee))
