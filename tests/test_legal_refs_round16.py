"""Legal references, round 16: another treaty's Protocol makes "the Convention" that treaty's; MLATs; plural Conventions.

Real text no rule had been written from (``data/probe/probe11_legal.jsonl``, committed before the tagger read it: an
introductory note on the 1951 Refugee Convention, ECOSOC resolution 1981/7 on the 1971 Convention, law-practice pages
on mutual legal assistance treaties, a UNODC South Asia news item) and a gold dev record (real-m-086). Each text is
copied verbatim; the address it was copied from is checked against the probe file.

Fixed kinds:
- a text naming another treaty's instrument ("the 1967 Protocol", "a Protocol on Psychotropic Substances") and none of
  the list, with nothing tying its generic form to the list (``default_ties``), reads its "the Convention" as that
  treaty's, whatever the document is about (read with no instrument or ``UNTOC`` it gave a false ``UNTOC``);
- the acronym "MLAT(s)" is ``mla_agreement``, as the spelt-out "mutual legal assistance treaties" already is;
- a capitalized "Conventions" followed by two topics of the list's conventions ("the UN Conventions against corruption
  and transnational organized crime") names both (``convention_topics``).
The near misses keep a named instrument of the list beside another treaty, a default tie, "MLA" (mutual legal
assistance, no agreement), other treaties' plural "conventions on corruption" and a plural with one topic.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.legal_support import assert_refs, check_probe_sources, in_both_modes

PROBE = "probe11_legal.jsonl"
REFUGEE_NOTE = "https://iran1988.org/convention-and-protocol-relating-to-the-status-of-refugees-unhcr/"
ECOSOC_1981_7 = "http://unodc.org/unodc/en/Resolutions/resolution_1981-05-06_1.html"
MLAT_PROBLEM = (
    "https://www.crimlawpractitioner.org/post/2016/04/08/the-mlat-problem-a-major-roadblock-for-law-enforcement-worldwide"
)
MLA_GLOSSARY = "https://extraditionuk.petersandpeters.com/glossary/mutual-legal-assistance/"
ACCESS_NOW = "https://de.scribd.com/document/364960548/MLAT-Reform-and-MLAT-Bypasses-One-Pager"
SOUTH_ASIA = "https://www.unodc.org/southasia/en/frontpage/2011/may/indian-govt-ratifies-two-un-conventions.html"

# (source, text, about_instrument, the references it yields)
FIXED = [
    # the 1951 Convention, qualified by its 1967 Protocol
    (
        REFUGEE_NOTE,
        "The 1967 Protocol removed these limitations and thus gave the Convention universal coverage.",
        None,
        set(),
    ),
    (
        REFUGEE_NOTE,
        "The 1967 Protocol removed these limitations and thus gave the Convention universal coverage.",
        "UNTOC",
        set(),
    ),
    # the 1971 Convention, adopted by the Conference for the Adoption of a Protocol on Psychotropic Substances
    (
        ECOSOC_1981_7,
        "Recalling its resolution 1576(L) of 20 May 1971, in which it endorsed the invitation of the United Nations Conference for the Adoption of a Protocol on Psychotropic Substances to States, to the extent they were able to do so, to apply provisionally the measures of control provided in the Convention pending its entry into force for each of them,",
        None,
        set(),
    ),
    (
        MLAT_PROBLEM,
        "MLATs themselves are bilateral, multilateral, or regional agreements detailing how and what kinds of data foreign governments may request.",
        "TIP_PROTOCOL",
        {"mla_agreement"},
    ),
    (
        MLA_GLOSSARY,
        "MLATs also specify the type of mutual assistance that is permitted.",
        None,
        {"mla_agreement"},
    ),
    (
        ACCESS_NOW,
        "Certain proposals to reform the system for cross-border requests would establish bi- or multilateral safe harbor agreements that would permit law enforcement to bypass MLATs and domestic laws to request data stored abroad directly from companies.",
        "UNTOC",
        {"mla_agreement"},
    ),
    (
        SOUTH_ASIA,
        "India: Government ratifies two UN Conventions related to transnational organized crime and corruption",
        "UNTOC",
        {"UNTOC", "UNCAC"},
    ),
]

# Near misses: (text, about_instrument, references)
NEAR_MISSES = [
    # the same note names the 1951 Convention: no reference, as before
    (
        "The Convention entered into force on 22 April 1954, and it has been subject to only one amendment in the form of a 1967 Protocol, which removed the geographic and temporal limits of the 1951 Convention.",
        None,
        set(),
    ),
    # a named instrument of the list beside another treaty: its "the Convention" stays the list's (actionguide.info)
    (
        'The General Assembly affirmed the relevance of the UNTOC to fight illicit trafficking in natural resources in its resolution 55/25 of 15 November 2000, in which it stated that the Convention "constitutes an effective tool and the necessary legal framework for international cooperation in combating such criminal activities as illicit trafficking of protected species of wild flora and fauna, in furtherance of the principles of the Convention on International Trade in Endangered Species of Wild Fauna and Flora".',
        None,
        {"UNTOC", "resolution 55/25"},
    ),
    # a default tie beside another treaty's Protocol keeps the default (written from the refugee note's wording)
    (
        "The 1967 Protocol removed these limitations; the Conference of the Parties to the Convention welcomed it.",
        None,
        {"UNTOC"},
    ),
    # the list's own generic Protocol is no other treaty's
    ("The Protocol supplements the Convention and is interpreted together with the Convention.", None, {"UNTOC"}),
    # "MLA" is mutual legal assistance, no agreement (written from the MLAT-problem page)
    ("The MLA process is structured upon a series of agreements between the U.S. and foreign nations.", None, set()),
    # other treaties' "conventions on corruption", the drug conventions, one topic only
    (
        "Other multi-lateral conventions on corruption include the OECD Anti-Bribery Convention, the African Union Convention on Preventing and Combating Corruption and the Inter-American Convention onCorruption.",
        None,
        set(),
    ),
    (
        "The United Nations Office on Drugs and Crime (UNODC) is mandated by its Member States to assist in the implementation of both Conventions, which along with the UN Drug Conventions of 1961, 1971 and 1988 underpin all the operational work of UNODC.",
        None,
        set(),
    ),
    ("States should ratify the Inter-American and African Conventions against corruption.", "UNCAC", set()),
]


@in_both_modes(("source", "text", "about", "expected"), FIXED, ids=[f"fixed-{i}" for i in range(len(FIXED))])
def test_round16_fixed(mode: str, source: str, text: str, about: str | None, expected: set[str]) -> None:
    assert_refs(mode, text, expected, about, source)


@in_both_modes(("text", "about", "expected"), NEAR_MISSES, ids=[f"near-{i}" for i in range(len(NEAR_MISSES))])
def test_round16_near_misses(mode: str, text: str, about: str | None, expected: set[str]) -> None:
    assert_refs(mode, text, expected, about)


def test_probe_file_holds_the_cases() -> None:
    """The fixed texts are the probe's, verbatim, with the address they were copied from."""
    check_probe_sources((PROBE, source, text) for source, text, _, _ in FIXED)


@in_both_modes("record", ["real-m-086"])
def test_plural_conventions_in_the_gold(mode: str, record: str) -> None:
    """The dev record the plural kind was seen in: its text and labels as the gold holds them, read with its instrument."""
    rows = {
        json.loads(line)["id"]: json.loads(line)
        for line in Path("data/gold/real_dev.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    row = rows[record]
    assert "the UN Conventions against corruption and transnational organized crime" in row["text"]
    assert_refs(mode, row["text"], set(row["legal_refs"]), row["about_instrument"])
