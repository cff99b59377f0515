"""Modality and addressee, round 18: real text of gold part O (``real-o-*`` of ``data/gold/real_dev.jsonl``) and of
the probes that read the same kinds.

Three kinds, each seen in two documents or more: a lead-in that announces the recommendations it lists and requests
nothing itself (the Universal Periodic Review's "The following recommendations will be examined by Slovenia ...:")
leaves a bare-imperative item its own reading, whether or not the recommending State in brackets is an actor mention
("Redouble" joins the bare verbs: UPR and UNICEF's Six Point Plan); an item opening with "Consider" (or a consider verb
+ "to") is `should_consider`, as "should consider" is; rule-only mode reads a resolution verb after a body's acronym
that is an actor ("UNICEF urged countries to") as that body's request. Each case cites its source; the near misses are
real text read as before.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes

# The lead-ins of the UPR Working Group reports on Slovenia, A/HRC/59/15 (2025) and A/HRC/28/15 (2014)
UPR_2025 = (
    "The following recommendations will be examined by Slovenia, which will provide responses in due time, but no later "
    "than the fifty-ninth session of the Human Rights Council:"
)
UPR_2014 = (
    "The recommendations listed below will be examined by Slovenia which will provide responses in due time, but no "
    "later than the twenty-eighth session of the Human Rights Council in March 2015:"
)


@in_both_modes(
    ("text", "context", "modality", "addressee"),
    [
        # real-o-012: A/HRC/59/15, paragraph 140.93
        ("Redouble efforts to combat trafficking in persons (Nepal);", UPR_2025, "should", "member_states"),
        # real-o-104: A/HRC/28/15, paragraph 115.55 (the State in brackets is no actor mention)
        (
            "Ensure follow-up of legislative measures for the protection and inclusion of foreigners (Côte d’Ivoire);",
            UPR_2014,
            "should",
            "member_states",
        ),
        # p7-unicef-6pp-6: UNICEF and partners, Six Point Plan to Protect our Children (2020), point 6, alone
        (
            "Redouble efforts to protect and support children and their families living through conflict, disaster and "
            "displacement.",
            None,
            "should",
            "member_states",
        ),
        # near miss, real-e-069 (UNHCR ExCom conclusion No. 105, 2006): a statement's lead-in, no recommendations named
        (
            "establish mechanisms, based on an analysis of the risk factors outlined above, to identify individual women "
            "and girls at risk, determine and implement appropriate immediate responses and subsequent solutions;",
            "Ensuring early identification and immediate response involves partnerships and actions to:",
            "none",
            "none",
        ),
    ],
)
def test_items_under_a_lead_in_announcing_recommendations_keep_their_reading(mode, text, context, modality, addressee):
    assert_row_request(mode, text, (modality, addressee), context)


@in_both_modes(
    ("text", "context"),
    [
        # near miss, real-n-111 (Council of Europe on GRETA's report, as reported): a gerund item names no one there
        (
            "Improving mechanisms for identifying trafficking victims in the asylum procedure",
            "The report identifies areas where further action is needed. Key recommendations by the group include:",
        ),
    ],
)
def test_a_gerund_item_under_an_announcing_lead_in_asks_no_one_named(mode, text, context):
    # the listed recommendation keeps its request, as the gold reads real-n-111 (round 27)
    assert_row_request(mode, text, ("should", "none"), context)


@in_both_modes(
    ("text", "context", "modality", "addressee"),
    [
        # real-o-034: A/HRC/59/15, paragraph 140.4
        (
            "Consider ratifying the International Convention on the Protection of the Rights of All Migrant Workers and "
            "Members of Their Families (Rwanda);",
            UPR_2025,
            "should_consider",
            "member_states",
        ),
        # real-o-101: A/HRC/28/15, paragraph 115.13
        (
            "Consider the possibility of ratifying the Convention on the Protection of the Rights of All Migrant Workers "
            "and Members of Their Families (Ecuador);",
            UPR_2014,
            "should_consider",
            "member_states",
        ),
        # real-o-129: Los Angeles Declaration on Migration and Protection (2022), paragraph 10, sentence 2
        (
            "We seek to promote border security and management processes that respect human rights and encourage and "
            "facilitate lawful, safe, and secure travel within the region.",
            None,
            "should_consider",
            "member_states",
        ),
        # near miss, p6-crc180-i (CRC/C/15/Add.180, item (i)): "seek" with an object asks for an act
        (
            "Seek assistance from, among others, OHCHR, the United Nations Centre for International Crime Prevention, "
            "the International Network on Juvenile Justice and UNICEF, through the United Nations Coordination Panel on "
            "Technical Advice and Assistance on Juvenile Justice.",
            None,
            "should",
            "member_states",
        ),
    ],
)
def test_an_item_opening_with_consider_is_should_consider(mode, text, context, modality, addressee):
    assert_row_request(mode, text, (modality, addressee), context)


@in_both_modes(
    ("text", "modality", "addressee"),
    [
        # p7-unicef-crc20: UNICEF on the Convention on the Rights of the Child's 20th anniversary, as reported
        (
            "UNICEF urged countries to put the rights of all children, especially the needy and the suffering, at the "
            "centre of their development agendas.",
            "should",
            "member_states",
        ),
        # real-o-153: UNICEF's call ahead of the African Union Summit (2019), as reported by VOV5 (the AU leaders are
        # read as no actor: only the request is checked)
        (
            "Ahead of the African Union (AU) Summit which opened in Ethiopia on Sunday, UNICEF urged AU leaders to work "
            "together to address the negative drivers of irregular migration and respond to the needs of uprooted "
            "children across the continent.",
            "should",
            None,
        ),
        # real-o-148 (UNICEF Europe and Central Asia, Agenda for Action, first sentence): the body speaks, and what it
        # calls for names no one asked
        (
            "UNICEF calls for greater efforts to protect children from conflict and to address the root causes of "
            "violence and poverty.",
            "should",
            "none",
        ),
    ],
)
def test_a_resolution_verb_after_a_body_acronym_is_its_request(mode, text, modality, addressee):
    assert_row_request(mode, text, (modality, addressee))


# The Los Angeles Declaration on Migration and Protection (Summit of the Americas, 10 June 2022; gold part O): its
# "We intend to" / "We plan to" is how the 21 signatories say "we will" (mandatory by the first-person convention of
# data/gold/README.md, as the part O annotator read it); the items under a lead-in that says so follow it.
LOS_ANGELES_LEAD_IN = (
    "To advance the common goals laid out in this Declaration and create the conditions for safe, orderly, humane, and "
    "regular migration through robust responsibility sharing, we intend to work together across the hemisphere to:"
)


@in_both_modes(
    ("text", "context", "modality", "addressee"),
    [
        # real-o-127
        (
            "We intend to pursue accountability for those who commit human rights violations and abuses.",
            None,
            "mandatory",
            "member_states",
        ),
        # real-o-137: an item under the lead-in
        (
            "Convene multilateral development banks, international financial institutions, and traditional and "
            "non-traditional donors to review financial support instruments for countries hosting migrant populations "
            "and facing other migration challenges, without prejudice to existing financing priorities and programs.",
            LOS_ANGELES_LEAD_IN,
            "mandatory",
            "member_states",
        ),
        # near miss (written for the test): another's intention binds no speaker
        ("The Government intends to review the law next year.", None, "none", "none"),
    ],
)
def test_a_declarations_we_intend_to_is_its_undertaking(mode, text, context, modality, addressee):
    assert_row_request(mode, text, (modality, addressee), context)
