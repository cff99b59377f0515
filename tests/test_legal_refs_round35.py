"""Legal references, round 35: a short name in brackets inside an instrument's name (probe 53, real-u-051).

allAfrica's report on the East African Legislative Assembly writes "ratify the UN Trafficking in Persons (UN TIP)
Protocol", and the EALA motion of real-u-051 "ratify the United Nations Trafficking in Persons (UN TIP) Protocol": the
bracket between the title and its head noun broke the alias, so the Protocol was missed. The bracket is the name's own
short form, so it is now read as part of the one name (blanked before the aliases are matched; the span keeps it). A
bracket before "Convention" or "Protocol" whose words around it make no alias ("the Organisation for Economic
Co-operation and Development (OECD) Convention on Combating Bribery", "International Labour Organization (ILO)
Convention No. 182") still names no listed instrument.
"""

from __future__ import annotations

from tests.legal_support import assert_refs, in_both_modes, probe_round_tests

PROBE = "probe53_legal.jsonl"
ALLAFRICA = "https://www.ugandanewsreleases.com/eala-steps-up-measures-to-curb-human-trafficking-allafrica-com/"
CANADA = (
    "https://bac-lac.wayback.archive-it.org/web/20061109065917/http:/www.international.gc.ca/tna%2Dnac/DS/"
    "4-report_parliament-en.asp"
)
EAC = "https://www.eac.int/press-releases/574-1003-488-assembly-enacts-anti-trafficking-in-persons-bill"
EALA = "https://eala.org/media/view/house-adopts-tow-rsolutions-and-report-on-icts"
UPR_HU = "https://adattar.minorityforum.info/entity/nbmhqlj71tn?file=1577972850120kn302jmhwqr.pdf&page=15"

UN_TIP = (
    "In December 2013, while in Nairobi, Kenya, the Assembly adopted a similar motion moved by Byamukama urging partner"
    " states to ratify the UN Trafficking in Persons (UN TIP) Protocol and enact legislation to address the crime."
)
OECD = (
    "For more detailed background information on the Act and on the Organisation for Economic Co-operation and"
    " Development (OECD) Convention on Combating Bribery of Foreign Public Officials in International Business"
    " Transactions, please see the Third Report to Parliament."
)
EAC_TREATY = (
    "The Bill now awaits the assent of the EAC Heads of State in line with Article 63 of the Treaty of the Establishment"
    " of the EAC."
)
ILO_182 = (
    "(a) Continue and strengthen efforts to eliminate child labour and its worst forms by, inter alia, enforcing the"
    " Labour Code and International Labour Organization (ILO) Convention No. 182 on the Worst Forms of Child Labour,"
    " ensuring effective monitoring and imposing effective penalties in case of violations of the provisions related"
    " to child labour;"
)
EALA_MOTION = (
    "The motion moved by Hon Dora Byamukama calls on the Partner States to ratify the United Nations Trafficking in"
    " Persons (UN TIP) Protocol and to enact legislation to address the crime of trafficking in persons."
)
# (probe file, source, text, about_instrument, references)
FIXED = [
    (PROBE, ALLAFRICA, UN_TIP, "TIP_PROTOCOL", {"TIP_PROTOCOL"}),
    (PROBE, ALLAFRICA, UN_TIP, None, {"TIP_PROTOCOL"}),
]
NEAR_MISSES = [
    ("probe31_legal.jsonl", CANADA, OECD, None, set()),  # the bracket and its head make no listed name
    (PROBE, EAC, EAC_TREATY, None, set()),
]

test_round35_fixed, test_round35_near_misses, test_round35_probe_holds_the_cases = probe_round_tests(FIXED, NEAR_MISSES)


DEV = [  # (text, about_instrument, references, source): dev records, gold as read by the annotators
    (EALA_MOTION, None, {"TIP_PROTOCOL"}, EALA),  # real-u-051, missed on main
    (ILO_182, "TIP_PROTOCOL", set(), UPR_HU),  # real-q-041: an ILO Convention with its organization's short name
]


@in_both_modes(("text", "about", "expected", "source"), DEV, ids=["real-u-051", "real-q-041"])
def test_round35_dev_records(mode: str, text: str, about: str | None, expected: set[str], source: str) -> None:
    """The dev record the round fixes, and one whose bracket before "Convention" must stay no reference."""
    assert_refs(mode, text, expected, about, source)
