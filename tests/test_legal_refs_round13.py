"""Legal references on the texts of probe 9 (issue 13 point 3, round 13: forms no probe had read).

The texts are copied verbatim from ``data/probe/probe9_legal.jsonl`` (stored public copies found with the ``search``
tool, corpus ``pages``; none of the documents is listed in ``data/gold/REAL_SOURCES_*.md``, the other probes or
``data/lineage/dev.jsonl``). The references each must yield were written from TAXONOMY section 3 and the gold README.
A probe row has no ``about_instrument``; the fixed kind is checked with none and with the gold's usual one (the
Trafficking Protocol), as ``recs evaluate`` tags gold records with theirs.

Fixed kind (seen in two documents): a bare article after the one instrument a text names is that instrument's, not the
document's ("THE SMUGGLING PROTOCOL DOES NOT INTEND ... article 5 states that", a presentation of the Protocol; "(art.
63, para. 1 and 4 (g))" after UNCAC, CAC/COSP/2008/2/Add.1, where article 63 of UNTOC does not exist). Near misses: a
text naming two instruments, an article before the name, and a document about the named instrument keep the old
reading. The guarded cases are forms of probe 9 the tagger already reads right: resolutions and decisions cited as
"its resolutions 5/1 of ...", "in its decision 5/1, the Conference", COSP resolutions with "annex", A/HRC and CAC/COSP
symbols, a footnote number glued to a name, and law-like words that are no reference. Both ways the tagger is built
(parsed base, rule-only) agree.
"""

from __future__ import annotations

import pytest

from tests.legal_support import assert_refs, check_probe_sources, in_both_modes
from tests.tag_support import MODES, tag_in_mode

# (source, text, the references it yields): a bare article after the one instrument the text names
OWN_INSTRUMENT_CASES = [
    # slideplayer presentation of the Smuggling of Migrants Protocol: its article 5 after its name
    (
        "https://slideplayer.com./amp/16383091",
        "Non-Criminalization THE SMUGGLING PROTOCOL DOES NOT INTEND: To criminalize family-members or other groups, who smuggle a person for non-profit reasons; To criminalize irregular migration as such; In this regard, article 5 states that the migrants themselves must not be held responsible for the crime of smuggling only because of having been smuggled.",
        {"SOM_PROTOCOL", "SOM_PROTOCOL art. 5"},
    ),
    # CAC/COSP/2008/2/Add.1: the parenthesis cites UNCAC (art. 63 of UNTOC would not exist)
    (
        "https://docslib.org/doc/12602708/conference-of-the-states-parties-to-the-united-nations-convention-against-corruption",
        "The Conference of the States Parties to the United Nations Convention against Corruption was established in accordance with article 63 of the Convention to improve the capacity of and cooperation between Sates Parties to achieve the objectives set forth in the Convention, considering technical assistance requirements of States parties with regard to the implementation of the Convention and recommending any action that may be necessary in that respect (art. 63, para. 1 and 4 (g)).",
        {"UNCAC", "UNCAC art. 63", "UNCAC art. 63(1)", "UNCAC art. 63(4)"},
    ),
]

# Near misses written from the same wording: (text, about, references)
OWN_INSTRUMENT_MISSES = [
    # two instruments named: a bare article stays the document's
    (
        "THE SMUGGLING PROTOCOL AND THE TRAFFICKING PROTOCOL DO NOT INTEND to criminalize irregular migration as such; "
        "in this regard, article 5 states that the migrants themselves must not be held responsible.",
        None,
        {"SOM_PROTOCOL", "TIP_PROTOCOL", "UNTOC art. 5"},
    ),
    # the article before the name is the document's
    (
        "In this regard, article 5 states that the migrants must not be held responsible; THE SMUGGLING PROTOCOL DOES "
        "NOT INTEND to criminalize irregular migration as such.",
        None,
        {"UNTOC art. 5", "SOM_PROTOCOL"},
    ),
    # a document about the named instrument: its article, as before
    (
        "THE SMUGGLING PROTOCOL DOES NOT INTEND to criminalize irregular migration as such; In this regard, article 5 "
        "states that the migrants themselves must not be held responsible.",
        "SOM_PROTOCOL",
        {"SOM_PROTOCOL", "SOM_PROTOCOL art. 5"},
    ),
]

