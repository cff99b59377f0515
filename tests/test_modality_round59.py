"""Modality, round 59: UPR items opening "Sign and ratify" and other verbs the vocabulary lacked.

A bare imperative asks the State under review only when ``_implied_request`` finds its verb in
``implied_request.verbs``. "Sign and ratify the Protocol ... (Egypt)" (real-aa-004, -005), "Issue a standing invitation",
"Release all persons", "Submit its pending reports", "Prohibit the application of the death penalty", "Become a party
to" and "Reconsider the practice of ..." read no request. "sign", "issue", "release", "submit", "prohibit", "become",
"reconsider" and "formulate" join the list (each seen in two or more reviews); "reconsider" reads should, the strength
of the verb itself, not should_consider. A listed verb followed by a word that makes it a noun
(``implied_request.noun_openings``: "Sign language", "Release of") opens a statement or a title. Near misses: those two,
items whose "sign" follows a listed verb ("Encourage it to sign and ratify") or "Consider" (should_consider), and an
adverb before "prohibit" that was already read by place.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes

# The UPR items are copied from the rochelleterman/uprs data set: https://github.com/rochelleterman/uprs/blob/
# 05c79a6f2005e34ade568e626743b2e3f24625a3/2008data.csv, .../12de217713eeaa010a004d4c55c89c3dfcc5bb05/2009data.csv,
# .../1c22b22fc698295fdac770a0e80159d99fe0e6d4/2010data.csv, .../1e1d97f6fcef6cb53368c9e5ab19b62f2c97e6a3/2012data.csv,
# .../172a0b82a593223293a67642744ce4ed51e08947/2014data.csv
ITEM = ("should", "member_states")


@in_both_modes(
    ("text", "expected"),
    [
        # real-aa-005 (dev, gold part AA), UPR recommendations to the Czech Republic (2012), 2012data.csv rows
        # 'czechrepublic', paragraph 94.21: none / none on main
        (
            "Sign and ratify the Council of Europe Convention on Action against Trafficking in Human Beings and the "
            "Palermo Protocol (Austria)/ Sign and ratify the Council of Europe Convention on Action against Trafficking "
            "in Human Beings (Ireland);",
            ITEM,
        ),
        # p62-uprjpn-1, UPR recommendations to Japan (2008), 2008data.csv rows 'japan'
        (
            "60.1.8 Sign the Second Optional Protocol to the International Covenant on Civil and Political Rights (Portugal);",
            ITEM,
        ),
        # p62-uprukr-1, UPR recommendations to Ukraine (2008), 2008data.csv rows 'ukraine': "sign" after "to"
        (
            "58.2  To sign and ratify, at the earliest opportunity, the Convention on the Rights of Persons with "
            "Disabilities and the Optional Protocol thereto (Portugal);",
            ITEM,
        ),
        # p62-uprkhm-3, UPR recommendations to Cambodia (2010), 2010data.csv rows 'cambodia'
        ("82.23  Issue a standing invitation to all Council special procedures (Slovakia);", ITEM),
        # p62-uprkhm-4, the same review
        ("82.20   Submit its pending reports to the relevant treaty bodies (Pakistan);", ITEM),
        # p62-uprkor-1, UPR recommendations to the Republic of Korea (2012), 2012data.csv rows 'republicofkorea'
        (
            "124.55. Release all persons including pro-reunification patriots who were unjustly arrested and "
            "imprisoned according to the National Security Law” (Democratic People's Republic of Korea);",
            ITEM,
        ),
        # p62-uprirn-1, UPR recommendations to Iran (2014), 2014data.csv rows 'iran'
        (
            "138.161 Prohibit the application of the death penalty to minors at the time of the offence (Spain);",
            ITEM,
        ),
        # p62-uprrus-2, UPR recommendations to the Russian Federation (2009), 2009data.csv rows 'russia'
        ("85.9   Become a party to the remaining United Nations Human Rights instruments (Slovenia);", ITEM),
        # p59-uprcod-2, UPR recommendations to the DR Congo (2014), 2014data.csv rows 'democraticrepublicofthecongo'
        ("136.10 Become a party to the UNESCO Convention against Discrimination in Education (Chad);", ITEM),
        # p62-uprbrn-3, UPR recommendations to Brunei Darussalam (2010), 2010data.csv rows 'bruneidarussalam':
        # "reconsider" asks as strongly as its verb, should
        (
            "91.24   Reconsider the practice of confiscating the passports of migrants who bring to the courts a dispute "
            "with their employers, or consider an emergency judicial procedure which makes it possible to fully "
            "guarantee the rights of migrant workers on its territory (France);",
            ITEM,
        ),
    ],
)
def test_opening_verbs_added_to_the_vocabulary(mode: str, text: str, expected: tuple[str, str]) -> None:
    # base: none / none in both modes
    assert_row_request(mode, text, expected=expected)


@in_both_modes(
    ("text", "expected"),
    [
        # p62-sign-1, https://pollysatthepier.com/2021/05/sign-language-interpreting-in-legal-settings: "Sign
        # language" names a thing (`noun_openings`)
        (
            "Sign language translators can work from courtrooms to police stations under legal conditions.",
            ("none", "none"),
        ),
        # p62-release-1, US Embassy in Japan (2011), https://japan2.usembassy.gov/e/p/2011/tp-20110628-01.html: a title
        ("Release of 2011 Trafficking In Persons Report", ("none", "none")),
        # p62-uprbrn-1, UPR recommendations to Brunei Darussalam (2010): "sign" after a listed verb
        ("91.4.2 Encourage it to sign and ratify ICERD and OP-CRC-AC (Spain);", ITEM),
        # p62-uprbrn-2, the same review: "signing" after "Consider"
        (
            "91.4   Consider signing or ratifying, as appropriate, the following international human rights "
            "instruments: ICCPR, ICESCR and ICERD (Chile);",
            ("should_consider", "member_states"),
        ),
        # p62-uprkhm-2, UPR recommendations to Cambodia (2010)
        ("82.4   Consider early ratification of OP-CEDAW, signed in 2001 (Slovakia);", ("should_consider", "member_states")),
        # p62-uprkor-3, UPR recommendations to the Republic of Korea (2012): read by place since round 58
        ("124.38..2 Expressly prohibit corporal punishment in all settings (Hungary);", ITEM),
    ],
)
def test_near_misses_keep_their_reading(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected=expected)
