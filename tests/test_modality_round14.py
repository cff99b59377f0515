"""Modality and addressee, round 14: real text of probe 10 (``data/probe/probe10_modality.jsonl``).

Three kinds, each seen in at least two documents. A modal inside a relative or wh-clause was read as the sentence's
own in rule-only mode ("a Mechanism ..., which should serve as an important tool", "as to how participating States
may best deal with", and probe 9's "how national agencies should coordinate"); a resolution verb after "which" or
"who" was read as a request ("The statement, which calls on the heads of Commonwealth countries to commit ..., was
given to ..."). A speaker's request as a participle ("..., he said, urging States to adhere to ...", and probe 8's
"calling on Member States to implement") was missed in both modes. "urges Interpol's 179 member countries to" asked
INTERPOL, the owner, instead of its member countries. Each case cites its source; near misses beside them.
"""

from __future__ import annotations

from tests.modality_support import assert_request, both_modes, in_both_modes
from tests.tag_support import tag_in_mode, tagged_row


@in_both_modes(
    "text",
    [
        # p10-g77-ccpcj28-3: statement of the G-77 and China, 28th session of the CCPCJ (2019), para. 4
        "The Group would like to welcome the establishment of a Mechanism for the Review of the Implementation of the "
        "United Nations Convention against Transnational Organized Crime, which should serve as an important tool to "
        "improve the implementation of the Convention and Protocols by State Parties and improve international "
        "cooperation as well as identifying technical assistance needs.",
        # p10-osce-ap-2: summary of OSCE Ministerial Council Decision No. 2/03 and its Action Plan
        "The Action Plan provides recommendations as to how participating States may best deal with political, "
        "economic, legal, law enforcement, educational and other aspects of the problem.",
        # p9-emmsom-protocol: IOM, Essentials of Migration Management (probe 9, left in round 13)
        "The United Nations Smuggling of Migrants Protocol does not prescribe how national agencies should coordinate "
        "their roles and responsibilities.",
    ],
)
def test_a_modal_in_a_relative_or_wh_clause_requests_nothing(mode, text):
    assert_request(mode, text, ("none", "none"))


@both_modes
def test_a_subject_with_a_relative_clause_keeps_its_modal(mode):
    # near miss, real_dev real-d-162 (Special Rapporteur on migrants): the relative clause ends before the modal, which
    # is the main clause's ("who abuse domestic workers" holds a verb of its own)
    text = "Persons who abuse domestic workers should not be able to hire more domestic workers in the future."
    doc = tag_in_mode(mode, text)
    assert (doc._.modality, doc._.negated) == ("should", True)


@both_modes
def test_states_which_have_not_done_so_are_still_asked(mode):
    # near miss: "which have not yet done so" is a relative clause with its own verb; "should" is the main clause's
    assert_request(mode, "Member States which have not yet done so should ratify the Protocol.", ("should", "member_states"))


@both_modes
def test_a_request_in_a_relative_clause_is_no_request(mode):
    # p10-chri-2: CHRI repost of the Evening Standard, 16 April 2018
    text = (
        "The statement, which calls on the heads of Commonwealth countries to commit to ending the scourge, was given "
        "to Nabeel Goheer, assistant secretary-general of the Commonwealth."
    )
    assert_request(mode, text, ("none", "none"))


@both_modes
def test_a_statement_that_calls_on_states_still_requests(mode):
    # near miss, p10-osce-mc2017-1 (OSCE Ministerial Council, 2017, as reported): the verb's own subject
    assert_request(mode, "The statement calls on States to work to together to rebuild trust.", ("should", "member_states"))


@both_modes
def test_a_participle_after_the_reported_words_requests(mode):
    # p10-ga11219-3: UN press release GA/11219 (General Assembly dialogue on human trafficking, 2012); the quoted
    # words are the Secretary-General's, not the text's own clause
    text = (
        "“Where traffickers are using threats and weapons, we must respond with laws and prosecutions,” he said, "
        "urging States to adhere to the United Nations Protocol to Prevent, Suppress and Punish Trafficking in "
        "Persons, Especially Women and Children."
    )
    assert_request(mode, text, ("should", "member_states"))


@both_modes
def test_calling_on_member_states_requests(mode):
    # p8-cmrec2019-11: summary of CM/Rec(2019)11 on guardianship (probe 8, left in round 12)
    text = (
        "In accordance with international and European legal standards, the Committee of Ministers outlines 18 "
        "principles in the recommendation, calling on Member States to implement a guardianship framework for "
        "unaccompanied and separated children."
    )
    assert_request(mode, text, ("should", "member_states"))


@both_modes
def test_a_participle_that_names_no_request_stays_a_statement(mode):
    # near miss: "including" and "recalling" are no resolution verbs
    doc = tag_in_mode(mode, "The Group met in Vienna, recalling its earlier work, including on victims.")
    assert doc._.modality == "none"


@both_modes
def test_the_member_countries_not_their_owner_are_asked(mode):
    # p10-interpol2001-3: INTERPOL General Assembly resolution after 11 September 2001, as reported
    text = (
        "Furthermore, it urges Interpol's 179 member countries to develop robust systems for the monitoring of "
        "suspicious financial transactions linked to terrorist activities."
    )
    assert_request(mode, text, ("should", "member_states"))


@both_modes
def test_member_countries_of_an_organization_are_asked(mode):
    # p10-interpol2014-3: IISD report of INTERPOL resolution AG-2014-RES-03
    text = (
        "The resolution also urges member countries to use INTERPOL’s operational tools and services in their "
        "efforts to target environmental crime."
    )
    assert_request(mode, text, ("should", "member_states"))


@both_modes
def test_an_organization_asked_by_name_stays_the_addressee(mode):
    # near miss: no possessive, INTERPOL itself is asked
    assert_request(mode, "The Conference urges INTERPOL to share its notices with Member States.", ("should", "interpol"))


@both_modes
def test_the_ccpcj_asked_by_its_acronym(mode):
    # p10-g77-ccpcj19-3: statement of the Group of 77 and China, 19th session of the CCPCJ (2010)
    text = (
        "The Group urges the CCPCJ to adopt practical measures to address this issue and in particular to develop "
        "specific guidelines for crime prevention relating to trafficking in cultural property."
    )
    row, record = tagged_row(mode, text)
    assert (record["modality"], record["addressee"]) == ("should", "un_entities")


URUGUAY_LEAD_IN = "The United States recommends that Uruguay pursue the following courses of action:"


@both_modes
def test_a_country_named_in_a_that_clause_is_asked(mode):
    # p10-usupr-ury-3: U.S. Statement on the UPR of Uruguay (Human Rights Council, 2009), recommendation 3 and its
    # lead-in: "that" opens the clause, it is no article before the name
    row, record = tagged_row(mode, "increase efforts to implement the new anti-trafficking law;", URUGUAY_LEAD_IN)
    assert (record["modality"], record["addressee"]) == ("should", "member_states")


@both_modes
def test_the_authorities_in_a_that_clause_are_the_state(mode):
    # real_dev real-k-114 (CRC concluding observations), first words: rule-only mode read no addressee
    assert_request(
        mode, "The Committee recommends that the authorities take the necessary measures.", ("should", "member_states")
    )


@both_modes
def test_that_as_a_determiner_still_blocks_a_name(mode):
    # near miss: "that Convention" is an instrument, and a passive asks no one
    assert_request(mode, "It recommends that that Convention be ratified.", ("should", "none"))
