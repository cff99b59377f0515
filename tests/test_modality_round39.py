"""Modality and addressee, round 39: an order in the passive ("are enjoined to") and a commitment's quoted verb.

"States are enjoined to take measures" is an order to the States, as "are required to" is (`mandatory`, the gold's
real-s-064); an active "enjoins Member States to" inside a preamble's "RECALLING ..." stays a recital. A commitment
whose verb is quoted from its instrument ("Member States have committed to “Launching ...”") binds as the unquoted one
does (`mandatory` / `member_states`, gold real-r-197 and -198); "committed to" without its auxiliary is still no
commitment phrase (probe 6), and an opening quotation mark changes no other reading.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes


@in_both_modes(
    ("text", "expected"),
    [
        # INCB, Report for 2014 (E/INCB/2014/1), as excerpted by bookofauthorities.info
        # (https://bookofauthorities.info/documents/2015/incb-annual-report-for-2014, real-s-064): none / none before,
        # both modes
        (
            "In the conventions, States are enjoined to take measures to foster the prevention of drug abuse, treatment "
            "and social reintegration, including as alternatives to punitive sanctions.",
            ("mandatory", "member_states"),
        ),
        # near miss: the active verb in a preamble's recital, ECOWAS Protocol A/P.1/5/79 (https://www.scribd.com/
        # document/604923830/Protocolo-de-livre-circulacao-1ªa-fase-sublinhado, probe 24, p24-ecop-3): none / none
        # before and after
        (
            "RECALLING also that paragraph 1 of Article 27 of the Treaty of the Economic Community of West African States "
            "confers the status of Community citizenship on the citizens of Member States, and also enjoins Member States "
            "to abolish all obstacles to freedom of movement and residence within the Community ;",
            ("none", "none"),
        ),
    ],
)
def test_an_order_in_the_passive_binds_its_subject(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected)


@in_both_modes(
    ("text", "context", "expected"),
    [
        # Gender Is My Agenda Campaign, quoting the AU Solemn Declaration on Gender Equality in Africa, article 3
        # (https://www.genderismyagenda.org/thematic-focus/human-rights/, real-r-197): none / none before, both modes
        (
            "Under this Article, Member States have committed to “Launching, within the next one year, a campaign for "
            "systematic prohibition of the recruitment of child soldiers and abuse of girl children as wives and sex "
            "slaves in violation of their Rights as enshrined in the African Charter on the Rights of the Child.”",
            "Art, 3: Child soldiers and abuse of the girl child",
            ("mandatory", "member_states"),
        ),
        # the same page, article 4 (real-r-198): none / none before, both modes
        (
            "Under Article 4, Member States have committed to “Initiating, launching and engaging within two years "
            "sustained public campaigns against gender-based violence as well as the problem of trafficking in women "
            "and girls; Reinforce legal mechanisms that will protect women at the national level and end impunity of "
            "crimes committed against women in a manner that will change and positively alter the attitude and behavior "
            "of the African society.",
            "Art 4: Violence Against Women 3",
            ("mandatory", "member_states"),
        ),
    ],
)
def test_a_quoted_verb_after_a_commitment(mode: str, text: str, context: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected, context)
