"""Theme round 18 (issue 13, vocabulary 1.17.0): the bare "framework(s)", too broad where it sits, dropped as a weak cue.

A weak cue assigns nothing alone; its false labels came with the model's probability. So each fixed case combines the
text's cues with the probability the record's cross-validation fold gave it (``benchmarks/theme_cv.py --folds source
--entries``), as the trained tagger does; the figures are in data/gold/README.md, round 18.
"""

from __future__ import annotations

from tests.tag_support import assembled, in_both_modes, rule_only_assembled, tag


def _themes_with(mode: str, text: str, label: str, probability: float) -> list[str]:
    """The themes of ``text`` when the model gives ``label`` this ``probability`` (its CV fold's)."""
    nlp = assembled() if mode == "parsed" else rule_only_assembled()
    doc = tag(nlp, text)
    nlp.get_pipe("recs_themes").set_themes(doc, {label: probability})
    return doc._.themes


def _cues(mode: str, text: str, label: str) -> list[str]:
    doc = tag(assembled() if mode == "parsed" else rule_only_assembled(), text)
    return [span.text for span in doc.spans["theme_cues"] if span.label_ == label]


FIXED = [
    # real-b-srmig-2020-a75-86a: Special Rapporteur on the human rights of migrants, A/75/183, 2020, para. 86 (a);
    # gold legislation_criminalization, children; CV p 0.43
    (
        "Establish in domestic law an explicit prohibition of immigration detention of all migrant children under the "
        "age of 18, including unaccompanied children and children with their families. Policy framework and quality "
        "assurance processes should be established to ensure that the prohibition is effectively implemented and that "
        "migrant children are provided with the strongest protection;",
        "national_framework_policy",
        0.43,
    ),
    # real-r-193: European Kidney Health Alliance, reporting a Council of Europe statement (2018); gold
    # international_cooperation; CV p 0.73
    (
        "Council of Europe Secretary General Thorbjørn Jagland called on states from Europe and beyond to join the "
        "Convention without delay and urged Governments to “take swift action and co-operate effectively taking "
        "advantage of the legal framework the convention provides”.",
        "national_framework_policy",
        0.73,
    ),
]


@in_both_modes("text, label, probability", FIXED, ids=["policy-framework", "legal-framework-provided"])
def test_a_bare_framework_with_the_models_support_is_no_label(mode, text, label, probability):
    assert label not in _themes_with(mode, text, label, probability)


@in_both_modes(
    "text, cue",
    [
        ("States should strengthen their national frameworks against trafficking in persons.", "national frameworks"),
        ("States should establish an institutional framework to coordinate their response.", "institutional framework"),
    ],
    ids=["national-framework", "institutional-framework"],
)
def test_near_misses_keep_their_cue(mode, text, cue):
    assert cue in _cues(mode, text, "national_framework_policy")


@in_both_modes("text, label", [(text, label) for text, label, _ in FIXED], ids=["policy-framework", "legal-framework-provided"])
def test_the_bare_framework_is_no_cue(mode, text, label):
    assert not [cue for cue in _cues(mode, text, label) if cue.lower() == "framework"]
