"""Modality and addressee, round 21: real text of gold part P (UPR recommendation lists, treaty-body concluding
observations, Special Rapporteurs; ``data/gold/REAL_SOURCES_P.md``) and the near misses beside each kind.

A UPR recommendation keeps its number ("129.2. Ratify ...", "114.18 Advance ..."), which the sentencizer cuts off as a
sentence of its own, and a treaty body's lettered item ("(c) Undertake ...") its letter: the bare imperative after
either is still the implied request of an item (`should`, member_states). "Bring" is a base form, not a gerund subject;
"Advance", "Oversee" and "Secure" open requests. "urges the country to" asks the State visited. A that-clause opened by
a phrase set off by commas ("recommends that, while taking into account its general comment No. 6 (2005) ..., the State
party:") asks the actor after the closing comma. A lead-in completed by "Seek <object>" asks for the object (`should`);
"Seek to" softens it.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes

MEMBER_STATES = ("should", "member_states")


@in_both_modes(
    ("text", "expected"),
    [
        # UNHCR's compilation of UPR recommendations on statelessness, entry for Algeria (A/HRC/21/13; gold real-p-097)
        ("129.2. Ratify the 1961 Convention on the Reduction of Statelessness (Slovakia);", MEMBER_STATES),
        # Institute on Statelessness and Inclusion's database: UPR fourth cycle, recommendation 114.18 (real-p-102)
        (
            "114.18 Advance towards the ratification of the 1954 Convention relating to the Status of Stateless Persons "
            "and the 1961 Convention on the Reduction of Statelessness.",
            MEMBER_STATES,
        ),
        # the same database: UPR first cycle, recommendation 106.115 (real-p-109)
        (
            "106.115. Oversee the citizenship policy regarding the granting of citizenship to stateless persons in order "
            "to ensure that it corresponds with the Convention on the Reduction of Statelessness",
            MEMBER_STATES,
        ),
        # UPR Working Group on Botswana, 29th session, 2018 (real-p-155): the parse reads "Accede" as a subject
        (
            "7.20. Accede and domesticate the 1961 Convention on Reduction of Statelessness to address child "
            "statelessness and lack of nationality (Kenya);",
            MEMBER_STATES,
        ),
        # CERD on Azerbaijan, paragraph 17 (c), as printed by the same database (real-p-165): not a treaty's "undertakes"
        (
            "(c) Undertake public education campaigns on the rights enshrined in the Convention and on how to file "
            "complaints of racial discrimination, particularly among Roma communities, stateless persons and migrant "
            "workers;",
            MEMBER_STATES,
        ),
        # near miss: OSCE Parliamentary Assembly, St. Petersburg Declaration (1999), preambular paragraph 5 (real-n-182)
        (
            "5. Aware that trafficking in women and children in the OSCE region and beyond is inherently related to the "
            "global phenomenon of organised crime relating to slavery, forced labour and forced prostitution;",
            ("none", "none"),
        ),
        # near miss: ILO Convention No. 143, article 10: a treaty's own undertaking still binds its subject
        (
            "Each Member for which the Convention is in force undertakes to declare and pursue a national policy "
            "designed to promote and to guarantee equality of opportunity and treatment.",
            ("mandatory", "member_states"),
        ),
    ],
    ids=[
        "upr-number-dot",
        "upr-number-no-dot",
        "upr-oversee",
        "upr-accede-and",
        "lettered-undertake",
        "numbered-aware",
        "member-undertakes",
    ],
)
def test_numbered_or_lettered_item_keeps_its_implied_request(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected)


@in_both_modes(
    ("text", "expected"),
    [
        # CRC on Cyprus, CRC/C/CYP/CO/3-4 (2012), paragraph 47 (b) (real-p-032): "Bring" ends as a gerund does
        (
            "Bring section 8 of its Refugee Law in line with international protection standards to ensure that the "
            "right to remain is not limited to the administrative examination stage of a claim and that, while awaiting "
            "the determination of a claim, applicants are ensured continued access to essential services;",
            MEMBER_STATES,
        ),
        # CRC on Bolivia, CRC/C/BOL/CO/4 (2009), paragraph 78 (d) (real-p-010)
        (
            "Secure funds, exchange experiences and extend collaboration to other countries for the tasks of "
            "investigation and prosecution of perpetrators.",
            MEMBER_STATES,
        ),
        # near miss: UNHCR ExCom conclusion No. 105 (2006): a gerund subject states what something involves
        (
            "Ensuring early identification and immediate response involves partnerships and actions to:",
            ("none", "none"),
        ),
    ],
    ids=["bring-not-gerund", "secure-funds", "gerund-subject"],
)
def test_bare_imperative_verbs(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected)


@in_both_modes(
    ("text", "expected"),
    [
        # UN.GIFT's summary of A/HRC/14/32/Add.4 (trafficking rapporteur on Japan, 2010; real-p-070)
        (
            "Among her recommendations, the Special Rapporteur urges the country to adopt a clearer definition of "
            "trafficking and spell out clear criteria and guidelines for the identification of victims.",
            MEMBER_STATES,
        ),
        # UN News Centre on her preliminary findings (2009; real-p-075)
        (
            "She also urged the country to take greater action at the regional level to combat trafficking and consider "
            "entering into bilateral agreements with source countries to address the problem on a long-term basis.",
            MEMBER_STATES,
        ),
        # near miss: UNHCR ExCom conclusion No. 40 (1985), paragraph (a) (real-k-059): "the country of origin" is a place
        (
            "The basic rights of persons to return voluntarily to the country of origin is reaffirmed and it is urged "
            "that international co-operation be aimed at achieving this solution and should be further developed;",
            ("should", "none"),
        ),
    ],
    ids=["urges-the-country", "urged-the-country", "country-of-origin"],
)
def test_the_country_urged_is_the_state(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected)


ROMANIA_LEAD_IN = (
    "The Committee recommends that, while taking into account its general comment No. 6 (2005) on the treatment of "
    "unaccompanied and separated children outside their country of origin, the State party:"
)


@in_both_modes(
    ("text", "context", "expected"),
    [
        # CRC on Romania, CRC/C/ROM/CO/4 (2009), paragraph 81 (a) and (c) (real-p-057, real-p-059)
        (
            "Extend in law and continue to provide in practice specific guarantees for unaccompanied children and "
            "separated children;",
            ROMANIA_LEAD_IN,
            ("should", "states_parties"),
        ),
        ("Apply the benefit of the doubt concerning age assessment;", ROMANIA_LEAD_IN, ("should", "states_parties")),
        # near miss: CRC/C/15/Add.180, paragraph 55 (probe 6): after the insert, a report by the State party, a passive
        (
            "Finally, the Committee recommends that, in light of article 44, paragraph 6, of the Convention, the second "
            "periodic report and written replies presented by the State party be made widely available to the public at "
            "large.",
            None,
            ("should", "none"),
        ),
        # CRC on Colombia, CRC/C/COL/CO/3 (2006), paragraph 87 (f) (real-p-016): technical assistance is asked for
        (
            "Seek further technical assistance from among others, UNICEF and ILO-IPEC (International Programme for the "
            "Elimination of Child Labour).",
            "The Committee recommends that the State party:",
            ("should", "states_parties"),
        ),
        # near miss: draft Guiding Principles on business and human rights, principle 11 (real-h-080): "Seek to" softens
        (
            "Seek to ensure that those institutions neither restrain the ability of their member States to meet their "
            "duty to protect nor hinder business enterprises from respecting human rights;",
            "GUIDING PRINCIPLE 11: States, when acting as members of multilateral institutions that deal with "
            "business-related issues, should:",
            ("should_consider", "member_states"),
        ),
    ],
    ids=["insert-extend", "insert-apply", "insert-passive", "seek-assistance", "seek-to"],
)
def test_lead_in_read_past_its_insert_and_seek(mode: str, text: str, context: str | None, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected, context)
