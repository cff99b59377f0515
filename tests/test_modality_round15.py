"""Modality and addressee, round 15: real text of gold part L (``data/gold/real_dev.jsonl``, ``real-l-*``).

Four kinds, each seen in at least two documents. A news report's preceding sentence, kept as the record's
``context``, was read as a lead-in that requests nothing and wiped the text's own request ("He called on all the
other countries ... to follow suit" under "The ILO DG was speaking while ..."). "calls / called / is calling for" with
a body's name as subject was missed ("The Council called for Member States to consider ...", "IOM is calling for
..."), and its object's own nouns were read as the one asked ("increased cooperation between governments").
Lower-case "states" asked by a resolution verb named no one ("recommends that states adopt", "call upon all states
to"). Each case cites its source; near misses beside them.
"""

from __future__ import annotations

from tests.modality_support import assert_request, assert_row_request, both_modes, in_both_modes
from tests.tag_support import tag_in_mode


@both_modes
def test_a_preceding_sentence_is_no_lead_in(mode):
    # real-l-199: Nigerian Tribune, "ILO DG calls for ratification of forced labour protocol ...", 30 March 2021, para. 3
    context = (
        "The ILO DG was speaking while congratulating the 50 countries that have now ratified the ILO’s Forced Labour Protocol."
    )
    text = "He called on all the other countries who haven’t yet ratified to follow suit."
    assert_row_request(mode, text, ("should", "member_states"), context)


@in_both_modes(
    ("context", "text", "modality", "addressee"),
    [
        # near miss, real-l-040 (ECOSOC res. 436 C (XIV), 1952): a lead-in closed by a colon still completes its item
        (
            "Requests the Secretary-General to draw the attention of governments to the desirability, should they not "
            "already have done so, of:",
            "Acceding without delay to the Protocol of 19 November 1948;",
            "should",
            "un_entities",
        ),
        # near miss, real-d-118 (ECOWAS/ECCAS declaration): "..." closes no sentence, the item completes the commitment
        (
            "We further commit ourselves to...",
            "Take measures, in close consultation with the countries of origin, to protect victims of trafficking.",
            "mandatory",
            "member_states",
        ),
    ],
)
def test_a_lead_in_still_completes_its_item(mode, context, text, modality, addressee):
    assert_row_request(mode, text, (modality, addressee), context)


@in_both_modes(
    ("text", "addressee"),
    [
        # real-l-166: Just Earth News on Security Council resolution 2312 (2016), 7 October 2016, para. 5
        (
            "The Council called for Member States to consider ratifying or acceding to the Protocol against the "
            "Smuggling of Migrants by Land, Sea and Air, which supplements the UN Convention against Transnational "
            "Organized Crime, as well as the Protocol to Prevent, Suppress and Punish Trafficking in Persons, "
            "Especially Women and Children.",
            "member_states",
        ),
        # real-l-183: UN Radio, "IOM calls for more legal migration avenues ...", November 2013, para. 7: the
        # governments belong to the thing asked for, no one is asked
        (
            "IOM is calling for increased cooperation between governments to crack down on people-traffickers and "
            "smugglers as well as more information campaigns to raise awareness among potential migrants in countries "
            "of origin and transit of the dangers of trafficking and smuggling.",
            "none",
        ),
        # real-l-181: the same report, para. 3
        (
            "IOM Director-General William Swing is calling for more legal migration avenues for migrants seeking better "
            "prospects abroad, adding that it will help remove the need for some migrants to risk their lives at the "
            "hands of smugglers and traffickers.",
            "none",
        ),
    ],
)
def test_a_body_calling_for_requests(mode, text, addressee):
    assert_request(mode, text, ("should", addressee))


@both_modes
def test_a_thing_calling_for_requests_nothing(mode):
    # near miss (the case modals.yaml `sentence_start_only` cites, without its comma): a thing's "calls for" is its need
    text = (
        "The fulfilment by the developing countries of their obligations under the Convention calls for technical and "
        "financial assistance."
    )
    assert tag_in_mode(mode, text)._.modality == "none"


@both_modes
def test_called_for_a_thing_and_for_states_asks_the_states(mode):
    # near miss, UNHCR ExCom Conclusion No. 60 (XL), 1989, para. c): the second "for" holds the one asked
    text = (
        "Called for the reinforcement of preventive measures and for States and concerned agencies to strengthen their "
        "support of UNHCR's protection activities relating to refugee women;"
    )
    assert_request(mode, text, ("should", "member_states"))


@both_modes
def test_lower_case_states_asked_are_the_states(mode):
    # real-l-174: StopVAW summary of the Special Rapporteur on trafficking's 2015 report, para. 1
    text = (
        "In order to prevent and combat human trafficking, the Special Rapporteur recommends that states adopt "
        "“effective measures aimed at ensuring safe and regular channels of migration, effective asylum policies and "
        "social inclusion of migrants, asylum seekers and refugees.”"
    )
    assert_request(mode, text, ("should", "member_states"))


def test_lower_case_states_asked_in_a_lead_in():
    # real-g-068: ICAT joint statement on the World Day (2022), an item under its lead-in; parsed only: without a parse
    # the base form "call upon" after a plural subject ("ICAT members call upon") is not read as a request (left)
    context = (
        "Therefore, ICAT members call upon all states to take 16 key actions to address and improve prevention, "
        "investigation and data collection. Among these actions are:"
    )
    text = (
        "Fostering cooperation with other States, especially considering the transnational nature of "
        "technology-facilitated trafficking cases."
    )
    assert_row_request("parsed", text, ("should", "member_states"), context)


@both_modes
def test_lower_case_states_not_asked_stay_places(mode):
    # near miss: "states" owned by a phrase, no resolution verb asks them
    text = "The laws of many states do not yet criminalize forced labour in supply chains."
    assert_request(mode, text, ("none", "none"))
