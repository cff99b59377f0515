"""Theme round 23 (issue 13, vocabulary 1.18.0): a treaty article that bans a conduct or has it punished asks for law.

"Organ and tissue trafficking shall be prohibited", "shall provide for punishment of any person who ...": the article
itself is the prohibition the Parties must put in their law, so the asked action lies in legislation_criminalization
(TAXONOMY section 5). No cue matched these words before, so the label hung on the model alone and was missed under
cross-validation. Only the binding "shall" is a cue: "can be prohibited", "may be punished" describe what a law allows;
the figures are in data/gold/README.md, round 23.
"""

from __future__ import annotations

from tests.tag_support import assembled, in_both_modes, rule_only_assembled, tag


def _themes(mode: str, text: str) -> list[str]:
    """The themes the assembled tagger (parsed or rule-only, no trained theme model) gives ``text`` from its cues."""
    return tag(assembled() if mode == "parsed" else rule_only_assembled(), text)._.themes


FIXED = [
    # real-w-023: Council of Europe, Additional Protocol to the Convention on Human Rights and Biomedicine concerning
    # Transplantation of Organs and Tissues of Human Origin (ETS No. 186), article 22; gold legislation_criminalization
    "Organ and tissue trafficking shall be prohibited.",
    # real-s-053: International Convention for the Suppression of the Traffic in Women of Full Age (1933), article 2;
    # gold legislation_criminalization
    "The High Contracting Parties whose laws are at present inadequate to deal with the offences specified in the "
    "preceding Article agree to take the necessary steps to ensure that these offences shall be punished in accordance "
    "with their gravity.",
    # real-j-044: SAARC Convention on Preventing and Combating Trafficking in Women and Children for Prostitution
    # (2002), article III (2); gold legislation_criminalization
    "2. The State Parties to the Convention, in their respective territories, shall provide for punishment of any "
    "person who keeps, maintains or manages or knowingly finances or takes part in the financing of a place used for "
    "the purpose of trafficking and knowingly lets or rents a building or other place or any part thereof for the "
    "purpose of trafficking.",
]


@in_both_modes("text", FIXED, ids=["shall-be-prohibited", "shall-be-punished", "provide-for-punishment"])
def test_a_conduct_banned_or_punished_by_the_article_is_legislation(mode, text):
    assert "legislation_criminalization" in _themes(mode, text)


NEAR_MISSES = [
    # p16-pga21-2 (data/probe/probe16_modality.jsonl): Cadena Agramonte (Prensa Latina), 'UN calls for more support
    # for victims of human trafficking', November 2021: the victim's punishment negated is non-punishment (the longer
    # cue "not be punished" holds the words)
    "Through his official Twitter account, the highest representative of the United Nations stressed that survivors "
    "should not be punished for acts committed as a result of trafficking.",
    # p35l-ares65-228-2 (data/probe/probe35_legal.jsonl): A/RES/65/228, updated Model Strategies on violence against
    # women: "can be prohibited" says what a legal system allows, not a ban the article itself lays down
    "(ii) Individuals can be prohibited or restrained, within the framework of their national legal systems, from "
    "harassing, intimidating or threatening women;",
    # hrw-togo-p3 (data/probe/probe8_legal.jsonl): Human Rights Watch, Borderline Slavery: Child Trafficking in Togo
    # (2003), VIII. Legal protection: "may be punished" describes a penalty in force
    "Participants in organized trafficking rings may be punished more severely, with a prison term of ten to twenty "
    'years and a fine of between 10 and 100 million CFA (U.S.$15,000- $150,000).245 Article 462 governs "attempted '
    'trafficking," an offense punishable with five to ten years of imprisonment and a 1 to 10 million CFA fine.246',
    # real-f-083: FATF Recommendations, Interpretive Note to Recommendation 40, paragraph 2: a State asked not to
    # prohibit is asked for no law (a bare "prohibit" is no cue)
    "Countries should not prohibit or place unreasonable or unduly restrictive conditions on the provision of exchange "
    "of information or assistance.",
]


@in_both_modes("text", NEAR_MISSES, ids=["not-be-punished", "can-be-prohibited", "may-be-punished", "not-prohibit"])
def test_near_misses_get_no_legislation_label(mode, text):
    assert "legislation_criminalization" not in _themes(mode, text)
