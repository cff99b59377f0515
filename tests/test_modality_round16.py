"""Modality and addressee, round 16: real text of probe 11 (``data/probe/probe11_modality.jsonl``), no gold file.

A preambular paragraph opens with a participle that states a premise ("Recalling ...", "Stressing ...", "Bearing in
mind ...") and reports what others resolved or said: a modal or request inside a that-clause hung on a participle,
or inside a relative clause, is the premise's content, no main clause (TAXONOMY section 5). It was read as the
paragraph's own request in three documents (a Human Rights Council resolution, an ECPYouth resolution, and, rule-only,
an OAS resolution whose "AG/RES." abbreviation cut the paragraph in two sentences). Each case cites its source; the
near misses are a preamble followed by the paragraph's own request and a request's own that-clause.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, both_modes, in_both_modes
from tests.tag_support import tagged_row


@in_both_modes(
    "text",
    [
        # p11-hrc812-pp: Human Rights Council resolution 8/12 (2008), preamble (right-docs.org)
        "Recalling its resolutions 5/1 on institution-building of the Human Rights Council and 5/2 on a code of conduct "
        "for special procedures mandate-holders of the Council of 18 June 2007, and stressing that the mandate-holder "
        "shall discharge his/her duties in accordance with those resolutions and the annexes thereto,",
        # p11-ecpy-pp: ECPYouth, Resolution on Human Trafficking (ecpyouth.eu)
        "Stressing the EU Directive on preventing and combating trafficking in human beings and protecting its victims "
        "stating that the Member States should work on: “in policy-making initiatives, information and "
        "awareness-raising campaigns, research and education programmes and in training, as well as in monitoring and "
        "evaluating the impact of anti-trafficking measures.”",
        # chr96-pp4 (probe 6 legal): Commission on Human Rights resolution 1996/18, preamble (refworld.org)
        "Considering that the Vienna Declaration and Programme of Action (A/CONF.157/23) adopted by the World Conference "
        "on Human Rights urges all States to guarantee the protection of all migrant workers and their families,",
        # p11-oas1948-pp: OAS General Assembly resolution AG/RES. 1948 (XXXIII-O/03), 2003, preamble (oas.org)
        "BEARING IN MIND resolution AG/RES. 1776 (XXXI-O/01), “Support for the United Nations Convention against "
        "Transnational Organized Crime,” in which all OAS member states were urged to consider signing and ratifying, "
        "ratifying, or acceding to the United Nations Convention against Transnational Organized Crime;",
    ],
)
def test_a_premise_reports_no_request(mode, text):
    assert_row_request(mode, text, ("none", "none"))


@in_both_modes(
    ("text", "modality", "addressee"),
    [
        # near miss, dev2 d2-141 (a COP-style paragraph): the request after the premise's comma is the paragraph's own
        (
            "Recalling decision 10/3 of the Conference of the Parties, urges States parties to provide victims who "
            "testify with appropriate protection during criminal proceedings;",
            "should",
            "states_parties",
        ),
        # near miss, real-i-001 (CERD on the United Kingdom): "recommends that" after the premise requests
        (
            "Recalling its general recommendation No. 30 (2004) on discrimination against non-citizens, the Committee "
            "recommends that the State party should establish a system of monitoring.",
            "should",
            "states_parties",
        ),
    ],
)
def test_a_request_after_the_premise_stays(mode, text, modality, addressee):
    assert_row_request(mode, text, (modality, addressee))


@both_modes
def test_as_the_case_may_be_permits_nothing(mode):
    # p11-oas2118-1: OAS General Assembly resolution AG/RES. 2118 (XXXV-O/05), 2005, operative para. 1 (state.gov; the
    # stored page cuts it mid-word and drops "RESOLVES:"). Rule-only read "as the case may be" as may; the request
    # itself ("To reiterate the request to member states to consider", a noun) is not read yet (one document, left)
    text = (
        "1. To reiterate the request to member states to consider signing and ratifying, ratifying, or acceding to, as "
        "the case may be, the United Nations Convention aga"
    )
    row, _ = tagged_row(mode, text)
    assert row["modality"] != "may"


@both_modes
def test_a_modal_beside_the_phrase_stays(mode):
    # near miss: the clause's own "may" around the phrase (written for the test) stays
    assert_row_request(mode, "States may, as the case may be, adopt measures.", ("may", "member_states"))


@in_both_modes(
    ("text", "modality", "addressee"),
    [
        # p11-shc3870-3: UN press release GA/SHC/3870 (Third Committee, trafficking in women and girls), 9 November 2006
        (
            "It would call upon Governments to eliminate the demand for trafficked women and girls in all forms of "
            "exploitation; to devise, enforce and strengthen effective gender- and age-sensitive measures to combat all "
            "forms of trafficking in women and girls; and to take all appropriate measures to ensure that victims of "
            "trafficking are not penalized for being trafficked.",
            "should",
            "member_states",
        ),
        # p8-cm11930-1b: Committee of Ministers, reply to PACE Recommendation 1852 (2008), Doc. 11930, 2009, para. 1
        (
            "It would encourage member states, where appropriate, to bear in mind Recommendation 1852 (2008) in the "
            "framework of their national migration policies.",
            "encouraged",
            "member_states",
        ),
        # near miss, p11-shc4193-1: GA/SHC/4193 (2016): "which would encourage" is a relative clause's verb
        (
            "The proposed amendment was defeated - by a recorded vote of 106 against, to 19 in favour, with 32 abstentions "
            "- and the draft resolution, which would encourage incorporation of the issue of trafficking in women and "
            "girls into the United Nations’ broader policies and programmes, was then approved without a vote.",
            "none",
            "none",
        ),
    ],
)
def test_would_reports_a_request(mode, text, modality, addressee):
    assert_row_request(mode, text, (modality, addressee))


@in_both_modes(
    ("text", "modality", "addressee"),
    [
        # real-m-080: press release SG/SM/16047, the Secretary-General's message for the first World Day against
        # Trafficking in Persons, 30 July 2014 (gold part M, scored unseen: rule-only read no request)
        (
            "I urge all countries to ratify and fully implement the United Nations Convention against Transnational "
            "Organized Crime and its Protocol on Trafficking in Persons.",
            "should",
            "member_states",
        ),
        # real-m-195: press release SG/SM/16425, message on International Migrants Day, 18 December 2014, para. 1
        (
            "On International Migrants Day, we call for the fulfilment and protection of the human rights of the world’s "
            "232 million migrants.",
            "should",
            "none",
        ),
        # real-m-169: UNODC Executive Director's message on the International Day against Drug Abuse, 2023
        (
            "On this International Day Against Drug Abuse and Illicit Trafficking, we are calling for drug responses that "
            "are rooted in empathy, built on science and focused on people.",
            "should",
            "none",
        ),
        # near miss, p11-icapp-2 (2nd ICAPP Workshop on Human Trafficking, 2015): "we" recognizing asks no one
        (
            "We further recognized that it requires a region-wide and multi-stakeholder strategy that builds on national "
            "efforts.",
            "none",
            "none",
        ),
    ],
)
def test_the_speakers_first_person_requests(mode, text, modality, addressee):
    assert_row_request(mode, text, (modality, addressee))


@both_modes
def test_a_request_after_a_premise_without_comma(mode):
    # real-m-019: UNAIDS Programme Coordinating Board, 24th meeting (June 2009), decision 8.2: the premise's "should" is
    # its content; the paragraph's own request ("requests UNAIDS and its stakeholders to work") follows without a comma
    text = (
        "Recognizing that resources should be expanded for service delivery and capacity development to enable "
        "communities to provide prevention, care and support services to drug users living with HIV on a larger scale "
        "whilst, at the same time tackling the issue of stigmatization and discrimination requests UNAIDS and its "
        "stakeholders to work with multilateral donors, and national governments, to facilitate greater resource "
        "mobilization on this issue, consistent with the level of identified need"
    )
    row, _ = tagged_row(mode, text)
    assert row["modality"] == "should"


@in_both_modes(
    ("text", "addressee"),
    [
        # real-m-120: the Secretary-General's message (gold part M): "people everywhere" has no id; "Governments" stands
        # in the infinitive and is not the one asked
        ("“And I encourage people everywhere to hold their Governments accountable.”", "none"),
        # near miss, real-a-ga3014-1972-op3 (GA res. 3014 (XXVII), 1972): an adverb, then the verb's own "to"
        (
            "Appeals consequently to Governments for sustained support and voluntary contributions to the United Nations "
            "Fund for Drug Abuse Control, in any form and according to their capacity;",
            "member_states",
        ),
    ],
)
def test_an_object_without_id_is_asked(mode, text, addressee):
    row, _ = tagged_row(mode, text)
    assert row["addressee"] == addressee
