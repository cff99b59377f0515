"""Placeholder until the modality component lands (replaced by its owner)."""


def make_modality(nlp, name):
    """Not built yet."""
    raise NotImplementedError("modality component not built yet")
