"""Each tagging component alone, on the trained base and on spacy.blank (rule-only mode)."""

from __future__ import annotations

import pytest
import spacy

from tests.tag_support import components, parsed_components, rule_components, tag

MODES = ["parsed", "rules"]


def _nlp(mode: str):
    return parsed_components() if mode == "parsed" else rule_components()


# ------------------------------------------------------------------ actors
@pytest.mark.parametrize("mode", MODES)
def test_actors_lists_coordinations_and_typos(mode):
    doc = tag(
        _nlp(mode),
        "State parties should encourage relevant regional and international organizations, "
        "INTERPOL and Europol, judges, prosecutors, and law enforcement to act.",
    )
    found = [(span.text, span.label_, span._.actor_role) for span in doc.spans["actors"]]
    assert ("State parties", "states_parties", "state") in found
    assert ("regional", "regional_orgs", "igo") in found
    assert ("international organizations", "international_orgs", "igo") in found
    assert {"interpol", "europol", "judges", "prosecutors", "law_enforcement"} <= set(doc._.actors)
    assert doc._.actors == sorted(set(doc._.actors))


def test_actors_case_number_line_breaks_and_exclusions():
    doc = tag(
        rule_components(),
        "The representative of the United States said that a Civil Society\n"
        "Organization, each victim and whole-of-government approaches help migrants and WHO, "
        "who also reached Member States.",
    )
    labels = [span.label_ for span in doc.spans["actors"]]
    assert labels == ["civil_society", "victims", "vulnerable_populations", "un_entities", "member_states"]
    assert "Civil Society\nOrganization" in [span.text for span in doc.spans["actors"]]


def test_actors_longest_match_without_overlap():
    doc = tag(rule_components(), "victims of trafficking in persons and their family members")
    spans = list(doc.spans["actors"])
    assert [(s.text, s.label_) for s in spans] == [
        ("victims of trafficking in persons", "victims"),
        ("their family members", "family_members"),
    ]


# ------------------------------------------------------------------ legal references
@pytest.mark.parametrize(
    "text, about, expected",
    [
        ("in line with article 18 of the\nUNTOC, especially", None, ["UNTOC art. 18"]),
        ("articles 16 to 18 of the Convention", "TIP_PROTOCOL", ["UNTOC art. 16", "UNTOC art. 17", "UNTOC art. 18"]),
        ("articles 5 and 6 of the Protocol", "TIP_PROTOCOL", ["TIP_PROTOCOL art. 5", "TIP_PROTOCOL art. 6"]),
        ("under article 6 States must act", "SOM_PROTOCOL", ["SOM_PROTOCOL art. 6"]),
        ("article 24, paragraph 4, of the Convention", None, ["UNTOC art. 24(4)"]),
        ("article 32, paragraph 3, of the Organized Crime Convention", None, ["UNTOC art. 32(3)"]),
        ("paragraph 4 of article 24 of the Smuggling of Migrants Protocol", None, ["SOM_PROTOCOL art. 24(4)"]),
        (
            "the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
            None,
            ["TIP_PROTOCOL"],
        ),
        ("the Convention against Corruption and the Firearms Protocol", None, ["UNCAC", "FIREARMS_PROTOCOL"]),
        ("the Convention on the Rights of the Child", "TIP_PROTOCOL", []),
        ("exchanging, in accordance with their domestic law, information", None, ["domestic_law"]),
        ("a principle enshrined in domestic law", None, []),  # a request to legislate (gold seed-2020-rec-12)
        ("States should adopt legislation and establish domestic laws", None, []),
        ("beyond formal mutual legal assistance agreements", None, ["mla_agreement"]),
        ("the UNODC SHERLOC Database", None, ["SHERLOC"]),
        (
            "decision 4/4 and resolutions 74/176 and 75/195 (see CTOC/COP/WG.4/2010/6)",
            None,
            ["decision 4/4", "resolution 74/176", "resolution 75/195", "CTOC/COP/WG.4/2010/6"],
        ),
    ],
)
def test_legal_refs_canonical_forms(text, about, expected):
    doc = tag(rule_components(), text, about)
    assert doc._.legal_refs == expected


