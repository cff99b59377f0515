"""Actors, round 13: real text of probe 9 (``data/probe/probe9_modality.jsonl``, documents no gold file or earlier
probe holds).

"Secretariat" named UNODC wherever it stood, so the secretariats of other processes became UNODC: "the Initiative
Secretariat" of the AU-Horn of Africa Initiative, "the Permanent Secretariat" of the Atlantic African States Process
(and, in probe 7, national human rights institutions' "secretariats"). Only "the Secretariat" is the Conference's.
"The Commission" of a Council of the EU paper that names the Union only through its agencies (Europol, EMPACT) was
read as a UN commission (round 12 left the kind in an EU text with no marker); the Union's agencies now mark an EU
text (TAXONOMY section 5: EU institutions are regional organizations). Near misses stay as they are.
"""

from __future__ import annotations

from tests.modality_support import actor_ids, both_modes, in_both_modes
from tests.tag_support import tag_in_mode


@in_both_modes(
    "text",
    [
        # p9-auhoai-2: IOM Ethiopia news on the AU-Horn of Africa Initiative's second ministerial meeting
        "IOM – which with UNHCR and the African Union Commission forms the Initiative Secretariat – was mandated to "
        "follow up on implementation of decisions taken at the conference.",
        # p9-aasp-4: Atlantic African States Process, Rabat Declaration II (2023), para. 4
        "The Ministers welcomed the participatory and inclusive nature of the consultation process on the Action "
        "Program, under the coordination of the Permanent Secretariat, and also praised the commitment of the Focal "
        "Points to this consultation process, including at their meetings held in Rabat on 07 and 08 March 2023 and on "
        "11 July 2023.",
    ],
)
def test_another_bodys_secretariat_is_not_unodc(mode, text):
    assert "unodc" not in actor_ids(tag_in_mode(mode, text))


@both_modes
def test_the_secretariat_of_the_conference_is_unodc(mode):
    # near miss, CTOC/COP working-group style: "the Secretariat" right after "the" is UNODC (dev2 d2-093 reads
    # "requests the secretariat to")
    text = "The Working Group requests the Secretariat to continue collecting information on promising practices."
    assert "unodc" in actor_ids(tag_in_mode(mode, text))


@both_modes
def test_the_commission_of_a_text_naming_eu_agencies_is_the_european_commission(mode):
    # p9-eudata-5: Polish Presidency paper to the Council of the EU on access to data for law enforcement (2025),
    # as reported by Statewatch
    text = (
        "The Commission and Member States should consider raising awareness about possible solutions facilitating "
        "lawful access to data and devising cross-cutting initiatives under EMPACT (European Multidisciplinary "
        "Platform Against Criminal Threats)"
    )
    doc = tag_in_mode(mode, text)
    assert actor_ids(doc) == {"regional_orgs", "member_states"}
    if mode == "parsed":
        assert (doc._.modality, doc._.addressee) == ("should_consider", "regional_orgs")


@both_modes
def test_the_commission_of_a_crime_commission_text_stays_a_un_body(mode):
    # near miss: a UN text without the Union's names keeps its "the Commission" (the CCPCJ); real_dev's
    # "We invite the Commission on Crime Prevention and Criminal Justice to consider ..." reads so
    text = (
        "Requests the United Nations Office on Drugs and Crime to report to the Commission, at its next session, on "
        "the implementation of the present resolution."
    )
    assert "regional_orgs" not in actor_ids(tag_in_mode(mode, text))
