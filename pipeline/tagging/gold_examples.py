"""Gold records as spaCy training examples: the one conversion, and the corpus reader the tagger config names.

Only ``recs_themes`` learns from gold; its examples carry every sub-theme in the reference
``doc.cats`` (1.0 or 0.0). ``configs/tagger.cfg`` names :func:`create_gold_train_reader` as
``[corpora.train]``, so ``recs build-tagger --gold-train`` reaches it as ``paths.gold_train``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from spacy.language import Language
from spacy.training import Example
from spacy.util import registry

from pipeline.tagging.gold import GoldRecord, gold_files, load_gold, select_split, theme_cats
from pipeline.tagging.themes import all_sub_themes


def theme_examples(nlp: Language, records: Iterable[GoldRecord]) -> list[Example]:
    """One ``Example`` per record, tokenized by ``nlp``, its reference ``cats`` set from the gold themes."""
    labels = all_sub_themes()
    examples = []
    for record in records:
        reference = nlp.make_doc(record.text)
        reference.cats = theme_cats(record, labels)
        examples.append(Example(nlp.make_doc(record.text), reference))
    return examples


def train_records(paths: Iterable[Path]) -> list[GoldRecord]:
    """The split=train records of the gold files named (a folder stands for its ``*.jsonl``, sorted)."""
    return [record for path in gold_files(paths) for record in select_split(load_gold(path), "train")]


@registry.readers("recs.gold_train.v1")
def create_gold_train_reader(path: Path | None) -> Callable[[Language], list[Example]]:
    """spaCy corpus reader: the split=train gold records under ``path`` (none when it is null)."""

    def read(nlp: Language) -> list[Example]:
        return theme_examples(nlp, train_records([path])) if path is not None else []

    return read
