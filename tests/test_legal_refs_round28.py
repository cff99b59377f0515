"""Legal references, round 28: an untied "the Convention" in a document about no listed instrument, beside another
treaty's subject (probes 10, 11, 16, 33 and the real probe).

Round 22 read a bare "the Convention" with no document instrument as the default (UNTOC) unless another treaty's own
wording stood beside it (``own_text_markers``). Read again, most such texts in the probes are another treaty's (the
1949, 1971 and 1988 Conventions, ILO, CEDAW, the CRC, UNCAC): 64 of 107 default readings in dev and probes before this
round. Where the text names a subject no instrument of the list governs (``own_text_subjects``: narcotic drugs,
corruption, prostitution, the International Labour Organisation, child rights ...), the form is now that treaty's.
A text tied to the list (a named instrument, "the Protocols", "the Conference of the Parties"), a document about an
instrument and an untied form beside no such subject are read as before.
"""

from __future__ import annotations

from tests.legal_support import probe_round_tests

NO_INSTRUMENT = None
OSCE = "https://polis.osce.org/convention-suppression-traffic-persons-and-exploitation-prostitution-others"
NORMLEX = (
    "https://normlex.ilo.org/dyn/normlex/de/f?p=1000%3A50012%3A0%3A%3ANO%3A50012%3AP50012_COMPLAINT_PROCEDURE_ID%2C"
    "P50012_LANG_CODE%3A2507329%2Cde%3ANO"
)
RADICALI = "http://old.radicali.it/search_view.php?id=21040&lang=&cms="
ER4W = "https://equalrights4womenworldwide.blogspot.com/2020/11/iii-legal-framework-37.html"
COSP = "https://vdocuments.mx/resolutions-adopted-by-the-conference-of-the-states-parties-v18-00228-e.html"
ADATTAR_58_157 = "https://adattar.minorityforum.info/en/entity/iextu5lgvjf/metadata?page=5"
GPR = "https://globalprohibitionregimes.eu/database/?country=MN&regime=10&treaty=23"
GA_71_167_URL = "https://rt.http3.lol/index.php?q=aHR0cHM6Ly93d3cuc2NyaWJkLmNvbS9kb2N1bWVudC84OTIyMzIzNDUvQS1SRVMtNzEtMTY3"
VUINK = "https://vuink.com/post/yhpv-d-dhavzv-d-dvg/applied-logic-for-the-united-nations"

OSCE_1949 = (
    "The Convention prescribes procedures for combating international traffic for the purpose of prostitution,"
    " including extradition of offenders. It also prohibits the running of brothels and renting accommodation for"
    " prostitution purposes."
)

ILO_C027 = (
    "1. By letter dated 1 August 1975, the Swedish Dockworkers' Union submitted a representation under Article 24"
    " of the Constitution of the International Labour Organisation concerning the application by France, the"
    " Netherlands and Poland of the Marking of Weight (Packages Transported by Vessels) Convention,1929 (No. 27)."
    " The Union stated succinctly that these three countries were violating the provisions of the Convention"
    " concerning the marking of weight on goods and packages weighing more than 1,000 kilograms which arrived in"
    " Sweden by ship."
)

ECOSOC_1989 = (
    "Reaffirming the importance of the Convention for improving international co-operation in that field, and"
    " noting that the Convention will add to the existing instruments for the control of narcotic drugs and"
    " psychotropic substances,"
)

CEDAW_ART6 = (
    "8. Article 6 of the Convention is based on Article 8 of the 1967 United Nations Declaration on the"
    " Elimination of Discrimination against Women, which provides that ‘All appropriate measures, including"
    " legislation, shall be taken to combat all forms of traffic in women and exploitation prostitution of"
    " women’."
)

