"""Placeholder until the themes component lands (replaced by its owner)."""


def make_themes(nlp, name):
    """Not built yet."""
    raise NotImplementedError("themes component not built yet")
