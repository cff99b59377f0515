"""Actors, round 36: industry, business and professional actors by their other names; a sector as a field of work.

Business of every kind is ``private_sector`` and finance ``financial_institutions`` (TAXONOMY sections 2 and 5): vessel
owners and operators, travel service providers, virtual asset service providers ("VASPs"), the gatekeeper professions
the FATF lists with the designated non-financial businesses (real estate agents, trust and company service providers,
notaries), "the financial community"; "healthcare professionals" and "law-enforcement officials" are the spellings of
listed actors; "civic organizations" and "social partners" are civil society as the gold reads them. A sector named
after "in" is the field where something happens, no actor ("the risks of human trafficking in the agricultural
sector"), save "the private sector", which names its members there too. Lawyers, accountants, trade unions, platforms
and firearms brokers stay unlisted (the gold reads them none, or civil society, and constructed-078's brokers none).
"""

from __future__ import annotations

from tests.modality_support import assert_row_actors, in_both_modes

# International Labour Conference, Worst Forms of Child Labour Recommendation, 1999 (No. 190), paragraph 15 (b)
# (real-g-034, gold civil_society and private_sector): civil_society missing before
CIVIC = "involving and training employers' and workers' organizations and civic organizations;"
CIVIC_LEAD_IN = (
    "Other measures aimed at the prohibition and elimination of the worst forms of child labour might include the following:"
)

# Guyana Chronicle, "Governments need to take action to end modern slavery — ILO Director-General", 4 December 2015
# (real-l-204, gold civil_society, member_states, victims): civil_society missing before
SOCIAL_PARTNERS = (
    "Emphasising that global commitment to combating modern slavery has increased but current responses still fall "
    "far short of addressing the entirety of the challenge or its root causes, Ryder said ending modern slavery "
    "requires strong legislation, strict implementation, joint commitment of countries and social partners, along "
    "with effective support systems for the victims."
)

# UNIS/SGSM/844, the Secretary-General's message to the seventh session of the UNCAC Conference, 2017 (real-m-141, gold
# civil_society, financial_institutions, private_sector): both business ids missing before
FINANCIAL_COMMUNITY = (
    "But we need the full engagement and support of the business and financial communities. We need civil society to "
    "continue its valuable work."
)

# Committee on the Rights of the Child, CRC/C/COL/CO/3, 2006, paragraph 87 (e) (real-p-015, gold law_enforcement)
HYPHENATED_POLICE = (
    "Train law-enforcement officials, social workers and prosecutors on how to receive, monitor, investigate and "
    "prosecute cases, in a child-sensitive manner that respects the privacy of the victim;"
)

# Europe Watchdog, summary of CETS No. 216, "Preventing trafficking in human organs" (real-r-185, gold
# health_professionals)
HEALTHCARE = "provide information to and strengthen training of healthcare professionals and relevant officials"

# Council of Europe press release on GRETA's third report on Spain (real-h-034, gold labour_inspectors, member_states,
# victims): private_sector from "the agricultural sector" before
AGRICULTURAL_FIELD = (
    "Concerning trafficking for labour exploitation, GRETA also urges the authorities to ensure that labour inspectors "
    "have sufficient resources to carry out inspections, review the legislative framework for any loopholes that may "
    "limit the prosecution and adjudication of cases, address the risks of human trafficking in the agricultural "
    "sector and improve the detection of possible victims in this sector."
)


@in_both_modes(
    ("text", "context", "present", "absent"),
    [
        (CIVIC, CIVIC_LEAD_IN, {"civil_society", "private_sector"}, set()),
        (SOCIAL_PARTNERS, None, {"civil_society", "victims"}, set()),
        (FINANCIAL_COMMUNITY, None, {"financial_institutions", "private_sector", "civil_society"}, set()),
        (HYPHENATED_POLICE, None, {"law_enforcement", "prosecutors"}, set()),
        (HEALTHCARE, None, {"health_professionals"}, set()),
        (AGRICULTURAL_FIELD, None, {"labour_inspectors", "victims"}, {"private_sector"}),
    ],
)
def test_dev_records(mode: str, text: str, context: str | None, present: set[str], absent: set[str]) -> None:
    assert_row_actors(mode, text, present, absent, context)


