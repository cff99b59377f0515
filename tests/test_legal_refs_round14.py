"""Legal references, round 14: another treaty's "the Protocol" read with the document's instrument, and leftovers.

``recs evaluate`` tags every gold record with its own ``about_instrument`` (mostly the Trafficking Protocol), so the
probe texts were re-read that way (``TIP_PROTOCOL``, ``SOM_PROTOCOL``, ``UNTOC``) as well as with none. The texts are
copied verbatim from ``data/probe/probe6_legal.jsonl``, ``probe7_legal.jsonl`` and ``probe9_legal.jsonl`` (stored
public copies; the address each was copied from is checked against the probe file below). Expected references follow
TAXONOMY section 3 and the gold README: another treaty's generic form or article is not normalized.

Fixed kinds: a generic "the Protocol" followed by an act number ("the Protocol A/P1/12/99", ECOWAS) or by where it was
signed ("as amended by the Protocol signed at Lake Success", ECOSOC 1983/30) names that other treaty; an article the
instrument lacks ("Article 32 of the Protocol", the FCTC's Protocol) makes the text's other "the Protocol" another
treaty's too; "Article 20 of the directive" and "article 9 of the revised draft protocol" are no article of the list;
"subparagraph (c) (ii), of this Protocol" keeps its instrument; "supplementing the Convention against Transnational
Organised Crime" is part of a Protocol's title; "articles 46-50 of chapter IV (...) of the United Nations Convention
against Corruption"; ECOWAS act numbers are no UN symbols. Each has a near miss written from the same wording.
"""

from __future__ import annotations

from tests.legal_support import assert_refs, check_probe_sources, in_both_modes

# (probe file, source, text, about_instrument, the references it yields)
FIXED = [
    # ECOSOC resolution 1983/30, para. 2: the 1947 Protocol amending the 1923 Convention
    (
        "probe6_legal.jsonl",
        "http://old.radicali.it/search_view.php?id=20465&lang=&cms=",
        "Also invites Member States to sign, ratify and implement the International Convention for the Suppression of the Circulation of and Traffic in Obscene Publications, concluded at Geneva on 12 September 1923, as amended by the Protocol signed at Lake Success, New York, on 12 November 1947;",
        "TIP_PROTOCOL",
        set(),
    ),
    # WHO FCTC: the Protocol to Eliminate Illicit Trade in Tobacco Products (the Trafficking Protocol has 20 articles)
    (
        "probe7_legal.jsonl",
        "https://fctc.who.int/publications/i/item/9789240041806",
        "Article 32 of the Protocol requires Parties to report on the status of their implementation of the Protocol, highlighting progress, challenges, needs and barriers to Protocol implementation.",
        "TIP_PROTOCOL",
        set(),
    ),
    # ECOWAS regulation C/REG.28/12/07: an ECOWAS protocol by its act number
    (
        "probe9_legal.jsonl",
        "https://africanlii.org/akn/aa-ecowas/act/reg/2007/12-28/eng@2007-12-15",
        "MINDFUL of the Protocol A/P1/12/99 relating to the Mechanism for Conflict Prevention, Management, Peacekeeping and Security which relates to the maintenance of security and control of trans-border crime within the Community;",
        "TIP_PROTOCOL",
        set(),
    ),
    (
        "probe9_legal.jsonl",
        "https://africanlii.org/akn/aa-ecowas/act/reg/2007/12-28/eng@2007-12-15",
        "RECALLING the Declaration A/DCL.2/12/01 on the Fight Against Trafficking in Persons which was issued at the twenty-fifth Summit of the Authority in Dakar, December 2001, unequivocally condemning the offence of trafficking in persons and asserting the unacceptability of trade in human beings;",
        None,
        set(),
    ),
    # COM(2016) 267: the EU Directive's article
    (
        "probe7_legal.jsonl",
        "https://eur-lex.europa.eu/legal-content/EN/TXT/?qid=1651141438882&uri=CELEX%3A52016DC0267",
        "Article 20 of the directive provides that, in order to contribute to a coordinated and consolidated EU strategy against trafficking, ‘Member States shall transmit to the Anti-Trafficking Coordinator (ATC) the information referred to in Article 19",
        "TIP_PROTOCOL",
        set(),
    ),
    # Firearms Protocol travaux préparatoires: a negotiating draft's article
    (
        "probe9_legal.jsonl",
        "https://www.yumpu.com/en/document/view/48356838/view-save-pdf-version-of-this-document-la-strada-international/681",
        "Delegations based their comments on the text of article 9 of the revised draft protocol contained in document A/AC.254/4/Add.2/Rev.5, which was the same as that contained in document A/AC.254/4/Add.2/Rev.4.",
        None,
        {"A/AC.254/4/Add.2/Rev.5", "A/AC.254/4/Add.2/Rev.4"},
    ),
    # the same travaux: an item of a subparagraph between the article and "this Protocol"
    (
        "probe9_legal.jsonl",
        "https://www.yumpu.com/en/document/view/48356838/view-save-pdf-version-of-this-document-la-strada-international/681",
        "“[1 bis The firearms referred to in article 2, subparagraph (c) (ii), of this Protocol should be marked appropriately at the time of manufacture, if possible.]",
        None,
        set(),
    ),
    (
        "probe9_legal.jsonl",
        "https://www.yumpu.com/en/document/view/48356838/view-save-pdf-version-of-this-document-la-strada-international/681",
        "“[1 bis The firearms referred to in article 2, subparagraph (c) (ii), of this Protocol should be marked appropriately at the time of manufacture, if possible.]",
        "TIP_PROTOCOL",
        {"TIP_PROTOCOL art. 2"},
    ),
    # abuse.wikia: the Smuggling Protocol's title without "United Nations"
    (
        "probe9_legal.jsonl",
        "https://abuse.wikia.org/wiki/Protocol_against_the_Smuggling_of_Migrants_by_Land,_Sea_and_Air",
        "The Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the Convention against Transnational Organised Crime, was adopted by the United Nations in Palermo, Italy in 2000. It is also referred to as the Smuggling protocol. It is one of the two Palermo protocols, the other one being the Protocol to Prevent, Suppress and Punish Trafficking in Persons, especially Women and Children",
        "TIP_PROTOCOL",
        {"SOM_PROTOCOL", "TIP_PROTOCOL"},
    ),
    # CAC/COSP/IRG/2013/9: a chapter between the articles and the name
    (
        "probe9_legal.jsonl",
        "https://m.moam.info/conference-of-the-states-parties-to-the-united-nations-convention-_647a3645097c476c028c8f47.html",
        "The present thematic report contains information on the implementation of articles 46-50 of chapter IV (International cooperation) of the United Nations Convention against Corruption by States parties under review in the first and second years of the first cycle of the Mechanism for the Review of Implementation of the Convention, established by the Conference of the States Parties to the United Nations Convention against Corruption in its resolution 3/1.",
        "TIP_PROTOCOL",
        {"UNCAC", "UNCAC art. 46", "UNCAC art. 47", "UNCAC art. 48", "UNCAC art. 49", "UNCAC art. 50", "resolution 3/1"},
    ),
]

