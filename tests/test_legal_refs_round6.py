"""Legal references in the round-6 real sources (issue 13 point 3): a Protocol titled "to" its parent Convention,
another treaty named "the Convention Relating to ...", and domestic law framing an exception."""

from __future__ import annotations

import pytest

from tests.tag_support import tagged_row


@pytest.mark.parametrize("mode", ["parsed", "rules"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PACE Recommendation 2171 (2020), para. 2.2.1: the Protocol's title names its parent; no second reference
        (
            "draft a new Council of Europe convention to combat the smuggling of migrants which could build upon, and go "
            "further than, the Protocol against the Smuggling of Migrants by Land, Sea and Air to the United Nations "
            "Convention against Transnational Organized Crime (Palermo, 2000);",
            ["SOM_PROTOCOL"],
        ),
        # S/RES/2331 (2016), para. 3 (b): the Refugee Convention, not UNTOC
        (
            "Consider that in some circumstances trafficking in persons in armed conflict can cause large movements of "
            "refugees and migrants; recalls the Convention Relating to the Status of Refugees and/or its Protocol "
            "relating to the Status of Refugees;",
            [],
        ),
        # FATF Recommendation 38: domestic law framing an exception
        (
            "This authority should include being able to respond to requests made on the basis of non-conviction-based "
            "confiscation proceedings and related provisional measures, unless this is inconsistent with fundamental "
            "principles of their domestic law.",
            ["domestic_law"],
        ),
    ],
)
def test_round6_legal_refs(mode: str, text: str, expected: list[str]) -> None:
    assert tagged_row(mode, text)[0]["legal_refs"] == expected
