"""Actors, round 19 (issue 13 point 3): the Director-General a specialized agency's organ asks to act is a United
Nations entity (TAXONOMY section 5: WHO and other UN agencies -> ``un_entities``); IOM's own Director-General stays IOM.
Real text, its source beside each case (data/probe/README.md, probe 12)."""

from __future__ import annotations

from tests.modality_support import assert_row_actors, assert_row_request, in_both_modes

REQUESTS = [
    # World Health Assembly resolution WHA62.16 (2009), operative paragraph 5 (probe 12, p12-wha-1)
    (
        "5. REQUESTS the Director-General to significantly increase support towards greater efficiency and "
        "effectiveness in the implementation of the global strategy and plan of action on public health, innovation "
        "and intellectual property and prioritize concrete actions in the area of capacity-building and access;",
        None,
    ),
    # ILO Governing Body, 319th Session, decision GB.319/INS/13, para. 34 (probe 7, p7-ilo-gb319-ii)
    (
        "requested the Director-General to hold informal consultations, with the involvement of all three groups, in "
        "the interval between the 319th (October 2013) and 320th (March 2014) Sessions of the Governing Body.",
        "The Governing Body:",
    ),
]


@in_both_modes(("text", "context"), REQUESTS, ids=["wha62-16", "ilo-gb319"])
def test_director_general_asked_is_a_un_entity(mode: str, text: str, context: str | None) -> None:
    assert_row_request(mode, text, ("should", "un_entities"), context)


# near miss: IOM's head is IOM, not a UN entity of its own (UN Radio, November 2013; gold real-l-181)
IOM_HEAD = (
    "IOM Director-General William Swing is calling for more legal migration avenues for migrants seeking better "
    "prospects abroad, adding that it will help remove the need for some migrants to risk their lives at the hands of "
    "smugglers and traffickers."
)


@in_both_modes("text", [IOM_HEAD], ids=["iom-head"])
def test_iom_director_general_is_iom(mode: str, text: str) -> None:
    assert_row_actors(mode, text, {"iom"}, {"un_entities"})
