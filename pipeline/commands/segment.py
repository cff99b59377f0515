"""Placeholder until the segment stage lands (replaced by its owner)."""

from pipeline.errors import RecsError


def command() -> None:
    """Not built yet."""
    raise RecsError("the 'segment' command is not built yet")
