"""Modality and addressee, round 56: a pronoun subject taken up from a condition whose subject is not a State.

Round 38 let a pronoun subject ("they", "it", ``antecedent_pronouns``) stand for the State actor of the adverbial clause
its verb opens with ("Where a State Party takes measures ..., it shall:"), and kept other actors out so that businesses
would not be read as the States. The parse then gave no addressee to "Where business enterprises identify that they have
caused or contributed to adverse impacts, they should provide for ... their remediation" (UNGP 22), which rule-only mode
already read as the enterprises'. When no State is named there, the pronoun now stands for the clause's own subject if
its head word is an actor. Near misses: a condition whose subject's head word is no actor ("if no compensation is awarded
to the victims"), a statement with no request ("if businesses are not identifying risks and cases, they are probably
not looking hard enough") and round 38's State case ("If the requested Party does not extradite its national, it shall")
keep their readings.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes


@in_both_modes(
    ("text", "expected"),
    [
        # real-h-079 (UNGP 22, https://globalnaps.org/ungp/guiding-principle-22): parsed should / none before
        (
            "Where business enterprises identify that they have caused or contributed to adverse impacts, they should "
            "provide for or cooperate in their remediation through legitimate processes.",
            ("should", "private_sector"),
        ),
        # near miss, real-s-084 (European Convention on Extradition, article 6(2), ETS No. 24; https://github.com/
        # statengeneraal/laws-markdown, verdrag/european/convention/on/extradition/BWBV0001010/README.md): round 38's
        # State case keeps its reading
        (
            "2. If the requested Party does not extradite its national, it shall at the request of the requesting "
            "Party submit the case to its competent authorities in order that proceedings may be taken if they "
            "are considered appropriate. For this purpose, the files, information and exhibits relating to the "
            "offence shall be transmitted without charge by the means provided for in Article 12, paragraph 1. "
            "The requesting Party shall be informed of the result of its request.",
            ("mandatory", "states_parties"),
        ),
        # near miss, p57-gov-2 (UK Home Office, Transparency in supply chains: a practical guide, 2025, foreword,
        # https://gov.uk/government/publications/transparency-in-supply-chains-a-practical-guide/transparency-in-supply-
        # chains-a-practical-guide-accessible): a condition and "they", but no request
        (
            "Modern slavery is so prevalent that if businesses are not identifying risks and cases, they are probably not "
            "looking hard enough.",
            ("none", "none"),
        ),
        # near miss, p53l-nrm-2 (https://nrm.bg/?p=3247): the victims' right, no request
        (
            "If no compensation is awarded to the victims in criminal or civil proceedings, they have the right to a "
            "lump-sum compensation from the State.",
            ("none", "none"),
        ),
    ],
)
def test_pronoun_for_a_conditions_subject(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected=expected)
