"""Base class of the rule components that tag from a vocabulary snapshot.

Actors, legal references and modality all keep a copy of the vocabulary they
were built with and save it with the pipeline, so a saved tagger keeps tagging
the same way even if the packaged vocabulary changes later. This class holds
that shared behaviour; each component only says how to compile its snapshot.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import minibatch

from pipeline.tagging.errors import Errors, Warnings
from pipeline.tagging.lexicon import load_lexicon

LEXICON_FILE = "lexicon.json"
# Set while a saved pipeline loads (:func:`snapshot_follows`): see there.
_SNAPSHOT_FOLLOWS: ContextVar[bool] = ContextVar("snapshot_follows", default=False)


@contextmanager
def snapshot_follows() -> Iterator[None]:
    """Load a saved pipeline without compiling the packaged vocabularies its components start from.

    ``spacy.load`` constructs every component (each compiles the packaged vocabulary), then
    ``from_disk`` gives it the snapshot it was saved with and it compiles again: the first
    compile is thrown away (~0.15 s of a ``recs assign`` start-up). Inside this block a
    component constructed keeps the packaged vocabulary uncompiled; ``from_disk`` compiles the
    snapshot as before, with the loaded tokenizer, so the loaded pipeline is the same.
    """
    token = _SNAPSHOT_FOLLOWS.set(True)
    try:
        yield
    finally:
        _SNAPSHOT_FOLLOWS.reset(token)


class LexiconPipe(Pipe):
    """A pipe whose whole state is ``self.data``, a vocabulary snapshot.

    Subclasses implement :meth:`_compile`, which builds matchers or patterns from the snapshot,
    and call this ``__init__`` after setting any setting of their own that ``_compile`` reads.
    """

    name: str
    lexicon_name: str
    lexicon_version: str | None
    required_keys: tuple[str, ...] = ()

    def __init__(
        self,
        nlp: Language,
        name: str,
        lexicon: str,
        lexicon_version: str | None,
        *,
        spans_key: str,
        overwrite: bool,
        scorer: Callable[..., dict[str, Any]] | None,
    ) -> None:
        """Load the packaged vocabulary ``lexicon`` (an unknown or malformed one fails before any setting is kept), keep
        the settings every lexicon pipe shares, then check and compile the vocabulary."""
        data = load_lexicon(lexicon)
        self.nlp = nlp
        self.name = name
        self.lexicon_name = lexicon
        self.lexicon_version = lexicon_version
        self.spans_key = spans_key
        self.overwrite = overwrite
        self.scorer = scorer
        self._set_data(data)

    def _set_data(self, data: dict[str, Any], *, snapshot: bool = False) -> None:
        """Check the snapshot's version and keys, keep it, and compile it (unless a saved snapshot will replace it)."""
        if self.lexicon_version is not None and data["version"] != self.lexicon_version:
            warnings.warn(
                Warnings.W002.format(
                    name=self.name, lexicon=self.lexicon_name, expected=self.lexicon_version, found=data["version"]
                ),
                stacklevel=2,
            )
        for key in self.required_keys:
            if key not in data:
                raise ValueError(Errors.E001.format(lexicon=self.lexicon_name, key=key, name=self.name))
        self.data = data
        if snapshot or not _SNAPSHOT_FOLLOWS.get():
            self._compile(data)

    def _compile(self, data: dict[str, Any]) -> None:
        raise NotImplementedError

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """Tag a batch of docs, then hand them on: the same docs and tags as spaCy's doc-by-doc ``Pipe.pipe``, faster.

        Why: in ``nlp.pipe`` doc-by-doc components take turns on every doc, each evicting the others' code and
        data from the CPU caches; a component that runs over a whole batch first keeps them warm (``recs tag``
        ~0.06 ms a recommendation faster in parsed mode, 3,000 benchmark recommendations). A doc whose tagging
        fails goes to the error handler and is skipped, as in spaCy's.
        """
        error_handler = self.get_error_handler()
        for docs in minibatch(stream, batch_size):
            tagged = []
            for doc in docs:
                try:
                    tagged.append(self(doc))
                except Exception as error:
                    error_handler(self.name, self, [doc], error)
            yield from tagged

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        """Labelled span P/R/F of the spans under ``spans_key`` (no scores without a scorer)."""
        if self.scorer is None:
            return {}
        return self.scorer(examples, spans_key=self.spans_key, **kwargs)

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.json_dumps(self.data).encode("utf-8")

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> "LexiconPipe":
        self._set_data(srsly.json_loads(bytes_data), snapshot=True)
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / LEXICON_FILE, self.data)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "LexiconPipe":
        snapshot = Path(path) / LEXICON_FILE
        if not snapshot.is_file():
            raise ValueError(Errors.E015.format(name=self.name, file=LEXICON_FILE))
        self._set_data(srsly.read_json(snapshot), snapshot=True)
        return self
