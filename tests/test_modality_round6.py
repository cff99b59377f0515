"""Modality and addressee on the phrasings of the round-6 real sources (issue 13 point 3): FATF, ILO, Council of
Europe, Beijing Platform, UNHCR ExCom, Security Council, Bali Process and Special Rapporteur texts, quoted as
``data/gold/REAL_SOURCES_D.md``, ``_E.md`` and ``_F.md`` list them (the source of each is given beside it).
"""

from __future__ import annotations

import pytest

from tests.modality_support import assert_row_request
from tests.tag_support import tagged_row

BOTH = ["parsed", "rules"]
PARSED = ["parsed"]


def _tag(mode: str, text: str, context: str | None = None) -> dict:
    return tagged_row(mode, text, context)[0]


BEIJING = (
    "By Governments of countries of origin, transit and destination, regional and international organizations, as appropriate:"
)

CASES = [
    # a noun that names the States only as a modal's subject (FATF Recommendations 2003, Rec. 1 paras 1 and 4)
    (
        BOTH,
        None,
        "Countries should criminalise money laundering on the basis of the United Nations Convention against Illicit "
        "Traffic in Narcotic Drugs and Psychotropic Substances, 1988 (the Vienna Convention).",
        "should",
        "member_states",
    ),
    (
        BOTH,
        None,
        "Whichever approach is adopted, each country should at a minimum include a range of offences within each of "
        "the designated categories of offences.",
        "should",
        "member_states",
    ),
    # the ILO's "Member" (Protocol of 2014 to the Forced Labour Convention, 1930, article 3)
    (
        BOTH,
        None,
        "Each Member shall take effective measures for the identification release, protection, recovery and "
        "rehabilitation of all victims of forced or compulsory labour, as well as the provision of other forms of "
        "assistance and support.",
        "mandatory",
        "member_states",
    ),
    # a modal passive the parser hangs under another verb (CETS No. 197, articles 13(2) and 16(7))
    (
        PARSED,
        None,
        "During this period, the persons referred to in paragraph 1 of this Article shall be entitled to the measures "
        "contained in Article 12, paragraphs 1 and 2.",
        "mandatory",
        "none",
    ),
    (
        PARSED,
        None,
        "Child victims shall not be returned to a State, if there is indication, following a risk and security "
        "assessment, that such return would not be in the best interests of the child.",
        "mandatory",
        "none",
    ),
    # a word after the actor it qualifies, a sentence the parser reads as a noun phrase (ICRMW, article 67(1))
    (
        BOTH,
        None,
        "States Parties concerned shall co-operate as appropriate in the adoption of measures regarding the orderly "
        "return of migrant workers and members of their families to the State of origin when they decide to return.",
        "mandatory",
        "states_parties",
    ),
    # a heading naming whom its actions are for (Beijing Platform for Action, para. 130 (b) and 131 (a))
    (
        BOTH,
        BEIJING,
        "Step up cooperation and concerted action by all relevant law enforcement authorities and institutions with a "
        "view to dismantling national, regional and international networks in trafficking;",
        "should",
        "member_states",
    ),
    (
        BOTH,
        BEIJING,
        "Consider the ratification and enforcement of international conventions on trafficking in persons and on slavery;",
        "should_consider",
        "member_states",
    ),
    # bare imperatives: a base-form resolution verb, an adverb first (A/HRC/26/35 paras 77 and 102)
    (
        BOTH,
        None,
        "Encourage and monitor the implementation by business enterprises of the Guiding Principles on Business and "
        "Human Rights.",
        "should",
        "member_states",
    ),
    (
        BOTH,
        None,
        "Effectively implement employer sanctions and ensure that all abuses, including ill-treatment and exploitation "
        "are investigated and properly sanctioned where appropriate.",
        "should",
        "member_states",
    ),
    # a gerund subject opens a statement, not a request (UNHCR ExCom Conclusion No. 105 (LVII), para. (n)(i))
    (
        BOTH,
        "Ensuring early identification and immediate response involves partnerships and actions to:",
        "establish mechanisms, based on an analysis of the risk factors outlined above, to identify individual women "
        "and girls at risk, determine and implement appropriate immediate responses and subsequent solutions;",
        "none",
        "none",
    ),
    # the subject of a that-clause whose verb the parser misreads (A/HRC/53/26/Add.3 para. 118 (z); CRC 2016 para. 88)
    (
        PARSED,
        "The Special Rapporteur thus recommends that the Government:",
        "Leverage existing platforms, such as regional and global consultative processes, to push for practical, "
        "results-oriented interventions for migrant workers;",
        "should",
        "member_states",
    ),
    (
        PARSED,
        None,
        "The Committee recommends that the State party, in order to further strengthen the fulfilment of children’s "
        "rights, ratify the Optional Protocol to the Convention on the Rights of the Child on a communications procedure.",
        "should",
        "states_parties",
    ),
    # a treaty's duty of a thing binds the Party the previous sentence named (CETS No. 197, article 12(1)(b))
    (
        PARSED,
        "Each Party shall adopt such legislative or other measures as may be necessary to assist victims in their "
        "physical, psychological and social recovery. Such assistance shall include at least:",
        "access to emergency medical treatment;",
        "mandatory",
        "states_parties",
    ),
    # "may" of a thing or of offenders is a possibility (A/58/275 para. 13; PACE Resolution 2089 (2016) para. 2)
    (
        BOTH,
        None,
        "The Special Rapporteur has observed that smuggling may increase the risk of trafficking. Migrants who have "
        "recourse to the services of smugglers may find themselves in a position of extreme vulnerability owing to "
        "their irregular situation.",
        "none",
        "none",
    ),
    (
        BOTH,
        None,
        "Migrant smuggling groups may also relatedly engage in trafficking of human beings, drug trafficking and money "
        "laundering.",
        "none",
        "none",
    ),
    # a body's demand repeated is a request of no one named (S/RES/2467 (2019), para. 1)
    (
        BOTH,
        None,
        "Reiterates its demand for the complete cessation with immediate effect by all parties to armed conflict of all "
        "acts of sexual violence and its call for these parties to make and implement specific time-bound commitments "
        "to combat sexual violence.",
        "should",
        "none",
    ),
    # a request the parse missed behind its subject (PACE Recommendation 2171 (2020), para. 2.2.1)
    (
        BOTH,
        "The Assembly recommends that the Committee of Ministers: ... instruct the European Committee on Crime Problems "
        "(CDPC) to:",
        "draft a new Council of Europe convention to combat the smuggling of migrants;",
        "should",
        "regional_orgs",
    ),
    # the authorities urged (A/HRC/38/41/Add.1 para. 41), after a sentence of possibilities
    (
        PARSED,
        None,
        "Recruitment fees and the commonly resulting debt increase the precariousness of migrants’ situations and may "
        "lead to situations of debt bondage, forced labour and trafficking. The Special Rapporteur urges the "
        "authorities as a matter of priority to monitor recruitment agencies more effectively.",
        "should",
        "member_states",
    ),
    # "be to" + a passive (UNHCR ExCom Conclusion No. 105 (LVII), para. (j)), the lead-in of its list of actions
    (
        BOTH,
        None,
        "Secure environments are to be established and strengthened, including by partnerships and actions.",
        "should",
        "none",
    ),
    # a request coordinated with a statement, to the members (Bali Process, Fifth Ministerial Conference 2013, para. 2)
    (
        BOTH,
        None,
        "Ministers underscored that strengthening efforts to reduce irregular movement in the region was paramount and "
        "urged members to further strengthen implementation of the Regional Cooperation Framework.",
        "should",
        "member_states",
    ),
    # businesses of every kind as an addressee (E/CN.4/2004/76 para. 79)
    (
        BOTH,
        None,
        "The Special Rapporteur recommends that recruiting agencies should have to renew their licences periodically.",
        "should",
        "private_sector",
    ),
]