COSP_7_1 = (
    "Recognizing that those who engage in corrupt acts, whether natural or legal persons, consistent with"
    " domestic law and the requirements of the Convention, should be held accountable and prosecuted by their"
    " domestic authorities, and that all efforts should be made to conduct a financial investigation into assets"
    " illegally acquired by them and to recover such assets through domestic confiscation proceedings,"
    " international cooperation for purposes of confiscation or appropriate direct recovery measures,"
)

GA_58_157 = (
    "Encourages Governments and relevant United Nations bodies, as well as relevant non-governmental"
    " organizations and child rights advocates, to continue to contribute, as appropriate, to the web-based"
    " database launched by the United Nations Children’s Fund in order to continue the provision of information"
    " on laws, structures, policies and processes adopted at the national level to translate the Convention into"
    " practice, and in this regard commends that body for its work to disseminate lessons learned in the"
    " implementation of the Convention;"
)

GPR_1988 = (
    "The aim of the Convention is to promote co-operation among the Parties concerning the various aspects of"
    " illicit traffic in narcotic drugs and psychotropic substances."
)

GA_71_167 = (
    "Recalling all international conventions that deal specifically with and address issues relevant to the"
    " problem of trafficking in women and girls, such as the United Nations Convention against Transnational"
    " Organized Crime and the Protocols thereto, in particular the Protocol to Prevent, Suppress and Punish"
    " Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against"
    " Transnational Organized Crime, and the Protocol against the Smuggling of Migrants by Land, Sea and Air,"
    " supplementing the United Nations Convention against Transnational Organized Crime, the Convention on the"
    " Elimination of All Forms of Discrimination against Women and the Optional Protocol thereto, the Convention"
    " on the Rights of the Child and the Optional Protocol thereto on the sale of children, child prostitution"
    " and child pornography, and the Convention for the Suppression of the Traffic in Persons and of the"
    " Exploitation of the Prostitution of Others, as well as relevant resolutions of the General Assembly, the"
    " Economic and Social Council and its functional commissions and the Human Rights Council on the is"
)

VUINK_UNTOC = (
    "The Convention represents the only global treaty instrument to fight transnational organized crime, as it"
    " counts 190 States parties."
)
# (probe file, source, text, about_instrument, references)
FIXED = [
    ("probe10_legal.jsonl", OSCE, OSCE_1949, NO_INSTRUMENT, set()),  # the 1949 Convention
    ("probe10_legal.jsonl", NORMLEX, ILO_C027, NO_INSTRUMENT, set()),  # ILO Convention No. 27
    ("probe10_legal.jsonl", RADICALI, ECOSOC_1989, NO_INSTRUMENT, set()),  # the 1988 Convention
    ("probe11_legal.jsonl", ER4W, CEDAW_ART6, NO_INSTRUMENT, set()),  # CEDAW
    ("probe16_legal.jsonl", COSP, COSP_7_1, NO_INSTRUMENT, {"domestic_law"}),  # UNCAC
    ("real_probe.jsonl", ADATTAR_58_157, GA_58_157, NO_INSTRUMENT, set()),  # the CRC
    ("probe33_legal.jsonl", GPR, GPR_1988, NO_INSTRUMENT, set()),  # the 1988 Convention
]
NEAR_MISSES = [
    # a document about UNCAC reads its "the Convention" as UNCAC, subject or not
    ("probe16_legal.jsonl", COSP, COSP_7_1, "UNCAC", {"UNCAC", "domestic_law"}),
    # tied to the list by name: "prostitution" decides nothing
    ("probe6_legal.jsonl", GA_71_167_URL, GA_71_167, NO_INSTRUMENT, {"UNTOC", "TIP_PROTOCOL", "SOM_PROTOCOL"}),
    # untied, beside no other treaty's subject: still the default
    ("probe33_legal.jsonl", VUINK, VUINK_UNTOC, NO_INSTRUMENT, {"UNTOC"}),
]

test_round28_fixed, test_round28_near_misses, test_round28_probe_holds_the_cases = probe_round_tests(FIXED, NEAR_MISSES)
