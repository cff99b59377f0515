"""Modality and addressee, round 26: regional bodies' organs asked (``data/probe/probe18_modality.jsonl``).

A regional organization's own commission or secretariat is ``regional_orgs`` when asked ("requested the AU Commission
to", "requests the AUC ... to"), and "the Commission" of a text that names the ECOWAS or AU Commission is that body, as
it is the European Commission in a text naming the Union. Without a parse, the perfect tense of a body's start-only call
("..., ECOWAS, has called for unity") is its call, as "called for" is; a regional organization whose full name holds
"States" is the body, not the States, so the parsed reading no longer takes the call for the States' statement.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes

AU_PSC = (
    "While expressing deep concern over the potential negative impact of the withdrawal of MINUSMA, Council requested "
    "the AU Commission to"
)


@in_both_modes(
    ("text", "context", "expected"),
    [
        # AU Peace and Security Council communique as summarised in the AU Knowledge Base (AKB 97210), 2023
        # (p18-aupsc-3): the Commission asked was no actor
        ("provide the Council with regular updates on the situation in the Sahel region.", AU_PSC, ("should", "regional_orgs")),
        # Africa-EU Partnership page on the AU.COMMIT campaign (p17-aueu-2, left by round 25): "the AUC" asked
        (
            "It also requests the AUC in consultation with the IOM and other relevant partners, to assist Member States "
            "and RECs with its implementation and development of a follow-up mechanism.",
            None,
            ("should", "regional_orgs"),
        ),
        # near miss, the commission named as the department's owner: the same page (p17-aueu-3)
        (
            "In this context, the Department of Social Affairs of the African Union Commission launched the AU Commission "
            "Initiative against Trafficking (AU.COMMIT) campaign as one of its major activities on Migration and "
            "Development for 2009-2012.",
            None,
            ("none", "none"),
        ),
        # 62nd ECOWAS summit communique as reported (p13-realnews-2): "the Commission" is the ECOWAS Commission named
        # before, not a UN commission
        (
            "They commended the President of the ECOWAS Commission for developing the four-pillar Strategic Objectives "
            "as a blueprint for strengthening ECOWAS Institutions and directs the Commission to strategise and mobilise "
            "the needed resources to finance key priority programmes.",
            None,
            ("should", "regional_orgs"),
        ),
        # News Diary Online on the 64th ECOWAS summit communique, 2023 (p18-nd64-4): none in both modes before
        (
            "The Economic Community of West African States, ECOWAS, has called for unity and enforcement of protocols "
            "that promote cohesion in the region.",
            None,
            ("should", "none"),
        ),
        # The Sun on the 62nd ECOWAS summit communique, 2022 (p13-ecowas62-1, left by round 20)
        (
            "The Economic Community of West African States (ECOWAS), has called for the urgent implementation of the "
            "2020-2024 Priority Action Plan to eradicate terrorism in the West African sub-region.",
            None,
            ("should", "none"),
        ),
        # near miss, the same body's statement in the past tense: Daily Post on the 64th summit (p18-dp64-2)
        (
            "ECOWAS also condemned the continued detention of President Mohammed Bazoum, his family and associates by "
            "the military junta.",
            None,
            ("none", "none"),
        ),
    ],
)
def test_regional_organs_and_perfect_calls(mode: str, text: str, context: str | None, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected, context)
