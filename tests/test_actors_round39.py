"""Actors, round 39: whose Secretary General.

A secretary general is the head of the body named with the title, before it ("OSCE Secretary General", "Council of
Europe Secretary General", real-r-193, gold `regional_orgs`) or after its "of (the)" ("The Secretary General of the
UN"). Alone, the title is the UN's, as the hyphenated "Secretary-General" already was, also without its hyphen
("Urges the Secretary General to appoint ..."). The unhyphenated spelling is the one other bodies print (OSCE,
INTERPOL, OAS, Council of Europe), so there the one body the text names is the title's own, and a person's name after
the title with no body named leaves the body unknown (no actor). The hyphenated title keeps its UN reading.
"""

from __future__ import annotations

from tests.modality_support import assert_row_actors, in_both_modes


@in_both_modes(
    ("text", "present", "absent"),
    [
        # Council of Europe, news on the Convention against Trafficking in Human Organs (real-r-193, gold member_states,
        # regional_orgs; source and address in data/gold/real_dev.jsonl)
        (
            "Council of Europe Secretary General Thorbjørn Jagland called on states from Europe and beyond to join the "
            "Convention without delay and urged Governments to “take swift action and co-operate effectively taking "
            "advantage of the legal framework the convention provides”.",
            {"member_states", "regional_orgs"},
            {"un_entities"},
        ),
    ],
)
def test_dev_records(mode: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_row_actors(mode, text, present, absent)


@in_both_modes(
    ("text", "present", "absent"),
    [
        # 1325 Australia, 'Resolution Summary' of Security Council resolution 1325 (2000),
        # http://1325australia.org.au/html/nures1.html (p12-sc1325-3)
        ("Urges the Secretary General to appoint more women as special representatives and envoys.", {"un_entities"}, set()),
        # Security Council resolution 242 (1967), text reproduced by BBC News,
        # http://news.bbc.co.uk/2/low/middle_east/1639522.stm (p38-sc242-2)
        (
            "Requests the Secretary General to designate a Special Representative to proceed to the Middle East to "
            "establish and maintain contacts with the States concerned in order to promote agreement and assist efforts "
            "to achieve a peaceful and accepted settlement in accordance with the provisions and principles in this "
            "resolution;",
            {"un_entities"},
            set(),
        ),
        # Cadena Agramonte (Prensa Latina), 'UN calls for more support for victims of human trafficking' (2021),
        # https://www.cadenagramonte.cu/english/articulos/ver/33949:un-calls-for-more-support-for-victims-of-human-trafficking
        # (p16-pga21-1)
        (
            "The Secretary General of the UN, António Guterres, demanded more support and protection for the victims of "
            "human trafficking, a scourge present today in many regions of the world.",
            {"un_entities", "victims"},
            set(),
        ),
        # OSCE CTHB (mirror), side event at the OSCE Ministerial Council (Łódź, 2022), https://shhada.ir/cthb/533423
        # (p43-oscemc-1)
        (
            "Addressing participants, OSCE Secretary General Helga Maria Schmid, emphasised the context of this "
            "humanitarian crisis:",
            {"regional_orgs"},
            {"un_entities"},
        ),
        # OAS General Assembly resolution AG/RES. 2019 (XXXIV-O/04), preamble (cut mid-sentence),
        # http://www.oas.org/juridico/english/ga04/agres_2019.htm (p11-oas2019-pp)
        (
            "CONSIDERING that, in operative paragraph 4 of resolution AG/RES. 1948 (XXXIII-O/03), the General Assembly "
            "resolved: “To instruct the Secretary General to appoint an ‘OAS Coordinator on the Issue of Trafficking in "
            "Persons, Especially Women, Adolescents, and Children,’ to be housed in the Permanent Secretariat of the CIM "
            "and to be funded by a specific fund created for this purpose with contributions from me",
            {"regional_orgs"},
            {"un_entities"},
        ),
        # Council of Europe Parliamentary Assembly, Recommendation 2109 (2017), para. 2,
        # http://assembly.coe.int/nw/xml/XRef/Xref-XML2HTML-EN.asp?fileid=23967&lang=en (p8-pace2109-2)
        (
            "The Assembly welcomes the important work in this area accomplished by various Council of Europe bodies and "
            "institutions, including intergovernmental activities, the Council of Europe Commissioner for Human Rights "
            "and the Special Representative of the Secretary General on Migration and Refugees. However, it regrets "
            "that there is no intergovernmental body in the Council of Europe to specifically promote Council of Europe "
            "standards among the member States.",
            {"regional_orgs"},
            {"un_entities"},
        ),
    ],
)
def test_probes(mode: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_row_actors(mode, text, present, absent)


@in_both_modes(
    ("text", "present", "absent"),
    [
        # near miss: a named secretary general of a body the text does not name stays no actor (UrduPoint/WAM, INTERPOL
        # General Assembly ends with strong support for Organization's global mandate, 2021,
        # https://www.urdupoint.com/en/middle-east/interpol-general-assembly-ends-with-strong-su-1411189.html;
        # p10-interpol2021-2)
        (
            '"The only way for law enforcement in our 195 member countries to effectively combat transnational crime '
            "is through international police cooperation, and I will continue to ensure they are provided with the "
            'support they need," concluded Secretary General Stock.',
            {"law_enforcement"},
            {"un_entities"},
        ),
        # near miss: the hyphenated title before a name stays the UN's (Xinhua, 'UN chief calls for coordinated efforts
        # to fight human trafficking', 2010, http://91dzs.com/world/2010-09/01/content_20838236.htm; p11-xinhua-1)
        (
            "UN Secretary-General Ban Ki- moon on Tuesday called on the international community to make coordinated "
            'efforts to crack down on human trafficking, which he called as "slavery in the modern age."',
            {"un_entities"},
            {"regional_orgs"},
        ),
        # near miss: the Secretary-General of ASEAN stays ASEAN's (Antara on the 17th ASEAN Economic Ministers'
        # Retreat, https://en.antaranews.com/news/68661/asean-to-focus-on-equitable-economic-development; p18-ant-2)
        (
            '"ASEAN needs to address seriously the development gap so everyone can benefit from the integration," said '
            "the Secretary-General of ASEAN Surin Pitsuwan.",
            {"regional_orgs"},
            {"un_entities"},
        ),
    ],
)
def test_near_misses(mode: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_row_actors(mode, text, present, absent)


@in_both_modes(
    ("text", "present", "absent"),
    [
        # African Union, statement of the Chairperson of the African Union Commission on the auctioning of African
        # migrants in Libya (2017), paragraph 4, http://allafrica.com/stories/201711200805.html (real-u-008, gold
        # member_states, regional_orgs, stakeholders, vulnerable_populations): the AU Commission's head by its title
        (
            "The Chairperson of the Commission also intends to quickly dispatch an envoy to Libya for consultations with "
            "the Government of Libya and other stakeholders, to agree on practical steps in support of efforts to address "
            "the plight of the African migrants in Libya.",
            {"regional_orgs", "member_states"},
            {"un_entities"},
        ),
        # European Council conclusions, 18-19 February 2016, migration (Wikisource transcription, page 6),
        # https://en.m.wikisource.org/wiki/Page:European_Council_conclusions,_18-19th_February_2016.pdf/6 (p12-euco-6)
        (
            "The European Council welcomes the Commission's intention to make concrete proposals as soon as possible;",
            {"regional_orgs"},
            {"un_entities"},
        ),
        # African Union Assembly, Decision on the Report of the Peace and Security Council (2017),
        # https://agp.africanlii.org/akn/aa-au/statement/decision/au-assembly/2017/644/eng@2017-07-04 (p14-au2017-2)
        (
            "COMMENDS the PSC, the Commission and the Regional Economic Communities/Regional Mechanisms for Conflict "
            "Prevention, Management and Resolution (RECs/RMs) for their commitment and efforts towards peace, security "
            "and stability in Africa;",
            {"regional_orgs"},
            {"un_entities"},
        ),
        # near miss: a UN functional commission's head is its "Chairman", the Commission stays the UN's (Economic and
        # Social Council resolution 626 H (XXII), 1956, operative paragraph 2,
        # http://www.unodc.org/unodc/en/Resolutions/resolution_1956-08-02_8.html; real-l-112, gold un_entities)
        (
            "Requests the Secretary-General, in consultation with the Chairman of the Commission, to select the "
            "participants, with due regard for adequate representation of the principal opium-producing and "
            "drug-manufacturing countries and the main geographical regions of the world concerned.",
            {"un_entities"},
            {"regional_orgs"},
        ),
    ],
)
def test_commission_of_a_regional_body(mode: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_row_actors(mode, text, present, absent)
