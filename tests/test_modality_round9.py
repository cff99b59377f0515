"""Modality and addressee, round 9 (issue 13 point 3): constructions of the real records added in round 9 (real-i-*,
real-j-*; data/gold/REAL_SOURCES_I.md and _J.md), each rule checked on text of the documents it repairs (the source
beside each case) and on the near misses it must leave alone."""

from __future__ import annotations

import pytest

from tests.modality_support import assert_row_request

BOTH = ["parsed", "rules"]
RULES = ["rules"]

CASES = [
    # -- a consider-type verb in a resolution verb's that-clause is the subject's "should consider"
    # SR on migrants, mission to the United Kingdom, A/HRC/29/36/Add.2 (real-i-015)
    (
        BOTH,
        "Consider the recommendations made by the Working Group on Arbitrary Detention in a 2009 report to the Human "
        "Rights Council, particularly the call upon States to restrict the use of detention for immigration purposes.",
        "In relation to the administrative detention of migrants, the Special Rapporteur recommends that the Government:",
        "should_consider",
        "member_states",
    ),
    # SR on migrants, report on migrants' contributions (real-i-050)
    (
        BOTH,
        "Consider transferring responsibility for immigration from security agencies to dedicated government "
        "departments in order to refocus attention on the benefits that well-managed migration offers.",
        "To foster migrants’ contributions in society, the Special Rapporteur recommends that Governments:",
        "should_consider",
        "member_states",
    ),
    # near miss: an infinitive after the opening verb keeps its value (SR on migrants, real-e-137)
    (
        BOTH,
        "The Special Rapporteur calls on States to consider progressively abolishing the detention of migrants.",
        None,
        "should",
        "member_states",
    ),
    # -- an opaque verb's that-clause holds a standard recalled, not the speaker's request (rule reading)
    # SR on migrants, A/HRC/11/7 (real-d-063)
    (
        RULES,
        "The Special Rapporteur recalls that, as provided in article 37 of the Convention on the Rights of the Child, "
        "detention of children should be a measure of last resort and should only be taken for the shortest period of "
        "time possible.",
        None,
        "none",
        "none",
    ),
    # CEACR, Forced Labour Convention, 1930 (No. 29) (real-g-006)
    (
        RULES,
        "Referring to its previous comments the Committee recalls that under Article 25 of the Convention, the illegal "
        "exaction of forced labour shall be punishable as a penal offence with penalties which should be really adequate "
        "and strictly enforced. The Committee trusts that the necessary legislation will be enacted.",
        None,
        "none",
        "none",
    ),
    # near miss: a premise sentence keeps the recommendation's own clause after its comma (TAXONOMY section 5)
    (
        BOTH,
        "Recalling that, under article 6, each State party shall consider implementing measures, States parties should "
        "provide assistance to victims.",
        None,
        "should",
        "states_parties",
    ),
    # -- under an opening statement that is not transparent, the that-clause's modal is the statement's content
    # (rule reading, as the parse reads it): GA resolution 71/177 (real-i-083); CTOC/COP resolution (real-d-031)
    (
        RULES,
        "Underlines that children, including adolescents, should not be subject to arbitrary arrest or detention based "
        "solely on their migration status;",
        None,
        "none",
        "none",
    ),
    (
        RULES,
        "Be transparent, efficient, non-intrusive, inclusive and impartial;",
        "Underlines that any such review mechanism should:",
        "none",
        "none",
    ),
    # near miss: a transparent opening verb reports the request (data/gold/README.md "Recommends that ... should")
    (BOTH, "Recommends that States parties should ensure the protection of victims;", None, "should", "states_parties"),
    # -- a request before every cue of its sentence holds them in its complement (rule reading)
    # GRETA, second evaluation report on Lithuania (real-j-080)
    (
        BOTH,
        "The report also calls on the authorities to strengthen their efforts to protect children from falling victim "
        "to traffickers, which should include steps to prevent the disappearance of unaccompanied foreign children from "
        "state care.",
        None,
        "should",
        "member_states",
    ),
    # ECOWAS, Initial Plan of Action against Trafficking in Persons (real-j-142)
    (
        BOTH,
        "The experts urged Member States to collaborate with NGOs and representatives of civil society to protect the "
        "victims while public awareness campaigns aimed at potential victims should be developed and implemented "
        "through traditional channels of information and the media.",
        None,
        "should",
        "member_states",
    ),
    # -- "calls for" after a speaker requests; after a thing it is that thing's verb
    # GRETA, second evaluation report on Finland, press release (real-j-149)
    (
        BOTH,
        "GRETA welcomes the opening of a shelter specialised in assisting female victims of trafficking and their "
        "children, but calls for more such specialised shelters, including for male victims of trafficking.",
        None,
        "should",
        "none",
    ),
    # AU Commission and ECOWAS, joint programme on the Ouagadougou Action Plan (real-j-066)
    (
        BOTH,
        "At the continental and regional levels, they called for strategic partnership and cooperation arrangements "
        "among countries of origin, transit and destination in Africa.",
        None,
        "should",
        "none",
    ),
    # near miss: a thing's verb (the wording sentence_start_only in modals.yaml is written for)
    (
        BOTH,
        "It was recognized that the fulfilment by the developing countries of their obligations, calls for technical "
        "and financial assistance.",
        None,
        "none",
        "none",
    ),
    # -- a heading "To <actor>:" requests its list of that actor; a short title leaves the items their own reading
    # SR on migrants, regional study on the management of the external borders of the EU, A/HRC/23/46 (real-i-099,
    # real-i-091, real-i-103)
    (
        BOTH,
        "Ensure the effective implementation of the Fundamental Rights Strategy and Action Plan.",
        "To Frontex:",
        "should",
        "regional_orgs",
    ),
    (
        BOTH,
        "Actively initiate infringement procedures against member States which do not correctly implement European "
        "Union legislation with regard to the rights of migrants.",
        "To the European Commission:",
        "should",
        "regional_orgs",
    ),
    (
        BOTH,
        "Further implement a human rights-based approach to migration and border management.",
        "General recommendations:",
        "should",
        "member_states",
    ),
    # near miss: a longer statement as lead-in still requests nothing (UNHCR ExCom Conclusion No. 105, real-e-069)
    (
        BOTH,
        "establish mechanisms, based on an analysis of the risk factors outlined above, to identify individual women and "
        "girls at risk;",
        "Ensuring early identification and immediate response involves partnerships and actions to:",
        "none",
        "none",
    ),
    # -- a quotation that is the whole sentence is the recommendation itself
    # GRETA, third evaluation report on Iceland, press release (real-j-140)
    (
        BOTH,
        "“The authorities should pay increased attention to the identification of victims of trafficking among asylum "
        "seekers and ensure that victims are not forcibly returned to countries where they risk being re-trafficked.”",
        None,
        "should",
        "member_states",
    ),
    # GRETA, first evaluation report on Malta (real-j-091)
    (
        BOTH,
        '"GRETA considers that the knowledge and sensitivity of judges, prosecutors, police investigators and lawyers '
        'on trafficking and the rights of victims of trafficking should be improved."',
        None,
        "should",
        "none",
    ),
    # near miss: a quotation inside the sentence stays reported (constructed from the GRETA press releases' form)
    (
        BOTH,
        "The report quotes the minister: “the authorities should do more”, and notes the progress made.",
        None,
        "none",
        "none",
    ),
    # -- an item with its own subject completes a lead-in's that-clause: its subject is the addressee
    # SR on migrants, report on the impact of trade agreements, A/HRC/32/40 (real-i-027, real-i-028); one document
    (
        BOTH,
        "States protect the rights of migrant workers to unionize and engage with trade unions and migrants’ "
        "associations in the development of institutional frameworks relating to trade;",
        "To address the direct impact of international trade on the human right of migrants, the Special Rapporteur "
        "recommends that:",
        "should",
        "member_states",
    ),
    # the same with coordinated subjects and a consider-type verb (the phrasing class REAL_SOURCES_I.md lists)
    (
        BOTH,
        "States and international organizations consider establishing a fund for the return of migrants;",
        "The Special Rapporteur recommends that:",
        "should_consider",
        "member_states",
    ),
    # near miss: an item with its own passive modal keeps its reading
    (BOTH, "Migrant children should be protected from detention.", "The Special Rapporteur recommends that:", "should", "none"),
    # -- a duty stated of a thing binds the actor the lead-in's earlier sentence addressed
    # ICRMW, article 65(1) (real-e-100)
    (
        BOTH,
        "The formulation and implementation of policies regarding such migration;",
        "States Parties shall maintain appropriate services to deal with questions concerning international migration "
        "of workers and members of their families. Their functions shall include, inter alia:",
        "mandatory",
        "states_parties",
    ),
    # Council of Europe Convention on Action against Trafficking in Human Beings, article 12(1) (real-d-041)
    (
        BOTH,
        "access to emergency medical treatment;",
        "Each Party shall adopt such legislative or other measures as may be necessary to assist victims in their "
        "physical, psychological and social recovery. Such assistance shall include at least:",
        "mandatory",
        "states_parties",
    ),
]


@pytest.mark.parametrize(
    ("mode", "text", "context", "modality", "addressee"),
    [(mode, *case) for modes, *case in CASES for mode in modes],
)
def test_round9_constructions(mode, text, context, modality, addressee):
    assert_row_request(mode, text, (modality, addressee), context)