# Forms of probe 9 the tagger already reads right
GUARDED = [
    # COP resolution 9/1: "its decision 1/2 of 7 July 2004"
    (
        "https://vdocuments.net/resolution-91-establishment-of-the-mechanism-for-the-mechanismresolution.html",
        "Reaffirming its decision 1/2 of 7 July 2004, in which the Conference decided to carry out the functions assigned to it in article 32 of the Convention,",
        {"decision 1/2", "UNTOC art. 32"},
    ),
    # its resolutions, each with its date
    (
        "https://vdocuments.net/resolution-91-establishment-of-the-mechanism-for-the-mechanismresolution.html",
        "Recalling also, in that regard, its resolutions 5/1 of 22 October 2010, 5/5 of 22 October 2010, 6/1 of 19 October 2012, and 7/1 of 10 October 2014,",
        {"resolution 5/1", "resolution 5/5", "resolution 6/1", "resolution 7/1"},
    ),
    # a CAC/COSP symbol and "in its decision 5/1, the Conference"
    (
        "https://pdfslide.us/documents/conference-of-the-states-parties-to-the-united-nations-caccospirg201612.html",
        "During the fifth session of the Conference of the States Parties to the United Nations Convention against Corruption, the Secretariat presented a note entitled “Translating commitment into results: the impact of the Mechanism for the Review of Implementati on of the United Nations Convention against Corruption” (CAC/COSP/2013/14). During the same session, in its decision 5/1, the Conference decided that the Implementation Review Group should begin promptly to collect, with the support of the Secretariat, and discuss relevant information in order to facilitate the assessment of performance of the Mechanism. The Conference also decided that the Group should include in its future sessions an agenda item allowing for the discussion of such information.",
        {"UNCAC", "CAC/COSP/2013/14", "decision 5/1"},
    ),
    # "(Conference of the States Parties resolution 3/1, annex)"
    (
        "https://paperzz.com/doc/8192695/executive-summary--cambodia---united-nations-office-on-dr...",
        "The present conference room paper is made available to the Implementation Review Group in accordance with paragraph 36 of the terms of reference of the Mechanism for the Review of Implementation of the United Nations Convention against Corruption (Conference of the States Parties resolution 3/1, annex). The summary contained herein corresponds to a country review conducted in the fourth year of the first review cycle.",
        {"UNCAC", "resolution 3/1"},
    ),
    (
        "https://readkong.com/page/improving-the-coordination-of-efforts-against-trafficking-1325459",
        "The present report has been prepared pursuant to General Assembly resolution 74/176, entitled “Improving the coordination of efforts against trafficking in persons”, and contains a summary of the efforts of Member States and entities of the United Nations system towards its implementation. The report includes information on the status of adherence to the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime, a s well as on efforts made by all relevant stakeholders to enhance the implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons, adopted by the General Assembly in its resolution 64/293.",
        {"resolution 74/176", "TIP_PROTOCOL", "resolution 64/293"},
    ),
    # a footnote number glued to the name: "Organized Crime1"
    (
        "https://www.girlsrightsplatform.org/en/entity/ze63002njth?page=2",
        "Urges Member States that have not yet done so to consider taking 1. measures to ratify or accede to the United Nations Convention against Transnational Organized Crime1 and the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children,",
        {"UNTOC", "TIP_PROTOCOL"},
    ),
    (
        "https://resourcingrights.org/en/document/mp6ntsp2o01k4fwy7apf7ds4i?page=2",
        "Taking note with appreciation of the report of the Special Rapporteur on trafficking in persons, especially women and children (A/HRC/10/16), presented to the Council at its tenth session,",
        {"A/HRC/10/16"},
    ),
    (
        "https://adattar.minorityforum.info/en/entity/drajyhm9vi/metadata?file=1577979826109v7lauywtmy.pdf&page=17",
        "Ratify the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime.",
        {"TIP_PROTOCOL"},
    ),
    # the 1949 Convention's "this Convention" is no UNTOC
    (
        "https://unodc.org/unodc/en/human-trafficking/2010/addressing-trafficking-in-persons-since-1949.html",
        "Historically, the United Nations has worked vigorously to address human trafficking, and to curb the exploitation of others for a monetary profit. International concern has given rise to many important legal instruments, including the United Nations Convention for the Suppression of the Traffic in Persons and the Exploitation of the Prostitution of Others (General Assembly resolution 317 (IV) of 2 December 1949) that entered into force in 1951. To a certain extent, this Convention was a legal turning point, as it was the first international instrument on trafficking and related issues that was legally binding.",
        set(),
    ),
    # international law is no domestic law
    (
        "https://1343actionline.ph/1067-asean-leaders-sign-key-convention-against-trafficking-in-persons",
        "The leaders had stressed that victims of trafficking, mainly women and children, have the fundamental right to be protected in accordance with international law and relevant international conventions.",
        set(),
    ),
    # domestic law as the object ("must be incorporated into domestic law"), not a frame
    (
        "https://www.oas.org/en/media_center/press_release.asp?sCodigo=S-010/18",
        "The CIFTA includes a series of provisions that, once a country has ratified the treaty, must be incorporated into domestic law and regulations. Specifically, it addresses the need for states to:",
        set(),
    ),
    # a national code's article is no provision of the vocabulary
    (
        "https://docslib.org/doc/11383433/executive-summary-lebanon",
        "Lebanon deposited the instrument of ratification of the United Nations Convention against Corruption (UNCAC) on 22nd April 2009 and the Convention entered into force on 22nd May 2009. The Constitution establishes Lebanon as a parliamentary democratic republic. International treaties, ratified by the Lebanese parliament, are part of the domestic legal system and according to article 2 of the Code of Civil Procedure, are given supremacy over the domestic laws.",
        {"UNCAC"},
    ),
    # the ECOWAS Treaty's articles
    (
        "https://africanlii.org/akn/aa-ecowas/act/reg/2007/12-28/eng@2007-12-15",
        "MINDFUL of Articles 10, 11 and 12 of the ECOWAS Treaty as amended, establishing the Council of Ministers and defining its composition and its functions;",
        set(),
    ),
    # ILO conventions by number are not in the taxonomy
    (
        "https://webapps.ilo.org/static/english/dialogue/ifpdial/llg/ch6/index.htm",
        "The Forced Labour Convention, 1930 (No. 29) and the Abolition of Forced Labour Convention, 1957 (No. 105) are the primary ILO instruments aimed at the prohibition and elimination of forced or compulsory labour. The United Nations Slavery Convention, 1927, and the Supplementary Convention on the Abolition of Slavery, the Slave Trade, and Institutions and Practices Similar to Slavery, 1956, also deal with the forms of forced labour that amount to slavery, as well as other forms of forced labour similar to slavery, such as debt bondage, serfdom and the exploitation of child labour.2",
        set(),
    ),
    # an Optional Protocol's article
    (
        "http://www.bayefsky.com/methods/crc_a5741_2002.php",
        "At its 736th meeting, held on 3 October 2001, the Committee adopted the guidelines regarding initial reports to be submitted by States parties under article 8, paragraph 1, of the Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict. Those guidelines are reproduced in the present report in annex VI.",
        set(),
    ),
    # the Standing Orders' article
    (
        "https://9dok.net/document/z3d4kl3e-strengthening-action-to-end-forced-labour.html",
        "This report contains a questionnaire which, in accordance with article 38 of the Standing Orders of the International Labour Conference, calls for a reply from your Government, after consultation with the most representative organizations of employers and workers.",
        set(),
    ),
]


