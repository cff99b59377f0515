"""Actors, round 41: actor words inside a capitalized title, and a labour inspectorate by its capitalized name.

Actors round 40 left two one-document kinds; probe 56 (data/probe/probe56_actors.jsonl) found each in more documents.
A capitalized title whose alias holds a lower-case "of" ("the National Action Plan ... for the Protection of Children
Victims of Trafficking", real-z-001; "Re-Integration of Victims of Trafficking for Commercial Sexual Exploitation";
"the Victims of Trafficking and Violence Protection Act") read its words as `victims`: `_in_title` needed every word
capitalized. A State's labour inspectorate by its name ("the State Labour Inspectorate", real-z-008; "The Independent
Labor Inspection Authority") was no actor: its capitalized words were taken for a title's.
"""

from __future__ import annotations

from tests.modality_support import assert_row_actors, in_both_modes


@in_both_modes(
    ("text", "present", "absent"),
    [
        # CRC, concluding observations on Albania, CRC/C/ALB/CO/2-4, 2012, para. 83 (a): real-z-001 (gold children,
        # states_parties; source and address in data/gold/real_dev.jsonl)
        (
            "(a) Ensure that the National Action Plan for the Combat against Trafficking of Children and for the "
            "Protection of Children Victims of Trafficking (2011–2013) addresses prevention measures targeting, in "
            "particular, children from Roma and Egyptian minorities;",
            {"children"},
            {"victims"},
        ),
        # CESCR, concluding observations on Albania, E/C.12/ALB/CO/2-3, 2013, para. 24: real-z-008 (gold children,
        # labour_inspectors, states_parties)
        (
            "The State party is urged to strengthen the monitoring mechanisms for child labour, in particular by adapting "
            "the State Labour Inspectorate to detect cases of the worst forms of child labour, including by street "
            "children.",
            {"labour_inspectors", "children"},
            set(),
        ),
    ],
)
def test_dev_records(mode: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_row_actors(mode, text, present, absent)


@in_both_modes(
    ("text", "present", "absent"),
    [
        # UPSC Success, Ujjawala scheme, https://www.upscsuccess.com/ujjawala-scheme/ (p56-ujjawala-1)
        (
            "It is comprehensive Scheme for Prevention of Trafficking and Rescue, Rehabilitation and Re-Integration of "
            "Victims of Trafficking for Commercial Sexual Exploitation.",
            set(),
            {"victims"},
        ),
        # CRS Report R44953, https://www.everycrsreport.com/reports/R44953.html (probe 14, p14l-crs-r44953-1)
        (
            "The 109th Congress first mandated the report’s publication in the Trafficking Victims Protection Act of 2000 "
            "(TVPA; Div. A of the Victims of Trafficking and Violence Protection Act of 2000, P.L. 106-386).",
            set(),
            {"victims"},
        ),
        # To Vima, 18 October 2022,
        # https://www.tovima.gr/2022/10/18/international/greece-independent-labor-inspectorate-joins-the-fight-against-human-trafficking/
        # (p56-tovima-1)
        (
            "The Independent Labor Inspection Authority, as part of a joint European action, carried out inspections at "
            "workplaces that present a high probability of cases of human trafficking, for the purpose of labor "
            "exploitation.",
            {"labour_inspectors"},
            set(),
        ),
    ],
)
def test_probe_texts(mode: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_row_actors(mode, text, present, absent)


@in_both_modes(
    ("text", "present", "absent"),
    [
        # near misses that must not change. Lower case, a mention: Ukraine, National Programme against Trafficking in
        # Human Beings up to 2015 (IOM unofficial translation),
        # http://iom.org.ua/en/legislation/migration-related-legislation/national-programme-against-trafficking-in-human-beings-for-the-period-up-to-2015.html
        # (p56-uaprog-1)
        (
            "The aim of the Programme is to prevent trafficking in human beings, increase the effectiveness of "
            "persecution of persons who commit or facilitate trafficking-related crimes, as well as to protect the rights "
            "of victims of trafficking and provide them with assistance.",
            {"victims"},
            set(),
        ),
        # A sentence starts with the alias: the ILO IPEC resources page,
        # http://ilo.org/ipec/Action/Labourinspection/resources/lang--en/index.htm (p56-ilores-2)
        (
            "Labour inspectorates, together with other public institutions and in collaboration with social partners, "
            "have long been active in addressing child labour and its worst forms through the combined use of advisory "
            "and enforcement actions.",
            {"labour_inspectors"},
            set(),
        ),
        # An ILO meeting's name holds "Labour Inspection" but names no body: ILO GB.276 note on the proceedings,
        # http://oit.org/public/english/standards/relm/gb/docs/gb276/melicln.htm
        (
            "Following a proposal by an Informal Ministerial Meeting on Child Labour held during the 83rd Session of the "
            "International Labour Conference (June 1996), the Governing Body of the International Labour Office decided "
            "at its 273rd Session (November 1998) that a Meeting of Experts on Labour Inspection and Child Labour should "
            "be convened.",
            set(),
            {"labour_inspectors"},
        ),
    ],
)
def test_near_misses(mode: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_row_actors(mode, text, present, absent)
