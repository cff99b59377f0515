"""Modality and addressee, round 17: real text of gold parts M and N (``real-m-*``, ``real-n-*`` of
``data/gold/real_dev.jsonl``) and of the earlier gold parts that read the same kinds.

Four kinds, each seen in two documents or more: "be to" + an active verb binds its actor subject ("Member States are
to ensure"); "need to" + an active verb asks its actor subject, and "needed to be" + a passive asks no one named, as
"needs to be" did (part M reads these `should` in 5 of its 6 active records); rule-only mode missed "calls for" after
an adverb or a body's title-case name; a third-person undertaking of the States' representatives ("The leaders agreed
to strengthen ...") binds the Member States as "we agree to" does. Each case cites its source; the near misses are
real text read as before.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes


@in_both_modes(
    ("text", "modality", "addressee"),
    [
        # real-n-126: EU Council Framework Decision 2002/629/JHA, as summarised by the European Migration Network
        (
            "Member States are to ensure that the criminal offences established are punishable by effective, "
            "proportionate and dissuasive criminal penalties that may entail extradition.",
            "mandatory",
            "member_states",
        ),
        # real-n-135: Council of Europe press release on the Lanzarote Committee's second monitoring round (2017)
        (
            "All States Parties are to reply to a Questionnaire on what is being done to raise awareness of the risks "
            "children face when they take sexually explicit images or videos of themselves.",
            "mandatory",
            "states_parties",
        ),
        # near miss, real-m-153 (UNIS/CP/1167, UNCAC Conference of the States Parties): a condition, no one bound
        (
            "If we are to fulfil the 2030 Agenda – and achieve peaceful and inclusive societies – it is therefore "
            "imperative that we proactively prevent and combat corruption, in all its forms and manifestations, called "
            "for in the UN Convention Against Corruption and other relevant instruments.",
            "none",
            "none",
        ),
    ],
)
def test_be_to_with_an_active_verb_binds_its_actor(mode, text, modality, addressee):
    assert_row_request(mode, text, (modality, addressee))


@in_both_modes(
    ("text", "modality", "addressee"),
    [
        # real-m-058: UN Geneva meeting summary, Human Rights Council dialogue with the Special Rapporteur on trafficking
        ("States needed to step up efforts to create legal pathways for migrants.", "should", "member_states"),
        # real-m-059: the same summary, the passive
        (
            "More needed to be done to ensure that screening protocols that respected human rights were in place.",
            "should",
            "none",
        ),
        # real-m-057: the same summary
        (
            "States needed to strengthen action to prevent trafficking in persons by expanding access to safe, regular "
            "migration pathways and to strengthen refugee protection and access to asylum to reduce the risks arising "
            "from dangerous journeys by sea.",
            "should",
            "member_states",
        ),
        # near miss, real-m-022 (UNAIDS Programme Coordinating Board, decision 8.2, 2015): a need recognized, a noun
        (
            "Recognizes the need to strengthen action to address transmission of HIV among people who use drugs, by "
            "adopting and implementing comprehensive drug policies that are based on evidence and respect for human "
            "rights;",
            "none",
            "none",
        ),
        # near miss, real-h-070 (Council of Europe press release on GRETA's report on Montenegro, 2012): reported
        (
            "The report stresses that more needs to be done to make sure that the overall anti-trafficking approach is "
            "focused on the victims of trafficking and their human rights.",
            "none",
            "none",
        ),
    ],
)
def test_a_need_as_the_sentences_own_verb_asks(mode, text, modality, addressee):
    assert_row_request(mode, text, (modality, addressee))


@in_both_modes(
    ("text", "modality", "addressee"),
    [
        # real-n-070: GRETA's second report on the United Kingdom (2016), as summarised by RENATE
        (
            "It also calls for extending adequate support and assistance to victims of trafficking, beyond the period "
            "of 45 days currently provided for, to facilitate their recovery and guarantee their protection.",
            "should",
            "none",
        ),
        # real-n-132: Lanzarote Committee, declaration on emerging technologies
        (
            "The Lanzarote Committee calls for States to ensure that child victims of sexual abuse facilitated by "
            "emerging technologies can access victim support services, and to strengthen the accountability for those "
            "that benefit from the misuse of these technologies.",
            "should",
            "member_states",
        ),
        # real-m-188: the Secretary-General's message for the International Day for the Abolition of Slavery (2020)
        (
            "I also call for support to identify, protect and empower victims and survivors, including by contributing "
            "to the United Nations Voluntary Trust Fund on Contemporary Forms of Slavery.",
            "should",
            "none",
        ),
        # near miss, General Assembly resolution 3146 (XXVIII), para. 4: a thing's "calls for" under a statement
        (
            "Reaffirms its declaration in resolution 3012(XXVII) of 18 December 1972 that the fulfillment by the "
            "developing countries of their obligations under the Single Convention on Narcotic Drugs, 1961, calls for "
            "technical and financial assistance from the international community;",
            "none",
            "none",
        ),
    ],
)
def test_a_speakers_call_past_an_adverb_or_a_name(mode, text, modality, addressee):
    assert_row_request(mode, text, (modality, addressee))


@in_both_modes(
    ("text", "modality", "addressee"),
    [
        # real-n-050: ASEAN Leaders' Declaration on trafficking caused by the abuse of technology (2023), as reported
        (
            "The leaders agreed to strengthen cooperation and coordination against the evil through various regional "
            "mechanisms and ASEAN initiatives; using technology tools; sharing best practices and lessons learned; "
            "exchanging information; conducting joint coordinated exercises and operations; as well as joint "
            "investigations related to TIP.",
            "mandatory",
            "member_states",
        ),
        # real-n-140: first meeting of the SAARC Regional Task Force (2007), as reported
        (
            "The delegations agreed to consider developing uniform toll-free numbers, wherever applicable, to assist "
            "victims in the region.",
            "should_consider",
            "member_states",
        ),
        # real-f-097: Bali Process Ad Hoc Group Senior Officials Meeting, Co-Chairs' Statement (2014), para. 3
        (
            "The meeting acknowledged the work being progressed under the auspices of the Special Conference on "
            "Irregular Movement of Persons, hosted by Indonesia in August 2013. Members agreed to pursue, through Bali "
            "Process activities, further collaboration under the four pillars of the Jakarta Declaration- prevention, "
            "early detection, protection and prosecution- to address irregular movement of persons.",
            "mandatory",
            "member_states",
        ),
        # near miss, Committee against Torture, general comment No. 4 (2017), para. 1: a body's own decision
        (
            "On the basis of its experience in considering individual communications under article 22 of the "
            "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment, the Committee "
            "against Torture, at its fifty-fifth to fifty-eighth sessions, in 2015 and 2016, discussed and agreed to "
            "revise its general comment No. 1 (1997).",
            "none",
            "none",
        ),
        # near miss, PACE Doc. 10719 (2005), para. 3 (probe 8): agreed to a thing, no undertaking to act
        (
            "The Declaration adopted by the Forum agreed to new joint parliamentary initiatives being launched with a "
            "view to improve and harmonise policies dealing with the situation of migrants and the management of "
            "migration in the Euro-Asian region.",
            "none",
            "none",
        ),
    ],
)
def test_the_representatives_reported_undertaking_binds_the_states(mode, text, modality, addressee):
    assert_row_request(mode, text, (modality, addressee))
