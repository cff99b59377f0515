"""Legal references on real text beyond the gold (issue 13 point 3, round 8).

Every text is copied verbatim (whitespace normalized) from a stored public copy found with the ``search`` tool
(corpus ``pages``); none of the addresses is listed in ``data/gold/REAL_SOURCES_*.md``. The references each must
yield were written from TAXONOMY section 3 and the gold README: instruments outside the list (CRC, CEDAW, ILO,
Migrant Workers Convention, Convention against Torture) are not normalized, a provision implies its instrument, and
each resolution or decision of a list is one reference. Both ways the tagger is built (parsed base, rule-only) must
agree.
"""

from __future__ import annotations

from tests.legal_support import assert_refs, in_both_modes
from tests.tag_support import rule_components, tag

HRC_14_2 = "https://www.right-docs.org/doc/a-hrc-res-14-2/"
HRC_8_12 = "https://www.right-docs.org/doc/a-hrc-res-8-12/"
RES_9_1 = "https://vdocuments.net/resolution-91-establishment-of-the-mechanism-for-the-mechanismresolution.html"
SOM_TEXT = "http://download.cucdc.com/wenku/page/1772e0a512f14da09bc1320c63599b2d.html"
GA_73_190 = "https://www.girlsrightsplatform.org/en/entity/t1t39jkl50h?page=1&file=1582652371164g55xc8q1ir.pdf"
GA_73_222 = "https://www.girlsrightsplatform.org/en/entity/ttegjbfmcog?page=2"
CEDAW_NGO = "https://vrouwenrecht.nl/?p=12821"

