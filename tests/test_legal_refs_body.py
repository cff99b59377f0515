"""The instrument a document is about, from its body (`recs tag`, `recs assign`, the annotation export).

A working group of the UNTOC Conference is about UNTOC or its Protocol; a body of another treaty (a treaty body of
human-rights law, the ILO's Committee of Experts, the Council of Europe's GRETA, CITES's Conference of the Parties) is
about none of the listed instruments, as a gold record's null ``about_instrument`` is read since legal round 32: its
untied "the Convention" is its own treaty, not UNTOC. A body named by none of the cues keeps the default, as before.
"""

from __future__ import annotations

import pytest

from pipeline.tagging.extensions import NO_INSTRUMENT
from pipeline.tagging.legal_refs import about_instrument_for_body
from tests.legal_support import assert_refs, in_both_modes

# mastheads' body lines (find_body keeps the most specific body named near the top)
BODIES = [
    ("Working Group on Trafficking in Persons", "TIP_PROTOCOL"),
    ("Working Group on the Smuggling of Migrants", "SOM_PROTOCOL"),
    ("Working Group on Firearms", "FIREARMS_PROTOCOL"),
    ("Implementation Review Group of the United Nations Convention against Corruption", "UNCAC"),
    ("Conference of the Parties to the United Nations Convention against Transnational Organized Crime", "UNTOC"),
    ("Committee on the Rights of the Child", NO_INSTRUMENT),
    ("Committee on the Elimination of Discrimination against Women", NO_INSTRUMENT),
    ("Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families", NO_INSTRUMENT),
    ("Human Rights Committee", NO_INSTRUMENT),
    ("Committee of Experts on the Application of Conventions and Recommendations", NO_INSTRUMENT),
    ("Group of Experts on Action against Trafficking in Human Beings (GRETA)", NO_INSTRUMENT),
    ("Conference of the Parties to the Convention on International Trade in Endangered Species", NO_INSTRUMENT),
    ("Human Rights Council", "UNTOC"),  # names no treaty of its own: the default
    (None, "UNTOC"),  # no body found
]

CITES_HANDBOOK = "https://cites.unia.es/cites/file.php/1/handbook/eng/res/intro.htm"  # probe 44
CITES_TEXT = "The text of the Convention provides a basic framework for the implementation of CITES."
CITES_BODY = "Conference of the Parties to the Convention on International Trade in Endangered Species"


@pytest.mark.parametrize(("body", "expected"), BODIES)
def test_the_body_decides_the_instrument(body: str | None, expected: str) -> None:
    assert about_instrument_for_body(body) == expected


@in_both_modes(("body", "expected"), [(CITES_BODY, set()), (None, {"UNTOC"})], ids=["cites-body", "no-body"])
def test_another_treaty_bodys_untied_convention_names_no_listed_instrument(
    mode: str, body: str | None, expected: set[str]
) -> None:
    assert_refs(mode, CITES_TEXT, expected, about_instrument_for_body(body), CITES_HANDBOOK)
