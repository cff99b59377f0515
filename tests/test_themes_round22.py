"""Theme round 22 (vocabulary 1.18.0): cue words written "co-operat...", "co-ordinat..." match their cues; "licensing".

British and older UN texts (Council of Europe, UNHCR's Executive Committee, the 1961 Single Convention) spell
"co-ordination" with a hyphen, which the tokenizer splits into "co", "-", "ordination": the coordination cues never
matched them. A weak cue assigns nothing alone, so each fixed case combines the text's cues with the probability the
record's cross-validation fold gave it (``benchmarks/theme_cv.py --folds source --entries``), as the trained tagger
does; the figures are in data/gold/README.md, round 22. Licensing (of exports, of employment agencies) is a
State's control regime, like inspection: national_framework_policy.
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


@in_both_modes("text, probability", FIXED, ids=["single-convention-art35"])
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


LICENSING = [
    # real-t-016: Protocol against the Illicit Manufacturing of and Trafficking in Firearms (A/RES/55/255, annex),
    # 2001, article 10 (1), https://github.com/statengeneraal/laws-markdown/blob/05d694bb65f06dcd49e7651b71eee2fcd7bc5f6c/
    # verdrag/protocol/against/the/illicit/manufacturing/of/and/trafficking/in/firearms/etc/BWBV0001710/README.md;
    # gold national_framework_policy; CV p 0.36
    (
        "1. Each State Party shall establish or maintain an effective system of export and import licensing or "
        "authorization, as well as of measures on international transit, for the transfer of firearms, their parts and "
        "components and ammunition.",
        0.36,
    ),
    # real-s-039: International Convention for the Suppression of the Traffic in Women and Children, League of Nations,
    # 1921, article 6, https://github.com/statengeneraal/laws-markdown/blob/f4b6a784f5d5c2f41498ebe84c892513f50385a5/
    # verdrag/international/convention/for/the/suppression/of/the/traffic/in/women/and/etc/BWBV0005431/README.md;
    # gold vulnerability_root_causes, national_framework_policy, children (with the shipped weights the cue needs p 0.6)
    (
        "The High Contracting Parties agree, in case they have not already taken legislative or administrative measures "
        "regarding licensing and supervision of employment agencies and offices, to prescribe such regulations as are "
        "required to ensure the protection of women and children seeking employment in another country.",
        0.50,
    ),
]


@in_both_modes("text, probability", LICENSING[:1], ids=["firearms-art10"])
def test_licensing_is_a_national_framework_label(mode, text, probability):
    assert "national_framework_policy" in _themes_with(mode, text, "national_framework_policy", probability)


@in_both_modes("text", [text for text, _ in LICENSING], ids=["firearms-art10", "convention-1921-art6"])
def test_licensing_is_a_national_framework_cue(mode, text):
    assert "licensing" in _cues(mode, text, "national_framework_policy")


@in_both_modes(
    "text",
    [
        # real-d-114: Commission on Human Rights, Special Rapporteur on the human rights of migrants, E/CN.4/2004/76,
        # 2004, para. 79, https://adattar.minorityforum.info/en/entity/18esu1pcjgx/metadata?page=18 (first sentence)
        "The Special Rapporteur recommends that recruiting agencies should have to renew their licences periodically "
        "and that watchdog arrangements should be established to ensure that only those agencies which observe specific "
        "criteria relating to migrant domestic workers’ rights can continue to operate.",
    ],
    ids=["licences"],
)
def test_near_misses_the_licence_noun_is_no_cue(mode, text):
    assert not [cue for cue in _cues(mode, text, "national_framework_policy") if "licen" in cue.lower()]
