"""Placeholder until the actors component lands (replaced by its owner)."""


def make_actors(nlp, name):
    """Not built yet."""
    raise NotImplementedError("actors component not built yet")
