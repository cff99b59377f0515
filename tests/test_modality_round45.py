"""Modality and addressee, round 45: a lead-in whose modal follows a pronoun.

A treaty's lead-in often names its party once and then goes on with a pronoun: "States Parties that recognize ... the
system of adoption shall ensure that the best interests of the child shall be the paramount consideration and they
shall:" (CRC art. 21), "If the Central Authority of the State of origin is satisfied that the child is adoptable, it
shall—" (Hague Convention of 1993, art. 16). The parse takes "they"/"it" as the modal's subject and finds no actor in
it, so parsed mode gave the items no addressee; the pronoun stands for the first actor its sentence names
(`lead_in_pronouns`), the sentence's subject, not the nearest ("the child"). Near misses: a pronoun whose sentence
names no actor before it keeps the reading the lead-in had ("In particular, it shall take any necessary measures:",
CTBT art. III), and a lead-in whose parse found the party already keeps it.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes

# Convention on the Rights of the Child, article 21 (https://www.child-abuse.com/childhouse/childrens_rights/crc/crc21.html)
CRC_21 = (
    "21. States Parties that recognize and / or permit the system of adoption shall ensure that the best interests of "
    "the child shall be the paramount consideration and they shall:"
)
# Hague Convention of 1993 on intercountry adoption, article 16, as scheduled to the Adoption (Intercountry Aspects)
# Act (Northern Ireland) 2001 (https://www.legislation.gov.uk/nia/2001/11/schedule/part/chapter/IV/crossheading/
# article-16/data.xht?view=snippet&wrap=true)
HAGUE_16 = "1.  If the Central Authority of the State of origin is satisfied that the child is adoptable, it shall—"


@in_both_modes(
    ("text", "context", "expected"),
    [
        # real-r-036: mandatory / none before in parsed mode
        (
            "c) Ensure that the child concerned by inter-country adoption enjoys safeguards and standards equivalent to "
            "those existing in the case of national adoption;",
            CRC_21,
            ("mandatory", "states_parties"),
        ),
        # real-r-037: mandatory / none before in parsed mode
        (
            "d) Take all appropriate measures to ensure that, in inter-country adoption, the placement does not result in "
            "improper financial gain for those involved in it;",
            CRC_21,
            ("mandatory", "states_parties"),
        ),
        # real-r-099: mandatory / none before in parsed mode
        (
            "(a)prepare a report including information about his or her identity, adoptability, background, social "
            "environment, family history, medical history including that of the child's family, and any special needs "
            "of the child;",
            HAGUE_16,
            ("mandatory", "states_parties"),
        ),
        # real-r-101: mandatory / none before in parsed mode
        (
            "(c)ensure that consents have been obtained in accordance with Article 4; and",
            HAGUE_16,
            ("mandatory", "states_parties"),
        ),
        # near miss, p19-ctbt-2: Comprehensive Nuclear-Test-Ban Treaty, Article III (https://everything2.com/title/
        # The+Comprehensive+Nuclear-Test-Ban+Treaty%253A+Article+III): the pronoun's sentence names no actor before
        # it; mandatory / states_parties before and after, both modes
        (
            "(a) To prohibit natural and legal persons anywhere on its territory or in any other place under its "
            "jurisdiction as recognized by international law from undertaking any activity prohibited to a State Party "
            "under this Treaty;",
            "1. Each State Party shall, in accordance with its constitutional processes, take any necessary measures to "
            "implement its obligations under this Treaty. In particular, it shall take any necessary measures:",
            ("mandatory", "states_parties"),
        ),
        # near miss, real-t-003: Protocol against the Smuggling of Migrants, article 9 (https://github.com/
        # statengeneraal/laws-markdown, BWBV0001750): mandatory / states_parties before and after, both modes
        (
            "(a) Ensure the safety and humane treatment of the persons on board;",
            "1. Where a State Party takes measures against a vessel in accordance with article 8 of this Protocol, it shall:",
            ("mandatory", "states_parties"),
        ),
    ],
)
def test_lead_in_pronoun(mode: str, text: str, context: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, context=context, expected=expected)
