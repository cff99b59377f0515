"""Placeholder until the evaluate stage lands (replaced by its owner)."""

from pipeline.errors import RecsError


def command() -> None:
    """Not built yet."""
    raise RecsError("the 'evaluate' command is not built yet")