# Near misses written from the same wordings: (text, about_instrument, references)
NEAR_MISSES = [
    # an article the Protocol has: the document's, and so is its other "the Protocol"
    (
        "Article 12 of the Protocol requires Parties to report on the status of their implementation of the Protocol.",
        "TIP_PROTOCOL",
        {"TIP_PROTOCOL", "TIP_PROTOCOL art. 12"},
    ),
    # "signed" without a place names no other treaty
    (
        "Also invites Member States to sign, ratify and implement the Protocol signed by 117 States;",
        "TIP_PROTOCOL",
        {"TIP_PROTOCOL"},
    ),
    # a UN symbol in brackets after "the Protocol", and a UN symbol whose last numbers could be a month and a year
    (
        "MINDFUL of the Protocol (A/RES/55/25) relating to trafficking in persons, and of document A/HRC/9/12;",
        "TIP_PROTOCOL",
        {"TIP_PROTOCOL", "A/RES/55/25", "A/HRC/9/12"},
    ),
    # "of the Protocol", capitalized: the document's
    (
        "Article 6 of the Protocol provides that, in order to protect victims, States shall",
        "TIP_PROTOCOL",
        {"TIP_PROTOCOL art. 6"},
    ),
    # a subparagraph without an item, as before
    (
        "The firearms referred to in article 2, subparagraph (c), of this Protocol should be marked appropriately.",
        "TIP_PROTOCOL",
        {"TIP_PROTOCOL art. 2"},
    ),
    # the title with "United Nations" and the Convention named again on its own: two references
    (
        "The Protocol against the Smuggling of Migrants by Land, Sea and Air supplements the Convention against "
        "Transnational Organised Crime.",
        None,
        {"SOM_PROTOCOL", "UNTOC"},
    ),
    # a chapter with no name after it: the articles are the document's
    (
        "The present thematic report contains information on the implementation of articles 16-18 of chapter IV.",
        None,
        {"UNTOC art. 16", "UNTOC art. 17", "UNTOC art. 18"},
    ),
    # a chapter before a generic form: one provision, as "articles 16-18 of the Convention" (no second `UNTOC`)
    (
        "The present thematic report contains information on the implementation of articles 16-18 of chapter IV of the Convention.",
        None,
        {"UNTOC art. 16", "UNTOC art. 17", "UNTOC art. 18"},
    ),
]


@in_both_modes(("probe", "source", "text", "about", "expected"), FIXED, ids=[f"fixed-{i}" for i in range(len(FIXED))])
def test_other_treaties_and_leftovers(
    mode: str, probe: str, source: str, text: str, about: str | None, expected: set[str]
) -> None:
    assert_refs(mode, text, expected, about, source)


@in_both_modes(("text", "about", "expected"), NEAR_MISSES, ids=[f"near-{i}" for i in range(len(NEAR_MISSES))])
def test_near_misses(mode: str, text: str, about: str | None, expected: set[str]) -> None:
    assert_refs(mode, text, expected, about)


def test_probe_files_hold_the_cases() -> None:
    """The texts above are the probes', verbatim, with the address they were copied from."""
    check_probe_sources((probe, source, text) for probe, source, text, _, _ in FIXED)
