"""Placeholder until the legal_refs component lands (replaced by its owner)."""


def make_legal_refs(nlp, name):
    """Not built yet."""
    raise NotImplementedError("legal_refs component not built yet")
