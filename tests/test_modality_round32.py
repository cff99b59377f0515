"""Modality and addressee, round 32: parliaments, news and national texts (probe 23).

A first-person undertaking told in the past binds its speakers as "we agree to" does ("We agreed to step up coordinated
efforts ...", BRICS Ufa Declaration; "we have agreed to enhance our cooperation ...", North American Defence
Ministers). "All nations must" names the States as "All countries must" does. The perfect tense of a start-only call
speaks when a name or acronym ends right before its auxiliary ("... agency IOM has called for", "... William Lacy Swing
has called for"), and a news item's dateline ("GENEVA (21 June 2018) –", "Switzerland -") is no part of the subject the
parse hangs it on (of two subjects of one verb, the first naming an actor counts). Every case read wrong in at least one mode before this round; the near misses did not change.
"""

from __future__ import annotations

from tests.modality_support import assert_request, in_both_modes


@in_both_modes(
    ("text", "expected"),
    [
        # Seventh BRICS Summit Ufa Declaration, 9 July 2015, paragraph 1 (probe 23, p23-ufa-1): none before
        (
            "We agreed to step up coordinated efforts in responding to emerging challenges, ensuring peace and security, "
            "promoting development in a sustainable way, addressing poverty eradication, inequality and unemployment for "
            "the benefit of our peoples and the international community.",
            ("mandatory", "member_states"),
        ),
        # Joint Statement of the inaugural meeting of North American Defence Ministers, Ottawa, 2012 (probe 19,
        # p19-nadm-1, left by round 27): none before
        (
            "Our countries are committed to working together to address challenges in the region. We know that "
            "transnational threats require transnational responses. With this in mind, we have agreed to enhance our "
            "cooperation to support efforts to counter transnational criminal organizations and to respond to natural "
            "disasters in the hemisphere.",
            ("mandatory", "member_states"),
        ),
        # near miss: the speakers' statement, no undertaking (10th BRICS Summit Declaration, Johannesburg, 2018,
        # paragraph 3; probe 23, p23-joburg-2)
        (
            "3. We commend South Africa for the Johannesburg Summit thrust on development, inclusivity and mutual "
            "prosperity in the context of technology driven industrialisation and growth.",
            ("none", "none"),
        ),
    ],
)
def test_past_undertaking_binds_its_speakers(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_request(mode, text, expected)


@in_both_modes(
    ("text", "expected"),
    [
        # President of the 64th session of the General Assembly on the Global Plan of Action, 30 July 2010 (probe 23,
        # p23-pga64-1): addressee none before
        (
            "All nations must now work together to implement this resolution and the Global Plan of Action against "
            "Human Trafficking.",
            ("mandatory", "member_states"),
        ),
        # near miss: the capitalized name is the United Nations, an actor of its own (A/HRC/49/81, probe 7)
        (
            "The United Nations should continue to support the establishment of a voluntary fund for minority issues to "
            "facilitate the participation of minority representatives in relevant United Nations bodies and mechanisms.",
            ("should", "un_entities"),
        ),
    ],
)
def test_nations_are_the_states(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_request(mode, text, expected)


@in_both_modes(
    ("text", "expected"),
    [
        # AMES News on the IOM Director General, 2025 (probe 23, p23-pope2025-2): none before
        (
            "The head of the UN’s migration agency IOM has called for stronger international dialogue and collective "
            "action to position migration as a driver of development and prosperity.",
            ("should", "none"),
        ),
        # IOM news, World Humanitarian Summit regional consultation in Budapest, 2015 (probe 23, p23-iomswing-1): none
        # before (the parse read the dateline's Switzerland into the subject, so a State "called for")
        (
            "Switzerland - IOM Director General William Lacy Swing has called for the world to join forces to end the "
            "unconscionable scale of deaths of migrants as they seek safety across the globe.",
            ("should", "none"),
        ),
        # OHCHR press release of 21 June 2018 (probe 23, p23-ohchr2018a-1): parsed addressee none before
        (
            "GENEVA (21 June 2018) – States around the world must act now to protect migrants from traffickers by "
            "putting in place innovative measures to identify as early as possible those who are at risk, says a UN "
            "rights expert.",
            ("mandatory", "member_states"),
        ),
        # near miss: two subjects the parse gives "appoint" ("states", "parties"), the first naming the States, as
        # before (REMJA Working Group, probe 9, p9-remjawg-1)
        (
            "OAS member states that are parties to treaties for legal and judicial cooperation must appoint Central Authorities.",
            ("mandatory", "member_states"),
        ),
        # near miss: a body's call told with a noun, no perfect verb (UNICEF press release, 16 June 2007; probe 23)
        (
            "UNICEF marked the Day of the African Child today by supporting the African Union’s call to increase "
            "efforts to prevent child trafficking.",
            ("none", "none"),
        ),
        # near miss: the same dateline before a subject that is no State (OHCHR press release, 2 July 2020; probe 23):
        # its "States must" is read as before
        (
            "GENEVA (2 July 2020) – Profound changes are needed to fight human trafficking around the world, and to "
            "combat it effectively States must use a human rights-based approach rather than viewing it as strictly a "
            "law enforcement issue, a UN human rights expert said today.",
            ("mandatory", "member_states"),
        ),
    ],
)
def test_named_speaker_before_the_perfect_and_dateline(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_request(mode, text, expected)
