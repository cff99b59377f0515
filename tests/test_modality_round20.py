"""Modality and addressee, round 20: real text of probe 13 (``data/probe/probe13_modality.jsonl``) and of the gold that
reads the same kind.

An order to a body's organ is a request of it: "instructs / directs X to" asks X, as "requests" does (ECOWAS
communiqués; the Bali Process' "Ministers directed the RSO to work"), while the bare "instruct" of a lead-in's list
keeps the lead-in's addressee. A sentence that is one quotation followed only by its speaker ("..., the report said.")
is the quoted body's recommendation, as a whole-sentence quotation already was; a quoted possibility ("may amount to
torture") asks nothing, and a quotation followed by a further request of the text's own keeps that request.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes


@in_both_modes(
    ("text", "context", "expected"),
    [
        # Bali Process, Ministerial Conference 2013 co-chairs' statement (gold real-f-076, its last sentence)
        (
            "Ministers directed the RSO to work with JCLEC to develop a program of cooperation and training which would "
            "bring together law enforcement and immigration management experts to build capacity and strengthen the "
            "capabilities of member States.",
            None,
            ("should", None),
        ),
        # ECOWAS, final communiqué of the 62nd summit (2022), as reported by Realnews Magazine (probe 13)
        (
            "They instructed the Ministerial Committee to pursue the search for consensual solutions on all outstanding "
            "issues with a view to creating harmonious conditions for the launching of the ECO.",
            None,
            ("should", "none"),
        ),
        # near miss: PACE Recommendation 2171 (2020), para. 2.2.1 (gold real-d-027): the lead-in's bare "instruct"
        # belongs to the request of the Committee of Ministers around it
        (
            "draft a new Council of Europe convention to combat the smuggling of migrants which could build upon, and go "
            "further than, the Protocol against the Smuggling of Migrants by Land, Sea and Air to the United Nations "
            "Convention against Transnational Organized Crime (Palermo, 2000);",
            "The Assembly recommends that the Committee of Ministers: ... instruct the European Committee on Crime "
            "Problems (CDPC) to:",
            ("should", "regional_orgs"),
        ),
    ],
    ids=["ministers-directed", "instructed-committee", "lead-in-instruct"],
)
def test_an_order_to_an_organ_is_a_request(mode: str, text: str, context: str | None, expected: tuple[str, str | None]) -> None:
    assert_row_request(mode, text, expected, context)


@in_both_modes(
    ("text", "expected"),
    [
        # GRETA, first evaluation report on Turkey (2019), as quoted by Ahval News (gold real-n-019)
        (
            '"With a view to ensuring that national action to combat trafficking is comprehensive, the action plan '
            "should address all victims of trafficking, including Turkish nationals, for all forms of exploitation, "
            "prioritise the identification of victims of human trafficking amongst refugees, asylum seekers and "
            "internally displaced persons, and strengthen action to combat trafficking for the purpose of labour "
            'exploitation," the report said.',
            ("should", "none"),
        ),
        # OHCHR press release, 11 July 2018, UN experts on the Global Compact for Migration (probe 13)
        (
            "“States must put in place mechanisms to ensure individual assessments of migrants’ protection needs, as "
            "well as mechanisms for regular entry and stay of those migrants who are unable to return based on the "
            "principle of non-refoulement,” they added.",
            ("mandatory", "member_states"),
        ),
        # near miss: UN experts on migrant children in detention, 22 June 2018 (gold real-l-077): a quoted possibility
        (
            "“Detention of children is punitive, severely hampers their development, and in some cases may amount to "
            "torture,” the experts said.",
            ("none", "none"),
        ),
        # near miss: UN press release GA/11219 (2012), probe 10: the text's own request follows the quotation
        (
            "“Where traffickers are using threats and weapons, we must respond with laws and prosecutions,” he said, "
            "urging States to adhere to the United Nations Protocol to Prevent, Suppress and Punish Trafficking in "
            "Persons, Especially Women and Children.",
            ("should", "member_states"),
        ),
    ],
    ids=["report-said", "experts-added", "quoted-possibility", "quote-then-urging"],
)
def test_a_quotation_with_its_speaker_is_the_speakers_request(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected)


@in_both_modes(
    ("text", "expected"),
    [
        # Secretary-General's message for the 100-day countdown to the International Day of Peace, SG/SM/22271 (2024)
        (
            "As we begin the 100-day countdown to Peace Day, let us plant the seeds for non-violence, justice and hope.",
            ("should", "none"),
        ),
        # ILO Director-General Guy Ryder, statement on the World Day against Child Labour (2014)
        ("Let’s join hands to accelerate action and consign child labour to history.", ("should", "none")),
        # near miss: a UN official's briefing as reported by Xinhua (2003), the quotation's first sentence: rhetorical
        ("But let us be clear.", ("none", "none")),
    ],
    ids=["let-us-plant", "lets-join-hands", "let-us-be-clear"],
)
def test_let_us_is_the_speakers_call(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected)


@in_both_modes(
    ("text", "expected"),
    [
        # Security Council press statement on the Middle East, SC/11472 (2014)
        (
            "The Security Council members called for de-escalation of the situation, restoration of calm, and "
            "reinstitution of the November 2012 ceasefire.",
            ("should", "none"),
        ),
        # near miss, the same statement: support expressed is no request
        (
            "The Security Council members also expressed their support for the resumption of direct negotiations "
            "between the Israelis and Palestinians with the aim of achieving a comprehensive peace agreement based on the "
            "two-State solution.",
            ("none", "none"),
        ),
    ],
    ids=["council-members-called-for", "council-members-support"],
)
def test_a_bodys_members_speak_for_it(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected)


@in_both_modes(
    ("text", "expected"),
    [
        # UN press release GA/SHC/4187 (2016), Third Committee (probe 13)
        (
            "Egypt’s representative introduced a draft resolution on the right of the Palestinian people to "
            "self-determination, which would have the Assembly urge all States and United Nations agencies to continue "
            "to support Palestinians in their early realization of that right.",
            ("should", "member_states"),
        ),
        # UN press release GA/SHC/4159 (2016), Third Committee (probe 11)
        (
            "The Committee approved, by a recorded vote of 121 in favour to 53 against, with 6 abstentions (Colombia, "
            "Fiji, Kenya, Mexico, Switzerland, Tonga), a draft that would have the Assembly condemn recent mercenary "
            "activities in developing countries, call upon States to investigate the possibility of mercenary "
            "involvement and condemn any form of impunity granted to perpetrators of mercenary activities.",
            ("should", "member_states"),
        ),
        # near miss, GA/SHC/4187: the draft's term is a decision, no request
        (
            "The Committee capped its brief meeting with the consensus approval of a text that would have the General "
            "Assembly increase the members of the Executive Committee of the High Commissioner’s Programme from 98 "
            "States to 101 States.",
            ("none", "none"),
        ),
    ],
    ids=["would-have-urge", "would-have-condemn-call-upon", "would-have-increase"],
)
def test_a_drafts_terms_after_would_have_the_assembly(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected)


@in_both_modes(
    ("text", "expected"),
    [
        # The Sun (Nigeria, 2019), the ILO Director-General's speech on World Day Against Child Labour (probe 13)
        (
            "The ILO Director-General urges governments, workers and employers to make a final push to end child labour.",
            ("should", "member_states"),
        ),
        # near miss: Security Council press statement SC/15765 (2024): Member States as the ones asked, not speaking
        (
            "They called on all Member States to refrain from external interference which foments conflict and "
            "instability and instead to support mediation efforts for a durable peace.",
            ("should", "member_states"),
        ),
    ],
    ids=["director-general-urges", "called-on-member-states"],
)
def test_an_officials_name_speaks(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected)


@in_both_modes(
    ("text", "expected"),
    [
        # UN Geneva meeting summary (March 2016), Human Rights Council dialogue with the High Commissioner (probe 13)
        (
            "He stressed that only Member States could investigate and prosecute cases of sexual abuse by peacekeepers, "
            "and urged the Council to continue its work to end discrimination against lesbian, gay, bisexual and "
            "transgender persons.",
            ("should", "none"),
        ),
        # near miss, the same summary: the request of the speakers is encouraged, joined to their statement
        (
            "They reiterated their attachment to the independence and impartiality of the Office of the High "
            "Commissioner, and encouraged all States to cooperate with it and with other human rights mechanisms.",
            ("encouraged", "member_states"),
        ),
    ],
    ids=["stressed-that-and-urged", "reiterated-and-encouraged"],
)
def test_a_request_after_a_that_clause_is_the_speakers(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected)


@in_both_modes(
    ("text", "expected"),
    [
        # Secretary-General's message on the first World Day against Trafficking in Persons (2014; gold real-m-079)
        ("To stop the traffickers, we must sever funding pipelines and seize assets.", ("mandatory", "none")),
        # ILO Director-General's video message on World Day Against Child Labour (2023), as reported (probe 13)
        ("“We must step up our fight against child labour, by supporting greater social justice.", ("mandatory", "none")),
        # near miss: OSCE Istanbul Summit Declaration (1999), paragraph 2: a commitment binds the States speaking
        (
            "We pledge our commitment to intensify efforts to prevent conflicts in the OSCE area, and when they occur to "
            "resolve them peacefully.",
            ("mandatory", "member_states"),
        ),
    ],
    ids=["we-must-sever", "we-must-step-up", "we-pledge"],
)
def test_we_must_asks_no_actor(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected)
