"""Modality and addressee, round 36: a paragraph number glued to its verb, and an actor "expected to" act (probe 26).

A decision stored from a PDF often loses the space after its paragraph number ("2.Urges parties to ensure ...",
"3.Requests the Secretariat to provide ..."): the number and the verb are one token, and the paragraph opens with
its resolution verb as "2. Urges parties" does. Of an actor, "are expected to" voices an expectation close to "are
urged to" (``should``, as the gold reads "All member states are expected to do their utmost", real-l-168); of anything
else it is a forecast that asks no one ("the investigations are expected to be carried out").
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes


@in_both_modes(
    ("text", "expected"),
    [
        # Rotterdam Convention, COP decision on ways of exchanging information on exports and export notifications,
        # paragraphs 2 and 3 as stored by InforMEA
        # (https://informea.org/zh-hans/decision/proposal-ways-exchanging-information-exports-and-export-notifications;
        # p26-rotterdam-1, -2): none / none before, both modes
        (
            "2.Urges parties to ensure the effective implementation of the Convention, including the obligations under "
            "paragraph 2 (c) of Article 11 and under Article 12 of the Convention;",
            ("should", "none"),
        ),
        (
            "3.Requests the Secretariat to provide assistance to parties, upon request, in implementing paragraph 2 (c) "
            "of Article 11 and Article 12 of the Convention;",
            ("should", None),
        ),
        # near miss: a glued number before a statement; CRPD/C/LUX/CO/1 (2017), paragraph 4 (p20-crpd-1): the
        # Committee's "encourages" stays the request it was, both modes before and after
        (
            "4.The Committee takes note of the State party’s commitment, as expressed by its delegation, to instigate a "
            "reform to its legal framework, including the Constitution, accessibility laws and laws regarding legal "
            "capacity, with a view to aligning them with the Convention, and encourages the State party to expedite "
            "efforts in that regard.",
            ("encouraged", "states_parties"),
        ),
        # near miss: a glued number before a subject, not a verb; Directive 2011/93/EU, article 19(1)
        # (legislation.gov.uk; dir2011-93-a19-1)
        (
            "1.Member States shall take the necessary measures to ensure that assistance and support are provided to "
            "victims before, during and for an appropriate period of time after the conclusion of criminal proceedings "
            "in order to enable them to exercise the rights set out in Framework Decision 2001/220/JHA, and in this "
            "Directive.",
            ("mandatory", "member_states"),
        ),
    ],
)
def test_a_glued_paragraph_number_opens_its_verb(mode: str, text: str, expected: tuple[str, str | None]) -> None:
    assert_row_request(mode, text, expected)


@in_both_modes(
    ("text", "expected"),
    [
        # Statement on behalf of Norway and Iceland, International Labour Conference, 106th session (2017)
        # (https://www.norway.no/en/missions/wto-un/nig/statements/hr/other/international-labour-conference/106th-session/
        # committee-for-the-application-of-standards/new-page/; real-l-168): none / none before, both modes
        (
            "All member states are expected to do their utmost to eliminate forced labour in any form.",
            ("should", "member_states"),
        ),
        # Bangladesh Police Special Branch (Immigration), Carrier Responsibilities
        # (https://immi.specialbranch.gov.bd/Carrier_resp; p26-bdcarrier-2): none / none (parsed), should /
        # private_sector (rule-only) before
        (
            "States are expected to follow standards and recommended practices set out in Annex 9 to the Convention on "
            "International Civil Aviation, also referred to as the Chicago Convention, in order to achieve some degree "
            "of international consistency when developing carrier obligations in their legislation.",
            ("should", "member_states"),
        ),
        # near miss: a forecast of things asks no one (a `should` cue would outrank the text's "may"); Second
        # Additional Protocol to the European Convention on Mutual Assistance in Criminal Matters (ETS No. 182),
        # article 20(1) (real-r-025: may in the gold, both modes before and after)
        (
            "A request for the setting up of a joint investigation team may be made by any of the Parties concerned. "
            "The team shall be set up in one of the Parties in which the investigations are expected to be carried out.",
            ("may", None),
        ),
    ],
)
def test_an_actor_expected_to_act_is_asked(mode: str, text: str, expected: tuple[str, str | None]) -> None:
    assert_row_request(mode, text, expected)
