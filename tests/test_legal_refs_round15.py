"""Legal references, round 15: another treaty's "the Convention" in a Protocol's document, and treaty-body wordings.

Real text no rule had been written from (``data/probe/probe10_legal.jsonl``: an explainer of the 1949 Convention for the
Suppression of the Traffic in Persons, UNHCR Executive Committee conclusions, an ECOSOC resolution on the Convention on
Psychotropic Substances, CRC/C/15/Add.69) and earlier probes (an OAS resolution on the Inter-American firearms
convention, CAT and CEDAW texts, a Council of Europe page) read their own treaty as "the Convention". Each text is
copied verbatim; the address it was copied from is checked against the probe file below. ``recs evaluate`` reads a
gold record with its own instrument, mostly the Trafficking or Smuggling Protocol: read so, every one gave a false
``UNTOC``, and bare articles ("(articles 1 to 15)", "article 21", "article 14") gave provisions of the Protocol.
TAXONOMY section 3 normalizes only the five instruments: another treaty is no reference.

Fixed kinds: in a document about a Protocol, "the Convention" is the parent Convention only where the text ties it to
the list (a named instrument, a generic form of the Protocol's family, a provision "of the Convention", "the
Protocols", "the Conference of the Parties"); otherwise it and the text's bare articles are another treaty's. A treaty
body's other wordings mark its text ("the Committee is worried", "a matter of serious concern to the Committee", "the
Committee is mandated by article 21 of the Convention", "the draft general comment on article 14 of the Convention").
The near misses, written from the same wordings, keep each tie, the constructed gold's "articles 16 to 18 of the
Convention" in a Protocol text, and the default reading of a document about UNTOC or about no instrument.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.legal_support import assert_refs, check_probe_sources, in_both_modes
from tests.tag_support import MODES

AVL_1949 = "http://legal.un.org/avl/ha/uncstpepo/uncstpepo.html"
ISIS_1949 = (
    "https://feministarchives.isiswomen.org/publications/media-info-pack/129-media-pack/let-our-silenced-voices-be-heard/"
    "1924-convention-for-the-suppression-of-the-traffic-in-persons-and-of-the-exploitation-of-the-prostitution-of-others"
)

CRC_69 = "https://adattar.minorityforum.info/en/entity/kl69tpz402?page=5"
CAT_SR1051 = (
    "https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=6QkG1d%2FPPRiCAqhKb7yhsmoIqL9rS46HZROnmdQS5bOzOtND5KXLgRwQgO8"
    "VDhh0LctIqvOYHmlhx2AXkyLD24maeHU5JMem0HG4vSO%2FJITZ8jBivTCo1YM6psFuN3lPXhr9CWSoA%2BXYHyUYKLpA9A%3D%3D"
)

# (probe file, source, text, about_instrument, the references it yields)
FIXED = [
    # UN Audiovisual Library, introductory note on the 1949 Convention: its articles in brackets
    (
        "probe10_legal.jsonl",
        AVL_1949,
        "The Convention contains twenty-eight articles, in which States Parties agree to criminalize several categories of procurement of prostitutes (articles 1 to 15); to encourage the protection and rehabilitation of prostitutes (article 16); and to check the traffic in persons of either sex for the purpose of prostitution, as well as ensure appropriate mechanisms for the repatriation of aliens (articles 17 to 19).",
        "TIP_PROTOCOL",
        set(),
    ),
    (
        "probe10_legal.jsonl",
        AVL_1949,
        "The Convention contains twenty-eight articles, in which States Parties agree to criminalize several categories of procurement of prostitutes (articles 1 to 15); to encourage the protection and rehabilitation of prostitutes (article 16); and to check the traffic in persons of either sex for the purpose of prostitution, as well as ensure appropriate mechanisms for the repatriation of aliens (articles 17 to 19).",
        "SOM_PROTOCOL",
        set(),
    ),
    # Isis International media pack on the 1949 Convention (article 21 is one the Smuggling Protocol has)
    (
        "probe10_legal.jsonl",
        ISIS_1949,
        "The Convention, in article 21, outlines implementation procedures for the States parties to the Convention. States parties undertake to communicate to 5 the Secretary-General information on measures they adopt to ensure the application of the Convention.",
        "SOM_PROTOCOL",
        set(),
    ),
    # OSCE POLIS summary of the 1949 Convention
    (
        "probe10_legal.jsonl",
        "https://polis.osce.org/convention-suppression-traffic-persons-and-exploitation-prostitution-others",
        "The Convention prescribes procedures for combating international traffic for the purpose of prostitution, including extradition of offenders. It also prohibits the running of brothels and renting accommodation for prostitution purposes.",
        "TIP_PROTOCOL",
        set(),
    ),
    # UNHCR Executive Committee conclusion No. 57 (XL): the Refugee Convention and its Protocol
    (
        "probe10_legal.jsonl",
        "https://unhcr.org/my/publications/implementation-1951-convention-and-1967-protocol-relating-status-refugees-0",
        "Stressed the need for a positive and humanitarian approach to continue to be taken by States to implementation of the provisions of the Convention and Protocol in a manner fully compatible with the object and purposes of these instruments;",
        "TIP_PROTOCOL",
        set(),
    ),
    # ECOSOC resolution 1847 (LVI): the Convention on Psychotropic Substances, named in the paragraphs before
    (
        "probe10_legal.jsonl",
        "http://www.unodc.org/unodc/en/Resolutions/resolution_1974-05-15_5.html",
        "Convinced that the Convention constitutes a necessary instrument in the fight against the abuse of and the illicit traffic in such substances,",
        "TIP_PROTOCOL",
        set(),
    ),
    # OAS General Assembly resolution 1621 (1999): the Inter-American firearms convention
    (
        "probe6_legal.jsonl",
        "http://www.oas.org/juridico/english/ga-res99/eres1621.htm",
        "To urge all states that have not already done so to sign and/or ratify the Convention without delay.",
        "TIP_PROTOCOL",
        set(),
    ),
    # CAT general comment No. 3: the Convention against Torture and its article 14
    (
        "probe8_legal.jsonl",
        "https://studylib.net/doc/17690836/cat-convention-against-torture-and-other-cruel--inhuman-o...",
        "2. The Committee considers that the term “redress” in article 14 encompasses the concepts of “effective remedy” and “reparation”. The comprehensive reparative concept therefore entails restitution, compensation, rehabilitation, satisfaction and guarantees of non-repetition and refers to the full scope of measures required to redress violations under the Convention.",
        "TIP_PROTOCOL",
        set(),
    ),
    # Council of Europe round tables page: the Council of Europe trafficking convention
    (
        "probe7_legal.jsonl",
        "https://coe.int/en/web/anti-human-trafficking/round%20tables",
        "Each round-table meeting is followed up by a report which provides a summary of the discussions and sets forth concrete ideas for assisting the country concerning in improving the implementation of the Convention.",
        "SOM_PROTOCOL",
        set(),
    ),
    # a treaty body's other wordings: CRC/C/15/Add.69 (any instrument: a provision of "the Convention" ties it)
    (
        "probe10_legal.jsonl",
        CRC_69,
        "In light of article 39 of the Convention, the Committee is worried about the insufficient measures taken to provide physical and psychological recovery and social reintegration to children victims of any form of neglect, abuse and/or exploitation, particularly victims of armed conflicts, sexual exploitation and child labour.",
        None,
        set(),
    ),
    (
        "probe10_legal.jsonl",
        CRC_69,
        "The situation in relation to the administration of juvenile justice, and in particular its lack of compatibility with articles 37, 39 and 40 of the Convention, as well as other relevant standards such as the Beijing Rules, the Riyadh Guidelines and the United Nations Rules for the Protection of Juveniles Deprived of their Liberty, is a matter of serious concern to the Committee.",
        "TIP_PROTOCOL",
        set(),
    ),
    # CEDAW general recommendation No. 38 (as posted) and a CAT summary record's heading
    (
        "probe6_legal.jsonl",
        "https://equalrights4womenworldwide.blogspot.com/2020/11/ii-objectives-and-scope-27.html",
        "The Committee is mandated by article 21 of the Convention to develop general recommendations with the aim of clarifying States parties' obligation to combat discrimination against women and girls.",
        "UNTOC",
        set(),
    ),
    (
        "probe8_legal.jsonl",
        CAT_SR1051,
        "Consultative meeting with stakeholders on the draft general comment on article 14 of the Convention (CAT/C/47/GC/R.1)",
        None,
        {"CAT/C/47/GC/R.1"},
    ),
]

# Near misses written from the same wordings: (text, about_instrument, references)
NEAR_MISSES = [
    # the Protocols tie "the Convention" to the list; its bare article is the document's (the default's)
    (
        "The Convention and the Protocols thereto contain procedures for the States parties, in particular (article 16) on extradition.",
        None,
        {"UNTOC", "UNTOC art. 16"},
    ),
    # the document's own "the Protocol" ties it, read with the Trafficking Protocol
    (
        "Member States that have signed, ratified, and implemented the Convention and the Protocol are preventing trafficking in persons.",
        "TIP_PROTOCOL",
        {"UNTOC", "TIP_PROTOCOL"},
    ),
    # the Conference of the Parties ties it
    (
        "Convinced that the Convention constitutes a necessary instrument, as the Conference of the Parties has recognized,",
        "SOM_PROTOCOL",
        {"UNTOC"},
    ),
    # a provision of "the Convention" in a Protocol text is the parent Convention's (constructed-010's reading)
    (
        "To urge all States to make full use of articles 16 to 18 of the Convention without delay.",
        "TIP_PROTOCOL",
        {"UNTOC art. 16", "UNTOC art. 17", "UNTOC art. 18"},
    ),
    # "this Convention": a treaty's own text, the document's instrument's (with no instrument it is another treaty's
    # own text since round 22, tests/test_legal_refs_round22.py)
    (
        "Each State Party shall adopt measures to ensure the application of this Convention.",
        "UNTOC",
        {"UNTOC"},
    ),
    # a document about the default, or about no instrument, keeps reading "the Convention" as the default
    (
        "Convinced that the Convention constitutes a necessary instrument in the fight against the abuse of and the illicit traffic in such substances,",
        None,
        {"UNTOC"},
    ),
    (
        "The Convention prescribes procedures for combating international traffic for the purpose of prostitution, including extradition of offenders.",
        "UNTOC",
        {"UNTOC"},
    ),
    # "Committee" in another body's name marks no treaty body: the Conference's own article
    (
        "In light of article 32 of the Convention, the Conference of the Parties and its Working Groups are worried about the insufficient measures taken.",
        "TIP_PROTOCOL",
        {"UNTOC art. 32"},
    ),
    # a Working Group report's heading "General recommendations" marks no treaty body (CTOC/COP/WG.4/2010/6 heads its
    # list so); "this general recommendation" does
    (
        "1. General recommendations 3. States parties should make better use of article 10 of the Protocol.",
        "TIP_PROTOCOL",
        {"TIP_PROTOCOL art. 10"},
    ),
    # a document about UNCAC reads its "the Convention" as UNCAC, tied or not
    (
        "To urge all states that have not already done so to sign and/or ratify the Convention without delay.",
        "UNCAC",
        {"UNCAC"},
    ),
    # a named instrument: the other "the Convention" is the named one
    (
        "The United Nations Convention against Transnational Organized Crime prescribes procedures for extradition of offenders, and the Convention prohibits laundering of the proceeds of crime.",
        "TIP_PROTOCOL",
        {"UNTOC"},
    ),
]


@in_both_modes(("probe", "source", "text", "about", "expected"), FIXED, ids=[f"fixed-{i}" for i in range(len(FIXED))])
def test_untied_convention_is_another_treaty(
    mode: str, probe: str, source: str, text: str, about: str | None, expected: set[str]
) -> None:
    assert_refs(mode, text, expected, about, source)


@in_both_modes(("text", "about", "expected"), NEAR_MISSES, ids=[f"near-{i}" for i in range(len(NEAR_MISSES))])
def test_tied_convention_is_the_lists(mode: str, text: str, about: str | None, expected: set[str]) -> None:
    assert_refs(mode, text, expected, about)


def test_probe_files_hold_the_cases() -> None:
    """The texts above are the probes', verbatim, with the address they were copied from."""
    check_probe_sources((probe, source, text) for probe, source, text, _, _ in FIXED)


