"""Actors, round 40: workers' bodies by their names, and the titles of the CRC's Optional Protocols.

Part Z's unseen estimate (data/gold/REAL_SOURCES_Z.md) and probe 52 (data/probe/probe52_actors.jsonl) found two
kinds in two documents or more. A workers' confederation named in an ILO supervisory text ("the Confederation of
Public and Private Sector Workers (CTSP)", real-z-014, gold `civil_society`; "the Trades Union Congress (TUC)") was
no actor: its words are capitalized, and "Workers of Peru" gave a State. The two Optional Protocols to the CRC, whose
titles are printed in lower case after "Protocol" ("the Optional Protocol ... on the sale of children, child
prostitution and child pornography", real-z-019, real-q-095, real-n-039), gave a false `children`. The generic "trade
unions" stays no actor (the gold: real-c-064, real-h-112, real-i-028), and so does a State's own council of ministers.
"""

from __future__ import annotations

from tests.modality_support import assert_row_actors, in_both_modes


@in_both_modes(
    ("text", "present", "absent"),
    [
        # ILO CEACR, comment under Convention No. 182 (NORMLEX comment 4060937), real-z-014 (gold civil_society,
        # member_states; source and address in data/gold/real_dev.jsonl)
        (
            "The Committee notes the observations of the Confederation of Public and Private Sector Workers (CTSP) "
            "received on 4 September 2019. The Committee requests the Government to provide its comments in this respect.",
            {"civil_society", "member_states"},
            set(),
        ),
        # Special Rapporteur on the sale of children, report on Albania (CRIN), real-z-019 (gold member_states)
        (
            "Ratify the Optional Protocol to the Convention on the Rights of the Child on the sale of children, child "
            "prostitution and child pornography and the International Convention on the Protection of the Rights of All "
            "Migrant Workers and Members of Their Families. (para. 119a)",
            {"member_states"},
            {"children"},
        ),
    ],
)
def test_dev_records(mode: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_row_actors(mode, text, present, absent)


@in_both_modes(
    ("text", "present", "absent"),
    [
        # ILO Committee on Freedom of Association, NORMLEX complaint text 2912244,
        # https://normlex.ilo.org/dyn/normlex/es/f?p=1000%3A50002%3A0%3A%3ANO%3A%3AP50002_COMPLAINT_TEXT_ID%2CP50002_LANG_CODE%3A2912244%2Cen%3ANO
        # (p52-cfaperu-1)
        (
            "The complaint is contained in a communication from the General Confederation of Workers of Peru (CGTP), the "
            "Autonomous Confederation of Workers of Peru (CATP) and the Single Confederation of Workers of Peru (CUT) "
            "dated 17 December 2009.",
            {"civil_society"},
            {"member_states"},
        ),
        # ILO CEACR, NORMLEX comment 2267741,
        # https://webapps.ilo.org/dyn/normlex/es/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A2267741%2Cen%3ANO
        # (p52-icftu06-3)
        (
            "The Committee requests the Government to transmit its observations on the comments made by the ICFTU and on "
            "the pending comments of the Committee in its next reports due for the regular reporting cycle in 2007.",
            {"civil_society", "member_states"},
            set(),
        ),
        # ILO CEACR, NORMLEX comment 2235658,
        # https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A2235658%2C102599
        # (p52-ctrn-1)
        (
            "The Committee takes note of the Government’s report and of an extensive reply by the Government to the "
            "comments submitted by the International Confederation of Free Trade Unions (ICFTU) and the Workers’ "
            "Confederation Rerum Novarum (CTRN).",
            {"civil_society", "member_states"},
            set(),
        ),
        # ILO CEACR, observation on the United Kingdom (NORMLEX comment 4059792),
        # http://ilo.int/dyn/normlex/fr/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A4059792%2Cen%3ANO
        # (p52-tuc-1)
        (
            "The Committee also notes the observations of the Trades Union Congress (TUC), received on 30 August 2019, "
            "and the Government’s reply to those observations, received on 12 November 2019.",
            {"civil_society", "member_states"},
            set(),
        ),
        # Office of the SRSG on Violence against Children, International Standards and Commitments,
        # https://violenceagainstchildren.un.org/content/international-standards-and-commitments (p52-srsgstd-1)
        (
            "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed "
            "conflict: 172 States Parties",
            {"states_parties"},
            {"children"},
        ),
        # Together (Scottish Alliance for Children's Rights), 2014,
        # https://www.togetherscotland.org.uk/news-and-events/news/2014/06/uk-concluding-observations-on-optional-protocol-on-sale-of-children/
        # (p52-together-2)
        (
            "The UNCRC has 3 Optional Protocols, one of which is the Optional Protocol on the sale of children, child "
            "prostitution and child pornography.",
            set(),
            {"children"},
        ),
    ],
)
def test_probes(mode: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_row_actors(mode, text, present, absent)


@in_both_modes(
    ("text", "present", "absent"),
    [
        # the generic trade unions stay no actor, as the gold reads them (real-c-064; source in data/gold/real_dev.jsonl)
        # ILO LAB/ADMIN news (2010),
        # http://ilo.org/global/about-the-ilo/how-the-ilo-works/departments-and-offices/governance/labadmin-osh/news/WCMS_126559/lang--en/index.htm
        # (p52-wroclaw-1)
        (
            "The project is being implemented by the Italian Department for Equal Opportunities in partnership with the "
            "ILO's Special Action Programme to combat Forced Labour (SAP/FL) and with labour inspectorates, law "
            "enforcement and trade unions in Italy, Portugal, Poland and Romania.",
            {"labour_inspectors", "law_enforcement"},
            {"civil_society"},
        ),
        # a State's federal entity, no workers' body (real-j-107; source in data/gold/real_dev.jsonl)
        (
            "the Federation of Bosnia and Herzegovina and the Brčko District",
            set(),
            {"civil_society"},
        ),
        # the children the Protocol protects are still children (e-PG Pathshala, INFLIBNET,
        # https://ebooks.inflibnet.ac.in/hrdp05/chapter/optional-protocols-1-and-2-to-the-convention-on-the-rights-of-the-child-and-other-international-standards-relating-to-children;
        # p52-inflib-2)
        (
            "The First Optional Protocol restricts the involvement of children in military conflicts, and the Second "
            "Optional Protocol prohibits the sale of children, child prostitution and child pornography.",
            {"children"},
            set(),
        ),
    ],
)
def test_near_misses(mode: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_row_actors(mode, text, present, absent)
