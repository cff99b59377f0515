"""Legal references on the citation forms of probe 6 (issue 13 point 3, round 10).

``CASES`` are copied verbatim from ``data/probe/probe6_legal.jsonl`` (stored public copies found with the ``search``
tool, corpus ``pages``; none of the documents is listed in ``data/gold/REAL_SOURCES_*.md``). The references each must
yield were written from TAXONOMY section 3 and the gold README: a regional organization's own treaty is outside the
list even when its name contains a listed alias ("the Inter-American Convention against Corruption" is no UNCAC);
"that protocol" / "the said Protocol" is the Protocol named last before it; a text citing articles in roman numerals
("Article XXI of the Convention") is an Inter-American (or other regional) treaty's, whose "the Convention" is none of
the listed UN instruments. Near misses: the same words without the regional name, an anaphor after another treaty's
name, arabic article numbers. Both ways the tagger is built (parsed base, rule-only) agree.
"""

from __future__ import annotations

from tests.legal_support import assert_refs, check_probe_sources, in_both_modes

OAS_1731 = "http://www.oas.org/juridico/english/agres_1731_xxxo00.htm"
OAS_1785 = "http://www.oas.org/juridico/english/ga01/agres1785.htm"
GA_51_59 = "https://docest.com/doc/558299/51-59-action-against-corruption"
COSP_7 = "https://unodc.org/unodc/en/corruption/COSP/session7-resolutions.html"
COE_CM_9553 = "https://assembly.coe.int/nw/xml/XRef/X2H-Xref-ViewHTML.asp?FileID=9849&lang=EN"
OAS_2219 = "http://www.oas.org/juridico/english/ga06/agres_2219.htm"
OAS_1621 = "http://www.oas.org/juridico/english/ga-res99/eres1621.htm"
ZA_PARLIAMENT = "http://www.pmg.org.za/docs/2003/comreports/031110pcjusticereport3.htm"

# (source, text, the references it yields)
CASES = [
    # a regional treaty whose name holds a listed alias ("Convention against Corruption")
    (
        OAS_1731,
        "UNDERSCORING that the Inter-American Convention Against the Illicit Manufacturing of and Trafficking in "
        "Firearms, Ammunition, Explosives and Other Related Materials, the Inter-American Convention Against Corruption, "
        "and the Multilateral Evaluation Mechanism (MEM) of CICAD represent a significant contribution to the fight "
        "against transnational organized crime in the Hemisphere;",
        set(),
    ),
    (
        GA_51_59,
        "Recalling the Inter-American Convention against Corruption, adopted by the Organization of American States at "
        "the Specialized Conference for Consideration of the Draft Inter-American Convention against Corruption, held "
        "at Caracas from 27 to 29 March 1996,",
        set(),
    ),
    (
        OAS_1785,
        "TAKING INTO ACCOUNT that the purposes of the Inter-American Convention against Corruption are to promote and "
        "strengthen the development, by each of the States Parties, of the mechanisms needed to prevent, detect, "
        "punish, and eradicate corruption, and to promote, facilitate, and regulate cooperation among the States "
        "Parties to ensure the effectiveness of measures and actions to combat acts of corruption in the performance "
        "of public functions and those specifically related to such performance;",
        set(),
    ),
    # near miss: the United Nations one, named without a region, stays UNCAC
    (
        COSP_7,
        "Recalling that, under chapter V of the United Nations Convention against Corruption, the return of assets of "
        "illicit origin derived from acts of corruption is a fundamental principle and that States parties are obliged "
        "to afford one another the widest measure of cooperation and assistance with regard to the return of such "
        "assets,",
        {"UNCAC"},
    ),
    # articles in roman numerals: a regional treaty's own (CIFTA, the Inter-American Convention against Corruption)
    (
        OAS_2219,
        "RECOGNIZING the work of the Committee of Experts of the MESICIC, which has been supported by the OAS General "
        "Secretariat in completing in March 2006 the first round of review for the 28 states parties, and in finalizing "
        "preparations for the second round of review to cover Articles III(5) and (8), and Article VI of the Convention;",
        set(),
    ),
    (
        OAS_1621,
        "RECALLING that, under Article XXI of the Convention, the first regular meeting of the Consultative Committee "
        "shall be held within 90 days following deposit of the 10th instrument of ratification of the Convention; and "
        "emphasizing in this connection the importance of allowing the Consultative Committee to begin its work as "
        "envisaged in the Convention,",
        set(),
    ),
    # near miss: arabic article numbers of "the Convention" keep the default instrument (no document named here)
    (
        COSP_7,
        "Recalling article 30 of the Convention, which obliges States parties, in accordance with their legal system "
        "and constitutional principles, to take such measures as may be necessary for the effective prosecution, "
        "adjudication and sanctioning of the offences established in accordance with the Convention, and bearing in "
        "mind that the application of article 30 facilitates the successful implementation of chapters IV and V of "
        "the Convention,",
        {"UNTOC art. 30", "domestic_law", "UNTOC"},
    ),
    # "that protocol", "the said Protocol": the Protocol named before
    (
        COE_CM_9553,
        "The Committee of Ministers however recognises the international definition of trafficking given in Article 3 "
        "of the Protocol to Prevent, Suppress and Punish Trafficking in Persons, especially Women and Children, "
        "supplementing the United Nations Convention against Trans-national Organized Crime (Palermo, 2000). Under "
        "Article 5 of that protocol, states parties are obliged to establish as criminal offences the acts set out in "
        "Article 3. These include trafficking in human beings for the purpose of exploitation, including forced labour "
        "or slavery.",
        {"TIP_PROTOCOL art. 3", "TIP_PROTOCOL art. 5"},
    ),
    (
        ZA_PARLIAMENT,
        "The Portfolio Committee on Justice and Constitutional Development, when considering the request for approval "
        "by Parliament of the Protocol to Prevent, Suppress and Punish Trafficking in Persons, especially Women and "
        "Children, supplementing the United Nations Convention against Transnational Organised Crime, referred to it, "
        "noted that at present there is no current legislation to deal with the criminalisation of the trafficking in "
        "persons in terms of article 5 of the said Protocol.",
        {"TIP_PROTOCOL", "TIP_PROTOCOL art. 5"},
    ),
]

# Near misses of the anaphor rule, written from the same wording: another treaty named between the listed one and
# "that Convention" owns the article; an anaphor with no named instrument before it yields nothing.
ANAPHOR_MISSES = [
    (
        "Recalling the United Nations Convention against Transnational Organized Crime and the Convention on the Rights "
        "of the Child, and article 4 of that Convention,",
        {"UNTOC"},
    ),
    (
        "Therefore, the Committee recommends that the House approve action as required in terms of article 5 of the said Protocol.",
        set(),
    ),
]


@in_both_modes(("source", "text", "expected"), CASES, ids=[f"{case[0][-32:]}-{i}" for i, case in enumerate(CASES)])
def test_probe6_citation_forms(mode: str, source: str, text: str, expected: set[str]) -> None:
    assert_refs(mode, text, expected, source=source)


@in_both_modes(("text", "expected"), ANAPHOR_MISSES)
def test_anaphor_near_misses(mode: str, text: str, expected: set[str]) -> None:
    assert_refs(mode, text, expected)


def test_probe_file_holds_the_cases() -> None:
    """The texts above are the probe's, verbatim, with the address they were copied from."""
    check_probe_sources(("probe6_legal.jsonl", source, text) for source, text, _ in CASES)