@pytest.mark.parametrize("mode", MODES)
def test_a_lead_in_ties_the_sub_items_convention(mode: str) -> None:
    """A sub-item's lead-in ties "the Convention" as the text does; a treaty body's lead-in does not. The item is
    written from the OAS resolution's wording above."""
    from pipeline.tagging.legal_refs import remember_lead_in
    from tests.tag_support import parsed_components, rule_components

    nlp = parsed_components() if mode == "parsed" else rule_components()

    def refs(lead_in: str | None) -> set[str]:
        doc = nlp.make_doc(
            "(a) To urge all states that have not already done so to sign and/or ratify the Convention without delay;"
        )
        remember_lead_in(doc, lead_in)
        doc._.about_instrument = "TIP_PROTOCOL"
        for _, component in nlp.pipeline:
            doc = component(doc)
        return set(doc._.legal_refs)

    assert refs("Recalling the Convention and the Protocols thereto, the Conference decides:") == {"UNTOC"}
    assert refs("Welcoming the entry into force of the United Nations Convention against Transnational Organized Crime:") == {
        "UNTOC"
    }
    assert refs("The General Assembly resolves:") == set()
    assert refs(None) == set()


# Round 15 after merging gold parts M and N (their dev records read before any change): a generic form qualified as the
# UN's or by the instrument's adoption year is the list's instrument. (gold record, source, text, about, references)
QUALIFIED = [
    (
        "real-m-134",
        "Secretary-General's message on International Anti-Corruption Day, 9 December 2009 (UNIS Vienna)",
        "The private sector should not lag behind governments. Businesses must also prevent corruption within their ranks, and keep bribery out of tendering and procurement processes. I urge the private sector to adopt anti-corruption measures in line with the UN Convention.",
        "UNCAC",
        {"UNCAC"},
    ),
    (
        "real-m-143",
        "UN press release GA/12017, 23 May 2018",
        "Governments must not only legislate, implement and enforce laws, but also enlist the media, the private sector, civil society and academia in the battle, he stressed, describing the 2003 Convention as the bedrock of the international community’s anti-corruption efforts.",
        "UNCAC",
        {"UNCAC"},
    ),
]