@pytest.mark.parametrize(
    ("mode", "context", "text", "modality", "addressee"), [(mode, *case[1:]) for case in CASES for mode in case[0]]
)
def test_round6_phrasing(mode: str, context: str | None, text: str, modality: str, addressee: str) -> None:
    """Rule-only mode is checked where it reads the phrasing without the parse (``PARSED``: the parse decides)."""
    assert_row_request(mode, text, (modality, addressee), context)


def test_child_victims_not_returned_is_negated() -> None:
    """CETS No. 197, article 16(7): the negated passive is the main clause."""
    row = _tag(
        "parsed",
        "Child victims shall not be returned to a State, if there is indication, following a risk and security "
        "assessment, that such return would not be in the best interests of the child.",
    )
    assert row["negated"] is True


def test_recalled_passive_stays_a_premise() -> None:
    """A/HRC/11/7: "recalls that ... detention of children should be a measure of last resort" requests nothing."""
    row = _tag(
        "parsed",
        "The Special Rapporteur recalls that, as provided in article 37 of the Convention on the Rights of the Child, "
        "detention of children should be a measure of last resort and should only be taken for the shortest period of "
        "time possible.",
    )
    assert row["modality"] == "none"


@pytest.mark.parametrize(
    "text",
    [
        # probe ga-3012-1972-op2 (A/RES/3012 (XXVII)): a modal passive inside a declared that-clause
        "Declares that, to be more effective, the measures to fight drug abuse must be co-ordinated and universal;",
        # probe pd-2009-drugs-10 (2009 Political Declaration): a bare "Welcome" is the speakers' statement
        "Welcome the important role played by civil society, in particular non-governmental organizations, in "
        "addressing the world drug problem;",
    ],
)
def test_statements_stay_statements(text: str) -> None:
    """Guards for the rescues above: neither a that-clause's passive nor a bare statement verb requests anything."""
    assert _tag("parsed", text)["modality"] == "none"
