"""Modality and addressee, round 8 (issue 13 point 3): constructions rather than wordings, each checked on real text
of at least two documents (the source beside each case, as data/gold/REAL_SOURCES_G.md and _H.md list them) and on
the near misses the same rule must leave alone."""

from __future__ import annotations

import pytest

from tests.tag_support import tagged_row

BOTH = ["parsed", "rules"]
PARSED = ["parsed"]

CASES = [
    # -- a resolution verb after the subject's statement or expectation is the sentence's request
    # CEACR, Forced Labour Convention, 1930 (No. 29) (real-g-001): "will be taken" binds no actor named before it
    (
        BOTH,
        "The Committee trusts that appropriate measures will be taken by the Government in the near future in order to "
        "bring the national legislation into conformity with the Convention on this point and requests the Government "
        "to provide, in its next report, information on the progress made in this regard.",
        None,
        "should",
        "member_states",
    ),
    # CEACR, Convention No. 29 (real-g-040): the request wins over the statement verb before it
    (
        BOTH,
        "The Committee has noted the information provided by the Government in reply to its earlier comments. It notes, "
        "in particular, the information on measures taken and contemplated to prevent, suppress and punish trafficking "
        "in persons for the purpose of exploitation, supplied in response to the Committee’s general observation of "
        "2000, and requests the Government to continue to provide information on the developments in this sphere.",
        None,
        "should",
        "member_states",
    ),
    # CEACR, Migration for Employment Convention (Revised), 1949 (No. 97) (real-g-050): "requests it to"
    (
        PARSED,
        "The Committee draws the Government’s attention to Article 6 of the Convention in particular and requests it to "
        "provide information on the practical implementation of its policy of equality of treatment between national "
        "workers and migrant workers on the subjects enumerated in Article 6(a)–(d).",
        None,
        "should",
        "member_states",
    ),
    # CEACR, Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143) (real-g-088): an expectation joined
    # to the request; the rule reading also finds it
    (
        BOTH,
        "The Committee understands that the Government has not yet adopted the revised legislation. The Committee is "
        "concerned over the slow progress made with respect to the matters raised above. It urges the Government to "
        "take the necessary steps to give effect to Articles 3(b) and 6(1), 10 and 14(a) of the Convention, and hopes "
        "that the Government will be in a position to report positively on any results achieved in the near future.",
        None,
        "should",
        "member_states",
    ),
    # GRETA, second evaluation report on 'the former Yugoslav Republic of Macedonia', press release (real-h-057)
    (
        BOTH,
        "Expressing concern about the low number of convictions, GRETA calls on the authorities to secure adequate "
        "funding and sufficient staff for proactive investigative work as well as to ensure successful prosecution and "
        "effective sanctions.",
        None,
        "should",
        "member_states",
    ),
    # -- the Committee of Experts' courtesy requests
    # CEACR, Convention No. 143 (real-g-071)
    (
        BOTH,
        "Part V of the report form. The Committee would be grateful if the Government would continue providing "
        "information on legislative instruments or other measures relating to the application of the Convention, "
        "including statistics disaggregated by sex, place of origin and sector of activity, in respect of migrant "
        "workers residing in the Bolivarian Republic of Venezuela and Venezuelan workers abroad, as well as any other "
        "relevant information.",
        None,
        "should",
        "member_states",
    ),
    # CEACR, Convention No. 29 (real-g-039)
    (
        PARSED,
        "Noting also the Government’s explanation that a contract of employment may be either oral or in writing, the "
        "Committee would appreciate it if the Government would supply, in its next report, sample copies of the written "
        "contracts of employment concluded by the prisoners with private employers.",
        None,
        "should",
        "member_states",
    ),
    # -- "need(s) to be" + a participle: a passive request, only as the sentence's own verb
    # GRETA, first evaluation report on Montenegro, press release (real-h-067)
    (
        BOTH,
        "Furthermore, co-ordination needs to be strengthened to ensure that civil society is involved in the planning "
        "and implementation of national anti-trafficking policy.",
        None,
        "should",
        "none",
    ),
    # GRETA, second evaluation report on Georgia, press release (real-h-086): "needs" misparsed as a noun
    (
        BOTH,
        "However, more needs to be done to ensure timely identification of victims of trafficking, assist them and "
        "guarantee effective investigation and prosecution.",
        None,
        "should",
        "none",
    ),
    # GRETA, third evaluation report on Hungary (real-h-110): the by-agent is no addressee of a passive
    (
        BOTH,
        "However, according to GRETA, further steps need to be taken by the Hungarian authorities, notably by improving "
        "the assistance provided to victims of trafficking and their access to legal aid and compensation.",
        None,
        "should",
        "none",
    ),
    # GRETA, first evaluation report on Montenegro, press release (real-h-070): a need the report states
    (
        BOTH,
        "The report stresses that more needs to be done to make sure that the overall anti-trafficking approach is "
        "focused on the victims of trafficking and their human rights.",
        None,
        "none",
        "none",
    ),
    # -- an undertaking binds its own subject
    # ILO Convention No. 143, article 10 (real-g-078)
    (
        BOTH,
        "Each Member for which the Convention is in force undertakes to declare and pursue a national policy designed "
        "to promote and to guarantee, by methods appropriate to national conditions and practice, equality of "
        "opportunity and treatment in respect of employment and occupation.",
        None,
        "mandatory",
        "member_states",
    ),
    # ILO Convention No. 97, article 6(1)(a)(i) (real-g-087): the lead-in's lower-case "member" of the 1950 print
    (
        BOTH,
        "remuneration, including family allowances where these form part of remuneration, hours of work, overtime "
        "arrangements, holidays with pay;",
        "1. Each member for which this Convention is in force undertakes to apply, without discrimination in respect "
        "of nationality, race, religion or sex, to immigrants lawfully within its territory, treatment no less "
        "favourable than that which it applies to its own nationals in respect of following matters",
        "mandatory",
        "member_states",
    ),
    # -- a country named as the one asked
    # GRETA, second evaluation report on Germany, press release (real-h-051)
    (
        BOTH,
        "In addition, Germany should strengthen multi-agency involvement in victim identification for all forms of "
        "exploitation, by giving a formal role in the identification process to frontline actors.",
        None,
        "should",
        "member_states",
    ),
    # GRETA, second evaluation report on Ukraine (real-h-075)
    (
        BOTH,
        "In addition, GRETA encourages Ukraine to ratify the Council of Europe's Convention against Trafficking in Human "
        "Organs, which would contribute to the prevention of trafficking for the purpose of organ removal.",
        None,
        "encouraged",
        "member_states",
    ),
    # GRETA, second evaluation report on Hungary, press release (real-h-107)
    (
        BOTH,
        "GRETA also calls on Hungary to repeal legislation that imposes fines, and even prison sentences, for children "
        "engaged in prostitution.",
        None,
        "should",
        "member_states",
    ),
    # ECOSOC resolution 588 (XX) B, 1955 (data/probe): a body named with its article is no country
    (BOTH, "Recommends the General Assembly to provide the necessary funds for this purpose.", None, "should", None),
    # ILO Convention No. 97, annex (real-g-085): nor is an instrument
    (
        BOTH,
        "The safeguarding of the welfare, during the journey and in particular on board ship, of migrants and members of "
        "their families authorized to accompany or join them ; and",
        "The measure taken under Article 4 of this Convention shall, as appropriate, include —",
        "mandatory",
        "none",
    ),
]


@pytest.mark.parametrize(
    ("mode", "text", "context", "modality", "addressee"),
    [(mode, *case) for modes, *case in CASES for mode in modes],
)
def test_round8_constructions(mode, text, context, modality, addressee):
    row = tagged_row(mode, text, context)[0]
    assert row["modality"] == modality
    if addressee is not None:
        assert row["addressee"] == addressee
    else:
        assert row["addressee"] != "member_states"  # "Recommends the General Assembly": a body, not a State
