"""Legal references, round 31: a State's own law named by its title or topic after a frame (probe 41).

US TIP Report narratives and recommendations, a UK review and an ILO committee name the law a prosecution or a right
rests on by its title: "convicted 10 traffickers under the 2005 anti-trafficking law", "prosecuted trafficking cases
under the Children’s Act", "the new offences prosecuted under the Act", "under its anti-trafficking legislation", "his
or her rights and responsibilities under the Labour Code". After a frame that is the law in force (`domestic_law`, as
real-x-041 "punish traffickers under the anti-trafficking law" is labelled). A provision of a code ("under Article
2:239 of the penal code", as real-g-048's "under section 27 of the Labour Code"), the law without a frame ("enforcement
of its ... legislation", "included in the criminal code"), international law, the rule of law and a code of conduct
stay no reference.
"""

from __future__ import annotations

from tests.legal_support import probe_round_tests

NO_INSTRUMENT = None
PROBE = "probe41_legal.jsonl"
GHANA21 = "https://preview.state.gov/reports/2021-trafficking-in-persons-report/ghana__trashed/"
GHANA23 = "https://www.amicidilazzaro.it/en/trafficking-and-exploitation/prosecution-of-human-trafficking-in-ghana-tip-2023/"
MSA_REVIEW = (
    "https://gov.uk/government/publications/independent-review-of-the-modern-slavery-act-final-report/"
    "independent-review-of-the-modern-slavery-act-final-report-accessible-version"
)
DIKI = "https://diki.de/slownik-angielskiego?q=anti-trafficking+legislation"
ILO_C97 = (
    "http://ilo.ch/dyn/normlex/de/f?p=NORMLEXPUB%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID"
    "%3A3780474%2C103647%3ANO"
)
EL_SALVADOR = "https://www.state.gov/reports/2018-trafficking-in-persons-report/el-salvador/"
ST_MAARTEN = "https://www.state.gov/reports/2020-trafficking-in-persons-report/st-maarten/"
ENDVAW = "https://endvawnow.org/en/articles/568-restitution.html"
TIP17 = "https://www.state.gov/j/tip/rls/tiprpt/2017/271108.htm"
BRAINSCAPE = "https://brainscape.com/flashcards/maritime-migrant-smuggling-15984123/packs/22076253"
A68_317 = "https://adattar.minorityforum.info/en/entity/xnke612q57e/metadata?file=15741603974982bbh7hd6hr6.pdf&page=21"

CHILDRENS_ACT = (
    "Additionally, the government prosecuted four defendants for exploitative child labor using the Children’s Act of"
    " 1998, compared with five in 2019; in some cases, the government prosecuted trafficking cases under the Children’s"
    " Act when there was insufficient evidence of trafficking."
)
YEAR_LAW = (
    "Courts convicted 10 traffickers under the 2005 anti-trafficking law, including three sex traffickers, five labor"
    " traffickers, and two traffickers for unspecified forms of trafficking, and sentenced them to between three and 10"
    " years’ imprisonment."
)
TWO_LAWS = (
    "In some cases, the government prosecuted alleged traffickers under the Children’s Act of 1998 when there was"
    " insufficient evidence to obtain a conviction under the anti-trafficking law."
)
THE_ACT = (
    "But there are still sadly too few convictions being handed down for the new offences prosecuted under the Act, and"
    " too few Slavery and Trafficking Prevention and Risk Orders are in place to restrict offender activity."
)
ITS_LEGISLATION = (
    "The government's prosecution and conviction of trafficking offenders under its anti-trafficking legislation"
    " demonstrated an increased commitment to combating trafficking during the reporting period."
)
LABOUR_CODE = (
    "The Department of Labour also invites the migrant worker after his or her arrival to explain his or her rights and"
    " responsibilities under the Labour Code and the available support that it can provide."
)
INTERNATIONAL_LAW = (
    "Inconsistent with the definition of trafficking under international law, the law considered the use of force,"
    " fraud, and coercion as aggravating factors rather than essential elements of the crime; the penalties increased to"
    " 16-20 years imprisonment for trafficking offenses involving these factors."
)
CODE_ARTICLE = (
    "For the first time in seven years, authorities reported convicting a trafficker in April 2019 under Article 2:239"
    " of the penal code and sentenced the perpetrator to three years’ imprisonment for exploiting a victim in forced"
    " labor."
)
ENFORCEMENT = (
    "This assessment is based in part on the government's commitment to undertake additional action over the coming"
    " year, particularly enforcement of its newly-enacted comprehensive anti-trafficking legislation."
)
CRIMINAL_CODE = (
    "Drafters should include a provision for restitution to trafficking victims where none is already included in the"
    " criminal code or other laws."
)
RULE_OF_LAW = (
    "This multi-billion dollar industry destroys families and communities, weakens the rule of law, strengthens criminal"
    " networks, and offends universal concepts of human decency."
)
LAW_OF_THE_SEA = (
    "Article 7, which includes States’ positive obligation to act in accordance with the international law of the sea to"
    " prevent and suppress the smuggling of migrants."
)
CODE_OF_CONDUCT = (
    "The Secretariat, States and other relevant actors should encourage and support innovation and flexibility in the"
    " work methods employed by the Special Rapporteur and his successor mandate holders, when those work methods and"
    " their objectives are clearly within the terms his mandate by the Human Rights Council and consistent with the"
    " Council's Code of Conduct for special procedures mandate holders."
)
# (probe file, source, text, about_instrument, references)
FIXED = [
    (PROBE, GHANA21, CHILDRENS_ACT, NO_INSTRUMENT, {"domestic_law"}),
    (PROBE, GHANA23, YEAR_LAW, NO_INSTRUMENT, {"domestic_law"}),
    (PROBE, GHANA23, TWO_LAWS, NO_INSTRUMENT, {"domestic_law"}),
    (PROBE, MSA_REVIEW, THE_ACT, NO_INSTRUMENT, {"domestic_law"}),
    (PROBE, DIKI, ITS_LEGISLATION, NO_INSTRUMENT, {"domestic_law"}),
    (PROBE, ILO_C97, LABOUR_CODE, NO_INSTRUMENT, {"domestic_law"}),
]
NEAR_MISSES = [
    (PROBE, EL_SALVADOR, INTERNATIONAL_LAW, NO_INSTRUMENT, set()),  # international law, no determiner
    (PROBE, ST_MAARTEN, CODE_ARTICLE, NO_INSTRUMENT, set()),  # a provision of the code (real-g-048's reading)
    (PROBE, DIKI, ENFORCEMENT, NO_INSTRUMENT, set()),  # the law without a frame
    (PROBE, ENDVAW, CRIMINAL_CODE, NO_INSTRUMENT, set()),  # what the code should contain
    (PROBE, TIP17, RULE_OF_LAW, NO_INSTRUMENT, set()),
    ("probe39_legal.jsonl", BRAINSCAPE, LAW_OF_THE_SEA, "SOM_PROTOCOL", {"SOM_PROTOCOL art. 7"}),  # a blocker
    ("probe7_modality.jsonl", A68_317, CODE_OF_CONDUCT, NO_INSTRUMENT, set()),  # a code "of Conduct"
]

test_round31_fixed, test_round31_near_misses, test_round31_probe_holds_the_cases = probe_round_tests(FIXED, NEAR_MISSES)
