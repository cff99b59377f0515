"""Actors, round 15: real text of gold part L (``data/gold/real_dev.jsonl``, ``real-l-*``).

Two United Nations organs asked by name had no actor id, so the request went to no one or to the State mentioned
beside them: the Technical Assistance Board (ECOSOC resolution 667 G (XXIV), 1957) and the International Labour
Conference (the Dutch National Rapporteur, 2014). Both are `un_entities` aliases now; a body named only as the
source of a text keeps its own rules. A State named by its name ("efforts made by Peru", "its hope that Afghanistan
will succeed": ECOSOC resolutions 1105 (XL) and 689 H (XXVI)) named no actor unless a modal or resolution verb asked
it; the UN's short names are `member_states` now (`country_names`), save as a place or topic ("in Serbia").
"""

from __future__ import annotations

from tests.modality_support import actor_ids, assert_row_request, both_modes, in_both_modes
from tests.tag_support import tag_in_mode


@in_both_modes(
    ("text", "context"),
    [
        # real-l-126: ECOSOC res. 667 G (XXIV), Technical assistance to Iran, 1 August 1957, operative para. 1
        (
            "Requests the Technical Assistance Board and the participating organizations concerned to continue to give "
            "due consideration to requests by the Government of Iran for technical assistance in this field;",
            None,
        ),
        # real-l-184: Dutch National Rapporteur, "Forced labour, back on the agenda", 3 June 2014
        (
            "She urges the International Labour Conference to opt for a legally binding protocol.",
            "Supplementing the ILO Convention concerning Forced or Compulsory Labour (C029) is an important step towards "
            "the eradication of forced labour, says the Dutch National Rapporteur on Trafficking in Human Beings and "
            "Sexual Violence against Children.",
        ),
    ],
)
def test_un_organs_asked_by_name(mode, text, context):
    assert_row_request(mode, text, ("should", "un_entities"), context)


@both_modes
def test_the_government_asked_stays_a_state(mode):
    # near miss, real-l-027 (ECOSOC res. 626 C (XXII), 1956): the technical assistance authorities are no named organ
    text = (
        "Recommends to the Government of Iran to submit to the technical assistance authorities concerned, in addition "
        "to the requests already made, a request for assistance in this field;"
    )
    doc = tag_in_mode(mode, text)
    assert doc._.addressee == "member_states"
    assert "un_entities" not in actor_ids(doc)


@in_both_modes(
    "text",
    [
        # real-l-055: ECOSOC res. 1105 (XL), The question of the coca leaf, 4 March 1966
        "Notes with deep satisfaction the extensive administrative and educational efforts made by Peru to restrict the "
        "production and chewing of coca leaf and its illegal utilization for the manufacture of cocaine;",
        # real-l-128: ECOSOC res. 689 H (XXVI), Prohibition of opium production in Afghanistan, 28 July 1958
        "Expresses its sense of the significance of the policy adopted by Afghanistan and its hope that Afghanistan will "
        "succeed in accomplishing the tasks it has undertaken;",
        # real-f-097: Bali Process Ad Hoc Group, Co-Chairs' Statement, 2014, para. 3 (first sentence)
        "The meeting acknowledged the work being progressed under the auspices of the Special Conference on Irregular "
        "Movement of Persons, hosted by Indonesia in August 2013.",
    ],
)
def test_a_state_named_by_its_name(mode, text):
    assert "member_states" in actor_ids(tag_in_mode(mode, text))


@in_both_modes(
    "text",
    [
        # near miss, real-j-057: GRETA's first report on Serbia (2014) as reported: the State is the place
        "A state compensation scheme accessible to victims of human trafficking should be established in Serbia.",
        # near miss, real-k-026 (CRPD Committee on the United Kingdom, 2017): the inquiry's topic, whole name and all
        "The Committee recalls the report on its inquiry concerning the United Kingdom of Great Britain and Northern "
        "Ireland carried out under article 6 of the Optional Protocol.",
    ],
)
def test_a_country_as_a_place_or_topic_is_no_actor(mode, text):
    assert "member_states" not in actor_ids(tag_in_mode(mode, text))
