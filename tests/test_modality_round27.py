"""Modality and addressee, round 27: a gerund item under a lead-in that announces the recommendations it lists.

"Key recommendations by the group include:" requests nothing itself; its gerund items are the recommendations, asked
of no one named (gold part N reads them `should` with no addressee). Before, the item's own request was dropped with
the addressee its bare verb had read. A lead-in that states something and announces no recommendations ("Recognizes
that it is necessary for Member States ... to consider, where appropriate:") still leaves its gerund items none.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes

GRETA_CH = "The report identifies areas where further action is needed. Key recommendations by the group include:"
GA_73_192 = (
    "Recognizes that it is necessary for Member States, under the three international drug control conventions and "
    "the fundamental principles of their domestic legal systems and national legislation, to consider, where "
    "appropriate:"
)


@in_both_modes(
    ("text", "context", "expected"),
    [
        # Swiss Federal Council, press release of 14 October 2015 on GRETA's first evaluation report on Switzerland
        # (GRETA(2015)18), paragraph 3, item 4 (gold real-n-111): none before
        (
            "Improving mechanisms for identifying trafficking victims in the asylum procedure",
            GRETA_CH,
            ("should", "none"),
        ),
        # near miss, a stating lead-in: General Assembly resolution 73/192 (2018), paragraph 56 (b) (gold
        # real-a-ga73-192-2018-op56b)
        (
            "Providing, as appropriate, comprehensive, integrated drug demand reduction programmes, based on scientific "
            "evidence and covering a range of measures, including primary prevention, early intervention, treatment, "
            "care, rehabilitation, social reintegration and measures aimed at minimizing the negative public health and "
            "social impact of drug abuse, aimed at promoting health and social well-being among individuals, families "
            "and communities and reducing the adverse consequences of drug abuse for individuals and society as a "
            "whole;",
            GA_73_192,
            ("none", "none"),
        ),
    ],
)
def test_gerund_item_under_announcing_lead_in(mode: str, text: str, context: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected, context)
