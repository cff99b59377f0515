"""Legal references, round 29: two frames of national law seen in several documents of probe 35 (and probe 10).

- "Subject to its / their constitutional limitations" (the 1961 Single Convention's article 36(1), as quoted by
  Arnao, a Canadian summary and the Commentary): the State's constitution framing the act, an owned head like
  "its constitution" or "their constitutional principles".
- A limitation clause's law in force, "such as are provided by law", "which are prescribed by law", "as are
  prescribed by law" (ICCPR articles 19(3) and 22(2), ECHR article 10(2)), and "the other conditions provided by the
  law of the requested Party" (probe 10): "prescribed by" and "provided by" are passive frames, so a copula before
  them still asks to legislate, unless a relative "which", "that" or "as" opens the clause.
"""

from __future__ import annotations

from tests.legal_support import probe_round_tests

NO_INSTRUMENT = None
ARNAO = "http://old.radicali.it/search_view.php?id=51057"
COMMENTARY = "https://bookofauthorities.info/documents/1972/commentary-on-the-1961-single-convention-on-narcotic-drugs/"
ICCPR = "http://www.aria-law.com/Data-View.aspx?lang=en&id=7242"
CARTER = "https://eos.cartercenter.org/summaries/489"
LAWREF = "http://www.law-ref.org/DRUGS/kw-treaty.html"
EXTRADITION = "https://645012.skal.fun/instree/extraditionmodel.html"
IACAC = "http://wordscope.be/anglais/francais/Party+favors.html"
GRMCT = "https://grmct.com/news/2"

ARNAO_36 = (
    '"Par.1 - Subject to its constitutional limitations, each Part will adopt such measures in order to ensure that'
    " the cultivation, the production [...], the possession, [...] the purchase, the sale, the importation and the"
    ' exportation of drugs [...] are punishable offences [...]"'
)
COMMENTARY_36 = (
    "This view appears to be based on the consideration that the provisions of article 36, which in its paragraph 1"
    " requires Parties, subject to their constitutional limitations, to penalize the possession the possession of"
    " drugs held contrary to the provisions of the Single Convention, are intended to fight the illicit traffic, and"
    " not to require the punishment of addicts not particpating in that traffic."
)
ICCPR_19 = (
    "It may therefore be subject to certain restrictions, but these shall only be such as are provided by law and are necessary:"
)
ICCPR_22 = (
    "2. No restrictions may be placed on the exercise of this right other than those which are prescribed by law and"
    " which are necessary in a democratic society in the interests of national security or public safety, public"
    " order (ordre public), the protection of public health or morals or the protection of the rights and freedoms"
    " of others."
)
ECHR_10 = (
    "- The exercise of these freedoms, since it carries with it duties and responsibilities, may be subject to such"
    " formalities, conditions, restrictions or penalties as are prescribed by law and are necessary in a democratic"
    " society, in the interests of national security, territorial integrity or public safety, for the prevention of"
    " disorder or crime, for the protection of health or morals, for the protection of the reputation or rights of"
    " others, for preventing the disclosure of information received in confidence, or for maintaining the authority"
    " and impartiality of the judiciary."
)
SINGLE_36_EXTRADITION = (
    "(ii) If a Party which makes extradition conditional on the existence of a treaty receives a request for"
    " extradition from another Party with which it has no extradition treaty, it may at its option consider this"
    " Convention as the legal basis for extradition in respect of the offences enumerated in paragraphs 1 and 2 (a)"
    " (ii) of this article. Extradition shall be subject to the other conditions provided by the law of the requested"
    " Party."
)
ICCPR_20 = "1. Any propaganda for war shall be prohibited by law."
ICCPR_21 = (
    "The right of peaceful assembly shall be recognized. No restrictions may be placed on the exercise of this right"
    " other than those imposed in conformity with the law and which are necessary in a democratic society in the"
    " interests of national security or public safety, public order (ordre public), the protection of public health"
    " or morals or the protection of the rights and freedoms of others."
)
MODEL_TAX = (
    "Where extradition is sought for an offense against a law relating to taxation, customs duties or other revenue"
    " matters, extradition may not be refused on the ground that the law of the requesting State does not impose the"
    " same kind of tax or duty."
)
IACAC_VII = (
    "Article VII of the Convention requires that States Parties that have not yet done so adopt the necessary"
    " legislative or other measures to establish as criminal offences under their domestic law the acts of"
    " corruption described in Article VI(1), which includes: The offering or granting, directly or indirectly, to a"
    " government official or a person who performs public functions, of any article of monetary value, or other"
    " benefit, such as a gift, favor, promise or advantage for himself or for another person or entity, in exchange"
    " for any act or omission in the performance of his public functions."
)
FATF_LAWYERS = (
    "In its typology report of 2000-2001, FATF says that the following functions provided by lawyers, notaries,"
    " accountants and other professionals are the most useful to a potential money launderer:"
)
# (probe file, source, text, about_instrument, references)
FIXED = [
    ("probe35_legal.jsonl", ARNAO, ARNAO_36, NO_INSTRUMENT, {"domestic_law"}),
    ("probe35_legal.jsonl", COMMENTARY, COMMENTARY_36, NO_INSTRUMENT, {"domestic_law"}),
    ("probe35_legal.jsonl", ICCPR, ICCPR_19, NO_INSTRUMENT, {"domestic_law"}),
    ("probe35_legal.jsonl", ICCPR, ICCPR_22, NO_INSTRUMENT, {"domestic_law"}),
    ("probe35_legal.jsonl", CARTER, ECHR_10, NO_INSTRUMENT, {"domestic_law"}),
    ("probe10_legal.jsonl", LAWREF, SINGLE_36_EXTRADITION, NO_INSTRUMENT, {"domestic_law", "extradition_agreement"}),
]
NEAR_MISSES = [
    ("probe35_legal.jsonl", ICCPR, ICCPR_20, NO_INSTRUMENT, set()),  # a law to be made: "prohibited by law"
    ("probe35_legal.jsonl", ICCPR, ICCPR_21, NO_INSTRUMENT, {"domestic_law"}),  # read before: "in conformity with the law"
    ("probe35_legal.jsonl", EXTRADITION, MODEL_TAX, NO_INSTRUMENT, set()),  # the requesting State's law, no frame
    ("probe35_legal.jsonl", IACAC, IACAC_VII, NO_INSTRUMENT, set()),  # an offence to establish "under their domestic law"
    ("probe30_modality.jsonl", GRMCT, FATF_LAWYERS, NO_INSTRUMENT, set()),  # "provided by lawyers": no law
]

test_round29_fixed, test_round29_near_misses, test_round29_probe_holds_the_cases = probe_round_tests(FIXED, NEAR_MISSES)
