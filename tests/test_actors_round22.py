"""Actors, round 22 (issue 13 point 3): "firm" before its noun is an adjective and names no business ("a firm stance",
"our firm commitment", "its firm solidarity"); the businesses of a text are still read. Real text, its source beside
each case (data/probe/README.md, probe 14)."""

from __future__ import annotations

from tests.modality_support import assert_row_actors, in_both_modes


@in_both_modes(
    ("text", "present", "absent"),
    [
        # CARICOM news (2025), the 49th Regular Meeting of the Conference of Heads of Government (p14-caricom2025-2)
        (
            "During his keynote address at the Meeting’s opening ceremony on Sunday, the Prime Minister underscored that "
            "CARICOM nations must take a firm stance on organised criminal gangs, reiterating his position that gang "
            "violence must be regarded as acts of terrorism.",
            set(),
            {"private_sector"},
        ),
        # Valletta Summit Political Declaration (2015) (probe 8, p8-valletta-4), its first sentence
        ("We reiterate our firm commitment to respect international obligations and human rights.", set(), {"private_sector"}),
        # UN press release SC/9566 (2009), the High Commissioner for Refugees' briefing (p14-sc9566-1)
        (
            "UNHCR expressed its firm solidarity with UNRWA and called for strict adherence to humanitarian principles in "
            "and around Gaza, including respect for the universal right to seek and enjoy asylum.",
            set(),
            {"private_sector"},
        ),
        # near miss: companies named as such stay businesses (McCain Institute, letter to the 2024 G7 leaders)
        (
            "Second, G7 members should also adopt mandatory human rights and environmental due diligence requirements "
            "for companies.",
            {"private_sector"},
            set(),
        ),
    ],
    ids=["firm-stance", "firm-commitment", "firm-solidarity", "companies"],
)
def test_firm_as_an_adjective_names_no_business(mode: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_row_actors(mode, text, present, absent)
