"""Actors, round 16: real text of probe 11 (``data/probe/probe11_modality.jsonl``), no gold file.

United Nations press releases print hyphenated names with the non-breaking hyphen U+2011 ("the Secretary‑General",
SC/13081 and SC/13105); the tokenizer keeps such a word whole, so the alias "Secretary-General" did not match it and
the one asked got no actor ("It also requested that the Secretary‑General ensure ...": addressee none). Every alias
with "-" now also matches with each of ``actors.yaml``'s ``hyphens``.
"""

from __future__ import annotations

from tests.modality_support import actor_ids, assert_row_request, both_modes, in_both_modes
from tests.tag_support import tag_in_mode


@both_modes
def test_a_non_breaking_hyphen_names_the_one_asked(mode):
    # p11-sc13081-6: UN press release SC/13081 (resolution 2388 (2017)), 21 November 2017
    text = (
        "It also requested that the Secretary‑General ensure the inclusion of trafficking in assessments of country "
        "situations and in the training of mission personnel, which would help in identifying, confirming, responding "
        "and reporting on situations of trafficking."
    )
    assert_row_request(mode, text, ("should", "un_entities"))


@in_both_modes(
    ("text", "expected"),
    [
        # p11-sc13105-5: UN press release SC/13105 (S/PRST/2017/24), 7 December 2017
        (
            "The Council also welcomed statements by the African Union calling for an immediate end to such practices and "
            "by the United Nations Secretary‑General requesting United Nations actors to actively pursue the matter.",
            True,
        ),
        # near miss: a non-breaking hyphen inside another word names no one (the same release: "the 15‑member organ")
        ("In presidential statement S/PRST/2017/24, the 15‑member organ emphasized the point.", False),
    ],
)
def test_a_non_breaking_hyphen_in_a_name(mode, text, expected):
    assert ("un_entities" in actor_ids(tag_in_mode(mode, text))) is expected
