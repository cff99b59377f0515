"""Modality and addressee, round 46: a plan's or a decision list's bare verb of command or help.

Items cut from their lead-in that open with a bare verb are requests to the States they are written for (should /
member_states, data/gold/README.md), but only when the verb is one of ``implied_request.verbs``. Probe 37 (regional
and treaty bodies) held four such verbs outside the list, in two documents: CICAD's 1998 plan of action ("Mandate the
Group of Experts ... to continue ...", "Assist in promoting greater coordination ...") and the ECOWAS Authority's
decisions on Niger ("Order the deployment ...", "Direct the President of the Commission to monitor ..."), read as
statements in both modes, as the listed "Instruct the corresponding authorities ... to plan and execute ..." (real-u-030)
is not. Near misses: the same lists' statements ("Underscore its continued commitment ...") and ECOSOC's "Call the
attention of other Governments concerned to ..." (real-l-142, none in the gold) ask nothing.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes

# CICAD, Implementation of the Anti-Drug Strategy (Plan of Action), CICAD/doc.965/98 add. 3 (http://www.cicad.oas.org/
# Main/Template.asp?File=/main/aboutcicad/basicdocuments/implementacionestrategia_eng.asp)
CICAD_1 = (
    "1. Mandate the Group of Experts on Demand Reduction to continue to examine the subject of Demand Reduction, and to "
    "periodically incorporate its conclusions and recommendations in the Plan of Action."
)
CICAD_7 = (
    "7. Assist in promoting greater coordination among law enforcement agencies/officials and among the judiciary in "
    "member states."
)
# ECOWAS Authority of Heads of State and Government, extraordinary summit on Niger, 2023 (https://rerotv.com/news/
# niger-see-full-resolutions-of-the-extraordinary-meeting-of-ecowas/)
ECOWAS_2 = "2. Order the deployment of the ECOWAS standby force to restore constitutional order in the Republic of Niger."
ECOWAS_3 = "3. Underscore its continued commitment for the restoration of constitutional order through peaceful means."
ECOWAS_4 = "4. Direct the President of the Commission to monitor the implementation of previous sanctions."
# real-l-142: Economic and Social Council resolution 588 C (XX), operative paragraph 6 (http://www.unodc.org/unodc/en/
# Resolutions/resolution_1955-08-03_3.html)
ECOSOC_588 = "Call the attention of other Governments concerned to the desirability of participating in this work;"


@in_both_modes(
    ("text", "expected"),
    [
        # p37-cicad1998-1: none / none before
        (CICAD_1, ("should", "member_states")),
        # p37-cicad1998-5: none / none before
        (CICAD_7, ("should", "member_states")),
        # p37-ecowasniger-2: none / none before
        (ECOWAS_2, ("should", "member_states")),
        # p37-ecowasniger-4: none / none before
        (ECOWAS_4, ("should", "member_states")),
        # near misses: none / none before and after
        (ECOWAS_3, ("none", "none")),
        (ECOSOC_588, ("none", "none")),
    ],
)
def test_bare_verb_of_command(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected=expected)
