"""Modality and addressee, round 39: an order in the passive ("are enjoined to"), a commitment's quoted verb, and an
instrument's requirement in the active voice.

"States are enjoined to take measures" is an order to the States, as "are required to" is (`mandatory`, the gold's
real-s-064); an active "enjoins Member States to" inside a preamble's "RECALLING ..." stays a recital. A commitment
whose verb is quoted from its instrument ("Member States have committed to “Launching ...”") binds as the unquoted one
does (`mandatory` / `member_states`, gold real-r-197 and -198); "committed to" without its auxiliary is still no
commitment phrase (probe 16). "The Lanzarote Convention requires State Parties to criminalise ..." states the treaty's
obligation of the parties (`mandatory` / `states_parties`, gold real-n-134), as "Article 6 requires States to" does; an
instrument requiring things ("the Convention requires national co-ordination measures") asks no one.
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
        # "committed to" with no auxiliary: a near miss here (none / none) until the lead's round-53 decision made a
        # body of States that "committed to" an act its members' collective commitment (`data/gold/README.md`,
        # `tests/test_modality_round53.py`); joint statement of the UN Network on Migration's Executive Committee and
        # others, 7 March 2022 (https://reliefweb.int/report/world/act-now-save-lives-and-prevent-migrants-going-missing,
        # probe 16, p16-rw2022-2)
        (
            'In 2018, United Nations Member States committed to "save lives and establish coordinated international '
            'efforts on missing migrants" by adopting the Global Compact for Safe, Orderly and Regular Migration (GCM).',
            None,
            ("mandatory", "member_states"),
        ),
    ],
)
def test_a_quoted_verb_after_a_commitment(mode: str, text: str, context: str | None, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected, context)


@in_both_modes(
    ("text", "expected"),
    [
        # Council of Europe press release of 20 June 2017 as reproduced by lifePR (https://www.lifepr.de/inaktiv/council-
        # of-europe/Criminal-use-of-child-self-generated-sexual-images-and-videos-how-can-states-counter-itOE/boxid/
        # 658754, real-n-134): none / none before, both modes
        (
            "The Lanzarote Convention requires State Parties to criminalise all kinds of sexual offences against "
            "children, whatever the means used by sexual offenders to commit them, including through the use of ICTs.",
            ("mandatory", "states_parties"),
        ),
        # Bali Process RSO Roadmap, 'Legal Tools' (https://www.baliprocess-rso-roadmap.net/get-started/legal-tools/,
        # probe 15, p15l-bali-legal-3): none / none before, both modes
        (
            "The Protocol requires States to criminalize trafficking in persons as defined in that instrument.",
            ("mandatory", "member_states"),
        ),
        # slideplayer presentation on the Migrant Smuggling Protocol (https://slideplayer.com./amp/16383091, probe 9,
        # p9l-som-2): a provision's number before the verb; none / none before, both modes
        (
            "In addition, article 6 requires States to criminalize the following conduct: Enabling a person to illegally "
            "remain in a country for financial or other material benefit",
            ("mandatory", "member_states"),
        ),
        # near miss: the instrument requires things, no State (owiki copy of Wikipedia on CETS No. 197,
        # http://twiki.owiki.org/wiki/Council_of_Europe_Convention_on_Action_against_Trafficking_in_Human_Beings, probe
        # 14, p14l-owiki-cets197-1): none / none before and after
        (
            "In particular, the Convention requires national co-ordination measures, awareness raising, measures to "
            'identify and support victims and a "recovery and reflection period" during which trafficked persons will '
            "not be expelled from the receiving state.",
            ("none", "none"),
        ),
    ],
)
def test_an_instruments_requirement_binds_the_state_it_names(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected)
