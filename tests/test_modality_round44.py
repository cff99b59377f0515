"""Modality and addressee, round 44: the speaker's own need is a call.

"We need" + a noun phrase or + "to" and a verb, as the sentence's own opening ("To eradicate contemporary forms of
slavery, we need new strategies ...", "But we need the full engagement ...", "And we need to invest heavily in
prevention ..."), calls for what is needed as "let us" does: `should`, asked of no one (`speaker_needs`; gold part M).
Near misses that stay none: "we need" inside a clause ("This suggests that we need to rethink ..."), an adverb outside
`need_to.adverbs` ("We now need to get moving ...", tests/test_modality_round12.py), a rhetorical verb after "to".
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes


@in_both_modes(
    ("text", "expected"),
    [
        # SG/SM/13971, Secretary-General's message for the International Day for the Abolition of Slavery, 2011
        # (https://press.un.org/en/2011/sgsm13971.doc.htm, real-m-108): none / none before, both modes
        (
            "To eradicate contemporary forms of slavery, we need new strategies and measures that can unite all actors. "
            "While Governments bear the primary responsibility, the private sector has an integral role to play.",
            ("should", "none"),
        ),
        # UNIS/SGSM/844, Secretary-General's message to the seventh session of the UNCAC COSP, 2017
        # (https://unis.unvienna.org/unis/en/pressrels/2017/unissgsm844.html, real-m-141): none / none before; the actor
        # after "need" in the second sentence is not taken as the one asked
        (
            "But we need the full engagement and support of the business and financial communities. We need civil "
            "society to continue its valuable work. Most of all, we need young people to engage and to change minds and "
            "practices so that the corruption of today plays no role in the future.",
            ("should", "none"),
        ),
        # UNODC Executive Director's message on the International Day against Drug Abuse and Illicit Trafficking
        # (https://unodc.org/unodc/en/drugs/unodc-executive-directors-message.html, real-m-172): none / none before
        (
            "And we need to invest heavily in prevention, awareness-raising, early interventions and services, to build "
            "the resilience of our communities.",
            ("should", "none"),
        ),
        # UN Office at Geneva, Acting Director-General's message for the World Day Against Trafficking in Persons, 2014
        # (https://ungeneva.org/ru/about/director-general/michael-moller/activities/2014/07/world-day-against-trafficking-
        # persons, p35-moller-1): none / none before
        (
            "We need to maintain a particular focus on the plight of women and girls who together make up 75% of all victims.",
            ("should", "none"),
        ),
        # OECD Secretary-General, Paris Peace Forum panel on child labour, 2019 (https://www.oecd.org/fr/corruption/
        # paris-peace-forum-acting-together-for-a-world-free-from-child-labour-november-2019.htm, p35-gurria-1)
        (
            "First, we need to build the evidence base to understand the complexity of child labour and forced labour and "
            "tackle the problem at all levels and all stages of the supply chains.",
            ("should", "none"),
        ),
        # near miss: "we need" inside a that-clause, House of Commons of Canada, Subcommittee on International Human
        # Rights (https://openparliament.ca/committees/international-human-rights/42-1/88/dr-aidan-mcquade-2/only,
        # p35-mcquade-1): none / none before and after
        (
            "This suggests that we need to rethink, quite fundamentally, how we're doing some very big things, starting "
            "with international trade, and working our way down to the way in which we practise development, "
            "humanitarian response, and particularly education.",
            ("none", "none"),
        ),
    ],
)
def test_speaker_need(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected)
