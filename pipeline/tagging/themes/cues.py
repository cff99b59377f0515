"""Cue evidence of ``recs_themes``: the cue phrases of ``themes.yaml`` expanded into their variants and
segments, matched on ``LOWER``, weighted by where they sit and combined per sub-theme by noisy-OR."""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Callable, Collection, Sequence
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.errors import RecsError
from pipeline.tagging.errors import Errors
from pipeline.tagging.extensions import value_key
from pipeline.tagging.inflection import word_forms
from pipeline.tagging.lexicon import load_lexicon

LINK = "link"  # strength of an ``actor_links`` cue: strong next to an actor of its roles, weak otherwise
ADDRESSEE_LINK = "addressee"  # strength of an ``addressee_links`` cue: strong when the request goes to one of its addressees
IGNORE_LABEL = "__ignore__"
SETTING_LABEL = "__setting__"  # a marker opening a frame or setting phrase (``setting_phrases``), no cue itself
SETTING_STOPS = frozenset(",;:.")  # punctuation that closes a setting phrase
GAP_TOKEN = "..."
OPTIONAL_TOKEN = "*"
MAX_GAP = 10


def uninflected_words(lexicon: dict[str, Any]) -> frozenset[str]:
    """The function words of a theme vocabulary (``uninflected``): they keep their exact form in a cue.

    A vocabulary saved before 1.4.0 (inside an older tagger) has no such list: the shipped one applies,
    as the same words were then fixed in code.
    """
    words = lexicon.get("uninflected")
    if words is None:
        words = load_lexicon("themes")["uninflected"]
    return frozenset(words)


def inflections(word: str, uninflected: frozenset[str] | None = None) -> list[str]:
    """Surface forms a base-form cue word should also match (plural, -ed, -ing, -ise/-ize).

    Over-generation is harmless: forms that are not words never occur in text. Function words
    (``uninflected``, by default those of the shipped ``themes.yaml``) keep their form: inflecting
    them would only add noise.
    """
    if uninflected is None:
        uninflected = uninflected_words(load_lexicon("themes"))
    if not word.isalpha() or len(word) < 3 or word in uninflected:
        return [word]
    return word_forms(word)


def cue_segments(phrase: str) -> tuple[list[str], list[int]]:
    """Split a cue at its wildcards: the word segments and the largest gap allowed after each but the last.

    "*" allows one optional word, "..." up to ``MAX_GAP`` words; wildcards at the
    ends of a cue are meaningless and dropped. A plain cue is one segment.
    """
    segments: list[list[str]] = [[]]
    gaps: list[int] = []
    for chunk in phrase.lower().split():
        if chunk in (OPTIONAL_TOKEN, GAP_TOKEN):
            if segments[-1]:
                segments.append([])
                gaps.append(0)
            if gaps:
                gaps[-1] += 1 if chunk == OPTIONAL_TOKEN else MAX_GAP
        else:
            segments[-1].append(chunk)
    if not segments[-1]:
        segments.pop()
        gaps = gaps[: len(segments) - 1]
    return [" ".join(words) for words in segments], gaps


def cue_variants(phrase: str, tokenize: Callable[[str], Doc], uninflected: frozenset[str] | None = None) -> list[list[str]]:
    """Every lower-cased word sequence a plain cue (or cue segment) stands for (inflections, optional hyphens).

    Only the first word (a verb: "identify victims") and the last word (the head
    of an English noun phrase: "residence permits") are inflected; inner words
    keep their form, which keeps the phrase list small.
    """
    words = [token.text for token in tokenize(phrase.lower())]
    last = len(words) - 1
    choices = [
        ["-", ""] if word == "-" else inflections(word, uninflected) if index in (0, last) else [word]
        for index, word in enumerate(words)
    ]
    return [[word for word in combination if word] for combination in itertools.product(*choices)]


def chain_segments(found: list[list[tuple[int, int]]], gaps: list[int]) -> list[tuple[int, int]]:
    """Join the matches of consecutive cue segments into whole-cue matches.

    found[i] holds the (start, end) matches of segment i; segment i + 1 must start
    at most ``gaps[i]`` tokens after segment i ends. Every combination is kept,
    as spaCy's ``Matcher`` would report it.
    """
    chains = found[0]
    for gap, following in zip(gaps, found[1:]):
        chains = [
            (start, next_end) for start, end in chains for next_start, next_end in following if end <= next_start <= end + gap
        ]
        if not chains:
            break
    return chains


