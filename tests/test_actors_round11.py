"""Actors, round 11 (probe 7): the Food and Agriculture Organization is one of the "other UN agencies" that TAXONOMY
section 5 maps to ``un_entities``; a body named in a lead-in's subject ("The Standing
Committee") adds no State to its items. Real text of ``data/probe/probe7_modality.jsonl``, its source beside each case.
"""

from __future__ import annotations

import pytest

from tests.tag_support import MODES, tagged_row


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "text",
    [
        # p7-fao-arc21-7, FAO Council CL 119/INF/10, summary of the Twenty-first Regional Conference for Africa (2000),
        # item 7 (the stored page ends mid-sentence)
        "Recognised the lack of quality control of food products in the region and recommended FAO assistance in "
        "establishing a regional food control laboratory in the context of",
    ],
)
def test_fao_is_a_united_nations_agency(mode, text):
    row, _ = tagged_row(mode, text, "The Conference:")
    assert "un_entities" in row["actors"]


@pytest.mark.parametrize("mode", MODES)
def test_a_body_asked_by_a_lead_in_brings_no_state(mode):
    # p7-cites-16-66b, CITES Decision 16.66, item b): before round 11 the item's bare verb added member_states
    row, _ = tagged_row(
        mode,
        "consider proposing amendments to Resolution Conf. 12.8 (Rev. CoP13) or Resolution Conf. 14.3, or proposing a "
        "new resolution to provide a process for reviewing the implementation of CITES for specific examples of trade in "
        "specimens that are claimed to be produced via captive breeding or ranching.",
        "The Standing Committee, at its 65th meeting, shall:",
    )
    assert row["actors"] == []
