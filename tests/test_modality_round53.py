"""Modality and addressee, round 53: reported collective commitments (probe 51; the lead's decision in
`data/gold/README.md`).

A body made of States or their representatives that "agreed to" / "has agreed to" / "committed to" an act binds its
members (`reported_commitments`): "The Conference" (a Conference of the Parties: states_parties) and "The Council" were
no subjects, and "has agreed to", "did agree to", "committed (themselves) to" no phrases. A body's own procedure
("agreed to hold ... meetings") binds no one. An instrument that "commits / obligates / binds" States to an act is the
same commitment (`reported_commitments.binding_verbs`), of the States it names, outside a preamble paragraph and a
relative clause. Near misses: a body of experts or officials ("the Working Group", a meeting of directors-general's
"It"), "agreed to" + a noun, "agreed its position", a Conference's procedural "agreed to hold", a relative "through
which governments commit to", the present "Members commit to" of a business foundation, a substantive "agree to
include", and instruments reported in a preamble or a relative clause.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes

MEMBERS = ("mandatory", "member_states")
PARTIES = ("mandatory", "states_parties")
STATEMENT = ("none", "none")


@in_both_modes(
    ("text", "expected"),
    [
        # real-v-020, UNTOC Conference of the Parties, first session (2004), UNIS/CP/497,
        # http://unis.unvienna.org/unis/en/pressrels/2004/uniscp497.html: none / none before
        (
            "The Conference agreed to move forward through a knowledge-based approach, while States Parties ensure the "
            "implementation of the Convention.",
            PARTIES,
        ),
        # p49-jhasep-2, Council of the EU, Presidency conclusions on migration (14 September 2015),
        # https://1library.net/document/y4gwg0o5-po-es-dg-d-b.html: none / none before
        (
            "The Council has agreed to increase the European Union Regional Trust Fund in response to the Syrian Crisis "
            "(the Madad Fund) significantly to provide immediate ad hoc support for Syria and the neighbouring countries.",
            MEMBERS,
        ),
        # p51-smug20-1, Ministerial Conference to counter migrant smuggling (13 July 2020),
        # https://www.bmi.bund.de/SharedDocs/pressemitteilungen/EN/2020/07/konferenz-schleuserbekaempfung-eu-afr-en.html
        (
            "The participants committed to building on the significant efforts made by all actors to combat migrant "
            "smuggling and underlined their commitment to further pursuing dialogues with African Partners to identify "
            "future avenues of cooperation in countering smuggling with a coherent approach.",
            MEMBERS,
        ),
        # p51-jha15b-1, European Movement Norway, http://www.europabevegelsen.no/no-agreement-at-council-on-migration/
        (
            "Ministers did agree to set up special reception centres in Greece; increase border protection at external "
            "frontiers; aid for UNCHR refugee camps; and to soon finalise a ‘safe countries of origin’ list, which will "
            "not include Turkey.",
            MEMBERS,
        ),
    ],
)
def test_body_of_states_agreed_to(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected=expected)


@in_both_modes(
    ("text", "expected"),
    [
        # real-r-194, UN Women's Virtual Knowledge Centre on the Maputo Protocol, article 4(2)(g),
        # https://endvawnow.org/en/articles/537-lois-et-accords-rgionaux.html: none / none before
        (
            "Article 4(g) obligates state parties to take appropriate and effective measures to “prevent and condemn "
            "trafficking in women, prosecute the perpetrators of such trafficking and protect those women most at risk.”",
            PARTIES,
        ),
        # p51-refconv-1, Nutshell100 on the UN Refugee Convention, https://www.nutshell100.com/subject/un-refugee-convention
        (
            "It obligates countries to protect refugees, ensuring they are not returned to places where they face danger or persecution.",
            MEMBERS,
        ),
        # p18l-unnews-merida-2, UN News (9 December 2003),
        # https://news.un.org/en/story/2003/12/88082-un-member-countries-sign-anti-corruption-treaty-merida-mexico
        (
            "The Convention against Corruption binds ratifying countries to criminalize corrupt practices; develop "
            "institutions to prevent corrupt practices and prosecute offenders.",
            MEMBERS,
        ),
    ],
)
def test_instrument_binds_states(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected=expected)


@in_both_modes(
    ("text", "expected"),
    [
        # p51-bswg-2, Earth Negotiations Bulletin, BSWG (vol. 9 no. 48), http://enb.iisd.org/vol09/0948011e.html:
        # mandatory / member_states before (a procedural act)
        (
            "Pending sufficient funds and Secretariat assistance, delegates agreed to hold two five-day meetings in 1997, "
            "tentatively scheduled for 12-16 May and 13-17 October.",
            STATEMENT,
        ),
        # p8-see2000-7, Anti-Trafficking Declaration of South Eastern Europe (2000),
        # https://www.legislationline.org/documents/id/8553: mandatory / member_states before
        (
            "They agree to meet within the 'South Eastern Europe Anti-Trafficking Ministerial' once a year in order to "
            "highlight the issue, review activities and give political guidance.",
            STATEMENT,
        ),
    ],
)
def test_procedural_agreement_binds_no_one(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected=expected)


@in_both_modes(
    ("text", "expected"),
    [
        # p51-bwc-1, BWC Seventh Review Conference (BioPrepWatch): a Conference's own procedure
        (
            "In addition, the conference agreed to hold the next meeting of experts from July 16 to 20 and the next states "
            "parties meeting from December 10 to 14.",
            STATEMENT,
        ),
        # p51-bswg-1 (ENB): a working group names no subject of a collective commitment
        (
            "After some debate, the Working Group agreed to “focus the attention of COP-3” on the following recommendations:",
            STATEMENT,
        ),
        # p51-dgicm-1 (ASEAN DGICM, VNA): "It" of a meeting of officials
        (
            "It agreed to enhance cooperation in border management in order to prevent irregular movements of people, "
            "illegal migration, trafficking-in-persons and labour trafficking, he added.",
            STATEMENT,
        ),
        # p51-cop27-1 (APA News): "agreed to" + a noun
        (
            "With this move, history was made at COP27 as the parties agreed to the establishment of the long-awaited fund "
            "for assisting developing countries that are particularly vulnerable to the adverse effects of climate change.",
            STATEMENT,
        ),
        # p51-jha16-1 (EMN Belgium): "agreed its" position
        (
            "The Council agreed its negotiation position on a proposed regulation to reinforce checks against relevant "
            "databases at external borders.",
            STATEMENT,
        ),
        # p51-cop12-1 (UNODC, COP12): "commit to" inside a relative clause
        (
            "Parties to the UNTOC – the world’s only global, legally binding instrument through which governments commit to "
            "act and cooperate against organized crime – meet every two years at the COP to improve their capacity to "
            "combat organized crime, review the implementation of UNTOC and its Protocols and set the anti-crime agenda "
            "for the future.",
            STATEMENT,
        ),
        # p26-eclt-2 (ECLT Foundation): the present "commit to" of a business foundation's members is not read
        (
            "Members commit to uphold robust policy, conduct due diligence and provide for remediation against child "
            "labour, in line with international laws and based on the UN Guiding Principles on Business and Human Rights "
            "(UNGPs) recognised to be best practices for businesses.",
            STATEMENT,
        ),
        # p30-jfl-4 (Justice for Life, 2014): "agree to include" clauses is an act, not procedure
        (
            "They also agree to include clauses in their contracts requiring companies in their supply chain to repudiate "
            "child sex trafficking.",
            MEMBERS,
        ),
        # ecosoc-1968-1291-pp (probe 6), ECOSOC resolution 1291 (XLIV): an instrument in a preamble paragraph
        (
            "Recalling that the Single Convention on Narcotic Drugs, 1961 obliges Parties to place cannabis under strict "
            "controls to prevent its abuse,",
            STATEMENT,
        ),
        # p18l-ebrary-2 (ebrary.net): an instrument in a relative clause
        (
            "A basis for the following Articles is given by Article 24 of the Palermo Convention that obliges its member "
            "states to employ effective domestic measures to protect victims from intimidation and retaliation, in "
            "particular if testifying as witnesses.",
            STATEMENT,
        ),
    ],
)
def test_near_misses_keep_their_reading(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected=expected)
