"""Actors, round 23 (issue 13 point 3): "government" after "the" and a State's name or adjective ("the UK government",
"the Mexican government", "the Commonwealth government") names that State's government, as "the Italian authorities"
names its authorities; the words alone ("government officials") name no one. Real text, its source beside each case
(data/probe/README.md, probe 15)."""

from __future__ import annotations

from tests.modality_support import assert_row_actors, in_both_modes


@in_both_modes(
    ("text", "present", "absent", "context"),
    [
        # Amnesty International New Zealand, International Migrants Day (2015) (p15-aimig-4)
        (
            "Amnesty International is also calling on the Mexican government to protect migrants from across Central "
            "America en route to the USA - one of the most dangerous routes in the world.",
            {"member_states"},
            set(),
            None,
        ),
        # Australian Parliament, Joint Committee on Law Enforcement, human trafficking inquiry, para. 3.6 (p15-pjcle-3):
        # the Australian Commonwealth's government, not the Commonwealth of Nations
        (
            "The Commonwealth government already requires that pre-departure briefings are conducted for seasonal "
            "workers in countries party to the Memorandum of Understanding (MOU) in support of Australia’s Seasonal "
            "Worker Programme (SWP).",
            {"member_states"},
            {"international_orgs"},
            None,
        ),
        # near miss: "the" right before it, no name: the noun names no one (ILO Worst Forms of Child Labour
        # Recommendation, 1999 (No. 190), paragraph 15 (c); gold real-g-035)
        (
            "providing appropriate training for the government officials concerned, especially inspectors and law "
            "enforcement officials, and for other relevant professionals;",
            set(),
            {"member_states"},
            "Other measures aimed at the prohibition and elimination of the worst forms of child labour might include the "
            "following:",
        ),
    ],
    ids=["mexican-government", "commonwealth-government", "government-officials"],
)
def test_a_named_government_is_the_states(mode: str, text: str, present: set[str], absent: set[str], context: str | None) -> None:
    assert_row_actors(mode, text, present, absent, context)
