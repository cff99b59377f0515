"""Placeholder until the ingest stage lands (replaced by its owner)."""

from pipeline.errors import RecsError


def command() -> None:
    """Not built yet."""
    raise RecsError("the 'ingest' command is not built yet")
