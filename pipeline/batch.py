"""Batch accounting shared by the stages: one bad file is reported, skipped and counted, never fatal to the rest.

The stages only count and describe; how a skip or failure is shown (a red line on the
console, nothing at all in a library call) is the caller's choice, passed as ``notify``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from pipeline.errors import RecsError

Event = Literal["skipped", "failed"]


def _silent(event: Event, message: str) -> None:
    """The default ``notify``: a library caller reads the counts instead."""


@dataclass
class BatchReport:
    """What a batch did: rows processed, inputs skipped, and one message per failed input."""

    processed: int = 0
    skipped: int = 0
    failures: list[str] = field(default_factory=list)
    notify: Callable[[Event, str], None] = _silent

    def fail(self, error: RecsError) -> None:
        """Record a per-input failure; the batch goes on."""
        self.failures.append(str(error))
        self.notify("failed", str(error))

    def skip(self, message: str) -> None:
        """Count an input left out on purpose (unsupported, duplicate), saying why."""
        self.skipped += 1
        self.notify("skipped", message)

    def summary(self, what: str) -> str:
        """One line: how many processed, skipped and failed."""
        return f"{what}: {self.processed} processed, {self.skipped} skipped, {len(self.failures)} failed"
