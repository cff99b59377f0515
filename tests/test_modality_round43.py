"""Modality and addressee, round 43: an item with a subject of its own, and an organ's dated plan.

A sub-item whose modal follows a subject of its own ("The European Cybercrime Training and Education Group (ECTEG),
supported by ... (CEPOL), should put in place ...") asks that subject, not its lead-in's addressee ("the Polish
Presidency proposed that states should implement the following"): a subject outside the actor vocabulary gives no
addressee, as the gold reads a subject it does not list. An actor's "will" is an undertaking (`actor_auxiliaries`), but
a non-State actor's "will" in a sentence dated to a near time ("Over the next year, the Secretariat will collect ...",
"IOM ... will host a two-day workshop ... this week") announces a plan: none (`actor_auxiliary_schedules`). Near misses:
"IOM will continue to advocate ..." (real-l-187, an undated pledge) binds; items naming a listed actor or opening with
their own "Member States should" keep their reading.
"""

from __future__ import annotations

import pytest

from tests.modality_support import assert_row_request, in_both_modes

# Statewatch, June 2025, on a Polish Presidency paper to the Council of the EU on access to data for effective law
# enforcement (https://www.statewatch.org/news/2025/june/document-access-to-data-for-effective-law-enforcement/, probe 9)
EUDATA_LEAD_IN = (
    "In the document (pdf), the Polish Presidency proposed that states should implement the following as soon as possible:"
)


@in_both_modes(
    ("text", "context", "expected"),
    [
        # p9-eudata-3: should / member_states before, both modes (the lead-in's States handed to ECTEG's item)
        (
            "The European Cybercrime Training and Education Group (ECTEG), supported by the European Union Agency for "
            "Law Enforcement Training (CEPOL), should put in place an EU certification scheme and additional training "
            "opportunities for digital forensics experts",
            EUDATA_LEAD_IN,
            ("should", "none"),
        ),
        # near miss, p9-eudata-2: a listed subject of its own, should / europol before and after
        (
            "Europol and Eurojust should set up a joint project to facilitate the sharing of knowledge and expertise in "
            "digital forensics",
            EUDATA_LEAD_IN,
            ("should", "europol"),
        ),
        # near miss, p9-eudata-1: should_consider / member_states before and after
        (
            "Member States should consider sharing available digital forensics tools, e.g. software licences, with the "
            "law enforcement authorities of other Member States through the Europol Innovation Lab’s Europol Tool "
            "Repository (ETR)",
            EUDATA_LEAD_IN,
            ("should_consider", "member_states"),
        ),
        # UNIS/CP/497, COP to UNTOC, first session, 2004 (http://unis.unvienna.org/unis/en/pressrels/2004/uniscp497.html,
        # real-v-021): mandatory / unodc before, both modes
        (
            "Over the next year, the Secretariat will collect information from States Parties and signatories using the "
            "questionnaire and submit an analytical report based on the responses to the questionnaire to the second "
            "session.",
            None,
            ("none", "none"),
        ),
        # UN Environment Assembly, CPR-based review (https://environmentassembly.unenvironment.org/cpr-based-review,
        # p34-unep-1): mandatory / unodc before, both modes
        (
            "On the basis of the inputs received, the Secretariat will present a revised proposal of the draft Terms of "
            "Reference based on the guidance provided for consideration by the Committee at a later stage in the process.",
            None,
            ("none", "none"),
        ),
        # near miss: IOM's pledge on the UN Network on Migration pledging platform (https://migrationnetwork.un.org/
        # pledge/prevent-further-loss-life-migrants-and-support-families-left-behind, real-l-187): mandatory / iom
        # before and after
        (
            "IOM will continue to advocate for safe and regular migration pathways with the aim of preventing migrant "
            "deaths or migrants going missing, including supporting the strengthening and replication of good practices "
            "among States where possible.",
            None,
            ("mandatory", "iom"),
        ),
    ],
)
def test_own_subject_and_dated_plan(mode: str, text: str, context: str | None, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, context=context, expected=expected)


@pytest.mark.parametrize(
    "text",
    [
        # IOM news, 2011 (https://www.iom.int/news/iom-cambodia-host-counter-smuggling-workshop, p34-iomkh-1):
        # mandatory / iom before (rule-only mode read none before: its actor is not right before "will")
        "IOM, in cooperation with the Cambodian Ministry of Interior, will host a two-day workshop aimed at enhancing the "
        "South East Asian nation's capacity to combat migrant smuggling this week.",
        # IOM news, 2013 (https://iom.int/news/francophone-police-immigration-officials-west-and-central-africa-meet-
        # combat-people-smuggling, p34-iomsn-1): mandatory / law_enforcement before
        "Senior law enforcement officials from 13 francophone countries in West and Central Africa will meet on Monday "
        "(18/3/13) in Dakar, Senegal, to share best practices on effective responses to migrant smuggling and measures "
        "to protect vulnerable migrants.",
    ],
)
def test_dated_plan_parsed(text: str) -> None:
    assert_row_request("parsed", text, expected=("none", "none"))
