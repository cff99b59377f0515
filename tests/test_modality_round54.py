"""Modality, round 54: a "should" with an effort phrase asks in full (part Z's unseen estimate).

"make every effort" and "make efforts" are consider-type phrases (``consider_verbs``): under "shall" / "must" they
soften the clause to should_consider, as "shall endeavour" does (TAXONOMY section 1). Under "should" they soften
nothing (``effort_phrases``): the gold reads UNHCR's "should make every effort to ensure" (real-z-021) and CERD's
"recommended that the State party make every effort to" (real-k-095) as should. Near misses: "shall make every
effort" (real-t-008's second sentence) stays should_consider, "should consider" stays should_consider, and "urges the
Government ... to make every effort" and the recommended subjunctive stay should.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes


@in_both_modes(
    ("text", "expected"),
    [
        # real-z-021, UNHCR guidance on preventing sexual violence against refugees, as reproduced by Human Rights
        # Watch (2000), https://www.hrw.org/reports/2000/tanzania/Duhweb-17.htm: should_consider before (both modes)
        (
            "UNHCR representatives, in collaboration with other relevant UN bodies and agencies, host Governments and "
            "NGOs, should make every effort to ensure that the following measures are implemented to prevent sexual "
            "violence from occurring.",
            ("should", None),
        ),
    ],
)
def test_should_with_an_effort_phrase(mode: str, text: str, expected: tuple[str, str | None]) -> None:
    assert_row_request(mode, text, expected=expected)


@in_both_modes(
    ("text", "expected"),
    [
        # real-t-008 (second sentence), Protocol against the Smuggling of Migrants, article 14(3),
        # https://github.com/statengeneraal/laws-markdown/blob/061f5d521bd5462d44e042e1872388e198fa1bb7/verdrag/protocol/against/the/smuggling/of/migrants/by/land/sea/and/air/etc/BWBV0001750/README.md
        (
            "States Parties shall make every effort to provide the necessary resources, such as vehicles, computer "
            "systems and document readers, to combat the conduct set forth in article 6.",
            ("should_consider", "states_parties"),
        ),
        # p7-hrc22-60-64, Forum on Minority Issues, A/HRC/22/60, para. 64,
        # https://adattar.minorityforum.info/en/entity/5ka3yfhrgad?file=1576485093082y5rihaqn77g.pdf&page=11
        (
            "In accordance with their fields of responsibility, they should consider adopting a specific policy on "
            "minority issues.",
            ("should_consider", None),
        ),
        # real-k-095, CERD on Rwanda, A/55/18, para. 150,
        # http://bayefsky.com/themes/childrens-rights_punishment_concluding-observations.php
        (
            "The State party’s efforts to establish a specialized centre for juveniles accused of participating in the "
            "genocide is recognized. Concern remains about the detrimental effect of long periods of detention on "
            "children. While taking into consideration the very serious and tragic acts of which these juveniles are "
            "accused, it is nevertheless recommended that the State party make every effort to reintegrate such "
            "juveniles into the community as soon as is possible.",
            ("should", "states_parties"),
        ),
        # p44l-ilo-2271070-2, ILO CEACR observation (NORMLEX comment 2271070),
        # https://normlex.ilo.org/dyn/normlex/fr/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A2271070%2Cen%3ANO
        (
            "The Committee, therefore, urges the Government to supply the information requested and to make every "
            "effort to take the necessary action in the near future.",
            ("should", "member_states"),
        ),
    ],
)
def test_effort_phrase_near_misses(mode: str, text: str, expected: tuple[str, str | None]) -> None:
    assert_row_request(mode, text, expected=expected)
