"""Addressee, round 31: a regional organization's bare name as the one asked (probe 22 and the left kinds of probes
15, 17 and 18).

"urged the EU to", "encouraged the CBSS to", "call on the EU to", "recommends that the OSCE integrate" and "the
European Union is called upon to" ask the regional body; both modes read them addressed to no one before, as the bare
names stayed out of the actor vocabulary (they modify another word far more often: "OSCE participating States", "EU
countries"). A regional body's own committee or institute asked ("instructed the CDDH to", "invites the IIN to") and
its leaders asked together ("urged AU leaders to") are regional_orgs too.
"""

from __future__ import annotations

from tests.modality_support import assert_request, in_both_modes


@in_both_modes(
    ("text", "expected"),
    [
        # Anti-Slavery International, press office commentary (probe 15, p15-asi-1): should / none before
        (
            "Since 2017, we’ve urged the EU to make global progress towards ending modern slavery, with two pioneering "
            "laws to tackle forced labour of children and adults.",
            ("should", "regional_orgs"),
        ),
        # Declaration on the 25th Anniversary of the Council of the Baltic Sea States, Reykjavik, 2017 (probe 17,
        # p17-cbss17-1): encouraged / none before
        (
            "They encouraged the CBSS to continue efforts aimed at improving regional synergy and cohesion through "
            "enhanced cooperation with all relevant regional cooperation formats.",
            ("encouraged", "regional_orgs"),
        ),
        # European Parliament agenda briefing, 8 February 2021 (probe 17, p17-epb21-1): should / none before
        (
            "MEPs call on the EU to do more to tackle human trafficking and push for the demand and use of victims’ "
            "sexual services to be criminalised.",
            ("should", "regional_orgs"),
        ),
        # OSCE/ODIHR, Trafficking in Human Beings: Implications for the OSCE, report summary (probe 17, p17-odihr-1):
        # parsed none / none, rule-only should / civil_society before
        (
            "Among other things, the report recommends that the OSCE integrate anti-trafficking measures into existing "
            "human-rights, civil society, and institution-building activities; provide training to staff of OSCE field "
            "missions; and undertake a leading role in combating trafficking in South-Eastern Europe as part of the "
            "OSCE mandate under the Stability Pact.",
            ("should", "regional_orgs"),
        ),
        # Council of the EU 10028/07, draft European Council conclusions, 2007 (probe 18, p18-eu07-2): should / none
        (
            "At the same time, the European Union is called upon to shape European policy here and now for the benefit "
            "of Europe’s citizens.",
            ("should", "regional_orgs"),
        ),
        # near miss: the name modifies the States asked (OSCE Ministerial Council wording)
        (
            "The OSCE participating States should consider appointing national rapporteurs or other mechanisms for "
            "monitoring the anti-trafficking activities of State institutions.",
            ("should_consider", "member_states"),
        ),
    ],
)
def test_bare_regional_name_asked(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_request(mode, text, expected)


@in_both_modes(
    ("text", "expected"),
    [
        # Committee of Ministers, reply to PACE Recommendation 2166 (2019), Doc. 15105, 2020 (probe 22,
        # p22-cm15105-2): should / none before
        (
            "On 12 February 2020, it instructed the CDDH to draft a recommendation on the trade of goods used for "
            "torture and other cruel, inhuman or degrading treatment or punishment and for the death penalty.",
            ("should", "regional_orgs"),
        ),
        # Migration and Asylum news on the Council of Europe's plans (probe 11, p11-maff-3): should / none before; the
        # perfect "has tasked" is the Council of Europe's own act, the CDPC is asked
        (
            "The Council of Europe has tasked the CDPC with preparing a report by the end of the year, assessing the "
            "need for new legal instruments to combat migrant smuggling.",
            ("should", "regional_orgs"),
        ),
        # OAS General Assembly resolution AG/RES. 2771 (XLIII-O/13), as summarised by the IIN observatory
        # (real-n-189): encouraged / none before
        (
            "It also values the opportunities for exchange of “Best Practices” and invites the IIN to continue with them.",
            ("encouraged", "regional_orgs"),
        ),
        # UNICEF ahead of the African Union Summit, February 2019, as reported by VOV5 (real-o-153): should / none
        (
            "Ahead of the African Union (AU) Summit which opened in Ethiopia on Sunday, UNICEF urged AU leaders to work "
            "together to address the negative drivers of irregular migration and respond to the needs of uprooted "
            "children across the continent.",
            ("should", "regional_orgs"),
        ),
    ],
)
def test_regional_organ_or_leaders_asked(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_request(mode, text, expected)
