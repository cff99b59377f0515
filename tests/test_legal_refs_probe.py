"""Legal references on the probe of unlabelled real text (issue 13 point 3, round 5).

Every case is verbatim from ``data/probe/real_probe.jsonl`` (id and source on each case); none is in a gold file.
"""

from __future__ import annotations

import pytest

from tests.tag_support import rule_components, tag


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ecosoc-1846-1974-op1, ECOSOC res. 1846 (LVI) para. 1: the only convention named is the Single Convention,
        # so "article 49 of the Convention" is that treaty's (not normalized, TAXONOMY section 5)
        (
            "Recommends the Governments concerned to intensify measures designed to reduce coca cultivation, to "
            "eliminate the clandestine manufacture of and the illicit traffic in cocaine and, in accordance with the "
            "Single Convention on Narcotic Drugs, 1961, to abolish coca-leaf chewing, if possible before the expiry "
            "of the twenty-five year period provided for in article 49 of the Convention;",
            [],
        ),
        # ga-3012-1972-op1, GA res. 3012 (XXVII) para. 1: a bare article of the Single Convention
        (
            "Welcomes the fact that the Economic and Social Council expressed satisfaction with the successful result "
            "of the United Nations Conference to Consider Amendments to the Single Convention on Narcotic Drugs, "
            "1961, particularly that a new article 14 bis was adopted concerning technical and financial assistance "
            "to promote more effective execution of the provisions of the Single Convention on Narcotic Drugs, 1961;",
            [],
        ),
        # ga-66-128-2011-op2, A/RES/66/128 para. 2: other treaties beside the Protocols do not hide the Protocols
        (
            "Encourages Member States to consider signing and ratifying or acceding to relevant International Labour "
            "Organization conventions and to consider signing and ratifying or acceding to the International "
            "Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families, the "
            "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, "
            "supplementing the United Nations Convention against Transnational Organized Crime, the Protocol against "
            "the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against "
            "Transnational Organized Crime, the 1954 Convention relating to the Status of Stateless Persons and the "
            "1961 Convention on the Reduction of Statelessness;",
            ["TIP_PROTOCOL", "SOM_PROTOCOL"],
        ),
        # ga-56-261-2002-p3b, A/RES/56/261 annex: no other treaty named, "the Convention" is the one of the document
        (
            "To increase in a sustained manner their overall level of extrabudgetary contributions and strengthen and "
            "broaden the donor base of the Centre in order to ensure the availability of adequate material and "
            "technical resources for projects in support of the Convention and the protocols thereto, as well as "
            "other projects and programmes;",
            ["UNTOC"],
        ),
        # ga-51-63-1996-op1, A/RES/51/63 para. 1: a list of numbered acts, joined by the vocabulary's list words
        (
            "Takes note with appreciation of the report of the Secretary-General on the progress made in the "
            "implementation of General Assembly resolutions 50/145 and 50/146 of 21 December 1995;",
            ["resolution 50/145", "resolution 50/146"],
        ),
    ],
)
def test_references_in_texts_of_unseen_bodies(text, expected):
    assert tag(rule_components(), text)._.legal_refs == expected
