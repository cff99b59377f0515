"""Modality and addressee, round 19: real text of probe 12 (``data/probe/probe12_modality.jsonl``) and of the gold that
reads the same kind.

A call repeated upon someone asks them, as a body's own recommendation repeated does ("reiterates its previous
recommendation that the State party adopt ..."): "reiterates his call upon States ... to" (a Special Rapporteur) and
"reiterated their call upon States and the United Nations to" (the Security Council's members) are `should`, asked of
the first actor after "upon". The near misses are real text read as before: a call *for* a thing names no one asked,
and support reaffirmed asks nothing.
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
