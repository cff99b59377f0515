"""Modality and addressee, round 19: real text of probe 12 (``data/probe/probe12_modality.jsonl``) and of the gold that
reads the same kind.

A call repeated upon someone asks them, as a body's own recommendation repeated does ("reiterates its previous
recommendation that the State party adopt ..."): "reiterates his call upon States ... to" (a Special Rapporteur) and
"reiterated their call upon States and the United Nations to" (the Security Council's members) are `should`, asked of
the first actor after "upon". Advice given is a request too: "advises X to" asks X, "advise that X should" is read
from its that-clause. The near misses are real text read as before: support reaffirmed asks nothing, and a body whose
purpose is "to advise and assist" another is asked nothing.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes


@in_both_modes(
    ("text", "expected"),
    [
        # Special Rapporteur on the human rights of migrants, A/HRC/50/31 (2022), para. 76 (gold real-i-036)
        (
            "The Special Rapporteur reiterates his call upon States and all relevant stakeholders to make use of the "
            "OHCHR Recommended Principles and Guidelines on Human Rights at International Borders.",
            ("should", "member_states"),
        ),
        # UN press release SC/14224 (2020), Security Council press statement on resolution 1612 (probe 12)
        (
            "The members of the Security Council reiterated their call upon States and the United Nations to mainstream "
            "child protection into all relevant activities in conflict prevention, conflict and post-conflict "
            "situations with the aim of sustaining peace and preventing conflict.",
            ("should", "member_states"),
        ),
        # near miss, the same press statement: support reaffirmed is no request
        (
            "The members of the Security Council reaffirmed their support for the Special Representative of the "
            "Secretary-General for Children and Armed Conflict.",
            ("none", "none"),
        ),
    ],
    ids=["rapporteur-call-upon", "council-call-upon", "support-reaffirmed"],
)
def test_call_repeated_upon_someone_asks_them(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected)


@in_both_modes(
    ("text", "expected"),
    [
        # GRETA, second evaluation report on Ukraine (2018), as quoted by a news agency (gold real-h-072)
        (
            "The experts advise that statistics regarding victims should be collected from all main actors and allow "
            "disaggregation concerning sex, age, type of exploitation, country of origin and/or destination.",
            ("should", "none"),
        ),
        # Respect International's summary of the OSCE Action Plan (Decision No. 557, 2003), probe 12 (the parse reads
        # "participating" as a verb, so only the modality is asserted)
        (
            "In addition, the Action Plan advises OSCE participating States to increase awareness of trafficking in "
            "human beings in other relevant target groups, including policy makers, law enforcement officers, and other "
            "relevant professionals such as medical, social services and employment officials, and in the private "
            "sector, to enhance their readiness to address trafficking adequately and to strengthen their institutional "
            "capacity to counter it.",
            ("should", None),
        ),
        # near miss: Group of 77 and China, Working Group on the Smuggling of Migrants, May 2012 (probe 10)
        (
            "The Group would like to remind that the purpose of the establishment of this Working Group is to advise and "
            "assist the Conference of Parties to UNTOC in the implementation of its mandate regarding the Smuggling of "
            "Migrants Protocol.",
            ("none", "none"),
        ),
    ],
    ids=["experts-advise-that", "action-plan-advises", "purpose-to-advise"],
)
def test_advice_given_is_a_request(mode: str, text: str, expected: tuple[str, str | None]) -> None:
    assert_row_request(mode, text, expected)
