"""Modality and addressee, round 38: regional bodies' own commitments (gold parts T and U dev).

A body's undertaking reported in the third person binds its speakers, as "The leaders agreed to" does (gold README,
declarations; round 34): "the Ministers resolved to", "SAARC countries on Friday vowed to", "The six nations are
committed to" are `mandatory` / `member_states`; an undertaking inside a relative clause ("a statement in which ASEAN
members agreed to") is what a text said, no undertaking of the sentence's own, and "is committed to" of a body still
describes it. An impersonal proposal ("It is also suggested that ...") is a recommendation (`should`). An action plan's
numbered label ("Action 16:") before a bare imperative leaves the imperative a request. A pronoun subject after an
adverbial clause naming a State party ("Where a State Party takes measures ..., it shall:") is that party.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes


@in_both_modes(
    ("text", "expected"),
    [
        # ASEAN Emergency Ministerial Meeting on Transnational Crime, 2015, as reported by the Royal Thai Embassy
        # (https://thaiembdc.org/2015/07/02/asean-ministers-meet-on-irregular-movement-of-persons/, real-u-045): none /
        # none before, both modes
        (
            "In noting the link between irregular movement of persons and the crime of trafficking in persons and people "
            "smuggling, the Ministers resolved to strengthen law enforcement efforts through information and intelligence "
            "sharing.",
            ("mandatory", "member_states"),
        ),
        # SAARC Interior/Home Ministers, 2014, as reported by PTI (https://statetimes.in/amp/saarc-nations-vow-combat-
        # terrorism-piracy, real-u-025): none / none before, both modes
        (
            "SAARC countries on Friday vowed to combat common challenges of terrorism, piracy, human trafficking, drugs "
            "smuggling, cyber crime and corruption by forging cooperation among the law enforcement agencies of the "
            "eight-member grouping.",
            ("mandatory", "member_states"),
        ),
        # COMMIT Joint Declaration, Beijing, 2007, as reported by VNA (https://en.qdnd.vn/foreign-affairs/multilateral-
        # relations/mekong-nations-cooperate-in-fight-against-human-trafficking-388239, real-u-028): none / none before
        (
            "The six nations are committed to preventing trafficking in persons and associated harms through actions "
            "aimed at identifying and protecting trafficked persons at every point in the trafficking cycle, and to "
            "ensure that all official actions with respect to trafficked persons protect their safety, dignity and "
            "rights.",
            ("mandatory", "member_states"),
        ),
        # near miss: the undertaking inside a relative clause; ASEAN meeting as reported by VOV
        # (http://vov.vn/the-thao/bong-da/lukaku-va-top-10-cau-thu-dat-gia-nhat-lich-su-bong-da-644362.vov, real-u-047):
        # mandatory / member_states before, none / none after
        (
            "Chair of the meeting, Ahmad Bin Hamidi, concluded the meeting by presenting a statement in which ASEAN "
            "members agreed to intensify law enforcement efforts to combat human trafficking and migrant smuggling.",
            ("none", "none"),
        ),
        # near miss: a body "is committed to" describes it (UN press material, gold part L, real-l-070, first
        # sentence): none / none before and after
        (
            "The United Nations is committed to advancing action to bring traffickers to justice while protecting and "
            "supporting their victims.",
            ("none", "none"),
        ),
    ],
)
def test_reported_undertakings_bind_the_speakers(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected)


@in_both_modes(
    ("text", "expected"),
    [
        # PACE Committee on Social Affairs, Doc. 13082, 2012, summary paragraph 2
        # (http://www.assembly.coe.int/nw/xml/XRef/X2H-Xref-ViewHTML.asp?FileID=19236&Lang=EN, real-n-087): none before
        (
            "Finally, it is suggested that a road map be elaborated for the additional protocol against trafficking in "
            "human tissues and cells.",
            ("should", "none"),
        ),
        # East African Legislative Assembly, as reported (https://eala.org/media/view/house-adopts-tow-rsolutions-and-
        # report-on-icts, real-u-052): none before; the Council of Ministers is no actor of the vocabulary
        (
            "It is also suggested that the Council of Ministers tables annually in the Assembly, the status report on "
            "action taken by the EAC to combat trafficking in persons.",
            ("should", None),
        ),
        # near miss: evidence that suggests states; House of Lords EU Committee, HL Paper 46, 2015, conclusion 1
        # (https://publications.parliament.uk/pa/ld201516/ldselect/ldeucom/46/4609.html, real-u-039, first sentence)
        (
            "1.The evidence suggests that a majority of those currently entering the EU as irregular migrants are at "
            "least prima facie refugees as defined by the UNHCR.",
            ("none", "none"),
        ),
    ],
)
def test_an_impersonal_proposal_is_a_recommendation(mode: str, text: str, expected: tuple[str, str | None]) -> None:
    assert_row_request(mode, text, expected)


@in_both_modes(
    ("text", "context", "expected"),
    [
        # Rabat Process action plan, domain 4, objective 7, action 16, as printed by lewik.org
        # (https://www.lewik.org/term/24115/domain-4-prevention-of-and-fight-against-irregular-migration-migrant-
        # smuggling-and-trafficking-in-human-beings, real-u-014): none / none before, both modes
        (
            "Action 16: Strengthen judicial and police cooperation at bilateral, inter- and intra-regional and "
            "international levels regarding the exchange of information, paying particular attention to financial "
            "investigations.",
            "Objective 7: Build the capacities of public institutions with competency in the areas of integrated border "
            "management, and the prevention and fight against migrant smuggling and trafficking in human beings",
            ("should", "member_states"),
        ),
        # Smuggling of Migrants Protocol, article 9(1)(a)
        # (https://github.com/statengeneraal/laws-markdown/blob/061f5d521bd5462d44e042e1872388e198fa1bb7/verdrag/protocol/
        # against/the/smuggling/of/migrants/by/land/sea/and/air/etc/BWBV0001750/README.md, real-t-003): parsed should /
        # member_states before (rule-only right before and after)
        (
            "(a) Ensure the safety and humane treatment of the persons on board;",
            "1. Where a State Party takes measures against a vessel in accordance with article 8 of this Protocol, it shall:",
            ("mandatory", "states_parties"),
        ),
    ],
)
def test_labelled_and_pronoun_lead_ins(mode: str, text: str, context: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected, context)


@in_both_modes(
    ("text", "expected"),
    [
        # near miss: a numbered label before a gerund heading requests nothing; House of Commons of Canada, FAAE report
        # 15, list of recommendations (https://noscommunes.ca/documentviewer/en/42-1/FAAE/report-15/page-24)
        ("Recommendation 1: Combating corruption in the fight against sex trafficking in South Asia", ("none", "none")),
        # near miss: a pronoun after an adverbial clause naming businesses is not made the States (only a State actor is
        # taken); UN Guiding Principles on Business and Human Rights, principle 22
        # (https://globalnaps.org/ungp/guiding-principle-22, real-h-079: rule-only private_sector, parsed none, before
        # and after)
        (
            "Where business enterprises identify that they have caused or contributed to adverse impacts, they should "
            "provide for or cooperate in their remediation through legitimate processes.",
            ("should", None),
        ),
    ],
)
def test_near_misses_keep_their_reading(mode: str, text: str, expected: tuple[str, str | None]) -> None:
    assert_row_request(mode, text, expected)
