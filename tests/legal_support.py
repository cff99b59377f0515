"""Shared checks of the legal-reference round tests (``test_legal_refs_round*.py``).

Every round writes its cases as data (the text, the document it is about, the references it must yield, and for a
copied text the address it was copied from) and asserts each in both ways the tagger is built; these helpers are
that one way, so a round file holds its cases and their reasons, not another copy of the checks.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from tests.tag_support import in_both_modes, tag_in_mode

__all__ = ["assert_refs", "check_probe_sources", "in_both_modes", "probe_round_tests", "probe_sources"]


def assert_refs(mode: str, text: str, expected: set[str], about: str | None = None, source: str | None = None) -> None:
    """``text``, of a document ``about`` an instrument, yields exactly the references ``expected`` in ``mode``; a
    text copied from a page (``source``) names its address."""
    if source is not None:
        assert source.startswith("http")
    assert set(tag_in_mode(mode, text, about)._.legal_refs) == expected


@functools.cache
def probe_sources(probe: str) -> dict[str, str]:
    """Text -> the address it was copied from, of each row of ``data/probe/<probe>``."""
    lines = Path("data/probe", probe).read_text(encoding="utf-8").splitlines()
    return {row["text"]: row["url"] for row in map(json.loads, filter(str.strip, lines))}


def check_probe_sources(cases: Iterable[tuple[str, str, str]]) -> None:
    """Each (probe file, source, text): the probe file holds the text verbatim, copied from that address, so the tests
    follow the committed probe, not a paraphrase."""
    for probe, source, text in cases:
        assert probe_sources(probe).get(text) == source, f"{probe}: {text[:60]!r}"


ProbeCase = tuple[str, str, str, str | None, set[str]]  # (probe file, source, text, document instrument, references)


def probe_round_tests(fixed: Sequence[ProbeCase], near_misses: Sequence[ProbeCase]) -> tuple[Callable[..., Any], ...]:
    """A round's three tests over cases copied from a probe file: the fixed cases and the near misses, each in both
    modes, and the probe file holding every case verbatim. A round file binds them to its own test names."""
    names = ("probe", "source", "text", "about", "expected")

    @in_both_modes(names, fixed, ids=[f"fixed-{i}" for i in range(len(fixed))])
    def fixed_cases(mode: str, probe: str, source: str, text: str, about: str | None, expected: set[str]) -> None:
        assert_refs(mode, text, expected, about, source)

    @in_both_modes(names, near_misses, ids=[f"near-{i}" for i in range(len(near_misses))])
    def near_miss_cases(mode: str, probe: str, source: str, text: str, about: str | None, expected: set[str]) -> None:
        assert_refs(mode, text, expected, about, source)

    def probe_files_hold_the_cases() -> None:
        """The probe texts are the probes', verbatim, with the address they were copied from."""
        check_probe_sources((probe, source, text) for probe, source, text, _, _ in [*fixed, *near_misses])

    return fixed_cases, near_miss_cases, probe_files_hold_the_cases
