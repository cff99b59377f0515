"""Actors, round 15: real text of gold part L (``data/gold/real_dev.jsonl``, ``real-l-*``).

Two United Nations organs asked by name had no actor id, so the request went to no one or to the State mentioned
beside them: the Technical Assistance Board (ECOSOC resolution 667 G (XXIV), 1957) and the International Labour
Conference (the Dutch National Rapporteur, 2014). Both are `un_entities` aliases now; a body named only as the
source of a text keeps its own rules.
"""

from __future__ import annotations

import pytest

from tests.tag_support import MODES, tag_in_mode, tagged_row


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
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
    row, _ = tagged_row(mode, text, context)
    assert (row["modality"], row["addressee"]) == ("should", "un_entities")


@pytest.mark.parametrize("mode", MODES)
def test_the_government_asked_stays_a_state(mode):
    # near miss, real-l-027 (ECOSOC res. 626 C (XXII), 1956): the technical assistance authorities are no named organ
    text = (
        "Recommends to the Government of Iran to submit to the technical assistance authorities concerned, in addition "
        "to the requests already made, a request for assistance in this field;"
    )
    doc = tag_in_mode(mode, text)
    assert doc._.addressee == "member_states"
    assert "un_entities" not in {span.label_ for span in doc.spans["actors"]}
