"""Actors, round 38: police chiefs by their titles, officials complicit in trafficking, and a victim-centric approach.

Gold part X reads chief constables as `law_enforcement` and officials complicit in trafficking as `perpetrators`
(data/gold/REAL_SOURCES_X.md); "chief constables" name the heads of police forces, and
"complicit officials", "officials allegedly complicit" and "corrupt officials" the officials who take part in trafficking
or shield it. Officials alone, "public officials" and "corruption of public officials" name no perpetrator. An approach
named after victims or survivors ("victim-centric", "survivor-centered") names the approach, not the people, as
"victim-centred" already did. The capitalized "Police and Crime Commissioner" (a police head's title) and "the Home
Office" (a UK government department, `member_states` as part X reads it) are matched as written, so their capitals are
not read as a title's words.
"""

from __future__ import annotations

from tests.modality_support import assert_row_actors, in_both_modes

# HM Inspectorate of Constabulary and Fire & Rescue Services, news release "Police response to victims of modern slavery
# needs improvement" (May 2021), bulleted list under its lead-in,
# https://hmicfrs.justiceinspectorates.gov.uk/news/news-feed/police-response-to-victims-of-modern-slavery-needs-improvement/
CHIEF_CONSTABLES = "It also makes other recommendations, including that chief constables should:"


@in_both_modes(
    ("text", "context", "present", "absent"),
    [
        # US Department of State, 2019 Trafficking in Persons Report: Thailand, prioritized recommendation 2,
        # https://www.ecoi.net/de/dokument/2010920.html (real-x-025, gold member_states, perpetrators)
        (
            "Proactively investigate and prosecute officials allegedly complicit in facilitating trafficking, and "
            "convict and punish those found guilty with adequate sentences.",
            None,
            {"member_states", "perpetrators"},
            set(),
        ),
        # the same report: Brazil, prioritized recommendation 2, https://www.ecoi.net/en/document/2010769.html
        # (real-x-035, gold member_states, perpetrators, traffickers)
        (
            "Vigorously investigate, prosecute, and convict traffickers, including those involving complicit officials.",
            None,
            {"member_states", "perpetrators", "traffickers"},
            set(),
        ),
        # the same report: Thailand, prioritized recommendation 5 (real-x-028, gold judges, member_states): "victims"
        # named before
        (
            "Support the development of victim-centric and trauma-informed approaches among judges overseeing trafficking cases.",
            None,
            {"judges", "member_states"},
            {"victims"},
        ),
    ],
)
def test_dev_records(mode: str, text: str, context: str | None, present: set[str], absent: set[str]) -> None:
    assert_row_actors(mode, text, present, absent, context)


def test_chief_constables_lead_in() -> None:
    """real-x-017 (gold law_enforcement, no actor before), rule-only mode: the lead-in's subject is now an actor. The
    parsed mode takes "that" of "including that chief constables should:" for a determiner and the lead-in for no clause
    (a lead-in reading, not the vocabulary's), so the row stays without an actor there, as before."""
    assert_row_actors(
        "rules",
        "allocate modern slavery investigations to teams and individuals with the right skills and experience; and",
        {"law_enforcement"},
        set(),
        CHIEF_CONSTABLES,
    )


@in_both_modes(
    ("text", "present", "absent"),
    [
        # The Freedom Story, "TIP Special Focus: Corruption and Trafficking" (2022),
        # https://thefreedomstory.org/tip-special-focus-corruption-and-trafficking/ (p43-freedom-1)
        (
            "It pressures governments to hold complicit officials accountable and strongly values robust assurances that "
            "state officials do not involve themselves in these crimes.",
            {"perpetrators"},
            set(),
        ),
        # US Department of State, 2022 Trafficking in Persons Report, "Linking Efforts to Combat Corruption and
        # Trafficking in Persons", https://issuu.com./isjc/docs/2022_tip_report/s/16431878 (p43-tip22-2)
        (
            "The paper highlights how impunity remains the norm in many places and industries, as both human traffickers "
            "and the corrupt officials who facilitate these crimes operate with little fear of prosecution.",
            {"traffickers", "perpetrators"},
            set(),
        ),
        # Local Government Association, Modern Slavery Act 2015 (briefing),
        # https://lb2.local.gov.uk/parliament/briefings-and-responses/modern-slavery-act-2015 (p43-lgamsa-2)
        (
            "Where funding can be identified or secured – including from the local Police and Crime Commissioner (PCC) – "
            "to support dedicated teams or services (such as accommodation), this often leads to the best outcomes for "
            "victims.",
            {"law_enforcement", "victims"},
            set(),
        ),
        # LGA First, "Disrupting modern slavery", https://lgafirst.co.uk/features/disrupting-modern-slavery
        # (p43-lgafirst-1)
        (
            "Since then, the LGA has continued to work with our member authorities, partner organisations and the Home "
            "Office to strengthen and develop this agenda by identifying the different ways in which local authorities "
            "can disrupt slavery and support its victims.",
            {"member_states", "victims"},
            set(),
        ),
        # gadomo.com, https://gadomo.com/page.php?p=0003518 (probe 34, p34-gadomo-1): "victims" named before
        (
            "Courts and child protection authorities must adopt survivor-centered practices that minimize re-traumatization.",
            set(),
            {"victims"},
        ),
    ],
)
def test_probes(mode: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_row_actors(mode, text, present, absent)


@in_both_modes(
    ("text", "present", "absent"),
    [
        # near miss: officials under investigation are named by the State's duty, no perpetrator (GRETA on Romania, as
        # summarised, https://rlw.juridice.ro/1372/council-of-europe-anti-trafficking-in-human-beings-body-publishes-report-on-romania.html;
        # real-j-053, gold member_states)
        (
            "As regards investigation and prosecution, while noting some positive results, GRETA urges the Romanian "
            "authorities to step up proactive investigations into trafficking for the purpose of labor exploitations "
            "and to investigate any report of alleged involvement of public officials in offences related to human "
            "trafficking",
            {"member_states"},
            {"perpetrators"},
        ),
        # near miss: a survivor named as a person is still a victim (Futures of Work, reflections of the second UK
        # Independent Anti-Slavery Commissioner, 2025,
        # https://futuresofwork.co.uk/2025/10/13/reflections-and-recommendations-from-the-second-u-k-independent-anti-slavery-commissioner;
        # p43-thornton-1)
        (
            "I worked closely with survivor groups on this agenda and employed a survivor in my office.",
            {"victims"},
            set(),
        ),
    ],
)
def test_near_misses(mode: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_row_actors(mode, text, present, absent)
