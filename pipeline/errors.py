"""One exception type for problems the user can fix, so the CLI can print them in one line."""

from __future__ import annotations

from pathlib import Path


class RecsError(Exception):
    """A user-facing error: bad input, missing file, mismatched model.

    The CLI prints ``str(error)`` on one line (no traceback unless ``--debug``)
    and exits with code 1, so the message must name the file and the problem.
    """

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message
