"""Legal references on the texts of probe 7 (issue 13 point 3, round 11).

The texts are copied verbatim from ``data/probe/probe7_legal.jsonl`` (stored public copies found with the ``search``
tool, corpus ``pages``; none of the documents is listed in ``data/gold/REAL_SOURCES_*.md``, the other probes or the
lineage sets). The references each must yield were written from TAXONOMY sections 3 and 5 and the gold README.

Fixed kind: a human rights treaty body named in the text ("The Committee on Enforced Disappearances considered the
report submitted by Greece under article 29 (1) of the Convention") makes the text's generic "the Convention" the
treaty that body monitors, outside the list, not the default UNTOC. Near misses: the same committee with a listed
instrument named in full still yields it; the generic form with no committee keeps the default. The other cases are
the probe's citation forms and law-like controls the tagger already reads right (regional and national articles,
other treaties' articles, document symbols, "convention centre", "protocol", "legal framework"); they guard them.
Fixed kind from the gold's part K (real_dev, read after the merge): the national law named second after a law of
another scope ("bring the perpetrators to justice in accordance with international law and national law", UNHCR
Executive Committee conclusion No. 99) is that law as a frame, `domestic_law`, as "international and national law"
already was. Near misses: international law alone is none; a request to legislate is none.
Both ways the tagger is built (parsed base, rule-only) agree.
"""

from __future__ import annotations

from tests.legal_support import assert_refs, check_probe_sources, in_both_modes

CED_GRC = "https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=6QkG1d%2fPPRiCAqhKb7yhsihYBwbOeSWh7%2blQK%2fe4jK9zPxmiqoqnLQkI0dUYtvrhWimpEj8Fgdqu%2fG757lne0%2foKRAnfuPKcF8aGU75RezhTcQD%2bR%2bg0Jy%2b%2fAmjAIwoj"
GA_70_137 = "https://adattar.minorityforum.info/en/entity/exvfipn74mt?file=1587629892328fnw0s06uafh.pdf&page=5"
UNGENEVA_CAT = (
    "https://ungeneva.org/en/news-media/meeting-summary/2017/04/committee-against-torture-discusses-revised-general-comment-non"
)
OSCE_CTHB = "http://www.osce.org/cthb/43511"
CHR_1991_60 = "https://www.refworld.org/legal/resolution/unchr/1991/en/36747"
CAT_GC4 = "https://uhr.humanrights.go.kr/pub/uhrstd/322"
STUDY_TOUR = "https://docsbay.net/the-representatives-of-the-participant-countries-have-agreed-in-the-urgency-to-ratify-the"
GA_32_120 = "https://www.refworld.org/legal/resolution/unga/1977/en/11425"
STOPVAW = "http://stopvaw.org/ukraine_adopts_amendments_to_criminal_code_criminalizing_trafficking"
CAT_GRC_8 = "https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=%2BwHXo5kUiyyhiqlrBQEsZaVtD7kh8Gb8VkSQODRz%2BshqoL99eUL4lW1cl%2Fz7w2uHOUQSrAE2MygRG5stPCMwTg%3D%3D"
BRS_SYNERGIES = "https://informea.org/ar/decision/synergies-preventing-and-combating-illegal-traffic-and-trade-hazardous-chemicals-and-1?paragraph=561220"
FCTC = "https://fctc.who.int/publications/i/item/9789240041806"
BLACKPOOL = "http://democracy.blackpool.gov.uk/mgDecisionDetails.aspx?IId=9794&Opt=1"
PARALLEL = "https://parallelparliament.co.uk/question/21208/nhs-trusts-coroners"
PT_ALIENS = "http://www.legislationline.org/documents/action/popup/id/21245"
EXCOM_99 = "https://yumpu.com/en/document/view/6718004/conclusions-adopted-by-the-executive-unhcr/165"

