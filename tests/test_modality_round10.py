"""Modality and addressee on probe 6 (round 10): real text of documents no gold file or earlier probe holds.

Every case is verbatim from ``data/probe/probe6_modality.jsonl`` (its id and source are cited on each case). Two
phrasing classes the tagger read wrongly before round 10, each seen in at least two documents: resolution verbs
opening in the past tense (UNHCR Executive Committee conclusions), and a CRC that-clause whose only actor is the agent
of a participle inside a passive subject. The near misses beside them must stay as they were.
"""

from __future__ import annotations

from tests.modality_support import assert_request, both_modes, in_both_modes
from tests.tag_support import tag_in_mode


@in_both_modes(
    ("text", "modality", "addressee"),
    [
        # p6-excom39-g, UNHCR ExCom Conclusion No. 39 (XXXVI), 1985, para. (g): "Called upon" is "Calls upon"
        (
            "Called upon States to continue to support UNHCR programmes established with a view to securing protection "
            "for refugee women, and UNHCR assistance programmes for refugee women, especially those aimed at helping "
            "refugee women become self-sufficient through educational and income-generating projects;",
            "should",
            "member_states",
        ),
        # p6-excom39-h, the same conclusion, para. (h) (first sentence): "Recommended that States ... redefine"
        (
            "Recommended that States, individually, jointly and in co-operation with UNHCR, redefine and reorient "
            "existing programmes and, where necessary, establish new programmes to meet the specific problems of refugee "
            "women, in particular to ensure the safeguard of their physical integrity and safety, and their equality of "
            "treatment.",
            "should",
            "member_states",
        ),
        # p6-excom5-d, UNHCR ExCom Conclusion No. 5 (XXVIII), 1977, para. (d): "Appealed to Governments to follow"
        (
            "Appealed to Governments to follow, or continue to follow, liberal practices in granting permanent or at "
            "least temporary asylum to refugees who have come directly to their territory;",
            "should",
            "member_states",
        ),
        # p6-excom60-c, UNHCR ExCom Conclusion No. 60 (XL), 1989, para. c): "Called for" a thing and for States to act
        (
            "Called for the reinforcement of preventive measures and for States and concerned agencies to strengthen "
            "their support of UNHCR's protection activities relating to refugee women, inter alia, by providing "
            "resettlement places for women at risk;",
            "should",
            "member_states",
        ),
        # p6-excom60-b, the same conclusion, para. b): a past statement verb stays a statement
        (
            "Noted with serious concern that the basic rights of refugee women continue to be violated in a number of "
            "situations, including through threats to their physical safety and sexual exploitation;",
            "none",
            "none",
        ),
    ],
)
def test_resolution_verbs_opening_in_the_past_tense(mode, text, modality, addressee):
    assert_request(mode, text, (modality, addressee))


@both_modes
def test_a_past_opening_joins_a_past_request(mode):
    # p6-excom46-f, UNHCR ExCom Conclusion No. 46 (XXXVIII), 1987, para. (f): "Reiterated ... and called on him to"
    # requests (before round 10 the parse read nothing). The addressee ("him", the High Commissioner) is outside the
    # actor list, so only the modality is asserted.
    text = (
        "Reiterated the High Commissioner's leading role in respect of the protection of refugees and called on him in "
        "particular to continue to take, alone or in co-operation with concerned States and agencies, all possible "
        "measures to ensure their physical security, inter alia, with respect to physical violence, piracy, military "
        "and armed attacks, and arbitrary detention;"
    )
    assert tag_in_mode(mode, text)._.modality == "should"


@both_modes
def test_a_participle_before_by_is_no_past_opening(mode):
    # "Encouraged by ..." opens many resolutions' preambles: a participle, not "Encourages"; the request is the later
    # "urges" (wording of the ExCom conclusions of p6-excom65-c, "encourages States to intensify their efforts")
    text = "Encouraged by the continuing readiness of States to receive refugees, urges States to intensify their efforts."
    assert_request(mode, text, ("should", "member_states"))


@in_both_modes(
    "text",
    [
        # p6-crc237-82a, CRC/C/15/Add.237, para. 82 (first sentence)
        "In light of article 44, paragraph 6, of the Convention, the Committee recommends that the second periodic "
        "report and written replies submitted by the State party be made widely available to the public at large and "
        "that the publication of the report be considered, along with the relevant summary records and the concluding "
        "observations adopted by the Committee.",
        # p6-crc259-98, CRC/C/15/Add.259, para. 98
        "The Committee further recommends that the second periodic report and written replies submitted by the State "
        "party and related recommendations (concluding observations) it adopted be made widely available in the "
        "languages of the country, including through the Internet (but not exclusively), to the public at large, civil "
        "society organizations, youth groups, professional groups, and children in order to generate debate and "
        "awareness of the Convention, its implementation and monitoring.",
        # p6-crc180-55, CRC/C/15/Add.180, para. 55 (first sentence): "presented by"
        "Finally, the Committee recommends that, in light of article 44, paragraph 6, of the Convention, the second "
        "periodic report and written replies presented by the State party be made widely available to the public at "
        "large and that the publication of the report be considered, along with the relevant summary records and the "
        "concluding observations adopted by the Committee.",
    ],
)
def test_a_passive_that_clause_names_no_addressee_through_its_agent(mode, text):
    assert_request(mode, text, ("should", "none"))


@both_modes
def test_the_state_party_as_subject_of_the_that_clause_is_still_the_addressee(mode):
    # p6-crc237-82c, CRC/C/15/Add.237, para. 82 (third sentence): the near miss, the actor is the subject
    text = "The Committee recommends that the State party request international cooperation in this regard."
    assert_request(mode, text, ("should", "states_parties"))
