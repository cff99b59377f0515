"""Legal references, round 17: a Protocol's misspelt title before its title tail; a law named by its owner in a frame.

Real text no rule had been written from (``data/probe/probe12_legal.jsonl``, committed before the tagger read it: the
UNODC draft model law's slides of May 2008) and two gold dev records (real-n-217, the Asia-Pacific Parliamentary
Forum; real-o-053, the UPR of Slovenia). Each probe text is copied verbatim; the address it was copied from is
checked against the probe file.

Fixed kinds:
- a Protocol's title that no alias spells exactly ("Protocol to Prevent Suppress and Punish ...", "... and Punishing
  Trafficking in Persons ...") followed by its title tail ("supplementing the United Nations Convention against
  Transnational Organized Crime") is the Protocol whose topic the title names; the tail is no second reference (it
  gave a false ``UNTOC`` and missed the Protocol);
- a law named by its owner in the possessive after a frame ("in accordance with Slovenia’s International Protection
  Law") is the State's law in force, ``domestic_law``.
The near misses keep a rightly spelt title beside the Convention named on its own, the Convention named alone, a
possessive law asked to be reviewed (no frame), an acronym's or a body's possessive ("UNODC’s Model Law", "the
Council's Code of Conduct") and a law named by its number.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.legal_support import assert_refs, check_probe_sources, in_both_modes

PROBE = "probe12_legal.jsonl"
DRAFT_MODEL_LAW = "https://studylib.net/doc/15241217/unodc-draft-model-legislation-on-trafficking-in-persons"
HRC_53_9 = (
    "https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=dtYoAzPhJ4NMy4Lu1TOebIM8c1X4GZjGEGHV9SBM9XTUv%2BNBQNkz2rvqp2b"
    "N%2F%2FZmF5UibCC9OgeZMXlfWMUynfoc6ZO53R4UrLX32Q%2BC1svKwLNZDKnQmWV9C4d%2FXf1r"
)
INFOVICTIMS = "https://infovictims.gr/en/support-from-victim-support-services"

MISSPELT_TITLE = (
    "• Protocol to Prevent Suppress and Punish Trafficking in Persons,\nEspecially Women and Children, supplementing the"
    " United\nNations Convention against Transnational Organized Crime,2000"
)

# (source, text, about_instrument, the references it yields)
FIXED = [
    (DRAFT_MODEL_LAW, MISSPELT_TITLE, None, {"TIP_PROTOCOL"}),
    (DRAFT_MODEL_LAW, MISSPELT_TITLE, "TIP_PROTOCOL", {"TIP_PROTOCOL"}),
    (DRAFT_MODEL_LAW, MISSPELT_TITLE, "UNTOC", {"TIP_PROTOCOL"}),
]

# Probe texts read as before: (source, text, about_instrument, references)
PROBE_NEAR_MISSES = [
    # the title spelt right, the Convention named on its own before it: both, as before
    (
        HRC_53_9,
        "Reaffirming alsothe United Nations Convention against Transnational Organized Crime and the Protocols thereto, in particular the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime,",
        "TIP_PROTOCOL",
        {"UNTOC", "TIP_PROTOCOL"},
    ),
    # the same slides name the Convention alone: UNTOC
    (DRAFT_MODEL_LAW, "• United Nations Convention against Transnational\nOrganized Crime,2000", "TIP_PROTOCOL", {"UNTOC"}),
    # a law named by its number after a frame: no owner named, no reference (as before)
    (
        INFOVICTIMS,
        "According to article 62 of Law 4478/2017, the support and care services provided to the victim, at minimum, include the following:",
        "TIP_PROTOCOL",
        set(),
    ),
]

# Written near misses, from the wording of the fixed texts: (text, about_instrument, references)
NEAR_MISSES = [
    # a Protocol title naming no topic of the list's Protocols: the tail names the Convention, as before
    (
        "States should ratify the Protocol to Prevent and Punish Offences, supplementing the United Nations Convention against Transnational Organized Crime.",
        "TIP_PROTOCOL",
        {"UNTOC"},
    ),
    # a regional organization's own Protocol is not the list's
    (
        "Recalling the ASEAN Protocol to Prevent Trafficking in Persons, supplementing the United Nations Convention against Transnational Organized Crime,",
        "TIP_PROTOCOL",
        {"UNTOC"},
    ),
    # the possessive law asked to be reviewed: a request to legislate, no frame
    ("Review Slovenia’s International Protection Law to ensure access to asylum (Honduras);", "SOM_PROTOCOL", set()),
    # an acronym's or a body's possessive is no State's law
    ("Ensure that victims are assisted in accordance with UNODC’s Model Law on trafficking.", "TIP_PROTOCOL", set()),
    ("Act in accordance with the Council's Code of Conduct and its law.", "TIP_PROTOCOL", set()),
]


@in_both_modes(("source", "text", "about", "expected"), FIXED, ids=[f"fixed-{i}" for i in range(len(FIXED))])
def test_round17_fixed(mode: str, source: str, text: str, about: str | None, expected: set[str]) -> None:
    assert_refs(mode, text, expected, about, source)


@in_both_modes(
    ("source", "text", "about", "expected"), PROBE_NEAR_MISSES, ids=[f"probe-near-{i}" for i in range(len(PROBE_NEAR_MISSES))]
)
def test_round17_probe_near_misses(mode: str, source: str, text: str, about: str | None, expected: set[str]) -> None:
    assert_refs(mode, text, expected, about, source)


@in_both_modes(("text", "about", "expected"), NEAR_MISSES, ids=[f"near-{i}" for i in range(len(NEAR_MISSES))])
def test_round17_near_misses(mode: str, text: str, about: str | None, expected: set[str]) -> None:
    assert_refs(mode, text, expected, about)


def test_probe_file_holds_the_cases() -> None:
    """The probe texts are the probe's, verbatim, with the address they were copied from."""
    check_probe_sources((PROBE, source, text) for source, text, _, _ in [*FIXED, *PROBE_NEAR_MISSES])


GOLD_CASES = [
    # APPF 15th Annual Meeting (real-n-217): "... and Punishing Trafficking in Persons ..., supplementing ..."
    ("real-n-217", "Protocol to Prevent, Suppress and Punishing Trafficking in Persons"),
    # UPR of Slovenia (real-o-053): the State's own law named in the possessive after "in accordance with"
    ("real-o-053", "in accordance with Slovenia’s International Protection Law"),
]


@in_both_modes(("record", "wording"), GOLD_CASES, ids=[record for record, _ in GOLD_CASES])
def test_kinds_in_the_gold(mode: str, record: str, wording: str) -> None:
    """The dev records the kinds were seen in: their text and labels as the gold holds them, read with their instrument."""
    rows = {
        json.loads(line)["id"]: json.loads(line)
        for line in Path("data/gold/real_dev.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    row = rows[record]
    assert wording in row["text"]
    assert_refs(mode, row["text"], set(row["legal_refs"]), row["about_instrument"])
