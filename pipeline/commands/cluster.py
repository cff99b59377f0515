"""Placeholder until the cluster stage lands (replaced by its owner)."""

from pipeline.errors import RecsError


def command() -> None:
    """Not built yet."""
    raise RecsError("the 'cluster' command is not built yet")
