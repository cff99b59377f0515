"""Theme cues on the treaty wording of conventions other than UNTOC (issue 13, round 17; vocabulary 1.16.0).

Each case is a phrasing class of several conventions, tested on wording of an instrument the gold does not hold
(the European Conventions on Mutual Assistance in Criminal Matters, 1959, and on Laundering, ETS No. 141, article
8; the Warsaw Convention, CETS No. 198),
so the cues are tested as classes, not as the strings of the gold records; the figures are in data/gold/README.md.
"""

from __future__ import annotations

import pytest

from tests.tag_support import rule_only_assembled, tag


def _themes(text: str) -> set[str]:
    return set(tag(rule_only_assembled(), text)._.themes)


@pytest.mark.parametrize(
    "text",
    [
        # Convention on Laundering, Search, Seizure and Confiscation of the Proceeds from Crime (ETS No. 141), article 8
        "The Parties shall afford each other the widest possible measure of assistance in the identification and "
        "tracing of instrumentalities, proceeds and other property liable to confiscation.",
        # Inter-American wording with "provide one another"
        "The States Parties shall provide one another the broadest possible measure of assistance in the tracing of "
        "property obtained from the commission of such offences.",
        # the Council of Europe's name for the requested State (1959 Convention, article 2)
        "Assistance may be refused if the requested Party considers that execution of the request is likely to "
        "prejudice the sovereignty, security, ordre public or other essential interests of its country.",
    ],
)
def test_states_assisting_one_another_in_criminal_matters_is_mutual_legal_assistance(text):
    assert "mutual_legal_assistance" in _themes(text)


def test_a_party_named_beside_a_request_is_not_a_helper_of_victims():
    # assistance between States is no assistance to victims: the longer cue holds the word
    assert "assistance_support" not in _themes(
        "The Parties shall afford one another the widest measure of mutual assistance in investigations."
    )


def test_treaty_legislative_and_other_measures_is_legislation_but_the_or_wording_is_not():
    # Warsaw Convention (CETS No. 198), article 9, paragraph 1
    assert "legislation_criminalization" in _themes(
        "Each Party shall adopt such legislative and other measures as may be necessary to establish as offences "
        "under its domestic law the conversion or transfer of property."
    )
    # the "or" wording asks for victims' protection by any means (0 of 6 tunable records hold legislation)
    assert "legislation_criminalization" not in _themes(
        "Each Party shall adopt such legislative or other measures as may be necessary to protect the rights and "
        "interests of victims."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Parties shall co-operate with each other to the widest extent possible for the purposes of investigations "
        "or proceedings concerning criminal offences related to computer data.",
        "Each Party shall ensure that its authorities have the power to investigate criminal offences established in "
        "accordance with this Convention.",
    ],
)
def test_offences_named_by_reference_ask_for_no_criminalization(text):
    assert "legislation_criminalization" not in _themes(text)


def test_intercountry_adoption_is_children():
    assert "children" in _themes(
        "States shall regulate the bodies that arrange intercountry adoptions and prevent improper financial gain."
    )
    assert "children" in _themes("Each State shall supervise inter-country adoption agencies.")


@pytest.mark.parametrize(
    "text",
    [
        "The authorities should protect victims and witnesses of trafficking.",
        "States should provide witnesses with protection measures before, during and after criminal proceedings.",
    ],
)
def test_witnesses_protected_in_other_word_orders_is_safety(text):
    assert "safety_of_victims_families" in _themes(text)


def test_having_witnessed_something_is_no_witness_protection():
    assert "safety_of_victims_families" not in _themes(
        "We have witnessed a rise in trafficking for forced labour and States should strengthen their legislation."
    )
