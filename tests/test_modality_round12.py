"""Modality and addressee, round 12: real text of probe 8 and of the round-11 leftovers that follow from the taxonomy.

Probe 8 (``data/probe/probe8_modality.jsonl``, documents no gold file or earlier probe holds) showed the declarations'
"we agree to" read as nothing in two documents (Regional Conference on Migration 2016, Valletta Summit 2015), and a
first-person undertaking ("We will launch projects ...") read as nothing under a lead-in that requests nothing. The
gold's real-k records left "should use their best endeavours to" (endeavour: should_consider, TAXONOMY section 1) and
"urged all nations to" (the States, TAXONOMY section 5). Each case cites its source; the near misses beside them must
stay as they are.
"""

from __future__ import annotations

from tests.modality_support import assert_request, assert_row_request, both_modes, in_both_modes
from tests.tag_support import tagged_row


@in_both_modes(
    "text",
    [
        # p8-rcm2016-3a: Regional Conference on Migration, XXI Vice-Ministerial Meeting declaration (2016)
        "We agree to continue promoting safe, regular, and orderly migration within the region.",
        # p8-valletta-3, first sentence: Valletta Summit on Migration, Political Declaration (2015)
        "We agree to respond decisively and together manage migration flows in all their aspects, guided by the "
        "principles of solidarity, partnership and shared responsibility.",
    ],
)
def test_we_agree_to_is_the_speakers_undertaking(mode, text):
    assert_request(mode, text, ("mandatory", "member_states"))


@both_modes
def test_we_agree_that_states_a_view(mode):
    # near miss, p8-valletta-2 (Valletta Political Declaration, para. 2): "agree that" requests nothing
    text = (
        "We are deeply concerned by the sharp increase in flows of refugees, asylum seekers and irregular migrants which "
        "entails suffering, abuse and exploitation, particularly for children and women, and unacceptable loss of life "
        "in the desert or at sea. Such an increase places the most affected countries under severe pressure, with "
        "serious humanitarian consequences and security challenges. We agree that the first priority in this context is "
        "to save lives and do everything necessary to rescue and protect the migrants whose lives are at risk."
    )
    assert_request(mode, text, ("none", "none"))


# p8-tusk-*: remarks by European Council President Donald Tusk at the press conference of the Valletta Summit (2015)
TUSK_LEAD_IN = (
    "What is equally, or maybe even more important, is that we have agreed a long list of very concrete actions to be "
    "implemented by the end of 2016. Let me mention a few examples:"
)


@in_both_modes(
    "item",
    [
        "We will launch projects to enhance employment opportunities in regions of origin and transit of migrants in "
        "East, North and West Africa.",
        "We will set up a joint investigation team in Niger against migrant smuggling and trafficking as a pilot "
        "project; possibly to be used in other countries or regions if useful.",
    ],
)
def test_a_first_person_item_keeps_its_undertaking_under_a_lead_in_that_requests_nothing(mode, item):
    row, record = tagged_row(mode, item, TUSK_LEAD_IN)
    assert (row["modality"], row["addressee"]) == ("mandatory", "member_states")
    assert "inherited" not in record


@both_modes
def test_a_statement_of_the_same_remarks_stays_none(mode):
    # near miss, p8-tusk-now: "need to" in the first person is no undertaking of the vocabulary
    text = (
        "We have adopted a Political Declaration and a Valletta Action Plan. We now need to get moving on implementing "
        "it, in partnership and solidarity."
    )
    assert_row_request(mode, text, ("none", "none"))


@in_both_modes(
    ("text", "modality"),
    [
        # real-k-166, UNHCR ExCom conclusion No. 15: "best endeavours" is endeavour (TAXONOMY section 1)
        ("States should use their best endeavours to grant asylum to bona fide asylum-seekers;", "should_consider"),
        # near miss, real-h-077 (European Commission communication, 2017): using tools is the request itself
        (
            "Member States should use all the ambitious tools available to them to implement the measures agreed on at "
            "EU level without delay.",
            "should",
        ),
    ],
)
def test_best_endeavours_softens_as_endeavour(mode, text, modality):
    assert_request(mode, text, (modality, "member_states"))


@in_both_modes(
    ("text", "addressee"),
    [
        # real-k-145, UN press release on the Asia-Pacific preparatory meeting for the Tenth Congress (1998)
        (
            "Delegates also urged all nations to speed up efforts to adopt a United Nations treaty against transnational "
            "organized crime.",
            "member_states",
        ),
        # near miss, p8-bangkok-4 (UN News on the Bangkok Declaration, 2005): another object is no State
        (
            "It further called upon donors and financial institutions to continue to make adequate voluntary "
            "contributions for technical assistance to developing countries and countries with economies in transition "
            "to help them build capacity to prevent and tackle crime.",
            "financial_institutions",
        ),
    ],
)
def test_all_nations_asked_are_the_states(mode, text, addressee):
    assert_request(mode, text, ("should", addressee))
