"""Actors, round 12: "MSs", the abbreviation of Member States in a study of the Universal Periodic Review (probe 7,
left in round 11), names the Member States (TAXONOMY section 5), as written only."""

from __future__ import annotations

from tests.modality_support import actor_ids, both_modes
from tests.tag_support import tag_in_mode


@both_modes
def test_mss_names_the_member_states(mode):
    # p7-upr-minorities-4: Study of minority issues in the Universal Periodic Review, Recommendations, item 4
    text = (
        "When certain and specific concerns are relevant to minority groups, MSs should make that clear so they can "
        "appear in the UPR database and can be part of the next surveys;"
    )
    doc = tag_in_mode(mode, text)
    assert (doc._.modality, doc._.addressee) == ("should", "member_states")
    assert "member_states" in actor_ids(doc)


@both_modes
def test_the_upr_database_is_no_actor(mode):
    # near miss, p7-upr-minorities-2 (same study, item 2): "the State under Review" is the only State named besides
    # "MSs"; the database and the cycle are no actors
    text = (
        "MSs should be more precise in their recommendations and try to address specific concerns separately so it "
        "becomes easier to measure progress made by the State under Review in the next cycle;"
    )
    assert actor_ids(tag_in_mode(mode, text)) == {"member_states"}
