"""Modality, round 55: a body named as the source of a recommendation is not the one asked.

"as recommended by the ILO Committee of Experts" names where a recommendation comes from. Without a parse (and in
parsed mode, where the parse misreads the sentence and the rule reading stands in), "recommended" after its "subject"
read as a resolution verb, and the body after "by" as the addressee. A resolution verb after "as"
(``source_references`` in modals.yaml; "was" and the like may stand between) is now skipped: the item's own request
stands, or none. Near misses: a request with "as recommended by" or "as was recommended by" in a UPR item (the State
under review is asked), "in accordance with the recommendations made by", and a treaty body's own "recommends that
the State party ..., as recommended by the Committee in its Statement" keep their readings.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes

# real-z-005, Committee on the Rights of the Child, concluding observations on Albania, CRC/C/ALB/CO/2-4 (2012), para. 83
# (e), https://adattar.minorityforum.info/en/entity/nulweezzzs/metadata?file=15779714088384e3jmiuhw4y.pdf&page=21
Z005_CONTEXT = (
    "83. The Committee urges the State party to take vigorous measures to end the trafficking of children within the "
    "State party and abroad. To this aim, the Committee urges the State party to:"
)
Z005 = (
    "(e) Ensure that thorough investigations and robust prosecutions of persons committing these offences are carried "
    "out and that sufficiently effective and dissuasive sanctions are imposed in practice as recommended by the ILO "
    "Committee of Experts on the Application of Conventions and Recommendations (Observation on ILO Convention No. 182 "
    "(1999) concerning the Prohibition and Immediate Action for the Elimination of the Worst Forms of Child Labour, "
    "2010)."
)


@in_both_modes(("text", "context", "expected"), [(Z005, Z005_CONTEXT, ("should", "states_parties"))])
def test_item_with_a_source_asks_its_lead_ins_addressee(
    mode: str, text: str, context: str, expected: tuple[str, str | None]
) -> None:
    # base: should / un_entities (the ILO Committee of Experts) in both modes
    assert_row_request(mode, text, expected=expected, context=context)


@in_both_modes(
    ("text", "expected"),
    [
        # p10l-e355-2, UNODC resolutions page, ECOSOC resolution 355 (XII) B (1951),
        # http://www.unodc.org/unodc/en/Resolutions/resolution_1951-02-27_2.html: should / un_entities before
        (
            "[Resolution adopted as recommended by the Commission on Narcotic Drugs in a draft resolution of its fifth "
            "session (E/1889/Rev. 1--E/CN.7/210/Rev.1, annex A, para. 2).]",
            ("none", "none"),
        ),
        # p10l-e1847-5, UNODC resolutions page, ECOSOC resolution 1847 (LVI) (1974),
        # http://www.unodc.org/unodc/en/Resolutions/resolution_1974-05-15_5.html: should / un_entities before
        (
            "*/ Adopted as recommended by the Commission on Narcotic Drugs in its resolution 5(S-III) "
            "(E/5458-E/CN.7/565, para. 359 and chap. XIII draft resolution E).",
            ("none", "none"),
        ),
    ],
)
def test_note_naming_a_source_asks_no_one(mode: str, text: str, expected: tuple[str, str | None]) -> None:
    assert_row_request(mode, text, expected=expected)


@in_both_modes(
    ("text", "expected"),
    [
        # p55-uprand-1, UPR recommendations to Andorra (2011), rochelleterman/uprs 2011data.csv rows 'andorra',
        # https://github.com/rochelleterman/uprs/blob/7e7da83cc6074d1b63501b15b6d931c3a86dba3b/2011data.csv
        (
            "83.10 Continue to develop measures against domestic violence, maltreatment and abuse, including sexual "
            "abuse, and, as recommended by the Committee on the Rights of the Child, explicitly prohibit corporal "
            "punishment, not only in schools, but also in the family (Spain);",
            ("should", "member_states"),
        ),
        # p55-uprfin-1, UPR recommendations to Finland (2012), rochelleterman/uprs 2012data.csv rows 'finland',
        # https://github.com/rochelleterman/uprs/blob/1e1d97f6fcef6cb53368c9e5ab19b62f2c97e6a3/2012data.csv
        (
            "89.18. Strengthen efforts to restrict the outbreaks of racism and xenophobia, especially the manifestations "
            "of racism on the Internet, as was recommended by CERD (Spain);",
            ("should", "member_states"),
        ),
        # p55-uprrou-1, UPR recommendations to Romania (2013), rochelleterman/uprs 2013data.csv rows 'romania',
        # https://github.com/rochelleterman/uprs/blob/1c22b22fc698295fdac770a0e80159d99fe0e6d4/2013data.csv
        (
            "109.109. Actively support the promotion and universal implementation of the human right to safe drinking "
            "water and sanitation in accordance with the recommendations made by the Human Rights Council in its "
            "various resolutions on this issue (Spain);",
            ("should", "member_states"),
        ),
        # real-q-039 (second sentence), CESCR, concluding observations on Cambodia, E/C.12/KHM/CO/1 (2009), para. 27,
        # https://adattar.minorityforum.info/en/entity/xfeidrhumi7?file=1576750101605uc8jqbcjq.pdf&page=9
        (
            "The Committee further recommends that the State party allocate sufficient funds for the implementation of "
            "its poverty eradication strategy, and ensure the full integration of economic, social and cultural rights "
            "in the strategy, as recommended by the Committee in its Statement on “Poverty and the International "
            "Covenant on Economic, Social and Cultural Rights” (E/C.12/2001/10).",
            ("should", "states_parties"),
        ),
    ],
)
def test_requests_naming_a_source_keep_their_reading(mode: str, text: str, expected: tuple[str, str | None]) -> None:
    assert_row_request(mode, text, expected=expected)
