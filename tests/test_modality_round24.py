"""Modality and addressee, round 24: real text of probe 16 (``data/probe/probe16_modality.jsonl``).

Speeches and reports say "must" in other words: "has to" / "have to" / "had to" + a verb binds as "must" does (gold
part M reads "had to determine" and "we have to listen" so). A report whose speakers an earlier sentence named goes on
with "they": "they agreed to" / "they undertake to" is their undertaking, as "The leaders agreed to" is.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes

# 62nd ECOWAS Summit, final communiqué as reported by The Sun (Nigeria), 2022: the lead-in sentence of p13-ecowas62-2
ECOWAS_LEAD_IN = (
    "“The Heads of State and Government reiterate their commitment to the effective implementation of the ECOWAS "
    "2020-2024 Priority Action Plan, as adopted at their 56th Ordinary Session held in Abuja, Federal Republic of "
    "Nigeria on 21 December 2019."
)


@in_both_modes(
    ("text", "expected"),
    [
        # UNODC, "12th United Nations Congress on Crime Prevention and Criminal Justice addresses human trafficking and
        # migrant smuggling" (Salvador, April 2010) (p16-ga11219b-1)
        (
            "Any response to trafficking in persons and smuggling of migrants has to take into consideration all these "
            "potential actors and their various level of organization.",
            ("mandatory", "none"),
        ),
        # InfoMigrants on the European Parliament resolution of 10 February 2021, a rapporteur quoted (p11-infom-3)
        (
            '"We have to support and help the victims, and ensure an end to the culture of impunity surrounding this '
            'transnational crime."',
            ("mandatory", "none"),
        ),
        # near miss: "have" with its object before "to" is no duty (UNIS/CP/952, statement of the UNODC Executive
        # Director on International Migrants Day, 18 December 2016; p16-unis952-6)
        ("We all have a part to play.", ("none", "none")),
    ],
    ids=["has-to-take", "we-have-to-support", "have-a-part-to-play"],
)
def test_have_to_binds_as_must(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected)


@in_both_modes(
    ("text", "context", "expected"),
    [
        # UN press release GA/11955 (27 September 2017), the Political Declaration on the Global Plan of Action as
        # adopted, its Member States the "they" (p16-ga11955-2)
        (
            "In particular, they agreed to address the many social, economic, cultural and political factors that "
            "increased people’s vulnerability to trafficking, including poverty, unemployment, inequality, conflict, "
            "humanitarian emergencies and gender discrimination.",
            None,
            ("mandatory", "member_states"),
        ),
        # the ECOWAS communiqué as reported, under its lead-in (p13-ecowas62-2)
        (
            "To this end, they undertake to urgently pay their contributions of one (1) billion US dollars to the "
            "regional counter-terrorism fund established for this purpose.",
            ECOWAS_LEAD_IN,
            ("mandatory", "member_states"),
        ),
        # near miss: "they agreed that ..." states a view, no undertaking (CARICOM, statement of the Thirteenth Special
        # Meeting of the Conference of Heads of Government, Port-of-Spain, 2008; p14-caricom2008-2)
        ("In addition, they agreed that an Advanced Cargo Information System would be put in place.", None, ("none", "none")),
    ],
    ids=["ga11955-they-agreed-to", "ecowas-they-undertake-to", "caricom-they-agreed-that"],
)
def test_they_report_an_undertaking(mode: str, text: str, context: str | None, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected, context)


@in_both_modes(
    ("text", "expected"),
    [
        # IISD SDG Knowledge Hub, "UNGA Adopts Political Declaration Combating Trafficking in Persons" (5 October 2017):
        # an acronym inside the speaker's title-case name (p16-pd17iisd-1; rule-only read none)
        (
            "The UNGA President called for contributions to the UN Voluntary Trust Fund for Victims of Human "
            "Trafficking, as tool to assist victims in recovering, reclaiming dignity and minimizing the risk of "
            "revictimization.",
            ("should", "none"),
        ),
        # Prensa Latina via Cadena Agramonte, "UN calls for more support for victims of human trafficking" (November
        # 2021): the speaker's surname opens the sentence (p16-pga21-5; rule-only read none)
        (
            "Shahid also called for amplifying and taking into account the voices of the survivors of human trafficking.",
            ("should", "none"),
        ),
        # near miss: a title-case opener is no speaker when the call is a relative clause's (buecher.de, blurb of
        # "Human Trafficking and Sexual Exploitation")
        ("Trafficking is a multifaceted problem which calls for comprehensive approaches.", ("none", "none")),
    ],
    ids=["unga-president-called-for", "surname-also-called-for", "which-calls-for"],
)
def test_a_named_speaker_calls_for(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected)
