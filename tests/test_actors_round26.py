"""Actors, round 26: regional organizations' organs and full names (``data/probe/probe18_modality.jsonl``).

A regional organization's commission, secretariat or secretary general is ``regional_orgs`` (before: no actor, or the
UN's ``un_entities`` for "the Secretary-General of ASEAN"); a full name holding "States" ("Economic Community of West
African States") is the body, not ``member_states``. A bare "OSCE" before another noun stays no actor.
"""

from __future__ import annotations

from tests.modality_support import assert_row_actors, in_both_modes


@in_both_modes(
    ("text", "present", "absent"),
    [
        # ASEAN Secretariat press release on the Secretary-General's speech to the ASEAN Business Forum (p18-asg-1)
        (
            "The Secretary-General of the Association of Southeast Asian Nations today called for the development of "
            "the private sector in all countries in Southeast Asia.",
            {"regional_orgs", "private_sector"},
            {"un_entities"},
        ),
        # News Diary Online on the 64th ECOWAS summit communique, 2023 (p18-nd64-4)
        (
            "The Economic Community of West African States, ECOWAS, has called for unity and enforcement of protocols "
            "that promote cohesion in the region.",
            {"regional_orgs"},
            {"member_states"},
        ),
        # near miss, the region's States asked: the same report (p18-nd64-2)
        (
            "The authority calls on member states to ensure regional unity of action by strictly adhering to collective "
            "decisions taken at the level of the authority.",
            {"member_states"},
            {"regional_orgs"},
        ),
        # near miss, "OSCE" as a modifier: OSCE PA Helsinki+50 Call for Action meeting highlights, 2022 (p18-ftdk-1)
        (
            "Encouraged OSCE Parliamentarians to urge the respective Governments to actively support the extensions of "
            "the mandates of SMM (expiring at the end of March) and PCU (expiring in June).",
            {"member_states"},
            {"regional_orgs"},
        ),
    ],
)
def test_regional_organs_named(mode: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_row_actors(mode, text, present, absent)