def test_provision_absorbs_its_instrument_and_spans_keep_offsets():
    text = "simplifying processes in line with article 18 of the UNTOC, especially"
    doc = tag(rule_components(), text)
    [span] = list(doc.spans["legal_refs"])
    assert (span.label_, span._.legal_ref, span.text) == ("provision", "UNTOC art. 18", "article 18 of the UNTOC")
    assert text[span.start_char : span.end_char] == span.text


def test_the_convention_defaults_when_nothing_is_set():
    assert tag(rule_components(), "implementation of the Convention")._.legal_refs == ["UNTOC"]


def test_legal_refs_default_instrument_is_configurable():
    nlp = spacy.blank("en")
    nlp.add_pipe("recs_legal_refs", config={"default_instrument": "UNCAC"})
    assert tag(nlp, "under article 5 and the Convention")._.legal_refs == ["UNCAC art. 5", "UNCAC"]


# ------------------------------------------------------------------ modality
HARD_CASES = [
    (
        "States parties should encourage regional organizations to promote a victim-centred approach.",
        "should",
        "states_parties",
        "encourage",
    ),
    ("States parties may consider the establishment of an international mechanism.", "may", "states_parties", None),
    ("States parties should strive to enhance international cooperation.", "should_consider", "states_parties", None),
    ("Member States should endeavour to share data.", "should_consider", "member_states", None),
    ("States should seek to harmonize definitions.", "should_consider", "member_states", None),
    (
        "Each State Party shall consider implementing measures for the recovery of victims.",
        "should_consider",
        "states_parties",
        None,
    ),
    (
        "Each State Party shall endeavour to provide for the physical safety of victims.",
        "should_consider",
        "states_parties",
        None,
    ),
    ("Each State Party shall seek to provide training.", "should_consider", "states_parties", None),
    ("Each State Party shall take into account the special needs of children.", "mandatory", "states_parties", None),
    ("Each State Party shall give appropriate consideration to humanitarian factors.", "mandatory", "states_parties", None),
    ("Each State Party shall adopt such legislative measures as may be necessary.", "mandatory", "states_parties", "adopt"),
    ("States parties must criminalize trafficking in persons.", "mandatory", "states_parties", None),
    ("States parties are required to establish jurisdiction.", "mandatory", "states_parties", None),
    ("States parties are obliged to cooperate.", "mandatory", "states_parties", None),
    ("States parties are encouraged to provide multi-agency training.", "encouraged", "states_parties", "provide"),
    ("Governments are invited to share good practices.", "encouraged", "member_states", None),
    ("Urges States parties to adopt comprehensive legislation against trafficking.", "should", "states_parties", "adopt"),
    ("Calls upon Member States to ratify the Protocol.", "should", "member_states", "ratify"),
    ("Requests the Secretariat to continue providing technical assistance.", "should", "unodc", None),
    ("Recommends that States parties should criminalize all forms of trafficking.", "should", "states_parties", None),
    ("Encourages States parties to share information on trafficking routes.", "encouraged", "states_parties", "share"),
    ("Invites Governments to provide voluntary contributions.", "encouraged", "member_states", "provide"),
    ("Stresses the importance of international cooperation in combating trafficking.", "none", "none", None),
    ("Reiterates its commitment to the Protocol.", "none", "none", None),
    ("Recognizes the role of civil society.", "none", "none", None),
    ("Notes with appreciation the efforts of Member States.", "none", "none", None),
    ("Welcomes the work of the Inter-Agency Coordination Group.", "none", "none", None),
    (
        "The Working Group recommended that States parties should ensure the protection of victims.",
        "should",
        "states_parties",
        "ensure",
    ),
    ("The Conference urges States parties to implement the Protocol fully.", "should", "states_parties", "implement"),
    ("Efforts should be undertaken to raise awareness among vulnerable groups.", "should", "none", None),
    ("The meeting was attended by representatives of 40 States.", "none", "none", None),
    (
        "Recalling that, under article 6, each State party shall consider implementing measures, "
        "States parties should provide assistance to victims.",
        "should",
        "states_parties",
        "provide",
    ),
    ("States may wish to consider adopting measures.", "may", "member_states", None),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text, value, addressee, verb", HARD_CASES)
def test_modality_hard_cases(mode, text, value, addressee, verb):
    doc = tag(_nlp(mode), text)
    assert (doc._.modality, doc._.addressee) == (value, addressee)
    strengths = {"mandatory": 5, "should": 4, "should_consider": 3, "encouraged": 2, "may": 1, "none": 0}
    assert doc._.modality_strength == strengths[value]
    if verb is not None:
        assert doc._.modal_clauses[0]["verb"] == verb


@pytest.mark.parametrize("mode", MODES)
def test_two_clauses_of_different_strength(mode):
    doc = tag(
        _nlp(mode),
        "State parties should strengthen their collaboration to combat trafficking in persons, "
        "and should consider going beyond formal mutual legal assistance agreements.",
    )
    assert [c["value"] for c in doc._.modal_clauses] == ["should", "should_consider"]
    assert doc._.modality == "should" and doc._.addressee == "states_parties"
    assert all(c["subject"] == "states_parties" for c in doc._.modal_clauses)
    assert doc.text[doc._.modal_clauses[1]["start"] : doc._.modal_clauses[1]["end"]].startswith("should consider")


@pytest.mark.parametrize("mode", MODES)
def test_coordinated_consider_is_a_second_clause(mode):
    doc = tag(
        _nlp(mode),
        "States parties should promote specialized prosecution units and regional collaboration, "
        "and consider exchange programmes for law enforcement officials.",
    )
    assert [c["value"] for c in doc._.modal_clauses] == ["should", "should_consider"]
    spans = list(doc.spans["modal_clauses"])
    assert [s.label_ for s in spans] == ["should", "should_consider"]
    assert spans[1].text.startswith("consider exchange programmes")
    assert spans[1]._.modal["subject"] == "states_parties"


@pytest.mark.parametrize("mode", MODES)
def test_negation_of_the_modal_clause_only(mode):
    negated = tag(_nlp(mode), "States parties should not detain victims of trafficking in immigration facilities.")
    assert negated._.negated is True and negated._.modal_clauses[0]["negated"] is True
    assert negated._.modality == "should"
    embedded = tag(
        _nlp(mode), "States parties should ensure that victims are not punished for acts they were compelled to commit."
    )
    assert embedded._.negated is False and embedded._.modality == "should"


@pytest.mark.parametrize("mode", MODES)
def test_no_modal_clause(mode):
    doc = tag(_nlp(mode), "The Working Group heard statements by the observers for INTERPOL.")
    assert (doc._.modality, doc._.modality_strength, doc._.addressee, doc._.negated) == ("none", 0, "none", False)
    assert doc._.modal_clauses == [] and list(doc.spans["modal_clauses"]) == []


def test_quoted_modal_does_not_count():
    doc = tag(
        parsed_components(),
        'Article 6 reads "each State Party shall consider measures"; States parties are encouraged to apply it.',
    )
    assert doc._.modality == "encouraged"


def test_modality_without_actor_component_has_no_addressee():
    nlp = components(True, ("recs_modality",))
    doc = tag(nlp, "States parties should ensure the protection of victims.")
    assert (doc._.modality, doc._.addressee) == ("should", "none")


def test_modality_rule_mode_can_be_forced_on_a_parsed_doc():
    nlp = components(True, ("recs_actors",))
    nlp.add_pipe("recs_modality", config={"use_parse": False})
    doc = tag(nlp, "States parties should consider providing shelters.")
    assert doc._.modality == "should_consider"
