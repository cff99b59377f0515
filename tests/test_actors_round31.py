"""Actors, round 31: a regional body's bare name only as the one asked, its committees, institute and leaders.

A bare regional name ("EU", "OSCE", "Council of Europe", "CBSS") is ``regional_orgs`` where a request asks it
(``asked_names`` in actors.yaml) and no actor where it modifies another word or asks itself; the Council of Europe's
steering committees (CDDH, CDPC), the OAS's children's institute (IIN) and a regional organization's leaders are
``regional_orgs`` wherever named (probe 22, dev real-n-189/-190, real-o-153).
"""

from __future__ import annotations

from tests.modality_support import assert_row_actors, in_both_modes


@in_both_modes(
    ("text", "present", "absent"),
    [
        # Committee of Ministers, reply to PACE Recommendation 2166 (2019), Doc. 15105, 2020 (probe 22, p22-cm15105-3):
        # no actor before
        (
            "The CDDH ensures regular follow-up of the implementation of Recommendation CM/Rec(2016)3, as shown in the "
            "detailed information contained in the appendix to this reply.",
            {"regional_orgs"},
            set(),
        ),
        # OAS General Assembly resolution AG/RES. 2771 (XLIII-O/13) as summarised by the IIN observatory (real-n-190,
        # gold member_states and regional_orgs): member_states only before
        (
            "Finally, it calls upon Member States to cooperate with the IIN in attaining recourses to continue and "
            "intensify these actions.",
            {"member_states", "regional_orgs"},
            set(),
        ),
        # The Nation on the AU's 5th Mid-Year Coordination Meeting, 2023 (probe 18, p18-nat-1): member_states only before
        (
            "AU leaders resolved to “encourage Member States to provide E-visa facilitation for Africans to boost all "
            "modes of connectivity and tourism in view of their enormous contributions to socio-economic growth;",
            {"regional_orgs", "member_states"},
            set(),
        ),
        # near miss: the bare names modify the States (Committee of Ministers Decision CM/865/01122004 on cooperation
        # between the Council of Europe and the OSCE, probe 22, p22-cm865-2)
        (
            "Reaffirming the importance of involving the OSCE participating states and the Council of Europe member "
            "states more actively in enhancing the cooperation between the two Organisations,",
            {"member_states"},
            {"regional_orgs"},
        ),
        # near miss: "EU countries" are the Union's States (European Parliament resolution of 10 February 2021 as
        # reported by Europost, real-j-077, gold member_states and victims)
        (
            "Given that number of registered victims in international protection procedures is very low, MEPs called on "
            "the EU countries to ensure that anti-trafficking and asylum procedures are interconnected.",
            {"victims"},
            {"regional_orgs"},
        ),
        # the bare names as partners of a cooperation (OSCE and Council of Europe high-level meeting, joint declaration,
        # 2005; probe 22, p22-coeosce05-1): a near miss of round 31 (asked only), `regional_orgs` since actors round 42
        # decided that a bare name naming the organization itself is the organization (data/gold/README.md, actors)
        (
            "The participants committed themselves to enhancing co-operation between the OSCE and the Council of "
            "Europe, in order to ensure complementarity and avoid unnecessary duplication of activities.",
            {"regional_orgs"},
            set(),
        ),
    ],
)
def test_regional_body_mentions(mode: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_row_actors(mode, text, present, absent)
