"""Theme round 22 (vocabulary 1.18.0): cue words written "co-operat...", "co-ordinat..." match their cues.

British and older UN texts (Council of Europe, UNHCR's Executive Committee, the 1961 Single Convention) spell
"co-ordination" with a hyphen, which the tokenizer splits into "co", "-", "ordination": the coordination cues never
matched them. A weak cue assigns nothing alone, so each fixed case combines the text's cues with the probability the
record's cross-validation fold gave it (``benchmarks/theme_cv.py --folds source --entries``), as the trained tagger
does; the figures are in data/gold/README.md, round 22.
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


COORDINATION = "coordination_whole_of_government"
FIXED = [
    # real-j-121: Council of Europe, Istanbul Convention (CETS No. 210), 2011, article 18 (2), as reproduced by
    # https://equalrights4womenworldwide.blogspot.com/2017/05/protection-and-support-10j.html; gold
    # coordination_whole_of_government, civil_society_partnership, assistance_support; CV p 0.41
    (
        "Parties shall take the necessary legislative or other measures, in accordance with internal law, to ensure that "
        "there are appropriate mechanisms to provide for effective co-operation between all relevant state agencies, "
        "including the judiciary, public prosecutors, law enforcement agencies, local and regional authorities as well as "
        "non-governmental organisations and other relevant organisations and entities, in protecting and supporting "
        "victims and witnesses of all forms of violence covered by the scope of this Convention, including by referring "
        "to general and specialist support services as detailed in Articles 20 and 22 of this Convention.",
        0.41,
    ),
    # real-s-014: Single Convention on Narcotic Drugs, 1961, as amended, article 35 (a),
    # https://github.com/statengeneraal/laws-markdown/blob/0e5f1b67b2209320c393dd70d8be4bb0a3eb6cd0/verdrag/single/
    # convention/on/narcotic/drugs/1961/as/amended/by/the/protocol/etc/BWBV0001004/README.md; gold
    # coordination_whole_of_government, national_framework_policy; CV p 0.49
    (
        "(a) Make arrangements at the national level for co-ordination of preventive and repressive action against the "
        "illicit traffic; to this end they may usefully designate an appropriate agency responsible for such "
        "co-ordination;",
        0.49,
    ),
]


@in_both_modes("text, probability", FIXED, ids=["istanbul-art18", "single-convention-art35"])
def test_hyphenated_coordination_with_the_models_support_is_a_label(mode, text, probability):
    assert COORDINATION in _themes_with(mode, text, COORDINATION, probability)


@in_both_modes(
    "text, cue",
    [
        # real-h-067: Council of Europe press release on GRETA's first evaluation report on Montenegro, 2012,
        # http://www.coe.int/t/dghl/monitoring/trafficking/Docs/Evaluation_Reports/default_en.asp
        (
            "Furthermore, co-ordination needs to be strengthened to ensure that civil society is involved in the "
            "planning and implementation of national anti-trafficking policy.",
            "co-ordination",
        ),
        # real-j-049: GRETA, first evaluation report on Romania, 2012, as summarised in the Council of Europe press
        # release, https://rlw.juridice.ro/1372/council-of-europe-anti-trafficking-in-human-beings-body-publishes-report-on-romania.html
        (
            "However, GRETA considers that the Romanian authorities should reinforce co-ordination and co-operation "
            "between all anti-trafficking actors.",
            "co-operation between",
        ),
    ],
    ids=["co-ordination", "co-operation-between"],
)
def test_the_hyphenated_spelling_is_a_coordination_cue(mode, text, cue):
    assert cue in _cues(mode, text, COORDINATION)


@in_both_modes(
    "text, label, cue",
    [
        ("States should strengthen coordination between the relevant ministries.", COORDINATION, "coordination between"),
        (
            "States should strengthen international cooperation against trafficking.",
            "international_cooperation",
            "international cooperation",
        ),
    ],
    ids=["coordination", "international-cooperation"],
)
def test_near_misses_the_closed_spelling_keeps_its_cue(mode, text, label, cue):
    assert cue in _cues(mode, text, label)


@in_both_modes(
    "text",
    ["States should support agricultural co-operatives run by women in rural areas."],
    ids=["co-operatives"],
)
def test_near_misses_other_co_words_are_no_cooperation_cue(mode, text):
    assert not _cues(mode, text, "international_cooperation")
