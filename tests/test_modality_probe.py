"""Modality and addressee on the probe of unlabelled real text (issue 13 point 3, round 5).

Every case is verbatim from ``data/probe/real_probe.jsonl`` (its id and source are cited on each case): operative
paragraphs of General Assembly, ECOSOC and CND resolutions and the UNGASS 2016 outcome document that no gold file
holds. Each one is a phrasing class the tagger read wrongly before round 5.
"""

from __future__ import annotations

import pytest

from tests.tag_support import MODES, tag_in_mode, tagged_row


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("text", "modality", "addressee"),
    [
        # ga-3279-1974-op1, GA res. 3279 (XXIX) para. 1: "Calls for" a thing, of no one in particular (TAXONOMY
        # section 5: no grammatical addressee, modality from the verb)
        (
            "Calls for more extensive and effective co-operation among nations directly concerned, in order to wage "
            "an all-out effort against the abuse of and illicit traffic in narcotic drugs;",
            "should",
            "none",
        ),
        # ga-3146-1973-op4, GA res. 3146 (XXVIII) para. 4: after a comma, "calls for" is the subject's verb
        (
            "Reaffirms its declaration in resolution 3012(XXVII) of 18 December 1972 that the fulfillment by the "
            "developing countries of their obligations under the Single Convention on Narcotic Drugs, 1961, calls for "
            "technical and financial assistance from the international community;",
            "none",
            "none",
        ),
        # ecosoc-1475-1970-op, ECOSOC res. 1475 (XLVIII): "give consideration to" is "consider"
        (
            "Recommends that Governments should give consideration to the adoption at the earliest possible date of "
            "additional measures for the national as well as international control of psychotropic substances and "
            "take measures to prevent the abuse of these substances.",
            "should_consider",
            "member_states",
        ),
        # ga-3146-1973-op5, GA res. 3146 (XXVIII) para. 5: an adverb before the opening verb
        (
            "Urgently appeals to Governments for sustained support and increased voluntary contributions to the "
            "United Nations Fund for Drug Abuse Control, in any form and according to their capacities.",
            "should",
            "member_states",
        ),
        # ecosoc-833b-1961-op, ECOSOC res. 833 (XXXII) B: the Charter's "Members of the United Nations" are States
        (
            "Invites all Members of the United Nations and all non-member States which are Parties to the Statute of "
            "the International Court of Justice or members of a specialized agency, to study, as expeditiously as "
            "possible, the Single Convention on Narcotic Drugs, 1961, with a view to signing and ratifying, or "
            "acceding to, the Convention.",
            "encouraged",
            "member_states",
        ),
        # ga-64-139-2009-op4, A/RES/64/139 para. 4: the special rapporteurs are encouraged first, Governments second
        (
            "Encourages all United Nations special rapporteurs on human rights whose mandates touch on the issues of "
            "violence against women migrant workers to improve the collection of information on and analysis of the "
            "current challenges facing women migrant workers, and also encourages Governments to cooperate with the "
            "special rapporteurs in this regard;",
            "encouraged",
            "un_entities",
        ),
    ],
)
def test_resolution_openings_of_unseen_bodies(mode, text, modality, addressee):
    doc = tag_in_mode(mode, text)
    assert (doc._.modality, doc._.addressee) == (modality, addressee)


@pytest.mark.parametrize("mode", MODES)
def test_a_declarations_paragraph_opening_with_its_own_commitment_binds_the_speakers(mode):
    # pd-2009-drugs-1, 2009 Political Declaration on the world drug problem, para. 1: the "We" is in the lead-in;
    # "our" says the commitment is the speakers', the Member States' (data/gold/REAL_SOURCES_C.md: "we reaffirm our
    # commitment to" is mandatory)
    text = (
        "Reaffirm our unwavering commitment to ensure that all aspects of demand reduction, supply reduction and "
        "international cooperation are addressed in full conformity with the purposes and the principles of the "
        "Charter of the United Nations, international law and the Universal Declaration of Human Rights and, in "
        "particular, with full respect for the sovereignty and territorial integrity of States, the principle of "
        "non-intervention in the internal affairs of States, all human rights, fundamental freedoms, the inherent "
        "dignity of all individuals and the principles of equal rights and mutual respect among States."
    )
    doc = tag_in_mode(mode, text)
    assert (doc._.modality, doc._.addressee) == ("mandatory", "member_states")


@pytest.mark.parametrize("mode", MODES)
def test_a_lead_in_naming_its_addressee_by_a_short_form_gives_it_to_the_items(mode):
    # ecosoc-588e-1955-op3a, ECOSOC res. 588 (XX) E para. 3 (a): "that Organization" is the World Health Organization
    context = (
        "Expresses its appreciation of the assistance given by the World Health Organization and requests that "
        "Organization to prepare:"
    )
    text = "An up-to-date study on appropriate methods for treating drug addicts;"
    row, _ = tagged_row(mode, text, context)
    assert (row["modality"], row["addressee"]) == ("should", "un_entities")


@pytest.mark.parametrize("mode", MODES)
def test_will_endeavour_is_should_consider_in_both_modes(mode):
    # ga-56-261-2002-p3b, A/RES/56/261 annex: "States will also endeavour, as appropriate:" (rule-only mode read the
    # bare "will" and missed the softening verb after it)
    text = (
        "To increase in a sustained manner their overall level of extrabudgetary contributions and strengthen and "
        "broaden the donor base of the Centre in order to ensure the availability of adequate material and technical "
        "resources for projects in support of the Convention and the protocols thereto, as well as other projects and "
        "programmes;"
    )
    row, _ = tagged_row(mode, text, "States will also endeavour, as appropriate:")
    assert (row["modality"], row["addressee"]) == ("should_consider", "member_states")


@pytest.mark.parametrize("mode", MODES)
def test_a_sub_item_opening_with_an_adverb_is_its_lead_ins_request(mode):
    # ungass-2016-treat-1, A/RES/S-30/1 (UNGASS 2016), operational recommendations on treatment: "Also take ..."
    # completes the speakers' "We recommend the following measures:" as "Promote ..." does
    text = (
        "Also take effective and practical measures to prevent progression to severe drug use disorders through "
        "appropriately targeted early interventions for people at risk of such progression."
    )
    row, _ = tagged_row(mode, text, "We recommend the following measures:")
    assert (row["modality"], row["addressee"]) == ("should", "member_states")