# (source, text, the references it yields): the fixed kind, a treaty body named in the text
TREATY_BODY_CASES = [
    (
        CED_GRC,
        "The Committee on Enforced Disappearances considered the report submitted by Greece under article 29 (1) of the "
        "Convention at its 383rd and 384th meetings, held on 28 and 29 March 2022, in a hybrid format owing to the "
        "coronavirus disease (COVID-19) pandemic.",
        set(),
    ),
    (
        GA_70_137,
        "Welcomes the work of the Committee on the Rights of the Child, and, taking into account the adoption of its "
        "general comments and its actions to follow up on its concluding observations on the implementation of the "
        "Convention and recommendations, calls upon all States to strengthen their cooperation with the Committee, to "
        "comply in a timely manner with their reporting obligations under the Convention and the Optional Protocols "
        "thereto, in accordance with the guidelines elaborated by the Committee, and to take into account its "
        "recommendations, observations and general comments on the implementation of the Convention;",
        set(),
    ),
    (
        UNGENEVA_CAT,
        "The Committee against Torture this morning engaged in a general discussion on a draft revised General Comment "
        "N°1 of 1997 on article 3 of the Convention, which was being considered in the context of article 22 on "
        "individual communications.",
        set(),
    ),
]

# Near misses written from the same wording: a listed instrument named in full beside the committee is still that
# instrument; without a committee the generic form keeps the default instrument (no about_instrument here).
TREATY_BODY_MISSES = [
    (
        "Welcomes the work of the Committee on the Rights of the Child, and calls upon all States to comply in a timely "
        "manner with their obligations under the United Nations Convention against Transnational Organized Crime;",
        {"UNTOC"},
    ),
    (
        "Calls upon all States to comply in a timely manner with their reporting obligations under the Convention;",
        {"UNTOC"},
    ),
    (
        "The Conference of the Parties considered the report submitted by Greece under article 29 (1) of the Convention.",
        {"UNTOC art. 29(1)"},
    ),
]

# (source, text, the references it yields): a law of another scope coordinated before the national one
COORDINATED_LAW = [
    (
        EXCOM_99,
        "Strongly condemns all attacks on humanitarian personnel, including local and international staff of UNHCR and "
        "its implementing partners; deplores the rising toll of casualties and mortalities among such personnel; and "
        "urges States to fully investigate such attacks and bring the perpetrators to justice in accordance with "
        "international law and national law;",
        {"domestic_law"},
    ),
]

# Near misses written from the same wording: international law alone is no domestic frame; coordinated laws in a
# request to legislate are none either.
COORDINATED_MISSES = [
    (
        "urges States to fully investigate such attacks and bring the perpetrators to justice in accordance with "
        "international law;",
        set(),
    ),
    ("urges States to review international law and national law on attacks on humanitarian personnel;", set()),
    (
        "urges States to bring the perpetrators to justice in accordance with international humanitarian law and "
        "domestic legislation;",
        {"domestic_law"},
    ),
]

