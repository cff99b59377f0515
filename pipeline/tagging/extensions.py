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


# ``about_instrument`` of a document about none of the listed instruments (a gold record's null, Label Studio's choice):
# unlike None (not known, read as the default instrument), its untied "the Convention" names no listed instrument.
NO_INSTRUMENT = "none"

# Every value reads as None until a component sets it (the components set mutable values, never shared defaults).
DOC_ATTRIBUTES: dict[str, object] = {
    "about_instrument": None,  # set by the caller: the instrument the document is about, NO_INSTRUMENT, or None (unknown)
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


_NAMESPACE = "recs"  # every doc.user_data key this package writes starts with it
_TEXT_KEY = (_NAMESPACE, "text")


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
    """The ``doc.user_data`` key where extension ``name`` keeps its value: a doc's (``start``/``end`` None) or a
    span's (its character offsets).

    Why: ``doc._.name`` builds an accessor object and checks the registry on every read (~1 µs); the row of every
    tagged doc reads a dozen values and one per span, so the components and the row building read and write these
    keys straight. The keys are our own (``recs`` namespace, not spaCy's internal layout); the extensions are
    registered with a getter and a setter over the same keys (:func:`register_extensions`), so ``doc._`` and
    ``span._`` read and write exactly these values through spaCy's public extension API.
    """
    return (_NAMESPACE, name, start, end)


# the doc values the theme component sets (it registers them itself: a pipeline without it has none)
THEME_ATTRIBUTES = ("themes", "theme_groups", "theme_scores", "theme_sources")
DOC_KEYS = {name: value_key(name) for name in (*DOC_ATTRIBUTES, *THEME_ATTRIBUTES)}  # each doc value's key, built once


def register_doc_value(name: str) -> None:
    """Register ``Doc._.name`` over :func:`value_key` (missing reads as None); a no-op when already registered."""
    if Doc.has_extension(name):
        return
    key = value_key(name)

    def getter(doc: Doc) -> Any:
        user_data: dict[Any, Any] = doc.user_data
        return user_data.get(key)

    def setter(doc: Doc, value: Any) -> None:
        user_data: dict[Any, Any] = doc.user_data
        user_data[key] = value

    Doc.set_extension(name, getter=getter, setter=setter)


def register_span_value(name: str) -> None:
    """Register ``Span._.name`` over :func:`value_key` with the span's offsets; a no-op when already registered."""
    if Span.has_extension(name):
        return

    def getter(span: Span) -> Any:
        user_data: dict[Any, Any] = span.doc.user_data
        return user_data.get(value_key(name, span.start_char, span.end_char))

    def setter(span: Span, value: Any) -> None:
        user_data: dict[Any, Any] = span.doc.user_data
        user_data[value_key(name, span.start_char, span.end_char)] = value

    Span.set_extension(name, getter=getter, setter=setter)


def register_extensions() -> None:
    """Register every extension once; calling it again is a no-op."""
    for name in DOC_ATTRIBUTES:
        register_doc_value(name)
    for name in SPAN_ATTRIBUTES:
        register_span_value(name)
    if not Span.has_extension("legal_ref"):
        Span.set_extension("legal_ref", getter=_legal_ref)
