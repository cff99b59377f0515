"""Placeholder until the report stage lands (replaced by its owner)."""

from pipeline.errors import RecsError


def command() -> None:
    """Not built yet."""
    raise RecsError("the 'report' command is not built yet")
