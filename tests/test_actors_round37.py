"""Actors, round 37: the State's government and ministries by their common names; the Commission of a text that names
another commission.

A State's organ is the State (round 33; TAXONOMY section 2): a lower-case "the government" as the head of its phrase and
a capitalized "Ministry" named as a body are `member_states`, as the gold reads "the government of their country of
origin" (real-k-057); "the government officials concerned" (real-g-035), a bare "government" in a list of kinds
(real-m-142) and "all ministries and agencies" (constructed-040) name no government. "The Commission" of a text that names a national human
rights commission is that commission, a national institution with no id of its own: no mention (the UN's former
"Commission on Human Rights" is no such marker). The African Union's human rights commission asked to act is a regional
organization's organ (`regional_orgs`, real-u-007).
"""

from __future__ import annotations

from tests.modality_support import assert_row_actors, assert_row_request, in_both_modes

# African Union, statement of the Chairperson of the African Union Commission on the auctioning of African migrants in
# Libya, 20 November 2017, as published by allAfrica, http://allafrica.com/stories/201711200805.html (real-u-007, gold
# member_states, regional_orgs): regional_orgs missing before
AFRICAN_COMMISSION = (
    "In this regard, he requests the African Commission on Human and Peoples' Rights to urgently launch an "
    "investigation in support of the measures announced by the Libyan authorities and to submit its conclusions as "
    "soon as possible to ensure timely follow-up and action."
)

# Executive Committee of the High Commissioner's Programme (UNHCR), Conclusion No. 18 (XXXI) on Voluntary Repatriation,
# 1980, paragraph (d) (real-k-057, gold member_states, un_entities, vulnerable_populations): member_states missing before
GOVERNMENT_OF_ORIGIN = (
    "Considered that when refugees express the wish to repatriate, both the government of their country of origin and "
    "the government of their country of asylum should, within the framework of their national legislation and, "
    "whenever necessary, in co-operation with UNHCR take all requisite steps to assist them to do so;"
)