# Citation forms and law-like controls of probe 7 that the tagger reads right: guarded here
GUARDED = [
    (
        OSCE_CTHB,
        'The OSCE accepts the definition found in Article 3 of the UN Trafficking Protocol which includes "the '
        "exploitation of the prostitution of others or other forms of sexual exploitation, forced labour or services, "
        'slavery or practices similar to slavery, servitude or the removal of organs."',
        {"TIP_PROTOCOL art. 3"},
    ),
    (
        CHR_1991_60,
        "Further recalling General Assembly resolution 45/158 of 18 December 1990, in which the Assembly adopted the "
        "International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families "
        "and opened it for signature, ratification or accession,",
        {"resolution 45/158"},
    ),
    (
        CAT_GC4,
        "On the basis of its experience in considering individual communications under article 22 of the Convention "
        "against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment, addressing allegations of "
        "violation by States parties of article 3 of the Convention, the Committee against Torture, at its fifty-fifth "
        "to fifty-eighth sessions, in 2015 and 2016, discussed and agreed to revise its general comment No. 1 (1997), "
        "entitled “General comment on the implementation of article 3 of the Convention in the context of article 22”, "
        "adopted at its nineteenth session (see A/53/44 and A/53/44/Corr.1, annex IX).",
        {"A/53/44", "A/53/44/Corr.1"},
    ),
    (
        STUDY_TOUR,
        "they recognize also the need to encourage the celebration of bilateral agreements on mutual legal assistance "
        "in criminal matters between the States and the RAEM.",
        {"mla_agreement"},
    ),
    (
        GA_32_120,
        "To take all necessary and appropriate measures to ensure that the fundamental human rights and acquired social "
        "rights of all migrant workers, irrespective of their immigration status, are fully respected under their "
        "national legislation;",
        {"domestic_law"},
    ),
    (
        STOPVAW,
        "It was reported that today, the Verkhovna Rada of Ukraine (parliament) adopted amendments to Article 149 of "
        "the Criminal Code of Ukraine, which criminalises trafficking in human beings.",
        set(),
    ),
    (
        CAT_GRC_8,
        "The draft report was submitted to the Greek National Commission for Human Rights (GNCHR), Greece’s A’ status "
        "national human rights institution, operating under a strengthened legislative framework (Law 4780/2021), in "
        "which twenty institutions (independent Authorities, third-level trade unions, NGOs, universities and research "
        "institutions) participate; GNCHR’s observations contained in its relevant report, have been taken into "
        "consideration in view of the finalization of this report.",
        set(),
    ),
    (
        BRS_SYNERGIES,
        "Emphasizes the importance of the effective implementation of the Rotterdam Convention on the Prior Informed "
        "Consent Procedure for Certain Hazardous Chemicals and Pesticides in International Trade, in particular "
        "Articles 11 and 12, for preventing and combating illegal trade in hazardous chemicals;",
        set(),
    ),
    (
        FCTC,
        "Article 32 of the Protocol requires Parties to report on the status of their implementation of the Protocol, "
        "highlighting progress, challenges, needs and barriers to Protocol implementation.",
        set(),
    ),
    (
        PT_ALIENS,
        "The residence permit mentioned in the preceding paragraph shall be issued after the expiry of the reflection "
        "period provided for in Article 111, provided that:",
        set(),
    ),
    (
        BLACKPOOL,
        "To agree in principle to the proposal for the development of a new conference and exhibition centre situated "
        "at the Winter Gardens complex.",
        set(),
    ),
    (
        PARALLEL,
        "To ask the Secretary of State for Health and Social Care, with reference to the Report of the Morecambe Bay "
        "Investigation by Dr Bill Kirkup, published in March 2015, what steps his Department has taken to draw up a "
        "national protocol setting out the duties of all Trusts and their staff in relation to inquests,",
        set(),
    ),
]


@in_both_modes(("source", "text", "expected"), TREATY_BODY_CASES, ids=[f"treaty-body-{i}" for i in range(len(TREATY_BODY_CASES))])
def test_treaty_body_owns_the_generic_convention(mode: str, source: str, text: str, expected: set[str]) -> None:
    assert_refs(mode, text, expected, source=source)


@in_both_modes(("text", "expected"), TREATY_BODY_MISSES)
def test_treaty_body_near_misses(mode: str, text: str, expected: set[str]) -> None:
    assert_refs(mode, text, expected)


@in_both_modes(("source", "text", "expected"), GUARDED, ids=[f"guarded-{i}" for i in range(len(GUARDED))])
def test_probe7_forms_read_right(mode: str, source: str, text: str, expected: set[str]) -> None:
    assert_refs(mode, text, expected, source=source)


@in_both_modes(("source", "text", "expected"), COORDINATED_LAW, ids=["excom-99"])
def test_law_of_another_scope_coordinated_before_the_national_one(mode: str, source: str, text: str, expected: set[str]) -> None:
    assert_refs(mode, text, expected, source=source)


@in_both_modes(("text", "expected"), COORDINATED_MISSES)
def test_coordinated_law_near_misses(mode: str, text: str, expected: set[str]) -> None:
    assert_refs(mode, text, expected)


def test_probe_file_holds_the_cases() -> None:
    """The texts above are the probe's, verbatim, with the address they were copied from."""
    check_probe_sources(("probe7_legal.jsonl", source, text) for source, text, _ in TREATY_BODY_CASES + GUARDED)
