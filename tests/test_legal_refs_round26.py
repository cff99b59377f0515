"""Legal references, round 26: two names of listed instruments in forms the aliases lacked (probe 18).

Probe 18 (``data/probe/probe18_legal.jsonl``) reads texts that name the listed instruments in short, misspelt and
possessive forms: "the Palermo Protocol", "the UN Trafficking Protocol", "the Organized Crime Convention", "UNCAC's",
"the Mérida Convention". The base read nearly all of them; two forms, each written in two documents, it missed:
- the Firearms Protocol's title without "of" after "Manufacturing": "the Protocol against the Illicit Manufacturing and
  Trafficking in Firearms, Their Parts and Components and Ammunition" (Legal Service India), "the Protocol against the
  Illicit Manufacturing and Trafficking in Firearms" (RESPECT's page on the Trafficking Protocol);
- UNCAC called the UN's "Anti-Corruption Convention": "Article 16 (1) of the UN Anti-Corruption Convention" (trans-lex);
  the UN's own headline writes "Anti-Corruption Convention at Merida Signing Conference". The alias asks for the UN's
  name: a bare "Anti-Corruption Convention" may be the African Union's, so the headline stays unread (a near miss).
The other near misses name other treaties in the same words: the Inter-American Convention against Corruption, the
OECD Convention, and the Inter-American firearms convention's "illicit manufacturing and trafficking in firearms".
"""

from __future__ import annotations

from tests.legal_support import probe_round_tests

NO_INSTRUMENT = None
PROBE = "probe18_legal.jsonl"
LSI = "https://legalserviceindia.com/Legal-Articles/the-palermo-protocol-the-global-charter-against-modern-slavery"
RESPECT = (
    "https://respect.international/the-protocol-to-prevent-suppress-and-punish-trafficking-in-persons-especially-women-and"
    "-children-un-trafficking-in-persons-protocol"
)
TRANS_LEX = "https://trans-lex.org/134200"
UNIS = "https://unis.unvienna.org/unis/en/pressrels/2003/cp457.html"
OAS = "http://www.oas.org/juridico/english/rexcor_back.htm"
ICC = "https://library.iccwbo.org/content/clp/BOOKS/BK_0008/BK_0008_03_Chapter02.htm?l1=Books&l2=Fighting+Corruption"
CIFTA = "https://asmp.fas.org/campaigns/smallarms/Cifta_ConciseGuide_DoS.htm"

LSI_TRIAD = (
    "The Palermo Protocol supplements the United Nations Convention against Transnational Organized Crime (UNTOC), forming"
    " part of a triad of protocols — alongside the Protocol against the Smuggling of Migrants by Land, Sea and Air and the"
    " Protocol against the Illicit Manufacturing and Trafficking in Firearms, Their Parts and Components and Ammunition."
)
RESPECT_TIP = (
    "The Protocol to Prevent, Suppress and Punish Trafficking in Persons, especially Women and Children (also referred to"
    " as the Trafficking Protocol or UN TIP Protocol) is a protocol to the Convention against Transnational Organised"
    " Crime. It is one of the three Palermo protocols, the others being the Protocol against the Smuggling of Migrants by"
    " Land, Sea and Air and the Protocol against the Illicit Manufacturing and Trafficking in Firearms."
)
TRANS_LEX_BRIBERY = (
    'For purposes of the defintion of "bribery", Article 16 (1) of the UN Anti-Corruption Convention is essentially'
    " identical to Article 1 (1) of the OECD Anti-Bribery Convention158 ."
)
UNIS_HEADLINE = "Momentum Builds for Anti-Corruption Convention at Merida Signing Conference"
OAS_ART_XV = (
    "Article XV of the Inter-American Convention against Corruption, signed in 1996, establishes the need for the broadest"
    " possible assistance between the States Parties for the identification, tracing, freezing, seizure and forfeiture of"
    " property or proceeds obtained, derived from, or used in the commission of acts of corruption."
)
ICC_SCOPE = (
    "UNCAC has 140 parties, including key players in international trade, such as China, Russia, India and Indonesia, in"
    " addition to the major OECD countries. UNCAC also has a much broader scope than the OECD Convention."
)
CIFTA_ART_IV = (
    'Article IV. - "Legislative Measures" States that have not done so are required to adopt necessary legislative or'
    " other measures to criminalize acts of illicit manufacturing and trafficking in firearms, ammunition, explosives, and"
    " other related materials, as those terms are defined in the Convention. The acts that must be criminalized include"
    " participation in, association or conspiracy to commit, attempts to commit, and aiding, abetting, facilitating, and"
    " counseling in committing illicit manufacturing and trafficking."
)
TRIAD = {"TIP_PROTOCOL", "SOM_PROTOCOL", "FIREARMS_PROTOCOL", "UNTOC"}
# (probe file, source, text, about_instrument, references)
FIXED = [
    (PROBE, LSI, LSI_TRIAD, NO_INSTRUMENT, TRIAD),
    (PROBE, LSI, LSI_TRIAD, "TIP_PROTOCOL", TRIAD),
    (PROBE, RESPECT, RESPECT_TIP, NO_INSTRUMENT, TRIAD),
    (PROBE, TRANS_LEX, TRANS_LEX_BRIBERY, NO_INSTRUMENT, {"UNCAC art. 16(1)"}),
    (PROBE, TRANS_LEX, TRANS_LEX_BRIBERY, "UNCAC", {"UNCAC art. 16(1)"}),
]
NEAR_MISSES = [
    (PROBE, UNIS, UNIS_HEADLINE, NO_INSTRUMENT, set()),
    (PROBE, OAS, OAS_ART_XV, NO_INSTRUMENT, set()),
    (PROBE, ICC, ICC_SCOPE, NO_INSTRUMENT, {"UNCAC"}),
    # read as a firearms text is read: its untied "the Convention" is the Inter-American one, and no name is read
    ("probe9_legal.jsonl", CIFTA, CIFTA_ART_IV, "FIREARMS_PROTOCOL", set()),
]

test_round26_fixed, test_round26_near_misses, test_round26_probe_holds_the_cases = probe_round_tests(FIXED, NEAR_MISSES)