# (source, the instrument the document is about, text, the references it yields)
CASES = [
    # resolution lists: each number may carry its date, and a plural list may go on after a clause
    (
        HRC_14_2,
        "TIP_PROTOCOL",
        "Reaffirming all previous resolutions on the problem of trafficking in persons, especially women and children, "
        "in particular General Assembly resolutions 63/156 of 18 December 2008 and 64/178 of 18 December 2009, and "
        "Council resolutions 8/12 of 18 June 2008, in which it extended the mandate of the Special Rapporteur on "
        "trafficking in persons, especially women and children, and 11/3 of 17 June 2009, and recalling Council "
        "resolution 12/15 of 1 October 2009 on regional arrangements for the promotion and protection of human rights,",
        {"resolution 63/156", "resolution 64/178", "resolution 8/12", "resolution 11/3", "resolution 12/15"},
    ),
    (
        HRC_14_2,
        "TIP_PROTOCOL",
        "Reaffirming the principles set forth in relevant human rights instruments and declarations, including the "
        "Convention on the Rights of the Child and the Optional Protocol thereto on the sale of children, child "
        "prostitution and child pornography, and the Convention on the Elimination of All Forms of Discrimination "
        "against Women and the Optional Protocol thereto,",
        set(),
    ),
    (
        HRC_8_12,
        "TIP_PROTOCOL",
        "Recalling the Convention for the Suppression of the Traffic in Persons and of the Exploitation of the "
        "Prostitution of Others, the United Nations Convention against Transnational Organized Crime and the Protocols "
        "thereto, and reaffirming in particular the Protocol to Prevent, Suppress and Punish Trafficking in Persons, "
        "Especially Women and Children, supplementing the Convention,",
        {"UNTOC", "TIP_PROTOCOL"},
    ),
    (
        HRC_8_12,
        "TIP_PROTOCOL",
        "Reaffirming all previous resolutions on the problem of trafficking in persons, especially women and children, "
        "in particular General Assembly resolutions 61/144 and 61/180, and also decision 2004/110 of 19 April 2004 of "
        "the Commission on Human Rights establishing the mandate of the Special Rapporteur,",
        {"resolution 61/144", "resolution 61/180", "decision 2004/110"},
    ),
    (
        HRC_8_12,
        "TIP_PROTOCOL",
        "Bearing in mind paragraph 6 of General Assembly resolution 60/251 of 15 March 2006,",
        {"resolution 60/251"},
    ),
    (
        HRC_8_12,
        "TIP_PROTOCOL",
        "Recalling its resolutions 5/1 on institution-building of the Human Rights Council and 5/2 on a code of conduct "
        "for special procedures mandate-holders of the Council of 18 June 2007, and stressing that the mandate-holder "
        "shall discharge his/her duties in accordance with those resolutions and the annexes thereto,",
        {"resolution 5/1", "resolution 5/2"},
    ),
    (
        "https://right-docs.org/doc/a-hrc-res-35-5",
        "TIP_PROTOCOL",
        "Reaffirming further the United Nations Convention against Transnational Organized Crime and the Protocols "
        "thereto, and reaffirming in particular the Protocol to Prevent, Suppress and Punish Trafficking in Persons, "
        "especially Women and Children, supplementing the United Nations Convention against Transnational Organized "
        "Crime,",
        {"UNTOC", "TIP_PROTOCOL"},
    ),
    (
        RES_9_1,
        "UNTOC",
        "Recalling also, in that regard, its resolutions 5/1 of 22 October 2010, 5/5 of 22 October 2010, 6/1 of 19 "
        "October 2012, and 7/1 of 10 October 2014,",
        {"resolution 5/1", "resolution 5/5", "resolution 6/1", "resolution 7/1"},
    ),
    (
        RES_9_1,
        "UNTOC",
        "Reaffirming its decision 1/2 of 7 July 2004, in which the Conference decided to carry out the functions "
        "assigned to it in article 32 of the Convention,",
        {"decision 1/2", "UNTOC art. 32"},
    ),
    (
        RES_9_1,
        "UNTOC",
        "Recalling article 32 of the Convention, pursuant to which the Conference of the Parties to the United Nations "
        "Convention against Transnational Organized Crime was established to improve the capacity of States parties to "
        "combat transnational organized crime and promote and review the implementation of the Convention,",
        {"UNTOC art. 32", "UNTOC"},
    ),
    (
        "http://www.un.org/documents/ga/res/45/a45r158.htm",
        "SOM_PROTOCOL",
        "Recalling also its resolutions 35/198 of 15 December 1980, 36/160 of 16 December 1981, 37/170 of 17 December "
        "1982, 38/86 of 16 December 1983, 39/102 of 14 December 1984, 40/130 of 13 December 1985, 41/151 of 4 December "
        "1986, 42/140 of 7 December 1987,",
        {f"resolution {number}" for number in ("35/198", "36/160", "37/170", "38/86", "39/102", "40/130", "41/151", "42/140")},
    ),
    (
        "http://www.un.org/documents/ga/res/51/ares51-63.htm",
        "UNTOC",
        "Recalling its resolution 46/152 of 18 December 1991 on the creation of an effective United Nations crime "
        "prevention and criminal justice programme, in which it approved the statement of principles and programme of "
        "action annexed to that resolution,",
        {"resolution 46/152"},
    ),
    (
        "https://645012.skal.fun/resolutions/51/63GA1996.html",
        "UNTOC",
        "Takes note with appreciation of the report of the Secretary-General on the progress made in the implementation "
        "of General Assembly resolutions 50/145 and 50/146 of 21 December 1995;",
        {"resolution 50/145", "resolution 50/146"},
    ),
    # footnote marks a copied PDF leaves between a list's numbers (A/RES/73/190)
    (
        GA_73_190,
        "UNCAC",
        "and all relevant Human Rights Council resolutions, including resolutions 23/9 of 13 June 2013, 1 29/11 of 2 "
        "July 2015 2 and 35/25 of 23 June 2017, 3",
        {"resolution 23/9", "resolution 29/11", "resolution 35/25"},
    ),
    (
        GA_73_190,
        "UNCAC",
        "Recalling its resolutions 54/205 of 22 December 1999, 55/61 of 4 December 2000, 55/188 of 20 December 2000, "
        "56/186 of 21 December 2001 and 57/244 of 20 December 2002,",
        {"resolution 54/205", "resolution 55/61", "resolution 55/188", "resolution 56/186", "resolution 57/244"},
    ),
    (
        "https://www.girlsrightsplatform.org/en/entity/t1t39jkl50h/metadata?page=2",
        "UNCAC",
        "Bearing in mind the need to promote and strengthen measures to prevent and combat corruption more efficiently "
        "and effectively, that the return of assets is one of the main objectives, an integral part and a fundamental "
        "principle of the Convention, and recalling article 51 of the Convention, under which States parties shall "
        "afford one another the widest measure of cooperation and assistance with regard to asset return,",
        {"UNCAC", "UNCAC art. 51"},
    ),
    (
        "https://www.refworld.org/legal/resolution/unga/1990/en/5808",
        "UNTOC",
        "Recalling Economic and Social Council resolution 1989/70 of 24 May 1989 and General Assembly resolution 44/71 "
        "of 8 December 1989,",
        {"resolution 1989/70", "resolution 44/71"},
    ),
    (
        "https://www.refworld.org/legal/resolution/unga/1990/en/5808",
        "UNTOC",
        "Recalling General Assembly resolution S-17/2 of 23 February 1990,",
        {"resolution S-17/2"},
    ),
    (
        "https://vdocuments.site/promoting-further-cooperation-in-countering-transnational-nbsppdf.html",
        "UNTOC",
        "Stressing the need for universal implementation of the United Nations Convention against Transnational "
        "Organized Crime and the Protocols thereto, 61 and the United Nations Convention against Corruption, 62 as well "
        "as additional cooperation between Member States and private sector entities to counter transnational organized "
        "crime,",
        {"UNTOC", "UNCAC"},
    ),
    (
        "http://legal.un.org/avl/ha/unctoc/unctoc.html",
        "UNTOC",
        "The United Nations Convention Against Transnational Organized crime entered into force on 29 September 2003, on "
        "the ninetieth day after the date of deposit of the fortieth instrument of ratification, acceptance, approval or "
        "accession, in accordance with its article 38.",
        {"UNTOC", "UNTOC art. 38"},
    ),
    # "the Convention" of a text naming one convention of the list is that one, whatever the document is about
    (
        GA_73_222,
        "UNTOC",
        "Reaffirming the importance of chapter V of the United Nations Convention against Corruption, and underlining "
        "that the recovery and return of stolen assets pursuant to that chapter is a fundamental principle of the "
        "Convention,",
        {"UNCAC"},
    ),
    (
        GA_73_222,
        "UNCAC",
        "Recalling its resolutions 65/169 of 20 December 2010, 71/213 of 21 December 2016 and 72/207 of 20 December 2017,",
        {"resolution 65/169", "resolution 71/213", "resolution 72/207"},
    ),
    (
        "https://unodc.org/unodc/en/corruption/COSP/session8-resolutions.html",
        "UNCAC",
        "Recalling also its resolution 73/191 of 17 December 2018, entitled “Special session of the General Assembly "
        "against corruption”, in which it decided to convene in the first half of 2021 a special session of the "
        "Assembly on challenges and measures to prevent and combat corruption and strengthen international cooperation,",
        {"resolution 73/191"},
    ),
    (
        "https://www.girlsrightsplatform.org/en/entity/pxozlldfgxk?page=2",
        "TIP_PROTOCOL",
        "Recalling the adoption of the United Nations Global Plan of Action to Combat Trafficking in Persons by the "
        "General Assembly in its resolution 64/293 of 30 July 2010, and underlining the importance of its full "
        "implementation,",
        {"resolution 64/293"},
    ),
    (
        "http://womenaid.org/ukat/press/protocol2en.htm",
        "SOM_PROTOCOL",
        "Recalling General Assembly resolution 54/212 of 22 December 1999, in which the Assembly urged Member States and "
        "the United Nations system to strengthen international cooperation in the area of international migration and "
        "development in order to address the root causes of migration,",
        {"resolution 54/212"},
    ),
    # provisions: "UN" before a name, the name before the article
    (
        "http://www.osce.org/cthb/43511",
        "TIP_PROTOCOL",
        'The OSCE accepts the definition found in Article 3 of the UN Trafficking Protocol which includes "the '
        "exploitation of the prostitution of others or other forms of sexual exploitation, forced labour or services, "
        'slavery or practices similar to slavery, servitude or the removal of organs."',
        {"TIP_PROTOCOL art. 3"},
    ),
    (
        CEDAW_NGO,
        "TIP_PROTOCOL",
        "Provide interpretive guidance on the Palermo Protocol Art. 3 definition of trafficking.",
        {"TIP_PROTOCOL art. 3"},
    ),
    (
        CEDAW_NGO,
        "TIP_PROTOCOL",
        "We appreciate the Committee’s efforts to provide clarity to Article 6 of CEDAW and the particular attention the "
        "Concept Note has drawn to the need for “long-term, comprehensive survivor-centered services.”",
        set(),
    ),
    (
        "http://lawsdocbox.com/Immigration/66034635-Conference-of-the-parties-to-the-united-nations-convention-against-"
        "transnational-organized-crime.html",
        "UNTOC",
        "1. Pursuant to article 30 of the United Nations Convention against Transnational Organized Crime (General "
        "Assembly resolution 55/25, annex I), States parties are to make concrete efforts to",
        {"UNTOC art. 30", "resolution 55/25"},
    ),
    (
        SOM_TEXT,
        "SOM_PROTOCOL",
        "1. In implementing this Protocol, each State Party shall take, consistent with its obligations under "
        "international law, all appropriate measures, including legislation if necessary, to preserve and protect the "
        "rights of persons who have been the object of conduct set forth in article 6 of this Protocol as accorded under "
        "applicable international law, in particular the right to life and the right not to be subjected to torture or "
        "other cruel inhuman or degrading treatment or punishment",
        {"SOM_PROTOCOL", "SOM_PROTOCOL art. 6"},
    ),
    (
        SOM_TEXT,
        "SOM_PROTOCOL",
        "5. In the case of the detention of a person who has been the object of conduct set forth in article 6 of this "
        "Protocol, each State Party shall comply with its obligations under the Vienna Convention on Consular Relations, "
        "where applicable, including that of informing the person concerned without delay about the provisions "
        "concerning notification to and communication with consular officers",
        {"SOM_PROTOCOL art. 6"},
    ),
    # Protocols named together by their topics
    (
        "https://www.ncjrs.gov/App/Publications/abstract.aspx?ID=237859",
        "UNTOC",
        "The communications with states parties to the Convention and the Trafficking in Persons and Migrants Protocols "
        "that had reported deviations from or partial compliance with the requirements set forth in those instruments was "
        "an initiative taken by the Secretariat.",
        {"UNTOC", "TIP_PROTOCOL", "SOM_PROTOCOL"},
    ),
    (
        "https://homsy-staging.cambridgecore.org/core/journals/american-journal-of-international-law/article/creation-of-a-"
        "review-mechanism-for-the-un-convention-against-transnational-organized-crime-and-its-protocols/"
        "B82CB7D6B9A92F5D7839764ADD26C418",
        "UNTOC",
        "In November 2000, the United Nations General Assembly adopted the United Nations Convention Against "
        "Transnational Organized Crime (UNTOC or Convention) and its three protocols on human trafficking, migrant "
        "smuggling, and firearms.",
        {"UNTOC", "TIP_PROTOCOL", "SOM_PROTOCOL", "FIREARMS_PROTOCOL"},
    ),
    # another treaty's own text: its articles and its "the Convention" are not normalized
    (
        "https://dipublico.org/706/optional-protocol-to-the-convention-on-the-rights-of-the-child-on-the-sale-of-"
        "children-child-prostitution-and-child-pornography/amp",
        "TIP_PROTOCOL",
        "Considering that, in order further to achieve the purposes of the Convention on the Rights of the Child and the "
        "implementation of its provisions, especially articles 1, 11, 21, 32, 33, 34, 35 and 36, it would be appropriate "
        "to extend the measures that States Parties should undertake in order to guarantee the protection of the child "
        "from the sale of children, child prostitution and child pornography,",
        set(),
    ),
    (
        "http://atfalouna.gov.lb/document/crc-article-35-saletrafficking-and-abduction",
        "TIP_PROTOCOL",
        "The fulfilment of other Convention rights is important for article 35, for example the right to be free from "
        "violence (article 19), the right to free from exploitation in general (articles 34 and 36) and the right to "
        "protection from dangerous work (article 32).",
        set(),
    ),
    (
        "http://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=6QkG1d%2FPPRiCAqhKb7yhshSVhO2M2H1UDd4ISZI3FIR5qrns"
        "TERNRPyCwxiWbubp%2B%2FHAJy6umRfJxn4LcEt1F1b7e4l4jLFRrGMNR5aqlZtPvMF9r%2FcnzZFGplXRrmst",
        "TIP_PROTOCOL",
        "5.The Committee also welcomes the State party’s initiatives to revise its legislation in areas of relevance to "
        "the Convention, including:",
        set(),
    ),
    (
        "https://645012.skal.fun/cat/observations/greece2012.html",
        "TIP_PROTOCOL",
        "Consideration of reports submitted by States parties under article 19 of the Convention",
        set(),
    ),
    (
        "http://ilo.int/dyn/normlex/es/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A2099570"
        "%2Cen%3ANO",
        "TIP_PROTOCOL",
        "The Committee requested the Government to supply detailed comments on these allegations, and to indicate all "
        "measures taken to ensure that penalties imposed by law for the exaction of forced labour are really adequate and "
        "are strictly enforced.",
        set(),
    ),
]


