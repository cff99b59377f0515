"""Where a theme cue sits in the dependency parse: in the requested action, or in a clause that only describes a noun.

TAXONOMY section 5: a theme is what the recommendation asks for or aims at, not every word it
mentions. Cross-validated on the tunable gold files (``benchmarks/theme_cv.py --files real_dev dev2
constructed seed``), a sub-theme carried by one strong cue was right 91 % of the time when the cue
was the requested verb or its object, but 15 of 22 times when it sat in a relative clause or a
participle clause describing a noun ("information provided by the staff ... dealing with requests
for visas and work permits", "a person who has been convicted"). ``themes.yaml`` (``incidental``)
names those arcs; the component multiplies such a cue's evidence by ``incidental_factor``, so it
still counts next to other evidence (a second cue, the model) but no longer assigns a sub-theme
alone. Example lists ("including ...", "such as ...") and subjects were measured too (11 of 16 and
4 of 8) but discounting them cost more right labels than wrong ones: annotators label list items
that are the request's own means. The vocabulary can name them (``list_openers``, more arcs).

An infinitival modifier ("measures to protect children") states the aim of the request, which
TAXONOMY counts, so it is never incidental. Without a parse (rule-only mode) nothing is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from spacy.attrs import DEP, HEAD, LOWER, TAG
from spacy.tokens import Doc
from spacy.vocab import Vocab

INFINITIVE_TAG = "TO"  # Penn Treebank tag of the infinitive marker, a child of the verb it introduces
PREPOSITION = "prep"  # the arc of a list opener: "including" and "as" (of "such as") head the list as prepositions


@dataclass
class IncidentalPositions:
    """The arcs and list openers under which a cue is incidental to the request."""

    dependencies: frozenset[str]
    list_openers: tuple[tuple[str, ...], ...]
    _ids: dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_lexicon(cls, lexicon: dict[str, Any]) -> "IncidentalPositions":
        """Read ``incidental`` of a theme vocabulary; a vocabulary without it (before 1.4.0) has none."""
        section = lexicon.get("incidental") or {}
        openers = tuple(tuple(phrase.lower().split()) for phrase in section.get("list_openers") or ())
        return cls(frozenset(section.get("dependencies") or ()), openers)

    def __bool__(self) -> bool:
        return bool(self.dependencies or self.list_openers)

    def _string_ids(self, vocab: Vocab) -> dict[str, Any]:
        """The hashes of the arc labels, tags and opener words, compared against ``Doc.to_array`` columns."""
        if not self._ids:
            strings = vocab.strings
            self._ids.update(
                dependencies=frozenset(strings.add(label) for label in self.dependencies),
                preposition=strings.add(PREPOSITION),
                infinitive=strings.add(INFINITIVE_TAG),
                openers=[[strings.add(word) for word in words] for words in self.list_openers],
            )
        return self._ids

    def incidental_roots(self, doc: Doc) -> Callable[[int, int], bool] | None:
        """A test of whether the cue ``doc[start:end]`` lies under an incidental arc or list opener; None without a parse.

        The doc's heads, arcs, tags and words are read once as integer arrays and each cue walks from
        its root up to the sentence root on them (spaCy ``Token`` objects cost ~1 µs a step).
        """
        if not doc.has_annotation("DEP"):
            return None
        ids = self._string_ids(doc.vocab)
        array = doc.to_array([HEAD, DEP]).astype(np.int64)
        heads = (array[:, 0] + np.arange(len(doc))).tolist()
        deps = array[:, 1].tolist()
        dependencies, preposition, openers = ids["dependencies"], ids["preposition"], ids["openers"]
        decided: dict[int, bool] = {}  # token index -> incidental; cues share most of their path up
        lazy: dict[str, Any] = {}

        def own(index: int) -> bool:
            """Whether the arc of this token itself makes everything under it incidental."""
            dep = deps[index]
            if dep in dependencies:
                if "infinitival" not in lazy:
                    tags = doc.to_array(TAG)
                    lazy["infinitival"] = set(np.asarray(heads)[tags == ids["infinitive"]].tolist())
                return index not in lazy["infinitival"]
            if dep == preposition and openers:
                if "lowers" not in lazy:
                    lazy["lowers"] = doc.to_array(LOWER).tolist()
                lowers = lazy["lowers"]
                return any(index + 1 >= len(words) and lowers[index + 1 - len(words) : index + 1] == words for words in openers)
            return False

        def is_incidental(start: int, end: int) -> bool:
            roots = [i for i in range(start, end) if not start <= heads[i] < end or heads[i] == i]
            # one root for a phrase; a span over two subtrees takes spaCy's choice (the one nearest the sentence root)
            index = roots[0] if len(roots) == 1 else doc[start:end].root.i
            path = []
            while index not in decided:
                path.append(index)
                if own(index):
                    result = True
                    break
                if heads[index] == index:
                    result = False
                    break
                index = heads[index]
            else:
                result = decided[index]
            for step in path:
                decided[step] = result
            return result

        return is_incidental