@in_both_modes(
    ("text", "present", "absent"),
    [
        (AFRICAN_COMMISSION, {"regional_orgs", "member_states"}, set()),
        (GOVERNMENT_OF_ORIGIN, {"member_states", "un_entities", "vulnerable_populations"}, set()),
    ],
)
def test_dev_records(mode: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_row_actors(mode, text, present, absent)


@in_both_modes(
    ("text", "present", "absent"),
    [
        # Dayak Daily, "Suhakam urges govt to form RCI on human trafficking", 5 July 2021,
        # https://dayakdaily.com/suhakam-urges-govt-to-form-rci-on-human-trafficking-following-downgrade-to-tier-3-in-us-tip-report
        # (probe 31, p31-suhrci-2)
        (
            "“For long term measures to be successful, the government is encouraged to have discussions with the "
            "relevant stakeholders including non-governmental organisations (NGOs),” it said.",
            {"member_states", "civil_society"},
            set(),
        ),
        # The Himalayan Times, "NHRC report on human trafficking", https://thehimalayantimes.com/nepal/nhrc-report-on-human-trafficking
        # (p31-nhrcnp1-2)
        (
            "It has also suggested the government to appoint labour attache and strengthen the capacity of Nepali "
            "embassies and diplomatic missions abroad to facilitate the repatriation of culprits.",
            {"member_states"},
            set(),
        ),
        # Success Afrika, "Government deregisters 400 recruitment agencies ...",
        # https://successafrika.com/articles/government-deregisters-400-recruitment-agencies-in-a-bid-to-curb-trafficking-in-persons
        # (p31-successaf-1)
        (
            "She called upon Kenyans who require to migrate for labour to ensure they deal only with the agencies that "
            "are duly registered with the Ministry of Labour and Social Protection through the National employment "
            "authority.",
            {"member_states"},
            set(),
        ),
        # The Himalayan Times, "Implement NHRC's recommendations, MoFAGA tells local bodies",
        # https://thehimalayantimes.com/kathmandu/implement-nhrcs-recommendations-mofaga-tells-local-bodies/ (p31-nhrcnp2-3)
        (
            "The Ministry of Federal Affairs and General Administration today issued a circular to all local levels, "
            "directing them to implement the recommendations of the National Human Rights Commission regarding control "
            "and prevention of human trafficking.",
            {"member_states"},
            {"un_entities"},
        ),
        # New Indian Express, "NHRC in its 12th advisory asks states to implement measures to stop human trafficking",
        # 11 December 2020, https://www.newindianexpress.com/nation/2020/dec/11/nhrc-in-its-12th-advisory-asks-states-to-implement-measures-to-stop-human-trafficking-2234996.html
        # (p31-nhrcnie-3): "the Commission" is the NHRC, no UN entity
        (
            '"The advisory on human trafficking has been sent to Union Ministries and all States/UTs for implementation '
            "and submitting the action reports. This is the 12th advisory in the series of advisories issued by the "
            'Commission in context of the COVID-19 pandemic," said NHRC in a statement.',
            {"member_states"},
            {"un_entities"},
        ),
    ],
)
def test_probe_31(mode: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_row_actors(mode, text, present, absent)


# the lead-in of Recommendation No. 190, paragraph 15 (real-g-035's context)
LEAD_IN_190 = (
    "Other measures aimed at the prohibition and elimination of the worst forms of child labour might include the following:"
)


@in_both_modes(
    ("text", "context", "present", "absent"),
    [
        # near miss: "government" modifying "officials" names no government (International Labour Conference,
        # Recommendation No. 190, 1999, paragraph 15 (c), under its lead-in; real-g-035, gold law_enforcement)
        (
            "providing appropriate training for the government officials concerned, especially inspectors and law "
            "enforcement officials, and for other relevant professionals;",
            LEAD_IN_190,
            {"law_enforcement"},
            {"member_states"},
        ),
        # near miss: lower-case "ministries" stay unlisted (constructed-040, gold states_parties only)
        (
            "States parties may wish to consider appointing a national coordinator to oversee the work of all "
            "ministries and agencies involved in combating trafficking in persons.",
            None,
            {"states_parties"},
            {"member_states"},
        ),
        # near miss: the UN's former Commission on Human Rights is no national commission: its "the Commission" stays a
        # UN entity (General Assembly resolution 53/128, 1998, para. 3; real_probe ga-53-128-1998-op3)
        (
            "Supports the work of the open-ended inter-sessional working group of the Commission on Human Rights on the "
            "elaboration of a draft optional protocol to the Convention on the Rights of the Child related to the sale "
            "of children, child prostitution and child pornography, and expresses the hope that it will make further "
            "progress prior to the fifty-fifth session of the Commission with a view to finalizing that work before the "
            "tenth anniversary of the Convention on the Rights of the Child;",
            None,
            {"un_entities"},
            set(),
        ),
        # near miss: the European Commission of an EU page stays the regional organization's (European Commission,
        # Migration and Home Affairs, "An EU coordinated response to Trafficking in Human Beings"; p31-echome-1)
        (
            "As combatting trafficking in human beings needs the engagement of all, the Commission will work closely "
            "with all partners, including the EU agencies, Member States and civil society, to maximise the impact of "
            "these four areas of actions.",
            None,
            {"regional_orgs", "member_states", "civil_society"},
            {"un_entities"},
        ),
    ],
)
def test_near_misses(mode: str, text: str, context: str | None, present: set[str], absent: set[str]) -> None:
    assert_row_actors(mode, text, present, absent, context)


# near miss: a bare "government" in a list of kinds names no government and is no addressee (UNIS/SGSM/844, the
# Secretary-General's message to the seventh session of the UNCAC Conference, 2017, paragraph 11; real-m-142, gold
# mandatory, addressee none)
KINDS_OF_LEADERS = (
    "Global leaders of all kinds - government, corporate, religious, cultural - must lead by example and prove "
    "themselves trustworthy, to restore people's faith in their own institutions and governments."
)


@in_both_modes(("text",), [(KINDS_OF_LEADERS,)])
def test_kind_of_leader_asks_no_government(mode: str, text: str) -> None:
    assert_row_request(mode, text, ("mandatory", "none"))
