"""Modality and addressee, round 49: Universal Periodic Review items opening with an unlisted verb or an opening phrase.

A UPR recommendation is a bare imperative after its number, the recommending State in brackets: the request of the
State under review (`implied_request`: should / member_states). Probe 42 (79 UPR items of 9 reviews no round had read)
found items whose verb the closed list lacked ("Speed up", "Move forward", "Start", "Devise", "Swiftly promulgate";
6 reviews) and items whose verb follows an opening phrase and a comma ("with a view to a rapid
ratification of the ICCPR, guarantee ..."; with probe 38's "Following ..., investigate" and "After ..., continue", 4
reviews). Near misses: a phrase and a comma before a verb in a text that names no recommending State keeps its reading
(the rule is the UPR item's, "In 2015, support for victims increased" being a statement), an item whose phrase has no
comma stays as it was, and "To be precise, ..." and "We remain strongly committed to ..." keep none ("be" and "remain"
stay off the list).
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes

# rochelleterman/uprs, UPR recommendation tables (https://github.com/rochelleterman/uprs/blob/
# 1c22b22fc698295fdac770a0e80159d99fe0e6d4/2013data.csv, .../2011data.csv, .../2010data.csv, .../2014data.csv and
# https://github.com/rochelleterman/uprs/blob/12de217713eeaa010a004d4c55c89c3dfcc5bb05/2009data.csv)
SHOULD_STATES = ("should", "member_states")


@in_both_modes(
    ("text", "expected"),
    [
        # p42-uprgrc-7 (Greece 2011): none / none before, both modes
        (
            "85.7. Speed up the process of reinstating the citizenship of approximately 60,000 Greek citizens who were "
            "deprived of Greek citizenship, because of the later repelled article 19 of the Greek Citizenship Law. Create a "
            "mechanism to compensate their losses in terms of ownership rights that occurred as a result of the process "
            "(Turkey);",
            SHOULD_STATES,
        ),
        # p42-uprmlt-4 (Malta 2013): none / none before, both modes
        ("102.44. Move forward and finalize the draft national children policy (Indonesia);", SHOULD_STATES),
        # p42-uprgrc-8 (Greece 2011): none / none before, both modes
        (
            "85.8. Start a dialogue with the NGOs of the Turkish communities in Rhodes and Kos for the solution of their "
            "problems in the field of religious freedom and resume Turkish-language education, which has been denied since "
            "1972 (Turkey);",
            SHOULD_STATES,
        ),
        # p42-uprhnd-3 (Honduras 2011): none / none before, both modes
        (
            "82.16. Devise programmes of human rights education on behalf of the police and the security forces, and "
            "constantly monitor the effectiveness of such programmes (Italy);",
            SHOULD_STATES,
        ),
        # p42-uprsau-2 (Saudi Arabia 2009): an adverb before an unlisted verb, none / none before, both modes
        (
            "87.35   Swiftly promulgate the statute on civil societies, which will enable the civil society to perform its "
            "tasks effectively and in full autonomy (Bahrain);",
            SHOULD_STATES,
        ),
        # p42-uprsau-4 (Saudi Arabia 2009): none / none before, both modes
        (
            "87.37   Expediently attend to the issue of forced labour as raised by the ILO Committee of Experts (South Africa);",
            SHOULD_STATES,
        ),
        # near miss, p14l-amann-3 (Diane Marie Amann, 2013, https://dianemarieamann.com/2013/11/05/has-the-vatican-read-
        # the-rome-statute/): "To be precise" is no item, so "be" stays off the list
        (
            "To be precise, Article 7(1)(c) of the Rome Statute of the International Criminal Court, adopted in 1998 and in "
            "force since 2002, expressly lists \u201c[e]nslavement\u201d as a crime against humanity that the ICC may "
            "prosecute, \u201cwhen committed as part of a widespread or systematic attack directed against any civilian "
            "population, with knowledge of the attack.\u201d In turn, Article 7(2)(c) states:",
            ("none", "none"),
        ),
        # near miss, p31-ngoall-1 (NGO Alliance at the 8th UNTOC COP, 2016, https://uncaccoalition.org/statement-of-ngo-
        # alliance-at-the-8th-untoc-conference-of-parties/): a speaker's statement after "we", so "remain" stays off
        (
            "We remain strongly committed to eradicate trafficking in human beings, a transnational crime requiring a "
            "transnational response.",
            ("none", "none"),
        ),
    ],
)
def test_upr_item_verb(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected=expected)


@in_both_modes(
    ("text", "expected"),
    [
        # p42-uprsau-1 (Saudi Arabia 2009): none / none before, both modes
        (
            "87.34.2 with a view to a rapid ratification of the ICCPR, guarantee the rights of representatives of civil "
            "society and human rights defenders organizations to set themselves up and exercise their rights to freedom "
            "of expression (Switzerland);",
            SHOULD_STATES,
        ),
        # p38-uprcyp-1 (Cyprus 2010): none / none before, both modes
        (
            "87.39   Following concerns expressed by the Committee against Torture, investigate reported cases of "
            "physical ill-treatment by the police and ensure the rooting out of such unlawful practices (Israel);",
            SHOULD_STATES,
        ),
        # p38-uprbih-3 (Bosnia and Herzegovina 2014): none / none before, both modes
        (
            "107.19 After the implementation of the action plan for children in Bosnia and Herzegovina for the period "
            "2002–2010, continue developing programmes for the protection of children, particularly on the fight against "
            "child exploitation for begging, their possible recruitment and use in armed conflicts, their protection in "
            "judicial processes, as well as their separation from adults in places of detention (Chile);",
            SHOULD_STATES,
        ),
        # near miss, p6-crc180-h (CRC/C/15/Add.180, https://adattar.minorityforum.info/en/entity/wo7167kemr/metadata?
        # file=1577971406724xlujezwa19n.pdf&page=14): a phrase and a comma before "take", but no recommending State in
        # brackets: read as before
        (
            "In light of article 39, take appropriate measures to promote the recovery and social reintegration of the "
            "children involved in the juvenile justice system;",
            ("none", "none"),
        ),
        # near miss, p42-uprtcd-10 (Chad 2013): a phrase opener with no comma before the verb: read as before (left)
        (
            "110.170 In cooperation with UNESCO continue to implement measures to promote access to education for all "
            "(Singapore);",
            ("none", "none"),
        ),
    ],
)
def test_upr_opening_phrase(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected=expected)