@in_both_modes(("source", "about", "text", "expected"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))])
def test_real_citation_forms(mode, source, about, text, expected):
    assert_refs(mode, text, expected, about, source)


def test_glued_footnote_mark_is_no_part_of_the_name():
    # "Organized Crime3" in a PDF copy: the mark after a name (here a constructed sentence in the form of A/RES/64/293)
    nlp = rule_components()
    text = "Recalls the United Nations Convention against Transnational Organized Crime3 and its resolution 64/293."
    assert set(tag(nlp, text, "TIP_PROTOCOL")._.legal_refs) == {"UNTOC", "resolution 64/293"}
    # a number that is part of the words after a name is not swallowed
    assert tag(nlp, "The Palermo Protocol 2000 review.", "TIP_PROTOCOL")._.legal_refs == ["TIP_PROTOCOL"]


def test_name_before_the_article_and_thereof():
    nlp = rule_components()
    # the name before the article is its instrument, and no second reference
    assert tag(nlp, "States should apply UNTOC article 18 and Palermo Protocol article 6.", "TIP_PROTOCOL")._.legal_refs == [
        "UNTOC art. 18",
        "TIP_PROTOCOL art. 6",
    ]
    # "thereof" follows the last instrument named (a second mention of it): one of the list, or another treaty
    assert tag(
        nlp, "States should implement the Organized Crime Convention, in particular article 18 thereof.", "TIP_PROTOCOL"
    )._.legal_refs == ["UNTOC", "UNTOC art. 18"]
    assert (
        tag(
            nlp, "States should apply the Convention on the Rights of the Child and article 35 thereof.", "TIP_PROTOCOL"
        )._.legal_refs
        == []
    )


