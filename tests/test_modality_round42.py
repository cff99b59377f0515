"""Modality and addressee, round 42: "will" that hopes or predicts, and a lower-case "states" as the subject.

A speaker's own hope ("I hope that the government will publish ...") or a body's ("It hopes that the Government will
...") holds its that-clause's "will" as an expectation, not an undertaking: none, as the Committee of Experts' "hopes
that" already read. Rule-only mode took a finite opaque verb among the first two words for a premise ("Recalling that")
and let the single "will" through; the parsed mode fell back to those rules. An actor's "will" before what befalls it
("these states ... will face even greater challenges", real-m-156) is a prediction; with that, a lower-case "states"
is a State subject ("Destination states should create ...", real-r-160; "states must involve ...", real-r-196), which
round 40 had to leave for real-m-156. A State's right under "will" ("will have the authority to") is a permission, as
under "shall" (round 35). Near misses: a State's own announced course ("The Human Resources Ministry will always
increase ...", "emphasised that Australia will return ...") still binds; "we will face a humanitarian crisis" stays none.
"""

from __future__ import annotations

import pytest

from tests.modality_support import assert_row_request, in_both_modes


@in_both_modes(
    ("text", "context", "expected"),
    [
        # The Times, letter (https://www.thetimes.co.uk/article/the-government-must-fulfil-its-promise-to-our-most-
        # powerless-workers-rpqcbhvv9, probe 15, p15-times-3): mandatory / member_states before, both modes
        ("I hope that the government will publish the draft modern slavery bill", None, ("none", "none")),
        # ILO CEACR direct request, Convention No. 29, comment 2123867 (http://oit.org/dyn/normlex/fr/f?p=1000%3A13100%3A0
        # %3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A2123867%2Cen%3ANO, ilo-2123867-p2): mandatory /
        # member_states before, both modes
        (
            "The Committee notes from the information in the Government's latest report that this is still the case. It "
            "hopes that the Government will shortly be able to inform it of the provisions adopted to bring the law into "
            "conformity with the stated practice and with the Convention.",
            None,
            ("none", "none"),
        ),
        # Five Corridors Project, Key Recommendation 1 (https://fivecorridorsproject.org/key-recommendation-1,
        # real-r-160): should / none before, both modes
        (
            "Destination states should create the market conditions for ethical recruitment, by ensuring that employers "
            "pay the full cost of migrant workers’ recruitment and imposing meaningful sanctions on those who do not.",
            "Key Recommendation 1: Enforcing employer payment",
            ("should", "member_states"),
        ),
        # UN Women, endvawnow.org (https://endvawnow.org/en/articles/537-lois-et-accords-rgionaux.html, real-r-196):
        # mandatory / none before, both modes
        (
            "In addition states must involve all relevant actors in the implementation of the Istanbul Convention, "
            "including national parliaments and institutions and non-governmental and civil society organizations.",
            None,
            ("mandatory", "member_states"),
        ),
        # near miss: a consequence predicted of the States; Secretary-General's message, 26 June 2009
        # (https://unis.unvienna.org/unis/en/pressrels/2009/unissgsm125.html, real-m-156): none / none before and
        # after, both modes (with a lower-case "states" as a State noun, "will face" would bind without this round's
        # consequences; the gold's `should` of "are needed" is another kind, in neither mode before)
        (
            "Greater development assistance and a strengthening of the rule of law are needed in countries that are "
            "vulnerable to the cultivation, production and trafficking of illicit drugs. Absent these essentials, these "
            "states risk instability and will face even greater challenges in reaching the Millennium Development Goals.",
            None,
            ("none", "none"),
        ),
        # near miss: a State's own announced course binds; Malay Mail, 14 February 2019 (https://www.malaymail.com/news/
        # malaysia/2019/02/14/human-resources-ministry-declares-war-on-human-trafficking-forced-labour/1722993,
        # p32-malaymail-1): mandatory / member_states before and after
        (
            "“The Human Resources Ministry will always increase our enforcement operations nationwide and at the same "
            "time we will amend the current labour laws, draw a new and more effective strategic plan involving human "
            "resource issues.”",
            None,
            ("mandatory", "member_states"),
        ),
        # near miss: SPUR (https://spur.asn.au/?p=735, p32-spur-1): mandatory / member_states before and after
        (
            "The Australian Minister for Foreign Affairs endorsed the comments on the linkages between people smuggling "
            "and terrorism, illegal arms trade and human slavery and emphasised that Australia will return people who "
            "come to its borders through people smugglerswithin 72 hours as a part of its new policy.",
            None,
            ("mandatory", "member_states"),
        ),
        # near miss: News-Pravda / TASS (https://news-pravda.com/world/2025/01/05/957038.html, p32-pravda-1): none /
        # none before and after
        (
            "The forecasts are really devastating because [Mexico] does not have the resources to provide immediate "
            "assistance to migrants, such as health care or psychological support, and we will face a humanitarian "
            'crisis," Cristina Hernandez, an employee of the development studies program at the National Autonomous '
            "University of Mexico, told the publication.",
            None,
            ("none", "none"),
        ),
    ],
)
def test_will_that_hopes_or_predicts(mode: str, text: str, context: str | None, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, context=context, expected=expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # La Strada International on GRETA's guidance note (https://www.lastradainternational.org/news/greta-issues-
        # guidance-note-to-address-trafficking-risks-related-to-war-in-ukraine/, real-n-191): mandatory / none before
        # (rule-only mode reads "European states" no better after the round: the adjective before the noun)
        (
            "To prevent situations when individuals offer transportation, accommodation or work to people fleeing Ukraine "
            "in exchange for sexual or other services, European states must ensure that assistance and protection are "
            "provided by trusted people and in a safe environment.",
            ("mandatory", "member_states"),
        ),
        # Shia Waves / Anadolu on the EU Pact (https://shiawaves.com/english/?p=103483, p32-shia-1): a right granted,
        # may / member_states (none / none before; rule-only mode still reads none: its State nouns bind only right
        # before a modal it matches, and "will have the authority to" is read as none there)
        (
            "According to the new migration agreement, states will have the authority to designate a state of emergency "
            "when migration services are overburdened by a large number of migrants.",
            ("may", "member_states"),
        ),
    ],
)
def test_lower_case_states_parsed(text: str, expected: tuple[str, str]) -> None:
    assert_row_request("parsed", text, expected=expected)
