"""Modality and addressee, round 22: real text of probe 14 (``data/probe/probe14_modality.jsonl``) and of the probes
before it that read the same kind.

A task given to a body's organ is an order to it, as "instructs" is ("We task the OSCE Permanent Council to"); the noun
"tasks" asks nothing. A body's call or appeal "to" someone repeated ("REITERATES ITS APPEAL to AU Member States ... to
pursue") asks them, as "its call upon" did. Heads of Government who "agreed to" act bind the States they speak for, as
the leaders and ministers of round 17 do. The first person's statement before its request ("We acknowledge ..., and call
on all countries to") leaves the request the sentence's, as "We welcome ..., and invite" did.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes


@in_both_modes(
    ("text", "expected"),
    [
        # Carbis Bay G7 Summit Communiqué (2021), Free and Fair Trade, as quoted by the UK Independent Anti-Slavery
        # Commissioner (probe 14, p14-g7-2021-2); the G7 Trade Ministers read as the States' (parsed) or as no actor
        (
            "We therefore task G7 Trade Ministers to identify areas for strengthened cooperation and collective efforts "
            "towards eradicating the use of all forms of forced labour in global supply chains, ahead of the G7 Trade "
            "Ministers’ meeting in October 2021.",
            ("should", None),
        ),
        # OSCE Istanbul Summit Declaration (1999), paragraph 2 (probe 13, p13-istanbul99-1)
        (
            "We task the OSCE Permanent Council to take the necessary decisions to implement promptly the new steps "
            "agreed upon in this Charter.",
            ("should", "none"),
        ),
        # UNCAC Conference of the States Parties, CAC/COSP/2019/5, para. 2 (probe 9, p9-cosp2019-2): the past is read
        (
            "In the same resolution, the Conference tasked the Working Group with, inter alia, assisting the Conference "
            "in developing cumulative knowledge in the area of asset recovery, facilitating the exchange of information, "
            "good practices and ideas among States, and building confidence and encouraging cooperation between "
            "requesting and requested States.",
            ("should", None),
        ),
        # near miss: the plural noun asks nothing (Nepal Foreign Affairs on the Kathmandu Declaration of the Colombo
        # Process, 2018; probe 8, p8-colombo2018-2)
        (
            "In the Declaration, the meeting has decided to give continuity to the Technical Support Unit in order to "
            "facilitate the work of the five thematic working groups and country-wide tasks.",
            ("none", "none"),
        ),
    ],
    ids=["g7-task", "osce-task", "cosp-tasked", "tasks-noun"],
)
def test_a_task_given_is_an_order(mode: str, text: str, expected: tuple[str, str | None]) -> None:
    assert_row_request(mode, text, expected)


@in_both_modes(
    ("text", "context", "expected"),
    [
        # African Union Assembly, Decision Assembly/AU/Dec.644 on the report of the Peace and Security Council (2017),
        # para. 3 (probe 14, p14-au2017-1)
        (
            "REITERATES ITS APPEAL to AU Member States and the wider international community to pursue and intensify "
            "their political, financial and logistical support for Somalia and the AU Mission in Somalia (AMISOM) to "
            "enable the full stabilization of the country, in particular for the security reform that will enable the "
            "operationalization of the National Security Architecture;",
            "The Assembly,",
            ("should", "member_states"),
        ),
        # near miss: a commitment reaffirmed asks no one (Pacific Islands Forum Secretariat, 2018; p14-pif2018-1)
        (
            "Pacific Islands Forum Leaders have reaffirmed their commitment to collective action for a strong Blue Pacific "
            "region that is secure, peaceful, and prosperous, enabling its people to live free, healthy and productive "
            "lives.",
            None,
            ("none", "none"),
        ),
    ],
    ids=["au-appeal-to", "commitment-to"],
)
def test_an_appeal_to_someone_repeated_asks_them(
    mode: str, text: str, context: str | None, expected: tuple[str, str | None]
) -> None:
    assert_row_request(mode, text, expected, context)


@in_both_modes(
    ("text", "expected"),
    [
        # CARICOM, Thirteenth Special Meeting of the Conference of Heads of Government (Port-of-Spain, 2008)
        # (probe 14, p14-caricom2008-1)
        (
            "Heads of Government also agreed to put into operation the Action Plan submitted by the Commissioners of "
            "Police and Military Chiefs and supported by the SEPAC and CONSLE.",
            ("mandatory", "member_states"),
        ),
        # near miss: agreeing that something "would be upgraded" is no undertaking to act (same statement,
        # p14-caricom2008-4)
        (
            "Heads of Government agreed that, building on the legacy of the success of the Security Co-operation "
            "arrangements put in place for the Cricket World Cup 2007, some of the elements would be upgraded and "
            "expanded on a permanent basis.",
            ("none", "none"),
        ),
    ],
    ids=["heads-agreed-to", "heads-agreed-that"],
)
def test_heads_of_government_agreeing_to_act_bind_their_states(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected)


@in_both_modes(
    ("text", "expected"),
    [
        # G7 Trade Ministers' Statement on Forced Labour (October 2021), gov.uk (probe 14, p14-g7trade-1)
        (
            "We acknowledge that on any given day there are about 25 million people subject to forced labour worldwide, "
            "and call on all countries, multilateral institutions and businesses to work together, including with "
            "survivors of forced labour, to eradicate forced labour from global supply chains.",
            ("should", "member_states"),
        ),
        # Statement of the Group of 77 and China, eighth session of the Conference of the Parties to UNTOC (2016),
        # para. 5 (probe 10, p10-g77-cop8-1)
        (
            "We also acknowledge the efforts made by the Parties in promoting the implementation of the Convention and "
            "its Protocols and encourage all Parties to continue to strengthen such efforts.",
            ("encouraged", "states_parties"),
        ),
        # near miss: the statement alone, its first clause (same G7 statement)
        (
            "We acknowledge that on any given day there are about 25 million people subject to forced labour worldwide.",
            ("none", "none"),
        ),
    ],
    ids=["g7-acknowledge-call-on", "g77-acknowledge-encourage", "acknowledge-alone"],
)
def test_a_request_after_the_speakers_acknowledgement(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected)
