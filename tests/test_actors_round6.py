"""Actors in the round-6 real sources (issue 13 point 3): offenders' groups and the officials they corrupt, the
prosecution services, displaced and vulnerable persons, treaty bodies; a treaty body's name is no actor."""

from __future__ import annotations

from tests.modality_support import assert_row_actors, in_both_modes


@in_both_modes(
    ("text", "present", "absent"),
    [
        # PACE Resolution 2089 (2016), para. 2
        (
            "Furthermore, a wide range of ancillary illegal activities is connected to migrant smuggling, including "
            "document fraud and corruption of border and coast guards. Migrant smuggling groups may also relatedly "
            "engage in trafficking of human beings, drug trafficking and money laundering.",
            {"law_enforcement", "organized_criminal_groups"},
            set(),
        ),
        # ECOWAS Declaration on the Fight against Trafficking in Persons (2001), commitment 11
        (
            "Create specialized anti-trafficking units within law enforcement agencies and within the prosecutorial "
            "services, with a special view to fight the involvement of organized criminal groups;",
            {"prosecutors", "law_enforcement"},
            set(),
        ),
        # S/RES/2388 (2017), para. 16
        (
            "Encourages Member States, in particular transit and destination States receiving persons forcibly "
            "displaced by armed conflict, to develop and use early warning and early-screening frameworks to detect "
            "victims and persons vulnerable to trafficking;",
            {"vulnerable_populations", "member_states", "victims"},
            set(),
        ),
        # UNCAC COSP resolution 1/1, para. 2: the Conference is a body, not its States parties
        (
            "Decides to establish, within existing resources, an open-ended intergovernmental expert working group to "
            "make recommendations to the Conference of the States Parties at its second session on the appropriate "
            "mechanisms for reviewing the implementation of the Convention;",
            set(),
            {"states_parties"},
        ),
        # A/HRC/11/7, para. 127: treaty bodies are United Nations entities
        (
            "The Special Rapporteur encourages special procedures and treaty bodies, especially the Committee on the "
            "Protection of the Rights of All Migrant Workers and Members of Their Families to continue to pay special "
            "attention to the rights of migrant children.",
            {"un_entities"},
            set(),
        ),
        # UNHCR ExCom conclusion: "the refugee problem" names a situation, not refugees
        (
            "Welcomes the accession of Ukraine and Timor-Leste to the 1951 Convention relating to the Status of "
            "Refugees; and in view of the global character of the refugee problem, urges States which are not yet "
            "parties to consider acceding;",
            {"member_states"},
            {"vulnerable_populations"},
        ),
    ],
)
def test_round6_actors(mode: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_row_actors(mode, text, present, absent)
