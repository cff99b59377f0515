"""Legal references, round 34: a short name in brackets after a provision's instrument (probes 50 and 16).

The World Bank's note on illicit enrichment writes "criminalized under Article 20 of the United Nations Convention
against Corruption (UNCAC)" and PCIJ "implementation” of Article 32 of the UN Convention against Corruption (UNCAC)":
the tagger read the provision and, from the bracket, the Convention a second time. The bracket gives the short name of
the instrument just named, one mention that TAXONOMY counts once (a provision implies its instrument), so a bracket right
after a provision's instrument holding only a name of that instrument (after "hereinafter" or "the" if written,
``instruments.yaml`` ``gloss_openers``) now belongs to the provision. A bracket saying something else ("(domestic and
foreign bribery ...)"), a name with its short name and no provision, and a provision with no bracket read as before.
"""

from __future__ import annotations

from tests.legal_support import probe_round_tests

PROBE = "probe50_legal.jsonl"
WORLD_BANK = "http://documents.worldbank.org/curated/en/624041468183550695/Illicit-enrichment"
PCIJ = "https://pcij.org/2024/04/24/top-5-anti-corruption-challenges-in-southeast-asia/"
NOVA = (
    "https://novarefugeelegalclinic.novalaw.unl.pt/?blog_post="
    "the-criminalisation-of-search-and-rescue-operations-an-international-law-perspective"
)
OECD_ADB = (
    "http://www.oecd.org/site/adboecdanti-corruptioninitiative/policyanalysis/"
    "criminalisationofbriberyoffencesundertheuncacinasiaandthepacific.htm"
)

ILLICIT_ENRICHMENT = (
    "Illicit enrichment is criminalized under Article 20 of the United Nations Convention against Corruption (UNCAC),"
    " which defines it as the significant increase in the assets of a public official that he or she cannot reasonably"
    " explain in relation to his or her lawful income."
)
REPORTING_PERSONS = (
    "In a report released in March, the UNODC noted that while many Southeast Asian countries have laws to ensure the"
    " protection of such individuals, the “comprehensive and complete implementation” of Article 32 of the UN Convention"
    " against Corruption (UNCAC) “has proved to be challenging.”"
)
NO_BRACKET = (
    "As a result, it is essential to analyse both the duty to render assistance at sea, stated at article 98 of the"
    " United Nations Convention on the Law of the Sea (UNCLOS) [3], and the definition of smuggling of migrants, under"
    " article 6 of the Protocol against the Smuggling of Migrants by Land, Sea and Air [4], to better understand where"
    " International Law positions itself."
)
OTHER_BRACKET = (
    "Drawing on the experience of the OECD Anti-Bribery Convention's monitoring mechanism, the review will focus on each"
    " member's implementation of Articles 15, 16 and 26 of UNCAC (domestic and foreign bribery by natural and legal"
    " persons)."
)
NAME_ONLY = (
    "The UN Convention against Corruption (UNCAC) and the OECD Convention on Combating Bribery of Foreign Public Officials"
    " in International Business Transactions require states parties to enact specific criminal offences on bribery."
)
# (probe file, source, text, about_instrument, references)
FIXED = [
    (PROBE, WORLD_BANK, ILLICIT_ENRICHMENT, "UNCAC", {"UNCAC art. 20"}),
    ("probe16_legal.jsonl", PCIJ, REPORTING_PERSONS, "UNCAC", {"UNCAC art. 32"}),
    ("probe16_legal.jsonl", PCIJ, REPORTING_PERSONS, None, {"UNCAC art. 32"}),
]
NEAR_MISSES = [
    (PROBE, NOVA, NO_BRACKET, "SOM_PROTOCOL", {"SOM_PROTOCOL art. 6"}),  # UNCLOS's short name: not the list's
    ("probe16_legal.jsonl", OECD_ADB, OTHER_BRACKET, "UNCAC", {"UNCAC art. 15", "UNCAC art. 16", "UNCAC art. 26"}),
    ("probe16_legal.jsonl", OECD_ADB, NAME_ONLY, "UNCAC", {"UNCAC"}),  # no provision: the name is the reference
]

test_round34_fixed, test_round34_near_misses, test_round34_probe_holds_the_cases = probe_round_tests(FIXED, NEAR_MISSES)
