"""Modality and addressee, round 41: a meeting's reported call.

A meeting speaks for those who met, as a report or a resolution speaks for its body: "The meeting called for increased
interaction ..." is a request of no one in particular (`should` / none, as the gold reads real-v-018), where the base
read the start-only "called for" as a thing's need (none). Only a short noun phrase opening the sentence and headed by
the meeting noun speaks; a noun "calls" and a call told inside a relative clause stay statements.
"""

from __future__ import annotations

from tests.modality_support import assert_row_request, in_both_modes


@in_both_modes(
    ("text", "expected"),
    [
        # UNIS/NAR/838 on the 47th session of the Commission on Narcotic Drugs, NGO Forum paragraph (2004;
        # http://unodc.org/unodc/en/press/releases/press_release_2004-03-19_1.html, real-v-018): none / none before
        (
            "The meeting called for increased interaction between the UNODC and the NGO community on concrete "
            "activities that can alleviate drug addiction.",
            ("should", "none"),
        ),
        # near miss: "calls" as a noun; BBC News, Conference calls for laws against trafficking (2000;
        # https://bbctodays.pages.dev/2/hi/asia-pacific/697593.stm, probe 32, p32-bbcmnl-1): none before and after
        (
            "A conference on the international trafficking of women and children has ended in the Philippines capital, "
            "Manila, with calls for the trade to be made a crime.",
            ("none", "none"),
        ),
        # near miss: the call told inside a relative clause of the declaration; UNIS Vienna on the 30th CCPCJ (2021;
        # https://europeantimes.news/?p=30265, probe 32, p32-etkyoto-1): none before and after
        (
            "It adopted the Kyoto Declaration, where Member States called for stronger partnerships among different "
            "parts of the international community to prevent and address all forms of crime, including against the "
            "backdrop of the COVID-19 pandemic.",
            ("none", "none"),
        ),
    ],
)
def test_a_meetings_call(mode: str, text: str, expected: tuple[str, str]) -> None:
    assert_row_request(mode, text, expected)


def test_a_workshops_call_without_a_parse() -> None:
    """KUNA via WUNRN on the Arab League workshop, Vienna (2009; http://wunrn.org/news/2009/03_09/03_30_09/
    033009_arab.htm, probe 10, p10-arab2009-3): none before in rule-only mode. The parse hangs the call under the
    reporting "went on to say" and reads none before and after (left: a call reported with its speaker's verb)."""
    assert_row_request(
        "rules",
        "The workshop also called for launching a single database to spot this criminal activity and exchange "
        "information among the concerned departments of the Arab countries, Wahba went on to say.",
        ("should", "none"),
    )
