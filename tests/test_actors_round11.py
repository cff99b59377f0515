"""Actors, round 11 (probe 7): the Food and Agriculture Organization is one of the "other UN agencies" that TAXONOMY
section 5 maps to ``un_entities``; a body named in a lead-in's subject ("The Standing
Committee") adds no State to its items. Real text of ``data/probe/probe7_modality.jsonl``, its source beside each case.
"""

from __future__ import annotations

from tests.modality_support import assert_row_actors, both_modes, in_both_modes
from tests.tag_support import tagged_row


@in_both_modes(
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


@both_modes
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


# -- the gold's real-k records (data/gold/real_dev.jsonl)


@in_both_modes(
    ("text", "context", "present", "absent"),
    [
        # real-k-155, UNHCR ExCom Conclusion No. 82 (XLVIII), 1997, paragraph (d)(ii): the Committee's hyphenated spelling
        (
            "access, consistent with the 1951 Convention and the 1967 Protocol, of asylum-seekers to fair and effective "
            "procedures for determining status and protection needs;",
            "Reiterates, in light of these challenges, the need for full respect to be accorded to the institution of "
            "asylum in general, and considers it timely to draw attention to the following particular aspects:",
            {"vulnerable_populations"},
            set(),
        ),
        # real-k-081, Convention on the Rights of Persons with Disabilities, 2006, article 16
        (
            "States Parties shall take all appropriate measures to promote the physical, cognitive and psychological "
            "recovery, rehabilitation and social reintegration of persons with disabilities who become victims of any form "
            "of exploitation, violence or abuse, including through the provision of protection services.",
            None,
            {"states_parties", "vulnerable_populations", "victims"},
            set(),
        ),
        # real-k-002, ExCom Conclusion No. 107 (LVIII), 2007, paragraph (g): a refugee situation is no refugee
        (
            "Address, on a priority basis, the concerns of children in protracted refugee situations, including through "
            "intensifying efforts for durable solutions which will reduce the risks they face;",
            None,
            {"children"},
            {"vulnerable_populations"},
        ),
        # near miss: real-k-016, ExCom Conclusion No. 47 (XXXVIII), 1987: refugee children are refugees (gold)
        (
            "Stressed that all action taken on behalf of refugee children must be guided by the principle of the best "
            "interests of the child as well as by the principle of family unity;",
            None,
            {"children", "vulnerable_populations"},
            set(),
        ),
    ],
)
def test_vulnerable_populations_of_the_refugee_conclusions(mode, text, context, present, absent):
    assert_row_actors(mode, text, present, absent, context)