@in_both_modes("about", [None, "TIP_PROTOCOL"])
@pytest.mark.parametrize(("source", "text", "expected"), OWN_INSTRUMENT_CASES)
def test_bare_article_is_the_named_instruments(mode: str, about: str | None, source: str, text: str, expected: set[str]) -> None:
    assert_refs(mode, text, expected, about, source)


@in_both_modes(("text", "about", "expected"), OWN_INSTRUMENT_MISSES)
def test_near_misses_keep_the_documents_article(mode: str, text: str, about: str | None, expected: set[str]) -> None:
    assert_refs(mode, text, expected, about)


@in_both_modes(("source", "text", "expected"), GUARDED, ids=[f"guarded-{i}" for i in range(len(GUARDED))])
def test_probe9_forms_read_right(mode: str, source: str, text: str, expected: set[str]) -> None:
    assert_refs(mode, text, expected, source=source)


@pytest.mark.parametrize("mode", MODES)
def test_thereof_and_anaphor_point_back(mode: str) -> None:
    """One helper resolves both: "thereof" to the last instrument mentioned, an anaphor to the last of its family named;
    another treaty's name between them and the provision stops both."""
    anaphor = (
        "Article 3 of the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children "
        "defines trafficking. Under article 5 of that protocol, States parties are obliged to establish criminal offences."
    )
    assert "TIP_PROTOCOL art. 5" in tag_in_mode(mode, anaphor)._.legal_refs
    thereof = "States should implement the Trafficking in Persons Protocol, in particular article 6 thereof."
    assert set(tag_in_mode(mode, thereof)._.legal_refs) == {"TIP_PROTOCOL", "TIP_PROTOCOL art. 6"}
    other = "States should ratify the Trafficking in Persons Protocol and the Convention on the Rights of the Child and article 35 thereof."
    assert "TIP_PROTOCOL art. 35" not in tag_in_mode(mode, other)._.legal_refs


def test_probe_file_holds_the_cases() -> None:
    """The texts above are the probe's, verbatim, with the address they were copied from."""
    check_probe_sources(("probe9_legal.jsonl", source, text) for source, text, _ in OWN_INSTRUMENT_CASES + GUARDED)
