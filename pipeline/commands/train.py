"""Placeholder until the train stage lands (replaced by its owner)."""

from pipeline.errors import RecsError


def command() -> None:
    """Not built yet."""
    raise RecsError("the 'train' command is not built yet")
