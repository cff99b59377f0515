"""Legal references, round 22: a treaty's own "this Convention" in a document about no listed instrument.

Gold parts R and S (``real_dev.jsonl``, ``about_instrument: null``) are largely treaty articles of conventions the list
does not hold; the tagger read them with its default instrument, as ``recs tag`` reads a document whose instrument is
unknown, so their self-reference was UNTOC. Fixed kinds (each in two documents or more):
- a self-reference ("this Convention", "the present Convention") with no document instrument and nothing tying it to
  the list (a named instrument, "the Protocols", "the Conference of the Parties"): the Council of Europe's conventions
  on the transfer of sentenced persons and on compensation of victims, UNESCO 1970, the Single Convention (probe 10),
  a convention's "Application of the Convention" article (probe 19);
- an untied "the Convention" with no document instrument beside another treaty's wording: "Central Authorities" (the
  Hague adoption convention), "Council of Europe" (a blog on the Organs Convention).
The near misses keep UNTOC's own "this Convention" when the document is about UNTOC, a text that ties its generic
form to the list ("the Conference of the Parties to the Convention", "the Convention and its Protocols") read with no
instrument, and a bare article in a text naming no instrument (a COP decision's "paragraph 5 of article 32"): with no
instrument it is still the default's, as a Working Group's "measures under article 6" read by ``recs tag`` without its
document's instrument must be (tests/test_tag_rows.py).
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from tests.legal_support import check_probe_sources, probe_round_tests

NO_INSTRUMENT = None
CETS_112 = (
    "https://github.com/statengeneraal/laws-markdown/blob/159cf543afb9fe178b636b066f18c0feb86fa09c/verdrag/convention/"
    "on/the/transfer/of/sentenced/persons/BWBV0001039/README.md"
)
ETS_116 = (
    "https://github.com/statengeneraal/laws-markdown/blob/3142885073076495c4d5431300dc71f2de82fb14/verdrag/european/"
    "convention/on/the/compensation/of/victims/of/violent/crimes/BWBV0002622/README.md"
)
UNESCO_1970 = (
    "https://github.com/statengeneraal/laws-markdown/blob/0eac8a0594ee0a45dfd84ed349639f6a53056a69/verdrag/convention/"
    "on/the/means/of/prohibiting/and/preventing/the/illicit/import/etc/BWBV0003412/README.md"
)
HAGUE_1993 = "https://www.legislation.gov.uk/nia/2001/11/schedule/part/chapter/III/data.xht?view=snippet&wrap=true"
ORGANS_BLOG = "https://ekha.eu/blog/council-europe-convention-trafficking-human-organs-enters-force/"
UNTOC_ART26 = "https://www.baliprocess-rso-roadmap.net/article/article-26/"
SAMA = "https://rulebook.sama.gov.sa/en/article-36-6"
COP_3_1 = "https://unodc.org/unodc/treaties/CTOC/CTOC-COP-session3-decisions.html"
GA_63_194 = "https://www.girlsrightsplatform.org/en/entity/ze63002njth?page=2"
CRP5 = "https://laurenscitycats.org/singapore-philippines-extradition-treaty-2174"

CETS_112_TEXT = (
    "1. The Parties undertake to afford each other the widest measure of co-operation in respect of the transfer of"
    " sentenced persons in accordance with the provisions of this Convention."
)
ETS_116_TEXT = (
    "The Parties undertake to take the necessary steps to give effect to the principles set out in Part I of this Convention."
)
UNESCO_TEXT = (
    "In order to prevent illicit export and to meet the obligations arising from the implementation of this Convention,"
    " each State Party to the Convention should, as far as it is able, provide the national services responsible for"
    " the protection of its cultural heritage with an adequate budget and, if necessary, should set up a fund for this"
    " purpose."
)
HAGUE_TEXT = (
    "Central Authorities shall take, directly or through public authorities, all appropriate measures to prevent"
    " improper financial or other gain in connection with an adoption and to deter all practices contrary to the"
    " objects of the Convention."
)
ORGANS_TEXT = (
    "Council of Europe Secretary General Thorbjørn Jagland called on states from Europe and beyond to join the"
    " Convention without delay and urged Governments to “take swift action and co-operate effectively taking advantage"
    " of the legal framework the convention provides”."
)
SAMA_TEXT = (
    "(1) Any country party to this Convention undertakes to adopt, in accordance with its constitution, the measures"
    " necessary to ensure the application of this Convention."
)
COP_3_1_TEXT = (
    "Calls upon States parties to comply with the provision of paragraph 5 of article 32 by providing to the"
    " Conference of the Parties the information requested therein;"
)
UNTOC_ART26_TEXT = (
    "3. Each State Party shall consider providing for the possibility, in accordance with fundamental principles of its"
    " domestic law, of granting immunity from prosecution to a person who provides substantial cooperation in the"
    " investigation or prosecution of an offence covered by this Convention."
)
GA_TEXT = (
    "Recognizing further that the provision of effective support to the work of the Conference of the Parties to the"
    " Convention should be an important part of the coordination efforts of the United Nations system on the issue of"
    " trafficking in persons,"
)
CRP5_TEXT = (
    "The Conference also encouraged States parties to provide the Secretariat with data concerning their reliance on"
    " provisions of the Convention and its Protocols to effect extradition, mutual legal assistance and other forms of"
    " international legal cooperation."
)

# (gold record id or probe file, source, text, about_instrument, references)
FIXED = [
    ("real-s-105", CETS_112, CETS_112_TEXT, NO_INSTRUMENT, set()),
    ("real-s-041", ETS_116, ETS_116_TEXT, NO_INSTRUMENT, set()),
    ("real-s-103", UNESCO_1970, UNESCO_TEXT, NO_INSTRUMENT, set()),
    ("probe19_modality.jsonl", SAMA, SAMA_TEXT, NO_INSTRUMENT, {"domestic_law"}),
    ("real-r-047", HAGUE_1993, HAGUE_TEXT, NO_INSTRUMENT, set()),
    ("real-r-193", ORGANS_BLOG, ORGANS_TEXT, NO_INSTRUMENT, set()),
]
NEAR_MISSES = [
    # UNTOC's own article in a document about UNTOC: its "this Convention" is UNTOC, as before
    ("real-b-untoc-2000-art26-3", UNTOC_ART26, UNTOC_ART26_TEXT, "UNTOC", {"UNTOC", "domestic_law"}),
    # with no instrument, a generic form the text ties to the list stays the default
    ("probe9_legal.jsonl", GA_63_194, GA_TEXT, NO_INSTRUMENT, {"UNTOC"}),
    ("probe15_legal.jsonl", CRP5, CRP5_TEXT, NO_INSTRUMENT, {"UNTOC"}),
    # a bare article with no instrument form is still the default's: a COP decision read with no instrument
    ("real-a-cop-3-1-2006-b", COP_3_1, COP_3_1_TEXT, NO_INSTRUMENT, {"UNTOC art. 32(5)"}),
]
# a gold record read here with no instrument -> the instrument its gold names (``recs tag`` of a COP decision whose
# body is not known reads it so)
READ_WITHOUT_ITS_INSTRUMENT = {"real-a-cop-3-1-2006-b": "UNTOC"}


@functools.cache
def dev_gold() -> dict[str, dict[str, str]]:
    """Dev gold records by id (``real_dev.jsonl`` only)."""
    lines = Path("data/gold/real_dev.jsonl").read_text(encoding="utf-8").splitlines()
    return {row["id"]: row for row in map(json.loads, filter(str.strip, lines))}


# the third test ``probe_round_tests`` binds reads probe files only; this round's cases are also gold records, checked
# by its own test below
test_round22_fixed, test_round22_near_misses, _probe_files_only = probe_round_tests(FIXED, NEAR_MISSES)


def test_cases_are_the_sources_text() -> None:
    """Each text is its dev gold record's or its probe's, verbatim, with the address it was copied from; a gold record's
    document instrument is the one the case reads it with, save the COP decision (about UNTOC) read here with none."""
    cases = [*FIXED, *NEAR_MISSES]
    check_probe_sources((where, source, text) for where, source, text, _, _ in cases if where.endswith(".jsonl"))
    for where, source, text, about, _ in cases:
        if not where.endswith(".jsonl"):
            record = dev_gold()[where]
            assert (record["text"], record.get("url")) == (text, source)
            assert record["about_instrument"] == READ_WITHOUT_ITS_INSTRUMENT.get(where, about)
