"""Where a theme cue sits in the dependency parse: in the requested action, or in an incidental part of it.

TAXONOMY section 5: a theme is what the recommendation asks for or aims at, not every word it
mentions. Measured by cross-validation on the tunable gold files (``benchmarks/theme_cv.py``), a
sub-theme carried by one strong cue was right 92 % of the time when the cue was the requested verb
or its object, but about 70 % when the cue sat in an example list ("including through the
Internet"), a participle or relative clause that describes a noun ("information provided by staff
dealing with requests for visas", "a person who has been convicted") or the subject of a clause
("investigators and prosecutors are able to request"). ``themes.yaml`` (``incidental``) names
those arcs and list openers; the component multiplies such a cue's evidence by
``incidental_factor``, so it still counts next to other evidence (a second cue, the model) but no
longer assigns a sub-theme alone.

An infinitival modifier ("measures to protect children") states the aim of the request, which
TAXONOMY counts, so it is never incidental. Without a parse (rule-only mode) nothing is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

INFINITIVE_TAG = "TO"  # Penn Treebank tag of the infinitive marker, a child of the verb it introduces
PREPOSITION = "prep"  # the arc of a list opener: "including" and "as" (of "such as") head the list as prepositions


@dataclass(frozen=True)
class IncidentalPositions:
    """The arcs and list openers under which a cue is incidental to the request."""

    dependencies: frozenset[str]
    list_openers: tuple[tuple[str, ...], ...]

    @classmethod
    def from_lexicon(cls, lexicon: dict[str, Any]) -> "IncidentalPositions":
        """Read ``incidental`` of a theme vocabulary; a vocabulary without it (before 1.4.0) has none."""
        section = lexicon.get("incidental") or {}
        openers = tuple(tuple(phrase.lower().split()) for phrase in section.get("list_openers") or ())
        return cls(frozenset(section.get("dependencies") or ()), openers)

    def __bool__(self) -> bool:
        return bool(self.dependencies or self.list_openers)

    def is_incidental(self, doc: Doc, start: int, end: int) -> bool:
        """Whether the cue ``doc[start:end]`` lies under an incidental arc or list opener (False without a parse)."""
        if not doc.has_annotation("DEP"):
            return False
        token: Token = doc[start:end].root
        while token.head.i != token.i:
            if token.dep_ in self.dependencies and not _infinitival(token):
                return True
            if self.list_openers and self._opens_list(doc, token):
                return True
            token = token.head
        return False

    def _opens_list(self, doc: Doc, token: Token) -> bool:
        """Whether ``token`` is a preposition ending a list opener ("including", "such as")."""
        if token.dep_ != PREPOSITION:
            return False
        for words in self.list_openers:
            first = token.i - len(words) + 1
            if first >= 0 and all(doc[first + k].lower_ == word for k, word in enumerate(words)):
                return True
        return False


def _infinitival(token: Token) -> bool:
    """An infinitive clause ("to protect") states an aim, which TAXONOMY section 5 counts as the request."""
    return any(child.tag_ == INFINITIVE_TAG for child in token.children)
