"""Words hyphenated across a line break: drop a typesetter's hyphen, keep a real one.

"traffick-/ing" becomes "trafficking" but "whole-of-/government" and
"multi-/agency" keep their hyphen. The document's own spelling elsewhere is the
best evidence; a few prefix rules decide when it has none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_HEAD = re.compile(r"(\w[\w-]*)-$")
_TAIL = re.compile(r"\w+")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

# Prefixes that UN English always joins with a hyphen ("non-punishment", "self-reliance").
ALWAYS_HYPHENATED = frozenset({"non", "self", "cross", "anti", "well"})
# Prefixes hyphenated before a vowel ("multi-agency") but closed otherwise ("multidisciplinary").
HYPHENATED_BEFORE_VOWEL = frozenset({"multi", "semi", "intra"})
_VOWELS = frozenset("aeiou")
_LOOKBEHIND = 64  # characters of the previous line that can hold its last word
VOCABULARY_CHARS = 2_000_000  # a report's spelling is settled well within its first two million characters


class HyphenJoiner:
    """Decides whether a line-final hyphen stays when the two lines are joined.

    ``lines`` is called at most once, lazily, to learn the document's spelling
    (from its first :data:`VOCABULARY_CHARS` characters, so huge files stay
    fast): a document without hyphen breaks never pays for it.
    """

    def __init__(self, lines: Callable[[], Iterable[str]]) -> None:
        self._lines = lines
        self._vocabulary: set[str] | None = None

    def _learn(self) -> set[str]:
        sample: list[str] = []
        size = 0
        for line in self._lines():
            sample.append(line)
            size += len(line) + 1
            if size >= VOCABULARY_CHARS:
                break
        return set(_WORD.findall("\n".join(sample).lower()))

    def _known(self, word: str) -> bool:
        if self._vocabulary is None:
            self._vocabulary = self._learn()
        return word in self._vocabulary

    def keeps_hyphen(self, previous: str, following: str) -> bool | None:
        """None if ``previous`` does not end with a hyphenated word part; else whether the hyphen stays."""
        if not previous.endswith("-"):
            return None
        head = _HEAD.search(previous[-_LOOKBEHIND:])
        tail = _TAIL.match(following)
        if head is None or tail is None:
            return None
        stem, rest = head.group(1), tail.group()
        if not (stem[-1].isalpha() and rest.isalpha()):
            return True  # "2009-/2010", "article-/5": not a broken word
        if self._known(f"{stem}-{rest}".lower()):
            return True
        if self._known(f"{stem}{rest}".lower()):
            return False
        prefix = stem.rsplit("-", 1)[-1].lower()
        return (
            "-" in stem
            or rest[0].isupper()
            or prefix in ALWAYS_HYPHENATED
            or (prefix in HYPHENATED_BEFORE_VOWEL and rest[0].lower() in _VOWELS)
        )