@in_both_modes(
    ("text", "present", "absent"),
    [
        # presset.xyz, forced labour at sea, 28 May 2025 (probe 30, p30-presset-1)
        (
            "As fishing voyages lengthen and fuel costs unavoidably rise, vessel owners and operators reduce or "
            "eliminate other costs by denying crew members their fundamental rights concerning the terms and "
            "conditions of their labour, including those concerning wages, safety standards, and other living and "
            "working conditions.",
            {"private_sector"},
            set(),
        ),
        # franciscoblaha.info, decent labour on fishing vessels, 2019 (p30-blaha-1)
        (
            "This is not to say all offshore fishing vessel operators are bad players but those fishing vessel "
            'operators who do want to comply with good employment standards do not compete on a "level playing field".',
            {"private_sector"},
            set(),
        ),
        # The Pixel Project, 16 actions travel service providers can take, 2020 (p30-pixel-2)
        (
            "This list offers 16 actions travel service providers can take to stop or prevent human trafficking.",
            {"private_sector"},
            set(),
        ),
        # FATF, Horizontal Review of Gatekeepers' Technical Compliance Related to Corruption, 2024 (p30-fatfgk-1)
        (
            "To minimise such risks, the FATF took action over 20 years ago by requiring countries around the globe "
            "to apply AML/CFT measures to gatekeepers - lawyers, accountants, trust and company service providers, "
            "and real estate agents.",
            {"financial_institutions"},
            set(),
        ),
        # M. Cassagne, technical compliance by lawyers, accountants and notaries, 2024 (p30-cassagne-1)
        (
            'In this context, professionals and entities known as "Guardians" - including lawyers, accountants, and '
            "notaries - play a crucial role in the prevention and detection of these crimes.",
            {"financial_institutions"},
            set(),
        ),
        # nimblconsulting.biz, Travel Rule for VASPs (p30-nimbl-1)
        (
            "Most countries and most VASPs are not complying with Recommendation 16, .aka. as the Travel Rule, of the "
            "FATF standards , with only 10 countries reporting that they have implemented and are enforcing the Travel "
            "Rule requirements for VASPs.",
            {"financial_institutions"},
            set(),
        ),
    ],
)
def test_business_and_professions(mode: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_row_actors(mode, text, present, absent)


@in_both_modes(
    ("text", "present", "absent"),
    [
        # near miss: "in the private sector" names a target group (OSCE Action Plan as reported; probe 12, p12-osce-2)
        (
            "In addition, the Action Plan advises OSCE participating States to increase awareness of trafficking in "
            "human beings in other relevant target groups, including policy makers, law enforcement officers, and "
            "other relevant professionals such as medical, social services and employment officials, and in the "
            "private sector, to enhance their readiness to address trafficking adequately and to strengthen their "
            "institutional capacity to counter it.",
            {"private_sector", "law_enforcement"},
            set(),
        ),
        # near miss: lawyers and accountants stay unlisted (the gold reads defence lawyers none or civil society), no
        # business or civil society from them (FAIComply on the FATF review, 2024; p30-faicomply-2)
        (
            "Are gatekeepers — lawyers, accountants and real estate agents — supposed to be heroes in the fight against "
            "corruption, or are they just unintentional facilitators?",
            set(),
            {"civil_society", "private_sector"},
        ),
        # near miss: trade unions stay unlisted (gold real-h-112, real-c-064); M. Ford, Anti-Trafficking Review 5, 2015
        # (p30-atrford-1)
        (
            "This article examines the dilemmas facing trade unions seeking to engage on questions of forced labour and "
            "human trafficking.",
            set(),
            {"civil_society", "private_sector"},
        ),
        # near miss: a sector named among the people informed, after "among" (no place word), is still an actor (IOM and
        # OAS Inter-American Commission of Women, plan on trafficking, item 1; probe 21, p21-oas-1)
        (
            "1. Raise awareness and inform on the scope, characteristics and risks of trafficking, particularly among "
            "vulnerable groups, but also among government authorities, the tourism sector and",
            {"private_sector"},
            set(),
        ),
    ],
)
def test_near_misses(mode: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_row_actors(mode, text, present, absent)
