"""Shared checks of the legal-reference round tests (``test_legal_refs_round*.py``).

Every round writes its cases as data (the text, the document it is about, the references it must yield, and for a
copied text the address it was copied from) and asserts each in both ways the tagger is built; these helpers are
that one way, so a round file holds its cases and their reasons, not another copy of the checks.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from pathlib import Path

from tests.tag_support import in_both_modes, tag_in_mode

__all__ = ["assert_refs", "check_probe_sources", "in_both_modes", "probe_sources"]


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
