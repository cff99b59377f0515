"""Modality and addressee, round 57: a body's acronym that calls for something after an opening clause.

A start-only resolution verb ("calls for", "called for": ``sentence_start_only``) opens a request after a comma only when
a speaker is its subject (``RuleClauses._spoken``). Rule-only mode took a pronoun, a title-case name after "the" or an
acronym opening the sentence, but not an acronym that opens the main clause after an opening phrase: "Underlining the
need for gender-specific interventions, the CND also called for ..." (UNODC on the CND's 55th session, probe 58) and
"Whilst progress has been noted for all three countries, GRETA calls for more action ..." (probe 17) read as no request.
The parse read the CND's sentence right, but made "GRETA calls" a noun phrase, so the sentence never reached the token
rules (``ParsedClauses._misread_modal``); a resolution verb the parse read as a noun right after an acronym now does.
Near misses: a noun after a common noun ("ransom demands to which they have allegedly been subjected"), a thing's need
after a treaty's name ("... obligations under the Single Convention on Narcotic Drugs, 1961, calls for technical and
financial assistance") and a participle reporting another's call ("statements by the African Union calling for").
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes


@in_both_modes(
    ("text", "expected"),
    [
        # p17-jal-1 (Justice at Last on GRETA's reports, https://www.justiceatlast.eu/news/council-of-europe-publishes-
        # monitoring-reports/): none / none in both modes before
        (
            "Whilst progress has been noted for all three countries, GRETA calls for more action from the respective "
            "governments.",
            ("should", "none"),
        ),
        # p58-cnd12-1 (UNODC, 16 March 2012, https://www.unodc.org/lpo-brazil/en/frontpage/2012/03/16-CND-concludes-
        # 2012-session-with-strong-health-focus.html): rule-only none / none before (the parse read it right)
        (
            "Underlining the need for gender-specific interventions, the CND also called for the promotion of drug "
            "prevention, treatment and care for female drug addicts.",
            ("should", "none"),
        ),
        # near miss, ga-3146-1973-op4 (General Assembly resolution 3146 (XXVIII), para. 4, http://www.unodc.org/unodc/
        # en/Resolutions/resolution_1973-12-14_2.html): a thing's need, the name before "calls for" follows a preposition
        (
            "Reaffirms its declaration in resolution 3012(XXVII) of 18 December 1972 that the fulfillment by the "
            "developing countries of their obligations under the Single Convention on Narcotic Drugs, 1961, calls for "
            "technical and financial assistance from the international community;",
            ("none", "none"),
        ),
        # near miss, p11-sc13105-5 (Security Council press statement SC/13105, 2017): a participle reports another's call
        (
            "The Council also welcomed statements by the African Union calling for an immediate end to such practices "
            "and by the United Nations Secretary‑General requesting United Nations actors to actively pursue the matter.",
            ("none", "none"),
        ),
    ],
)
def test_acronym_calls_for_after_an_opening_clause(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected=expected)


# near miss in the parsed mode, real-u-004 (African Commission on Human and Peoples' Rights on Libya, 2017): a noun after a
# common noun is no verb ("ransom demands"); a first try without the acronym test read it as a request. Rule-only mode
# reads it as a request on main already (should / organized_criminal_groups), an error this round leaves.
def test_ransom_demands_stay_a_noun() -> None:
    assert_row_request(
        "parsed",
        "The African Commission on Human and Peoples' Rights (the Commission) is following with great attention the "
        "situation of sub-Saharan migrants in the State of Libya (Libya) and is particularly concerned following the "
        "numerous allegations of kidnapping, torture, ill-treatment and ransom demands to which they have allegedly "
        "been subjected by criminal groups and human traffickers in the town of Adjkhara, in South-East Libya, the "
        "latter taking advantage of the climate of instability and division reigning in the country.",
        expected=("none", "none"),
    )