def test_a_document_about_one_protocol_keeps_its_generic_form():
    # the one Protocol a text names is "the Protocol" only when the document is not about another Protocol
    doc = tag(
        rule_components(),
        "States parties should implement the Protocol, taking into account the Smuggling of Migrants Protocol.",
        "TIP_PROTOCOL",
    )
    assert doc._.legal_refs == ["TIP_PROTOCOL", "SOM_PROTOCOL"]


def test_operational_protocols_are_no_treaties():
    # "protocols" for cooperation or referral name no instrument; the treaties are capitalized or "its protocols"
    nlp = rule_components()
    assert (
        tag(nlp, "Develop referral protocols on trafficking in persons for frontline officers.", "TIP_PROTOCOL")._.legal_refs
        == []
    )


def test_copula_before_a_participle_frame_asks_to_legislate():
    nlp = rule_components()
    assert tag(nlp, "Ensure that adequate penalties are provided for in the legislation.", "TIP_PROTOCOL")._.legal_refs == []
    assert tag(nlp, "Ensure that all assistance measures provided for by law are available.", "TIP_PROTOCOL")._.legal_refs == [
        "domestic_law"
    ]
    # a relative clause describes the law in force: still the frame
    assert tag(nlp, "Ensure that victims enjoy the rights that are provided for by law.", "TIP_PROTOCOL")._.legal_refs == [
        "domestic_law"
    ]
