"""Modality and addressee, round 13: real text of probe 9 (``data/probe/probe9_modality.jsonl``).

Parsed mode read a third-person future as an undertaking twice: "The 7th Ministerial Conference will take place ..."
(Budapest Process) took "7th Ministerial Conference" for a country's name (the ordinal broke the name off its
article), and "The action will be funded by the European Commission" (Prague Process) bound the passive's agent with
"will". "will" binds only an actor that is its verb's subject (``modals.yaml``: actor_auxiliaries), and a body takes
an article (``named_states``). "NHRIs should advocate ..." (a plan of action of national human rights institutions)
read the plural acronym as a country's name; under a lead-in that requests nothing the item then lost its "should".
Acronyms, plural ones too, are bodies' short names, not States. Each case cites its source; near misses beside them.
"""

from __future__ import annotations

from tests.modality_support import assert_request, assert_row_request, both_modes


@both_modes
def test_a_numbered_meetings_future_is_no_undertaking(mode):
    # p9-bpmission-1: Budapest Process website, 'Main Outcomes and Guiding Principles'
    text = (
        "The 7th Ministerial Conference will take place end of 2024 and will further shape the dialogue to continue "
        "and strengthen its strong link between dialogue and operational cooperation. The dialogue should go to the "
        "regions and the regions to the dialogue."
    )
    assert_request(mode, text, ("should", "none"))


@both_modes
def test_a_passive_future_binds_no_agent(mode):
    # p9-praguesom2023-2: Prague Process news, Senior Officials' Meeting (Lisbon, 2023)
    text = (
        "The action will be funded by the European Commission via the Migration Partnership Facility, which runs "
        "several calls for proposals, allowing countries to implement additional targeted actions outside the scope "
        "of the upcoming CAPS initiative."
    )
    assert_request(mode, text, ("none", "none"))


@both_modes
def test_states_will_still_bind_the_states(mode):
    # near miss, the International Tracing Instrument's wording (modals.yaml): an actor as the active subject of
    # "will" undertakes
    assert_request(mode, "States will ensure that the marking is on an exposed surface.", ("mandatory", "member_states"))


NHRI_LEAD_IN = "The participants agreed on the following action strategies and recommendations:"


@both_modes
def test_nhris_keep_their_should_under_a_lead_in_that_requests_nothing(mode):
    # p9-nhri-3: national human rights institutions' workshop on trafficking, Plan of Action and Recommendations,
    # item 3
    item = (
        "NHRIs should advocate that officials of relevant State agencies receive training on the sensitivities and "
        "complexities of trafficking and on their role and responsibilities with respect to the response to "
        "trafficking. Where appropriate, NHRIs should have input into the development and/or implementation of "
        "training packages and advocate that they include a degree of international consistency to encourage "
        "cross-border understanding and co-operation."
    )
    assert_row_request(mode, item, ("should", "none"), NHRI_LEAD_IN)


@both_modes
def test_a_countrys_name_is_still_the_state_reviewed(mode):
    # near miss, GRETA country-report wording (named_states in modals.yaml): a capitalized name without an article
    assert_request(
        mode, "In addition, Germany should strengthen the identification of victims of trafficking.", ("should", "member_states")
    )
