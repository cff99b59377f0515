"""Legal references on the round-7 real sources (issue 13 point 3): ILO Committee of Experts comments and ILO
conventions, GRETA reports (``data/gold/REAL_SOURCES_G.md``, ``_H.md``; the source of each text beside it).
ILO conventions are outside the instrument list (TAXONOMY section 3): their "the Convention" and their articles are
not normalized, and an article of national law is no Protocol article."""

from __future__ import annotations

import pytest

from tests.tag_support import rule_components, tag

ILO_AND_NATIONAL = [
    # CEACR observation, Forced Labour Convention, 1930 (No. 29) (real-g-001)
    (
        "The Committee trusts that appropriate measures will be taken by the Government in the near future in order to "
        "bring the national legislation into conformity with the Convention on this point and requests the Government "
        "to provide, in its next report, information on the progress made in this regard.",
        "TIP_PROTOCOL",
    ),
    # CEACR comment under Convention No. 97 (real-g-069): a capitalized article at the sentence start
    (
        "Article 2 of the Convention. Measures to detect irregular migration. The Committee would be grateful if the "
        "Government would provide information on any situations that have been detected.",
        "SOM_PROTOCOL",
    ),
    # CEACR comment under Convention No. 105 (real-g-018): a bare article of the ILO convention
    (
        "Article 1, subparagraph (b). Compulsory labour for economic purposes. The Committee requests the Government to "
        "indicate whether the Decree of 8 July 1985 is still in force.",
        "TIP_PROTOCOL",
    ),
    # Domestic Workers Convention, 2011 (No. 189), article 8(4) (real-g-025)
    (
        "Members shall take measures to cooperate with each other to ensure the effective application of the provisions "
        "of this Convention to migrant domestic workers.",
        "SOM_PROTOCOL",
    ),
    # an ILO convention named by its number (CEACR comments under Convention No. 182)
    ("States should give effect to the Convention No. 182 on the worst forms of child labour.", "TIP_PROTOCOL"),
    # national law cited by article (CEACR observation under Convention No. 105, real-g-016's lead-in)
    ("States should repeal articles 236, 237 and 238 of the Penal Code.", "TIP_PROTOCOL"),
]


@pytest.mark.parametrize(("text", "about"), ILO_AND_NATIONAL)
def test_ilo_conventions_and_national_law_are_not_normalized(text, about):
    assert tag(rule_components(), text, about)._.legal_refs == []


def test_the_convention_of_a_un_crime_text_still_resolves():
    # the same generic forms outside an ILO text keep their reading (CTOC/COP wording)
    doc = tag(rule_components(), "States parties should implement article 25 of the Convention.", "UNTOC")
    assert doc._.legal_refs == ["UNTOC art. 25"]


@pytest.mark.parametrize(
    "text",
    [
        # GRETA, Albania (real-h-104)
        "GRETA urges the Albanian authorities to ensure that all assistance measures provided for by law are "
        "guaranteed in practice.",
        # GRETA press release (real-h-108)
        "The report also urges the authorities to ensure that the assistance envisaged in law for victims is guaranteed.",
        # Domestic Workers Convention, 2011 (No. 189), article 4(1) (real-g-020)
        "Each Member shall set a minimum age for domestic workers not lower than that established by national laws and "
        "regulations for workers generally.",
    ],
)
def test_existing_law_named_as_the_frame(text):
    assert tag(rule_components(), text, "TIP_PROTOCOL")._.legal_refs == ["domestic_law"]
