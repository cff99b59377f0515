"""Modality and addressee, round 51: a resolution verb's that-clause whose subject is a pronoun for an actor named before.

Treaty bodies sometimes name the State party in a participle or a statement and then ask it by pronoun: "The Committee,
while noting the activities carried out by the State party in this respect, recommends that it increase ..." (CRC). The
that-clause's "it" (or "they", ``antecedent_pronouns``) stands for the first actor the sentence names before the verb,
as "urges them to" already did for an object pronoun; both modes read no addressee before. Near misses: a pronoun
followed by a form of "be" (a report's passive, a condition), a pronoun inside an infinitive ("to enable it execute its
mandate"), a relative clause ("to which it is not yet party") and a condition after "that" ("that if it is not in a
position to") keep their readings.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes


@in_both_modes(
    ("text", "expected"),
    [
        # real-q-026 (CRC/C/PER/CO/3, 2006, para. 70; https://adattar.minorityforum.info/en/entity/qn3nkexcedh?page=15):
        # should / none before, both modes
        (
            "The Committee, while noting the activities carried out by the State party in this respect, recommends that it "
            "increase and strengthen its efforts to prevent child disappearances, fully investigate those cases and "
            "prosecute those responsible.",
            ("should", "states_parties"),
        ),
        # near miss, p48-rwa-4 (CRC/C/RWA/CO/3-4, https://adattar.minorityforum.info/entity/ongd0phehlm?file=
        # 1577975583222pvjad6disoj.pdf&page=19): a condition after "that", no request
        (
            "The Committee reminds the State party that if it is not in a position to review and resubmit the report, "
            "translation of the report for purposes of examination of the treaty body cannot be guaranteed.",
            ("none", "none"),
        ),
        # near miss, p48-acerwc-2 (ACERWC concluding observations, https://nanhri-online-centre.uwazi.io/en/entity/
        # p5pscv92qz8?page=3): the Government asked, "it" inside the infinitive is the Council's
        (
            "The Committee recommends that the Government allocates sufficient financial and human resource to the National "
            "Council for Children to enable it execute its mandate on the protection of child rights, as well as its role "
            "of coordination of child rights issues.",
            ("should", "member_states"),
        ),
        # near miss, p48-geo-1 (CRC/C/GEO/CO/3, https://adattar.minorityforum.info/entity/t262qkhf738?file=
        # 1577972849078vsbcqwu1rxd.pdf&page=21): "it" in a relative clause
        (
            "The Committee encourages the State party to consider ratifying the international human rights instruments to "
            "which it is not yet party.",
            ("encouraged", "states_parties"),
        ),
    ],
)
def test_pronoun_after_resolution_verb(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected=expected)