def theme_groups_of(lexicon: dict[str, Any]) -> dict[str, str]:
    """Map every sub-theme id to its top-level group, in vocabulary order."""
    groups = lexicon.get("groups")
    if not isinstance(groups, dict):
        raise RecsError(Errors.E101)
    group_of: dict[str, str] = {}
    for group, sub_themes in groups.items():
        for sub_theme in sub_themes:
            if sub_theme in group_of:
                raise RecsError(Errors.E102.format(sub_theme=sub_theme))
            group_of[sub_theme] = group
    return group_of


def all_sub_themes() -> list[str]:
    """The closed list of sub-theme ids of the shipped vocabulary, sorted."""
    return sorted(theme_groups_of(load_lexicon("themes")))


class ThemeCues:
    """The cue half of the themes component: vocabulary, matcher, matches and their evidence.

    The component sets the attributes below before :meth:`set_cues`.
    """

    vocab: Vocab
    _tokenizer: Callable[[str], Doc]
    cue_weight: float
    weak_cue_weight: float
    outside_factor: float
    actors_key: str
    clauses_key: str

    def set_cues(self, lexicon: dict[str, Any]) -> None:
        """Use a theme vocabulary mapping; its matcher is built on first use (loading replaces the vocabulary)."""
        self.cue_lexicon = lexicon
        self.group_of = theme_groups_of(lexicon)
        self.labels_sorted = sorted(self.group_of)
        self.slot_labels = frozenset(lexicon.get("slot_sub_themes") or ())
        settings = lexicon.get("setting_phrases") or {}
        self.setting_window = int(settings.get("window", 0))
        self._phrase_matcher: PhraseMatcher | None = None

    @property
    def phrase_matcher(self) -> PhraseMatcher:
        """One ``PhraseMatcher`` on ``LOWER`` for every plain cue and every segment of a wildcard cue.

        Wildcard cues are matched as phrase segments joined in Python
        (:func:`chain_segments`): a token ``Matcher`` with "any word" steps tests
        every pattern at every token and was most of the component's time.
        """
        if self._phrase_matcher is None:
            self._build_matcher()
        return self._phrase_matcher  # type: ignore[return-value]

    def _build_matcher(self) -> None:
        matcher = PhraseMatcher(self.vocab, attr="LOWER")
        self.gapped_keys: set[str] = set()
        self.segment_gaps: dict[str, list[int]] = {}
        lexicon = self.cue_lexicon
        entries: list[tuple[str, str, int | str, str]] = [
            (IGNORE_LABEL, "ignore", index, phrase) for index, phrase in enumerate(lexicon.get("ignore") or [])
        ]
        entries += [
            (SETTING_LABEL, "setting", index, phrase)
            for index, phrase in enumerate((lexicon.get("setting_phrases") or {}).get("phrases") or [])
        ]
        for sub_themes in lexicon["groups"].values():
            for sub_theme, cues in sub_themes.items():
                for strength in ("cues", "weak"):
                    entries += [(sub_theme, strength, i, phrase) for i, phrase in enumerate((cues or {}).get(strength) or [])]
        self.links: dict[str, tuple[frozenset[str], int, bool]] = {}  # link key -> (actor roles, window, strong near them)
        for i, link in enumerate(lexicon.get("actor_links") or []):
            for j, phrase in enumerate(link["cues"]):
                entries.append((link["sub_theme"], LINK, f"{i}.{j}", phrase))
                self.links[f"{link['sub_theme']}|{LINK}|{i}.{j}"] = (
                    frozenset(link["roles"]),
                    int(link["window"]),
                    link.get("near", "strong") == "strong",
                )
        self.addressee_links: dict[str, frozenset[str]] = {}  # addressee-link key -> addressee ids
        for i, link in enumerate(lexicon.get("addressee_links") or []):
            for j, phrase in enumerate(link["cues"]):
                entries.append((link["sub_theme"], ADDRESSEE_LINK, f"{i}.{j}", phrase))
                self.addressee_links[f"{link['sub_theme']}|{ADDRESSEE_LINK}|{i}.{j}"] = frozenset(link["addressees"])
        uninflected = uninflected_words(lexicon)
        # match id -> every (cue key, segment position or -1 for a plain cue, sub-theme) whose words it matches: read
        # per match without looking the id up in the string store and splitting the key again. One pattern per
        # distinct phrase: "support", "in accordance with" or the "in" of "in * status" open several entries each,
        # and a pattern per entry made the matcher report the same words once per entry (a third of its output).
        self.match_keys: dict[int, list[tuple[str, int, str]]] = {}
        self.key_strength: dict[str, str] = {}
        for label, strength, index, phrase in entries:
            key = f"{label}|{strength}|{index}"
            self.key_strength[key] = strength
            segments, gaps = cue_segments(phrase)
            if gaps:
                self.segment_gaps[key] = gaps
            for position, segment in enumerate(segments):
                self._phrase_entries(matcher, segment, uninflected).append((key, position if gaps else -1, label))
            if GAP_TOKEN in phrase.split():
                self.gapped_keys.add(key)
        self._phrase_matcher = matcher

    def _phrase_entries(self, matcher: PhraseMatcher, phrase: str, uninflected: frozenset[str]) -> list[tuple[str, int, str]]:
        """The entries matched by one cue phrase (or segment), its pattern added to ``matcher`` the first time it is seen.

        A phrase's variants depend on its words alone (:func:`cue_variants`), so entries sharing the words share the pattern.
        """
        # Built on first use, maybe inside nlp.memory_zone(): the key must outlive the zone.
        name = f"theme cue: {phrase}"
        match_id = self.vocab.strings.add(name, allow_transient=False)  # type: ignore[call-arg]  # spaCy >= 3.8, not in its stubs
        if match_id not in self.match_keys:
            self.match_keys[match_id] = []
            matcher.add(name, [Doc(self.vocab, words=words) for words in cue_variants(phrase, self._tokenizer, uninflected)])
        return self.match_keys[match_id]

    def cue_matches(self, doc: Doc) -> list[tuple[int, int, str, str]]:
        """Cue matches as sorted (start, end, sub-theme, cue key); see :meth:`matches_and_settings`."""
        return self.matches_and_settings(doc)[0]

    def matches_and_settings(self, doc: Doc) -> tuple[list[tuple[int, int, str, str]], list[tuple[int, int]]]:
        """Cue matches as sorted (start, end, sub-theme, cue key), and the (start, end) of every setting-phrase marker.

        A match inside a longer contiguous match (of any sub-theme or ignore phrase)
        is dropped: "assistance" inside "mutual legal assistance" is no evidence of
        victim assistance, and "frameworks" inside "national frameworks" is no
        second piece of evidence. A match of a ``slot_sub_themes`` sub-theme (children) inside a cue with an
        optional word ("identification of * victims", "assist * victims") is kept: "child" there names who
        the action is for, not a word of the other phrase. Of several cues matching the same words for one
        sub-theme, the strongest is kept, and of equally strong ones the first by key: the entry that
        carries a span is the one whose training counts (:mod:`.reliability`) it adds to, so it must not
        depend on the matcher's output order, which shifts when an unrelated cue is added.
        """
        matches = []
        settings = []
        segments: dict[str, dict[int, list[tuple[int, int]]]] = {}  # cue key -> segment position -> its matches
        phrase_matcher = self.phrase_matcher
        match_keys = self.match_keys
        for match_id, start, end in phrase_matcher(doc):
            for key, position, label in match_keys[match_id]:
                if label == SETTING_LABEL:
                    settings.append((start, end))
                elif position < 0:
                    matches.append((start, end, label, key))
                else:
                    segments.setdefault(key, {}).setdefault(position, []).append((start, end))
        for key, found in segments.items():
            gaps = self.segment_gaps[key]
            if len(found) > len(gaps):  # every segment matched somewhere
                label = key.partition("|")[0]
                chains = chain_segments([found[position] for position in range(len(gaps) + 1)], gaps)
                matches += [(start, end, label, key) for start, end in chains]
        containers = self._containers(matches, self.gapped_keys)
        slot_containers = (
            self._containers(matches, self.segment_gaps.keys())
            if self.slot_labels and any(label in self.slot_labels for _, _, label, _ in matches)
            else containers
        )
        best: dict[tuple[int, int, str], str] = {}
        for start, end, label, key in matches:
            farthest, starts, reach = slot_containers if label in self.slot_labels else containers
            if label == IGNORE_LABEL or farthest.get(start, 0) > end:
                continue
            before = bisect_left(starts, start)
            if before and reach[before - 1] >= end:
                continue
            span = (start, end, label)
            if span not in best or self._preference(key) < self._preference(best[span]):
                best[span] = key
        return sorted((start, end, label, key) for (start, end, label), key in best.items()), settings

    @staticmethod
    def _containers(
        matches: list[tuple[int, int, str, str]], not_containers: Collection[str]
    ) -> tuple[dict[int, int], list[int], list[int]]:
        """What a match may lie inside: the farthest end of a container per start, the starts, their running maximum.

        Only a match of two or more tokens, whose key is not in ``not_containers``, contains another one. A match
        is inside a longer one if one starting at its start ends after it, or one starting before it ends at or
        after its end: one lookup and one bisection per match answer both.
        """
        farthest: dict[int, int] = {}
        for start, end, _, key in matches:
            if end - start > 1 and key not in not_containers and end > farthest.get(start, 0):
                farthest[start] = end
        starts = sorted(farthest)
        return farthest, starts, list(itertools.accumulate((farthest[start] for start in starts), max))

    def _preference(self, key: str) -> tuple[bool, str]:
        """Sort key of the cue entries matching one span: strong entries first, then by key."""
        return self.key_strength[key] != "cues", key

    def match_weights(
        self, doc: Doc, matches: list[tuple[int, int, str, str]], settings: Sequence[tuple[int, int]] = ()
    ) -> list[float]:
        """The evidence of each cue match: its strength, times where it sits (TAXONOMY section 5: a theme
        is what is asked, not every word mentioned).

        * A strong cue weighs ``cue_weight``, a weak one ``weak_cue_weight``. A link cue ("cooperate
          with", ``actor_links`` in the vocabulary) is strong when an actor of the link's roles begins
          within its window ("cooperate with the International Narcotics Control Board"), weak otherwise
          ("cooperation with the police"); a link marked ``near: weak`` is the reverse ("strengthen the
          capacity of" a State's authorities is capacity building, of UNODC it is not).
        * An addressee-link cue (``addressee_links``: "cooperate", "coordinate their efforts" with no
          partner named) is strong when the request goes to States or an international body, which
          can only cooperate with their peers across borders (TAXONOMY section 5), weak otherwise.
        * A cue outside every modal clause of a doc that has one (a premise, an explanatory sentence,
          "Recognizes the role of civil society, and calls upon ...") is context, not the request: times
          ``outside_factor``.
        * A cue inside a frame or setting phrase (``settings``: a ``setting_phrases`` marker up to the next
          comma, semicolon, colon or full stop, at most ``window`` words: "in accordance with their obligations
          under international law", "irrespective of their immigration status") names the frame the request
          keeps to, not the request: times ``outside_factor`` too (once). In the tunable gold such cues name a
          sub-theme the record holds about a quarter of the time (data/gold/README.md, round 11).
        No parse is needed: actors and clauses come from either mode of ``recs_actors`` / ``recs_modality``.
        (Discounting cues inside actor mentions was tried and lowered recall on real text: "migrant
        children" is the children theme's beneficiary, not a bystander.)
        """
        clauses = [(span.start, span.end) for span in doc.spans.get(self.clauses_key, ())]
        framed = self._setting_extents(doc, settings) if settings else []
        actor_starts: dict[int, str | None] | None = None
        weights = []
        for start, end, _, key in matches:
            strength = self.key_strength[key]
            weight = self.cue_weight if strength == "cues" else self.weak_cue_weight
            if strength == LINK:
                if actor_starts is None:
                    values: dict[Any, Any] = doc.user_data  # span._.actor_role (``value_key``)
                    actor_starts = {
                        span.start: values.get(value_key("actor_role", span.start_char, span.end_char))
                        for span in doc.spans.get(self.actors_key, ())
                    }
                roles, window, strong_near = self.links[key]
                near = any(actor_starts.get(i) in roles for i in range(end, min(end + window, len(doc))))
                weight = self.cue_weight if near == strong_near else self.weak_cue_weight
            elif strength == ADDRESSEE_LINK and doc._.get("addressee") in self.addressee_links[key]:
                weight = self.cue_weight
            if (clauses and not any(c_start <= start and end <= c_end for c_start, c_end in clauses)) or any(
                f_start <= start and end <= f_end for f_start, f_end in framed
            ):
                weight *= self.outside_factor
            weights.append(weight)
        return weights

    def _setting_extents(self, doc: Doc, settings: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """The words each setting marker governs: from its end to the next closing punctuation, at most ``setting_window``."""
        extents = []
        for _, end in settings:
            stop = end
            limit = min(len(doc), end + self.setting_window)
            while stop < limit and doc[stop].text not in SETTING_STOPS:
                stop += 1
            extents.append((end, stop))
        return extents

    def cue_scores(self, matches: list[tuple[int, int, str, str]], weights: list[float]) -> dict[str, float]:
        """Noisy-OR over the distinct cue entries matched for each sub-theme (each at its best-weighted match)."""
        evidence: dict[str, dict[str, float]] = {}
        for (_, _, label, key), weight in zip(matches, weights):
            by_key = evidence.setdefault(label, {})
            by_key[key] = max(weight, by_key.get(key, 0.0))
        scores = {}
        for label, by_key in evidence.items():
            remaining = 1.0
            for weight in by_key.values():
                remaining *= 1.0 - weight
            scores[label] = 1.0 - remaining
        return scores
