"""Modality and addressee, round 25: real text of regional bodies (``data/probe/probe17_modality.jsonl``).

A past participle of "directs" before a preposition describes ("directed at entities", "directed by the strategic
objectives"); it orders no one. A body's call repeated "on" someone asks them, also after a coordinated opener ("recalled
that ... and reiterated its call on the CBSS Committee of Senior Officials (CSO) to recommend ..."). A declaration's item
in the first person ("Commit ourselves to ...") under a "We, the mayors ...," lead-in is the speakers' own undertaking.
Without a parse, a base-form "call on / call upon" after a name is the speakers' present tense ("MEPs call on the EU"),
and a body's title-case name after "the" speaks a start-only "calls for" inside the sentence too.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes

CBSS_2013 = "The Council:"
CLRAE = "We, the mayors, leaders and representatives of local authorities of the 46 member states of the Council of Europe,"


@in_both_modes(
    ("text", "context", "expected"),
    [
        # CBSS Task Force against Trafficking in Human Beings, Terms of Reference and Strategic Plan 2021-2025, news of
        # 11 June 2020 (p17-cbss20-3): rule-only read "directed" as an order
        (
            "The Task Force will support the Member States in curbing trafficking in human beings, directed by the four "
            "cross-cutting strategic objectives:",
            None,
            ("none", "none"),
        ),
        # ECPAT International, Global Study on Sexual Exploitation of Children in Travel and Tourism, recommendations page
        # (p15-ecpat-1, left by round 23)
        (
            "The recommendations are directed at entities who have direct responsibility for the overall well-being of "
            "children: regional bodies, international organisations and national governments, as well as the "
            "non-governmental organisations working to protect children on the ground.",
            None,
            ("none", "none"),
        ),
        # near miss, an order to a body's organ: Bali Process Ministerial Conference 2013 (gold real-f-076's wording)
        ("Ministers directed the RSO to work with JCLEC.", None, ("should", None)),
        # Declaration of the 18th CBSS Ministerial Session, Pionersky, 6 June 2013 (p17-cbss13-2)
        (
            "recalled that the Vilnius Declaration on A Vision for the Baltic Sea Region by 2020 provides valuable "
            "guidance for the further actions of the CBSS and reiterated its call on the CBSS Committee of Senior "
            "Officials (CSO) to recommend further necessary steps in order to achieve the goals set out in the Vilnius "
            "Declaration to be presented at the 10th Baltic Sea States Summit to be held on 3-4 June 2014;",
            CBSS_2013,
            ("should", "regional_orgs"),
        ),
        # UN press release SC/7357 (2002), Security Council press statement on the Middle East (p13-sc7357-4, left by
        # round 20): "the parties" are no actor
        (
            "The Security Council members also expressed concern at the violation of the Blue Line and reiterated their "
            "call on the parties to implement resolutions 425 and 426.",
            None,
            ("should", "none"),
        ),
        # near miss, another declaration's call recalled: the same CBSS declaration (p17-cbss13-3)
        (
            "noted with satisfaction the significant progress achieved in the implementation of the Oslo Declaration "
            "adopted at the 16th CBSS Ministerial Session on 7 June 2011 and recalled the Oslo Declaration's call on the "
            "CSO to consider ways to further strengthen the effectiveness of the CBSS as a focal point of information and "
            "coordination guided by the commonly agreed vision for the region;",
            CBSS_2013,
            ("none", "none"),
        ),
        # Congress of Local and Regional Authorities of the Council of Europe, Declaration on the fight against
        # trafficking in human beings (p17-clra-3)
        (
            "Commit ourselves to mobilising all forces at local level in order to ensure that the campaign message is "
            "heard at both ends of the scale of governance both at the level of citizens and at the highest levels of "
            "state government.",
            CLRAE,
            ("mandatory", "member_states"),
        ),
        # near miss, the same declaration's statement (p17-clra-1)
        (
            "Recall that it is at local level that the final stage of trafficking is played out and that local "
            "authorities have a fundamental role to play as guarantors of social cohesion and their citizen’s well-being "
            "and security.",
            CLRAE,
            ("none", "none"),
        ),
        # European Parliament agenda briefing of 8 February 2021 (p17-epb21-1): rule-only read no request; since round
        # 31 "the EU" asked is regional_orgs (actors.yaml asked_names)
        (
            "MEPs call on the EU to do more to tackle human trafficking and push for the demand and use of victims’ "
            "sexual services to be criminalised.",
            None,
            ("should", "regional_orgs"),
        ),
        # IACHR and the UN Special Rapporteur, press release 172/24 of 30 July 2024 (gold real-j-002, part J)
        (
            "On World Day against Trafficking in Persons, the Inter-American Commission on Human Rights (IACHR) and the "
            "UN Special Rapporteur on Trafficking in Persons call upon all States in the region to enhance their national "
            "systems of assistance and to provide comprehensive reparations for victims of human trafficking.",
            None,
            ("should", "member_states"),
        ),
        # near miss, a forecast: European Parliament agenda briefing of 4 July 2016 (p17-epb16-2)
        (
            "MEPs are likely to call for transnational, legal and practical responses to human trafficking, which is one "
            "of world’s most profitable organised criminal activities, alongside trade in illegal drugs and arms.",
            None,
            ("none", "none"),
        ),
        # African Union Commission, AU.COMMIT Campaign Strategy Document 2009-2012 (p17-auc-1, -2): rule-only read no
        # speaker before the start-only "calls for"
        (
            "In addition, the recent Sixth African Development Forum, jointly organized by the UN-Economic Commission "
            "for Africa, African Development Bank, and the African Union calls for the popularization and implementation "
            "of the Ouagadougou Action Plan to Combat Trafficking in Human Beings Especially Women and Children (the "
            "Ouagadougou Action Plan).",
            None,
            ("should", "none"),
        ),
        (
            "Similarly,the Africa-EU Strategic Partnership (Lisbon Action Plan) particularly the Africa-EU Partnership on "
            "Migration, Mobility and Employment calls for more action to combat trafficking in persons.",
            None,
            ("should", "none"),
        ),
        # near miss, another's call welcomed: UN press release SC/13105 (2017), Security Council press statement
        # (p11-sc13105-5)
        (
            "The Council also welcomed statements by the African Union calling for an immediate end to such practices and "
            "by the United Nations Secretary‑General requesting United Nations actors to actively pursue the matter.",
            None,
            ("none", "none"),
        ),
    ],
)
def test_regional_bodies_requests(mode: str, text: str, context: str | None, expected: tuple[str, str | None]) -> None:
    assert_row_request(mode, text, expected, context)
