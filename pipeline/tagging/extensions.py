"""Doc and Span extension attributes set by the tagging components.

Registered idempotently (every component module calls :func:`register_extensions`
on import), so a pipeline loaded with plain ``spacy.load`` has them too.
Mutable values are set by the components, never shared defaults.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span


def _legal_ref(span: Span) -> str | None:
    """The canonical reference string, kept in ``span.kb_id_`` so several references
    ("articles 16 to 18") can share one surface span and survive serialization."""
    return span.kb_id_ or None


DOC_ATTRIBUTES: dict[str, object] = {
    "about_instrument": None,  # set by the caller: the instrument the document is about
    "actors": None,  # sorted unique actor ids
    "legal_refs": None,  # unique canonical references, in order of first mention
    "modality": None,  # primary modality value
    "modality_strength": None,  # its strength 0-5
    "negated": None,  # a main modal clause is negated
    "addressee": None,  # actor id of the primary clause's subject, or "none"
    "modal_clauses": None,  # list of dicts: value, strength, negated, subject, verb, start, end
}
SPAN_ATTRIBUTES: dict[str, object] = {
    "actor_role": None,  # role type of an actor span (state, igo, ...)
    "modal": None,  # dict of a modal-clause span: value, strength, negated, subject, verb
}


_TEXT_KEY = ("recs", "text")


def remember_text(doc: Doc, text: str) -> None:
    """Record the text a doc was made from (the caller knows it), so :func:`doc_text` need not rebuild it."""
    user_data: dict[Any, Any] = doc.user_data  # spaCy's own keys are tuples too; its annotation says str
    user_data[_TEXT_KEY] = text


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc.

    spaCy rebuilds ``doc.text`` from the tokens on every access (~15 µs for a typical
    recommendation, as much as tokenizing it), and several components read it. A
    doc's text cannot change once the doc exists, so keeping it is safe.
    """
    user_data: dict[Any, Any] = doc.user_data
    text = user_data.get(_TEXT_KEY)
    if text is None:
        text = user_data[_TEXT_KEY] = doc.text
    return text


def value_key(name: str, start: int | None = None, end: int | None = None) -> tuple[str, str, int | None, int | None]:
    """The ``doc.user_data`` key of an extension value: a doc's (``start``/``end`` None) or a span's (its character
    offsets), as spaCy's ``Underscore`` keys it.

    Why: ``doc._.name`` builds an accessor object and checks the registry on every read (~1 µs); the row of every
    tagged doc reads a dozen values and one per span. Only for attributes with a ``None`` default and no getter
    (all of :data:`DOC_ATTRIBUTES` and :data:`SPAN_ATTRIBUTES`): a missing key then reads as ``None``, as ``doc._`` does.
    """
    return ("._.", name, start, end)


DOC_KEYS = {name: value_key(name) for name in DOC_ATTRIBUTES}  # each doc attribute's key, built once


def register_extensions() -> None:
    """Register every extension once; calling it again is a no-op."""
    for name, default in DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_ATTRIBUTES.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    if not Span.has_extension("legal_ref"):
        Span.set_extension("legal_ref", getter=_legal_ref)