# Near misses: another year names another treaty; a name after the prefix is that name (or another treaty's); a year
# two instruments share names the document's one only
QUALIFIED_NEAR_MISSES = [
    ("describing the 1988 Convention as the bedrock of the international community’s anti-drug efforts.", "UNCAC", set()),
    ("I urge the private sector to adopt measures in line with the UN Convention on the Rights of the Child.", "UNCAC", set()),
    ("I urge States to ratify the UN Protocol against trafficking in persons.", "SOM_PROTOCOL", {"TIP_PROTOCOL"}),
    ("describing the 2000 Protocol as the bedrock of the fight against migrant smuggling.", "SOM_PROTOCOL", {"SOM_PROTOCOL"}),
    ("describing the 2000 Protocol as the bedrock of the fight against corruption.", "UNCAC", set()),
]


@in_both_modes(("record", "source", "text", "about", "expected"), QUALIFIED, ids=["m-134", "m-143"])
def test_a_qualified_generic_form_is_the_lists(
    mode: str, record: str, source: str, text: str, about: str, expected: set[str]
) -> None:
    rows = {
        json.loads(line)["id"]: json.loads(line)
        for line in Path("data/gold/real_dev.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    assert rows[record]["text"] == text and set(rows[record]["legal_refs"]) == expected and source
    assert_refs(mode, text, expected, about)


@in_both_modes(("text", "about", "expected"), QUALIFIED_NEAR_MISSES, ids=[f"qualified-near-{i}" for i in range(5)])
def test_qualified_near_misses(mode: str, text: str, about: str, expected: set[str]) -> None:
    assert_refs(mode, text, expected, about)
