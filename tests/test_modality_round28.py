"""Modality and addressee, round 28: kinds earlier probe rounds left one document at a time, grouped.

A document speaks for the body that wrote it: "The report also calls for ..." (probe 19) and "The action plan calls
for countries to ratify ..." (probe 13) are that body's requests, where "calls for" after a thing ("the fulfilment ...
of their obligations, calls for assistance") stays a thing's need; both modes read them none before. Rule-only mode
also reads the State noun a resolution verb asks past "those" / "relevant" ("encouraged those authorities to", "calls
upon all relevant authorities to", S/PRST/2017/24), as the parse does. A lower-case "the government" asked is the
State's in both modes ("urge the government to", Anti-Slavery International; "calls upon the federal government to",
House of Commons of Canada), as "the authorities" is.
"""

from __future__ import annotations

from tests.modality_support import assert_request, in_both_modes


@in_both_modes(
    ("text", "expected"),
    [
        # Verité, on the ATEST report to the Biden transition team, 2020 (probe 19, p19-atest-2): none before
        (
            "The report also calls for significant new investments in data and research as well as solutions that: "
            "emphasize prevention and address root causes; prioritize counter-trafficking in persons efforts in U.S. "
            "foreign policy; and expand resources for victims and survivors.",
            ("should", "none"),
        ),
        # UNIS/CP/397 (2001), ECOWAS and UN meeting agrees action plan against trafficking (probe 13, p13-cp397-2):
        # none before
        (
            "The action plan calls for countries to ratify and fully implement crucial international instruments of "
            "ECOWAS and the United Nations that strengthen laws against human trafficking and protect victims of "
            "trafficking, especially women and children.",
            ("should", "member_states"),
        ),
        # near miss: the document is not the subject, a thing's need is ("the implementation of the plan")
        (
            "The implementation of the plan calls for additional resources and closer cooperation.",
            ("none", "none"),
        ),
    ],
)
def test_document_speaks_for_its_body(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_request(mode, text, expected)


@in_both_modes(
    ("text", "expected"),
    [
        # UN press release SC/13105 on presidential statement S/PRST/2017/24, 7 December 2017 (probe 11,
        # p11-sc13105-4): rule-only none before
        (
            "The Council also encouraged those authorities to reinforce cooperation with international organizations "
            "and United Nations agencies and to ensure full humanitarian access to detention centres.",
            ("encouraged", "member_states"),
        ),
        # the draft of S/PRST/2017/24 as stored by Scribd (probe 11, p11-prst-2): rule-only none before
        (
            "The Security Council calls upon all relevant authorities to investigate such activities without delay to "
            "bring the perpetrators to justice and hold those responsible to account.",
            ("should", "member_states"),
        ),
        # near miss: "those" before a non-State noun asks no one named (probe 11's Security Council texts' wording)
        (
            "The Council calls upon those responsible to end the abuses immediately.",
            ("should", "none"),
        ),
        # near miss: a qualifier before a body's own organs names no State (PACE early resolution on the Ad Hoc
        # Assembly, files/420; probe 18, p18-pace420-2)
        (
            "Hereby instructs the competent Committees to prepare a draft Resolution for the purpose indicated above, as "
            "soon as the final results of the work of the Ad Hoc Assembly are known.",
            ("should", "none"),
        ),
    ],
)
def test_state_noun_asked_past_those_or_relevant(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_request(mode, text, expected)


@in_both_modes(
    ("text", "expected"),
    [
        # Anti-Slavery International on the UK's UPR (probe 10, p10-asi-upr-1): rule-only none before
        (
            "We continue to urge the government to stop conflating immigration enforcement with modern slavery.",
            ("should", "member_states"),
        ),
        # House of Commons of Canada, Standing Committee on Justice and Human Rights, news release (probe 15,
        # p15-just-2): addressee none in both modes before
        (
            "The Committee’s report also stresses the importance of leadership and calls upon the federal government to "
            "facilitate strong collaboration with its provincial and territorial counterparts, as well as with regional "
            "stakeholders.",
            ("should", "member_states"),
        ),
        # near miss: "government" modifies the thing asked for, no one is asked (parsed mode read member_states before:
        # after "for" a State noun is asked only with "to" after it)
        (
            "UNICEF calls for government funding of shelters for child victims.",
            ("should", "none"),
        ),
    ],
)
def test_lower_case_government_asked(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_request(mode, text, expected)
