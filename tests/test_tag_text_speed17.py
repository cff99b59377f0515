"""Tag speed, session 17: the actor and modality components read a doc's text through ``doc_text``.

spaCy rebuilds ``doc.text`` from the tokens on every read (~12 µs a recommendation); the stage remembers the text
it made each doc from (``remember_text``) and legal references, themes and row building read that. Actors read
``doc.text`` again for every doc (``_workers_bodies``), and modality for a UPR item opening with a phrase
(``_after_opening_phrase``). These tests count the component's reads of ``doc.text`` on a doc whose text is
remembered (none now; one or more on main) and check that the spans are those of a plain doc, in both modes.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.tagging.extensions import remember_text
from tests.tag_support import in_both_modes, parsed_components, rule_components


class TextCountingDoc(Doc):
    """A doc that counts the reads of its ``text`` (spaCy's own property, which rebuilds it each time)."""

    reads = 0

    @property
    def text(self) -> str:  # type: ignore[override]
        TextCountingDoc.reads += 1
        return str(Doc.text.__get__(self))


def _nlp(mode: str) -> Language:
    return parsed_components() if mode == "parsed" else rule_components()


def _prepared(nlp: Language, text: str, *, counting: bool, remembered: bool) -> Doc:
    """``text`` as the tokenizer splits it, through every pipe before the recs components."""
    plain = nlp.make_doc(text)
    doc = (
        TextCountingDoc(nlp.vocab, words=[token.text for token in plain], spaces=[bool(token.whitespace_) for token in plain])
        if counting
        else plain
    )
    if remembered:
        remember_text(doc, text)
    for name, component in nlp.pipeline:
        if name.startswith("recs_"):
            break
        doc = component(doc)
    return doc


def _reads_and_spans(mode: str, text: str, names: tuple[str, ...], *, remembered: bool) -> tuple[int, dict[str, Any]]:
    """The reads of ``doc.text`` by the named components, and every span group they leave on a counting doc."""
    nlp = _nlp(mode)
    doc = _prepared(nlp, text, counting=True, remembered=remembered)
    assert doc.text == text  # the counting doc is the tokenizer's doc
    TextCountingDoc.reads = 0
    for name in names:
        doc = nlp.get_pipe(name)(doc)
    reads = TextCountingDoc.reads
    return reads, {key: [(span.start, span.end, span.label_) for span in group] for key, group in doc.spans.items()}


def _plain_spans(mode: str, text: str, names: tuple[str, ...]) -> dict[str, Any]:
    nlp = _nlp(mode)
    doc = _prepared(nlp, text, counting=False, remembered=False)
    for name in names:
        doc = nlp.get_pipe(name)(doc)
    return {key: [(span.start, span.end, span.label_) for span in group] for key, group in doc.spans.items()}


# ILO CEACR, comment under Convention No. 182 (NORMLEX comment 4060937): real-z-014 in data/gold/real_dev.jsonl
WORKERS_BODY = (
    "The Committee notes the observations of the Confederation of Public and Private Sector Workers (CTSP) received on "
    "4 September 2019. The Committee requests the Government to provide its comments in this respect."
)
# Universal Periodic Review, recommendations to Cyprus (2010), para. 87.39: p38-uprcyp-1 in data/probe/probe38_modality.jsonl
UPR_PHRASE_OPENER = (
    "87.39   Following concerns expressed by the Committee against Torture, investigate reported cases of physical "
    "ill-treatment by the police and ensure the rooting out of such unlawful practices (Israel);"
)
# CRC, concluding observations on Albania, CRC/C/ALB/CO/2-4, 2012, para. 83 (a): real-z-001 in data/gold/real_dev.jsonl (no
# workers' body, no UPR opener: the common case, where actors read the text once a doc on main)
PLAIN_REQUEST = (
    "(a) Ensure that the National Action Plan for the Combat against Trafficking of Children and for the "
    "Protection of Children Victims of Trafficking (2011–2013) addresses prevention measures targeting, in "
    "particular, children from Roma and Egyptian minorities;"
)


@in_both_modes(
    ("text", "names"),
    [
        (WORKERS_BODY, ("recs_actors",)),
        (UPR_PHRASE_OPENER, ("recs_actors", "recs_modality")),
        (PLAIN_REQUEST, ("recs_actors", "recs_modality")),
    ],
    ids=["workers-body", "upr-phrase-opener", "plain-request"],
)
def test_remembered_text_is_not_rebuilt(mode: str, text: str, names: tuple[str, ...]) -> None:
    reads, spans = _reads_and_spans(mode, text, names, remembered=True)
    assert reads == 0
    assert spans == _plain_spans(mode, text, names)


@in_both_modes(
    ("text", "names"),
    [(WORKERS_BODY, ("recs_actors",)), (UPR_PHRASE_OPENER, ("recs_actors", "recs_modality"))],
    ids=["workers-body", "upr-phrase-opener"],
)
def test_text_not_remembered_is_built_once(mode: str, text: str, names: tuple[str, ...]) -> None:
    """A doc made without ``remember_text`` (``nlp(text)``, the tests' ``tag``): its text is rebuilt once, then kept."""
    reads, spans = _reads_and_spans(mode, text, names, remembered=False)
    assert reads == 1
    assert spans == _plain_spans(mode, text, names)


@pytest.mark.parametrize("mode", ["parsed", "rules"])
def test_workers_body_still_found(mode: str) -> None:
    """The workers' body of real-z-014 is still read (``civil_society``, its gold actor) through the remembered text."""
    _, spans = _reads_and_spans(mode, WORKERS_BODY, ("recs_actors",), remembered=True)
    assert any(label == "civil_society" for _, _, label in spans["actors"])
