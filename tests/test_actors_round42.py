"""Actors, round 42: a regional organization named bare ("the AU", "ECOWAS", "the European Union") as the organization.

actors.yaml read a bare regional name only as the one asked ("urged the EU to", `asked_names`); elsewhere "the AU",
"SADC", "the European Union" named no actor, also where the organization acts ("The AU has not upheld peace"), is the
agent ("progress made by the EU") or one of a list of parties ("I thank Austria, ..., the European Union and the United
Kingdom", real-m-127). `bare_bodies` (round 42) reads the name by the word after it; a name that modifies the next word,
restates another in brackets, follows "of", closes an instrument's title or names a place stays no actor.
"""

from __future__ import annotations

from tests.modality_support import assert_row_actors, assert_row_request, in_both_modes

REGIONAL = {"regional_orgs"}


@in_both_modes(
    ("text", "present"),
    [
        # UN press release SG/SM/21033, 2021, as reproduced by ReliefWeb: real-m-127 (gold member_states, regional_orgs)
        (
            "I thank Austria, Bangladesh, Nigeria, Qatar, the European Union and the United Kingdom for convening this "
            "meeting to strengthen international action to prevent trafficking and protect people from modern-day "
            "slavery.",
            {"member_states", "regional_orgs"},
        ),
        # EALA resolution on trafficking in persons, as reported by EALA: real-u-052 (gold regional_orgs)
        (
            "It is also suggested that the Council of Ministers tables annually in the Assembly, the status report on "
            "action taken by the EAC to combat trafficking in persons.",
            REGIONAL,
        ),
        # SADC Executive Secretary, World Day against Trafficking in Persons, 2017: real-j-115 (gold member_states,
        # regional_orgs since round 42)
        (
            "In view of the public security concerns posed by trafficking in persons in the SADC region and beyond, SADC "
            "condemns the crime and encourages Member States and strategic partners to strengthen their interventions and "
            "cooperation to end trafficking in persons, guided by global, regional and national legislative frameworks, "
            "and effective programmes.",
            {"member_states", "regional_orgs"},
        ),
    ],
)
def test_dev_records(mode: str, text: str, present: set[str]) -> None:
    assert_row_actors(mode, text, present, set())


@in_both_modes(
    ("text", "present"),
    [
        # Afribundance, 2023, https://afribundance.com/2023/03/04/the-african-union-is-complicit-in-africas-human-trafficking-and-migrant-crisis
        # (p61-afri-1): the name, its acronym in brackets, then the verb
        (
            "The African Union (AU) has epically failed to end all armed conflicts by 2020, as it committed to in its "
            "‘Silence the Guns’ Initiative a decade ago.",
            REGIONAL,
        ),
        # Niamey Declaration Guide, regional profile: ECOWAS (p61-niamec-1): the subject before a copula, an agent
        ("ECOWAS is the oldest of the eight RECs recognized by the African Union (AU).", REGIONAL),
        # M. Ventrella's blog on the EU strategy, nexus-security copy (p61-nexus-1): the agent
        (
            "This report focuses on the period from 2012 to the third quarter of 2014 and examines the policies, "
            "legislation, and progress made by the EU in addressing human trafficking.",
            REGIONAL,
        ),
        # CGTN, https://news.cgtn.com/news/34417a4e31517a6333566d54/index.html (p61-cgtn-1): an irregular past verb
        (
            "The African Union said it has been working with countries that are popular migrant destinations to make "
            "sure these new arrivals are treated well.",
            REGIONAL,
        ),
        # FIACAT press release, 2022 (p61-fiacat-1): the parties a text is addressed to
        (
            "Developed in the course of a two-day seminar in December 2022, the document below brings together the "
            "jointly agreed recommendations of European and African civil society to the African Union (AU), European "
            "Union (EU) and their member states, as well as for the EU-AU partnership.",
            REGIONAL,
        ),
        # Daily Post on the 64th ECOWAS summit, 2023 (probe 18, p18-dp64-4)
        (
            "Beyond this, ECOWAS resolved to hold an extraordinary summit on unconstitutional changes of government, "
            "aimed at promoting peace, security and democracy.",
            REGIONAL,
        ),
    ],
)
def test_probe_texts(mode: str, text: str, present: set[str]) -> None:
    assert_row_actors(mode, text, present, set())


@in_both_modes(
    ("text",),
    [
        # near misses that must not change: a possessive (p61-afri-4), a modifier (p61-niamec-3; real-h-041, GRETA press
        # release on France, 2022), an acronym restating a name before the noun it modifies (p61-biz-2), a place
        # (p61-eustrat-1, EU Strategy 2021-2025; real-j-074, EP press release 2016; real-n-044, Council conclusions of
        # 8 May 2003), an instrument's title (p12l-ejtn-1, EJTN; p16l-com2016-448-2, COM(2016) 448)
        ("What has the AU’s response been?",),
        ("The ECOWAS region includes fifteen very different countries.",),
        (
            "In a report published today, the Council of Europe’s Group of Experts on Trafficking in Human Beings (GRETA) "
            "calls on the French authorities to take additional steps to facilitate and guarantee access to justice for "
            "all trafficking victims and set up a national victim identification and referral mechanism.",
        ),
        (
            "The first regional popularization workshop of the new African Union (AU) policies, on the Prevention of "
            "Trafficking in Persons (TIP) and Prevention of Smuggling of Migrants (SOM) in Africa, was recently held in "
            "Mauritius.",
        ),
        ("It continues to happen in the European Union, too.",),
        (
            "According to Europol, about 10,000 unaccompanied children have disappeared since arriving in the EU in 2015. "
            "Children should be registered upon their arrival and included in child protection systems, says the text.",
        ),
        ("to intensify judicial and police cooperation with relevant third countries neighbors to the European Union;",),
        (
            "The adoption of Directive 2011/36/EU (hereinafter the Anti-Trafficking Directive) was a major step towards a "
            "comprehensive approach focusing on prosecution, protection, prevention and partnership.",
        ),
        (
            "This instrument, adopted by the Council on the basis of Article K.3 of the Treaty on European Union, "
            "introduced a definition of organised crime in international law.",
        ),
    ],
)
def test_near_misses_name_no_regional_body(mode: str, text: str) -> None:
    assert_row_actors(mode, text, set(), REGIONAL)


@in_both_modes(
    ("context", "expected"),
    [
        # a heading naming the organization its items are for (round 56's lead-in kind; the item is real text, the
        # Council of the EU's conclusions of 8 May 2003, real-n-044, under a heading of the form round 56 constructed)
        ("To the European Union:", ("should", "regional_orgs")),
        ("To the African Union:", ("should", "regional_orgs")),
        # near miss: the bare name modifies the word after it, no regional body: none / none, as on main
        ("To the EU countries:", ("none", "none")),
    ],
)
def test_a_heading_naming_the_organization_asks_it(mode: str, context: str, expected: tuple[str, str | None]) -> None:
    assert_row_request(
        mode,
        "intensify judicial and police cooperation with relevant third countries neighbors to the European Union;",
        expected,
        context,
    )
