"""Modality and addressee, round 47: Universal Periodic Review items opening with a verb outside the imperative list.

A UPR recommendation is a bare imperative after its number, the recommending State in brackets: the request of the
State under review (`implied_request`: should / member_states). The verbs are a closed list, and probe 38 (62 UN-system
texts of 17 documents no round had read) found lists whose items open with a verb it lacked: "Inform" (Cyprus, 2010),
"Reply" (Peru, 2012), "Halt" (Pakistan, 2012), "Fulfil" (the DPRK, 2010; the parse already read it). Near misses: items
of the same lists whose verbs were listed keep their reading, and "To achieve this requires ..." (a subject) stays none.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes

# rochelleterman/uprs, UPR recommendation tables (https://github.com/rochelleterman/uprs/blob/
# 1c22b22fc698295fdac770a0e80159d99fe0e6d4/2010data.csv and .../1e1d97f6fcef6cb53368c9e5ab19b62f2c97e6a3/2012data.csv)
SHOULD_STATES = ("should", "member_states")


@in_both_modes(
    ("text", "expected"),
    [
        # p38-uprcyp-5 (Cyprus 2010): none / none before, both modes
        ("87.60   Inform migrants of their rights (Sweden);", SHOULD_STATES),
        # p38-uprper-3 (Peru 2012): none / none before, both modes
        ("116.26. Reply to all outstanding communications sent to Peru by OHCHR (Hungary);", SHOULD_STATES),
        # p38-uprpak-2 (Pakistan 2012): none / none before, both modes
        (
            "123.1. Halt operations aimed at silencing dissent in Balochistan and ensure laws are fully equally enforced to "
            "investigate and prosecute those responsible for torture and enforced disappearances nationwide (United States "
            "of America). );",
            SHOULD_STATES,
        ),
        # p38-uprprk-4 (DPRK 2010): none / none before in rule-only mode (the parse read it)
        (
            "90.23   Fulfil its obligations assumed in several conventions to which it is a party, and if it deems useful, "
            "request the assistance of the international community (Hungary);",
            SHOULD_STATES,
        ),
        # near miss, p35-niamey-3 (Business Recorder (AFP), 17 March 2018, https://brecorder.com/news/4585884/african-eu-
        # states-focus-anti-trafficking-efforts-at-source-20180317352417): "To achieve" as a subject asks no one, so
        # "achieve" stays off the list (rule-only mode read it should / member_states with it)
        ('To achieve this requires "an overall approach, with solidarity," it said.', ("none", "none")),
        # near miss, p38-uprcyp-4 (Cyprus 2010): a listed verb, read so before and after
        (
            "87.56   Consider the measures it deems appropriate to guarantee effective access to basic education for all "
            "(Algeria);",
            ("should_consider", "member_states"),
        ),
        # near miss, p38-uprper-4 (Peru 2012): a listed verb, read so before and after
        (
            "116.35. Take effective steps to ensure that the Peruvian National Police, armed forces, municipal security "
            "officers, and prison guards refrain from all cruel and inhuman treatment of citizens and prisoners (Norway);",
            SHOULD_STATES,
        ),
    ],
)
def test_upr_item_verb(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected=expected)
