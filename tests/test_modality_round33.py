"""Modality, addressee and actors, round 33: treaty articles and who they bind (gold part R, probe 24).

A treaty's party is `states_parties` whatever the treaty calls it and however it is qualified: "the requested Party",
"A Party which has reasonable ground ...", "The Contracting States", "Any Contracting Party" (TAXONOMY section 5 reads
"States parties (to whichever treaty)" so; the gold's part R and earlier parts read every such form so), and since
round 37 so is "the requesting State" of a treaty's article; an organization's "Member State" stays the States'
(`member_states`). The parties' own
undertaking in the present ("The Contracting Parties undertake to surrender ...", "the States Parties agree to
undertake ...") binds them, as "Member States undertake to" already did. A State named as whose another noun is ("a
national of a Contracting State", "A Party's point of contact") is an actor of the text but not the one bound; a State's
organ ("States' Civil Aviation Authorities") still is the State.
"""

from __future__ import annotations

import pytest

from tests.modality_support import assert_request, assert_row_actors, assert_row_request, in_both_modes


@in_both_modes(
    ("text", "expected"),
    [
        # Convention on Cybercrime (ETS No. 185), article 29(3) (real-r-017): member_states before, both modes
        (
            "3. Upon receiving the request from another Party, the requested Party shall take all appropriate measures "
            "to preserve expeditiously the specified data in accordance with its domestic law.",
            ("mandatory", "states_parties"),
        ),
        # European Convention on Mutual Assistance in Criminal Matters (ETS No. 30), article 3(1), WorldLII (probe 24,
        # p24-ets30-5): member_states before, both modes
        (
            "The requested Party shall execute in the manner provided for by its law any letters rogatory relating to a "
            "criminal matter and addressed to it by the judicial authorities of the requesting Party for the purpose of "
            "procuring evidence or transmitting articles to be produced in evidence, records or documents.",
            ("mandatory", "states_parties"),
        ),
        # Convention relating to the Status of Refugees (1951), article 31(1) (real-r-086): member_states before
        (
            "1. The Contracting States shall not impose penalties, on account of their illegal entry or presence, on "
            "refugees who, coming directly from a territory where their life or freedom was threatened in the sense of "
            "Article 1, enter or are present in their territory without authorization, provided they present themselves "
            "without delay to the authorities and show good cause for their illegal entry or presence.",
            ("mandatory", "states_parties"),
        ),
        # European Convention on Extradition (ETS No. 24), article 26(1), maxius.nl (probe 24, p24-ets24-5): parsed
        # may / none, rule-only none before
        (
            "Any Contracting Party may, when signing this Convention or when depositing its instrument of ratification or "
            "accession, make a reservation in respect of any provision or provisions of the Convention.",
            ("may", "states_parties"),
        ),
        # the requesting State of a treaty's own article is its party since round 37 (data/gold/README.md; member_states
        # before); readmission agreement, article 11, businesspravo.ru (probe 24, p24-readm-1)
        (
            "The requesting State shall take back without delay a person readmitted by the requested State if it is "
            "established that the requirements laid down in Articles 2 and 4 as well as in Articles 3 and 5 of this "
            "Agreement were not met.",
            ("mandatory", "states_parties"),
        ),
        # near miss: an organization's Member State in its agreement with a third country; EC-Sri Lanka readmission
        # agreement (2004), wordscope.be (probe 24, p24-eulk-1)
        (
            "A Member State shall readmit, upon application by Sri Lanka, all persons who do not, or who no longer, "
            "fulfil the conditions in force for entry to, presence in, or residence on, the territory of Sri Lanka "
            "provided that it is proved that they are nationals of that Member State.",
            ("mandatory", "member_states"),
        ),
    ],
)
def test_a_treaty_party_in_any_form_is_states_parties(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_request(mode, text, expected)


@in_both_modes(
    ("text", "expected"),
    [
        # European Convention on Extradition (ETS No. 24), article 1, WorldLII (probe 24, p24-ets24-1): none before
        (
            "The Contracting Parties undertake to surrender to each other, subject to the provisions and conditions laid "
            "down in this Convention, all persons against whom the competent authorities of the requesting Party are "
            "proceeding for an offence or who are wanted by the said authorities for the carrying out of a sentence or "
            "detention order.",
            ("mandatory", "states_parties"),
        ),
        # European Convention on the Compensation of Victims of Violent Crimes (ETS No. 116), article 1, WorldLII
        # (probe 24, p24-ets116-1): none before
        (
            "The Parties undertake to take the necessary steps to give effect to the principles set out in Part I of "
            "this Convention.",
            ("mandatory", "states_parties"),
        ),
        # near miss: an organization's Member States undertake as before; ECOWAS Revised Treaty (1993), article 59(2)
        # as quoted by the Invisible Borders blog (probe 24, p24-ecot-2)
        (
            "2. Member States undertake to adopt all appropriate measures to ensure that Community citizens enjoy fully "
            "the rights referred to in paragraph 1 of this Article.",
            ("mandatory", "member_states"),
        ),
        # near miss: a contract's lower-case parties, no actor, no undertaking of the "agree to" form; EU-Georgia
        # readmission agreement as paraphrased on a blog (probe 24, p24-euge-3)
        (
            "The contracting parties agree with each other to implement and interpret this agreement.",
            ("none", "none"),
        ),
    ],
)
def test_the_parties_own_undertaking(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_request(mode, text, expected)


@pytest.mark.parametrize("mode", ["parsed", "rules"])
def test_an_item_under_the_parties_agreement(mode: str) -> None:
    # Inter-American Convention on the Prevention, Punishment, and Eradication of Violence against Women (Belém do
    # Pará, 1994), article 8 (c), as compiled by OHCHR (real-r-181): none / none before, both modes
    assert_row_request(
        mode,
        "c. to promote the education and training of all those involved in the administration of justice, police and "
        "other law enforcement officers as well as other personnel responsible for implementing policies for the "
        "prevention, punishment and eradication of violence against women;",
        ("mandatory", "states_parties"),
        "Article 8\nThe States Parties agree to undertake progressively specific measures, including programs:",
    )


@in_both_modes(
    ("text", "expected"),
    [
        # Convention on the Reduction of Statelessness (1961), article 7(3) (real-r-110): the State whose national is
        # meant binds no one here (gold none), though "Contracting State" is now an actor
        (
            "3. Subject to the provisions of paragraphs 4 and 5 of this article, a national of a Contracting State shall "
            "not lose his nationality, so as to become stateless, on the ground of departure, residence abroad, failure to "
            "register or on any similar ground.",
            ("mandatory", "none"),
        ),
        # Convention on Cybercrime (ETS No. 185), article 35(2)(a) (real-r-009)
        (
            "2 a A Party's point of contact shall have the capacity to carry out communications with the point of "
            "contact of another Party on an expedited basis.",
            ("mandatory", "none"),
        ),
        # near miss: a State's organ is the State's; ICAO-OHCHR guidelines for cabin crew (ICAO Circular 352) as
        # summarised (real-r-176)
        (
            "States\u2019 Civil Aviation Authorities (CAAs) should require that operators develop policies, procedures, "
            "training and guidance for their employees; specifically to raise awareness on trafficking in persons and "
            "appropriate responses to such events.",
            ("should", "member_states"),
        ),
    ],
)
def test_a_state_named_as_owner_is_not_bound(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_request(mode, text, expected)


@pytest.mark.parametrize("mode", ["parsed", "rules"])
def test_an_owner_state_is_still_an_actor(mode: str) -> None:
    # Convention on the Reduction of Statelessness (1961), article 7(3) (real-r-110: actors states_parties; none named
    # before)
    assert_row_actors(
        mode,
        "3. Subject to the provisions of paragraphs 4 and 5 of this article, a national of a Contracting State shall not "
        "lose his nationality, so as to become stateless, on the ground of departure, residence abroad, failure to "
        "register or on any similar ground.",
        {"states_parties"},
        {"member_states"},
    )


@in_both_modes(
    ("text", "expected"),
    [
        # Australian Parliament, Joint Standing Committee on Foreign Affairs, Defence and Trade, Modern Slavery inquiry,
        # terms of reference (probe 15, p15-jsctor-1): the Committee's duty, the question of Australia its content;
        # rule-only mandatory / member_states before ("the United Kingdom's" as subject)
        (
            "With reference to the United Kingdom\u2019s Modern Slavery Act 2015 and to relevant findings from the Joint "
            "Standing Committee on Foreign Affairs, Defence and Trade\u2019s report, Trading Lives: Modern Day Human "
            "Trafficking, the Committee shall examine whether Australia should adopt a comparable Modern Slavery Act.",
            ("mandatory", "none"),
        ),
        # near miss: "whether" after the modal opens no clause of it; Council of Europe on domestic slavery as
        # summarised (real-n-036)
        (
            "Victims should receive help and support from our 45 member states \u2013 whether or not their papers are in "
            "order, were trafficked or came willingly at first.",
            ("should", "none"),
        ),
    ],
)
def test_a_modal_inside_an_indirect_question(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_request(mode, text, expected)
