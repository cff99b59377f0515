"""The rule components' batch ``pipe`` (LexiconPipe.pipe): the tags of doc-by-doc calls, and spaCy's error handling."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc
from spacy.util import raise_error

from tests.tag_support import components, parsed_components, rule_components

TEXTS = [
    "States parties should ratify the Protocol against the Smuggling of Migrants by Land, Sea and Air.",
    "The Special Rapporteur recommends that the Government provide training to judges and prosecutors.",
    "Member States are encouraged to cooperate with UNODC and INTERPOL in line with article 10 of the Convention.",
    "Recalling its general recommendation No. 38, the Committee urges the State party not to detain victims.",
    "Recognizes the role of civil society.",
]


def _tags(doc: Doc) -> tuple[Any, ...]:
    spans = [
        (key, span.start, span.end, span.label_) for key in ("actors", "legal_refs", "modal_clauses") for span in doc.spans[key]
    ]
    return doc._.actors, doc._.legal_refs, doc._.addressee, doc._.modality, doc._.modal_clauses, spans


@pytest.mark.parametrize("mode", ["parsed", "rules"])
def test_batches_tag_as_doc_by_doc(mode):
    nlp = parsed_components() if mode == "parsed" else rule_components()
    one_by_one = [_tags(nlp(text)) for text in TEXTS]
    # batches of 2 over 5 texts: a full batch, then the short last one
    assert [_tags(doc) for doc in nlp.pipe(TEXTS, batch_size=2)] == one_by_one
    assert one_by_one[0][1] and one_by_one[2][1]  # the Protocol, the Convention's article
    assert all(tags[2] != "none" and tags[3] != "none" for tags in one_by_one[:4]) and one_by_one[4][3] == "none"


def test_a_doc_that_fails_goes_to_the_error_handler_and_the_others_are_tagged():
    nlp = components(False, ("recs_actors",))
    actors = nlp.get_pipe("recs_actors")
    docs: list[Any] = [nlp.make_doc(text) for text in TEXTS[:2]]
    failed = []
    actors.set_error_handler(lambda name, proc, batch, error: failed.append((name, batch)))
    tagged = list(actors.pipe([docs[0], None, docs[1]], batch_size=8))
    assert tagged == docs and failed == [("recs_actors", [None])]
    assert "states_parties" in docs[0]._.actors and docs[1]._.actors
    actors.set_error_handler(raise_error)
    with pytest.raises(AttributeError):  # spaCy's default handler re-raises what the component raised
        list(actors.pipe([nlp.make_doc(TEXTS[0]), None]))
