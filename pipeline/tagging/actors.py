"""``recs_actors``: every actor mention as a span in ``doc.spans["actors"]``.

Each span's label is the canonical actor id (``states_parties``, ``interpol`` ...) and
``span._.actor_role`` its role type (TAXONOMY.md section 2). Matching is on lower-case
forms with singular and plural generated from the vocabulary, tolerates line breaks
inside a phrase, keeps the longest match, and distributes shared heads over
coordinated modifiers ("regional and international organizations" ->
``regional_orgs`` and ``international_orgs``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline.span_ruler import overlapping_labeled_spans_score
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans, registry

from pipeline.tagging.errors import Errors
from pipeline.tagging.extensions import DOC_KEYS, doc_text, register_extensions, value_key
from pipeline.tagging.lexicon_pipe import LexiconPipe
from pipeline.tagging.patterns import number_variants

ROLES = ("state", "igo", "civil_society", "justice", "victim", "perpetrator", "stakeholder")
EXCLUDED = "__excluded__"
QUALIFIED = "__qualified__"  # a qualified_heads noun, an actor only after "the" + a capitalized adjective
COORDINATORS = {",", "and", "or", "and/or"}
STANDALONE = "__standalone__"  # prefix of a standalone name's match label (standalone_names)
ASKED = "__asked__"  # prefix of an asked_names match label: an actor only as the one asked
HEAD_ONLY = "__head_only__"  # prefix of a head_only noun's match label: an actor only as its phrase's head
AFTER_THE = "__after_the__"  # prefix of an after_the noun's match label: an actor only right after "the"
COUNTRY = "__country__"  # prefix of a country_names match label: an actor save as a place or topic
SCOPE = "__scope__"  # prefix of a qualified_organizations scope word's match label ("international")
POSSESSIVES = {"'s", "’s", "'", "’"}
MODIFIER_DEPS = {"compound", "amod", "nmod", "npadvmod"}  # a noun modifying another word ("business-related")
HYPHENS = {"-", "–"}
TITLE_SEPARATORS = re.compile(r"[\s\-\u2011]+")  # "Secretary-General", "Secretary‑General", "Secretary\nGeneral": one key

register_extensions()


def _body_patterns(names: Iterable[str]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    """One pattern of every body's name (``titled_bodies``), longest first, to find it right before a title, after its
    "of (the)", or anywhere in the text; None each without names."""
    alternation = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    if not alternation:
        return None, None, None
    return (
        re.compile(rf"(?<![\w.])({alternation})(?:['’]s?)?\s*$"),
        re.compile(rf"\s+of\s+(?:the\s+)?({alternation})(?![\w-])"),
        re.compile(rf"(?<![\w.])({alternation})(?![\w-])"),
    )


def _workers_pattern(entry: dict[str, Any]) -> re.Pattern[str] | None:
    """One pattern of a workers' body's capitalized name (``workers_bodies``): "Confederation of ... Workers" or
    "Workers’ Confederation ...", with the capitalized words before and after it and an "of" + place ("of Peru"), so the
    whole name is one span and no word inside it is read on its own; None without heads."""
    if not entry.get("heads"):
        return None
    word = r"[A-Z][\w'’-]*"
    heads, after, before = ("|".join(re.escape(form) for form in entry[key]) for key in ("heads", "after_head", "before_head"))
    inner = rf"(?:(?:{word}|and|of|the|for)\s+){{0,{int(entry.get('max_words', 6))}}}?"
    core = rf"(?:(?:{heads})\s+of\s+{inner}(?:{after})|(?:{before})\s+(?:{heads}))(?![\w'’-])"
    return re.compile(rf"(?<![\w'’-])(?:{word}\s+)*{core}(?:\s+of\s+(?:the\s+)?{word})?(?:\s+{word})*")


@registry.scorers("recs.spans_scorer.v1")
def make_spans_scorer() -> Callable[..., dict[str, Any]]:
    """Labelled span P/R/F over ``doc.spans[spans_key]`` (the component passes its key)."""
    return overlapping_labeled_spans_score


@Language.factory(
    "recs_actors",
    assigns=["doc.spans", "doc._.actors", "span._.actor_role"],
    default_config={
        "spans_key": "actors",
        "lexicon": "actors",
        "lexicon_version": None,
        "overwrite": True,
        "scorer": {"@scorers": "recs.spans_scorer.v1"},
    },
    default_score_weights={"spans_actors_f": 1.0, "spans_actors_p": 0.0, "spans_actors_r": 0.0},
)
def make_actors(
    nlp: Language,
    name: str,
    spans_key: str,
    lexicon: str,
    lexicon_version: str | None,
    overwrite: bool,
    scorer: Callable[..., dict[str, Any]] | None,
) -> "ActorTagger":
    """Create the actor tagger.

    nlp: the pipeline (its tokenizer builds the patterns).
    name: the component's name in the pipeline.
    spans_key: the ``doc.spans`` key the actor spans go to.
    lexicon: name of the packaged vocabulary file (``lexicon/<lexicon>.yaml``).
    lexicon_version: the vocabulary version this config expects; a mismatch warns (None: any).
    overwrite: replace existing spans under ``spans_key`` (False: add to them).
    scorer: scoring function for ``nlp.evaluate``.
    """
    return ActorTagger(
        nlp, name, spans_key=spans_key, lexicon=lexicon, lexicon_version=lexicon_version, overwrite=overwrite, scorer=scorer
    )


class ActorTagger(LexiconPipe):
    """Rule-based actor recognizer over a versioned alias vocabulary."""

    required_keys = ("actors",)

    def __init__(
        self,
        nlp: Language,
        name: str = "recs_actors",
        *,
        spans_key: str = "actors",
        lexicon: str = "actors",
        lexicon_version: str | None = None,
        overwrite: bool = True,
        scorer: Callable[..., dict[str, Any]] | None = overlapping_labeled_spans_score,
    ) -> None:
        super().__init__(nlp, name, lexicon, lexicon_version, spans_key=spans_key, overwrite=overwrite, scorer=scorer)

    def _compile(self, data: dict[str, Any]) -> None:
        """Compile the phrase matchers from the vocabulary snapshot."""
        self.roles: dict[str, str] = {}
        self.phrase_ids: dict[str, str] = {}
        self.proper_forms: set[str] = set()
        self.lower_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.exact_matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        for actor_id, entry in data["actors"].items():
            if entry.get("role") not in ROLES:
                raise ValueError(
                    Errors.E002.format(actor=actor_id, lexicon=self.lexicon_name, role=entry.get("role"), roles=ROLES)
                )
            self.roles[actor_id] = entry["role"]
            forms = [variant for alias in entry.get("aliases", []) for variant in number_variants(alias)]
            forms += entry.get("fixed", [])
            forms += [form.replace("-", hyphen) for hyphen in data.get("hyphens", []) for form in forms if "-" in form]
            patterns = [self.nlp.make_doc(form) for form in forms]
            self.phrase_ids.update({" ".join(t.lower_ for t in pattern): actor_id for pattern in patterns})
            # forms written with a capital in the vocabulary ("Member States", "UNODC"): proper names, never
            # mistaken for part of a title
            self.proper_forms.update(
                " ".join(t.lower_ for t in pattern) for pattern in patterns if pattern.text != pattern.text.lower()
            )
            self.lower_matcher.add(actor_id, patterns)
            exact = [self.nlp.make_doc(form) for form in entry.get("exact", [])]
            self.exact_matcher.add(actor_id, exact)
            # an exact form is a name as written ("Government"), never a title's word, also where its lower case is a
            # head_only noun ("the government")
            self.proper_forms.update(" ".join(t.lower_ for t in pattern) for pattern in exact)
        countries = data.get("country_names") or {}
        self.place_words = set(countries.get("place_words", []))
        fields = data.get("field_sectors") or {}
        self.field_heads = {head.lower() for head in fields.get("heads", [])}
        self.field_kept = {variant.lower() for form in fields.get("kept", []) for variant in number_variants(form)}
        if countries:  # "the efforts made by Peru", "the request of Iran": a State by its name, as written
            self.exact_matcher.add(COUNTRY + countries["actor"], [self.nlp.make_doc(name) for name in countries["names"]])
        treaty_roles = data.get("treaty_roles") or {}
        if treaty_roles:  # "the requested State shall": a treaty's party by its role, a place after a place word as a name is
            names = [self.nlp.make_doc(name) for name in treaty_roles["names"]]
            self.exact_matcher.add(COUNTRY + treaty_roles["actor"], names)
        self.lower_matcher.add(EXCLUDED, [self.nlp.make_doc(phrase) for phrase in data.get("exclude", [])])
        self.standalone_blockers = set(data.get("standalone_blockers", []))
        regional = data.get("regional_standalone") or {}
        self.regional_actor: str | None = regional.get("actor")
        self.regional_names = set(regional.get("names", []))
        markers = "|".join(re.escape(marker) for marker in regional.get("markers", []))
        self.regional_markers = re.compile(rf"\b(?:{markers})\b") if markers else None
        national = "|".join(re.escape(marker) for marker in regional.get("national_markers", []))
        self.national_markers = re.compile(rf"\b(?:{national})\b") if national else None
        standalone = data.get("standalone_names") or {}
        for actor_id, names in standalone.items():
            self._check_actor(actor_id)
            self.exact_matcher.add(STANDALONE + actor_id, [self.nlp.make_doc(name) for name in names])
        self.head_only_nouns: set[str] = set()  # also read by _in_title: "the Rights of the Child" is a title
        for actor_id, nouns in (data.get("head_only") or {}).items():
            self._check_actor(actor_id)
            self.lower_matcher.add(HEAD_ONLY + actor_id, [self.nlp.make_doc(noun) for noun in nouns])
            self.head_only_nouns.update(noun.lower() for noun in nouns)
        self.head_only_after_the = {noun.lower() for noun in data.get("head_only_after_the", [])}
        for actor_id, nouns in (data.get("after_the") or {}).items():
            self._check_actor(actor_id)
            self.lower_matcher.add(AFTER_THE + actor_id, [self.nlp.make_doc(noun) for noun in nouns])
        asked = data.get("asked_names") or {}
        self.asked_verbs = set(asked.get("verbs", []))
        self.call_forms = set(asked.get("call_forms", []))
        self.asked_particles = set(asked.get("particles", []))
        self.complementizer: str | None = asked.get("complementizer")
        self.copulas = set(asked.get("copulas", []))
        self.auxiliaries = self.copulas | set(asked.get("between", []))  # the words a passive request may hold
        self.passives = set(asked.get("passives", []))
        for actor_id, names in (asked.get("names") or {}).items():
            self._check_actor(actor_id)
            self.exact_matcher.add(ASKED + actor_id, [self.nlp.make_doc(name) for name in names])
        bare = data.get("bare_bodies") or {}  # (round 42) the bare names that name the body itself, asked or not
        self.bare_names = set(bare.get("names", []))
        self.bare_blockers = self.place_words | set(bare.get("before", []))
        self.bare_verbs = set(bare.get("verbs", []))
        self.bare_before_to = set(bare.get("before_to", []))
        self.bare_titles = set(bare.get("titles", []))
        self.bare_title_window = int(bare.get("title_window", 0))
        self._check_bare_names(asked.get("names") or {})
        organizations = data.get("qualified_organizations") or {}
        self.org_scopes: dict[str, str] = organizations.get("scopes") or {}
        self.org_heads = set(organizations.get("heads", []))
        self.org_max_modifiers = int(organizations.get("max_modifiers", 0))
        for scope, actor_id in self.org_scopes.items():
            self._check_actor(actor_id)
            self.lower_matcher.add(SCOPE + actor_id, [self.nlp.make_doc(scope)])
        self.qualified_heads: dict[str, str] = {
            head.lower(): actor for head, actor in (data.get("qualified_heads") or {}).items()
        }
        self.lower_matcher.add(QUALIFIED, [self.nlp.make_doc(head) for head in self.qualified_heads])
        short = data.get("short_forms") or {}
        self.short_form_roles = set(short.get("roles", []))
        self.name_prepositions = set(short.get("name_prepositions", []))
        self.short_form_determiners = set(short.get("determiners", ["the"]))
        mere = data.get("mere_names") or {}
        self.mere_roles = set(mere.get("roles", []))
        self.documents = set(mere.get("documents", []))
        self.authoring = set(mere.get("authoring", []))
        self.receiving = set(mere.get("receiving", []))
        self.document_modifiers = set(mere.get("document_modifiers", []))
        self.alias_openers = {key.split()[0] for key in self.phrase_ids if " " in key}  # "member" of "member states"
        for actor_id in self.qualified_heads.values():
            self._check_actor(actor_id)
        titled = data.get("titled_bodies") or {}  # the titles read by the body named with them
        self.title_actor: str | None = titled.get("actor")
        self.title_keys = {TITLE_SEPARATORS.sub(" ", title.lower()) for title in titled.get("titles", [])}
        self.title_spelling: str | None = titled.get("spelling")
        self.title_bodies = self._titled_bodies(titled.get("bodies") or {})
        self.body_before, self.body_after, self.body_anywhere = _body_patterns(self.title_bodies)
        workers = data.get("workers_bodies") or {}  # a workers' body by its capitalized name
        self.workers_actor: str | None = workers.get("actor")
        if self.workers_actor is not None:
            self._check_actor(self.workers_actor)
        self.workers_pattern = _workers_pattern(workers)
        # a name holds one of these words as written: a substring test spares the pattern's search in nearly every text
        self.workers_words = tuple({*workers.get("after_head", []), *workers.get("before_head", [])})

    def _check_actor(self, actor_id: str) -> None:
        """Refuse a vocabulary section that names an actor id the roles do not list (a typo would tag nothing)."""
        if actor_id not in self.roles:
            raise ValueError(Errors.E014.format(actor=actor_id, lexicon=self.lexicon_name))

    def _check_bare_names(self, asked_names: dict[str, list[str]]) -> None:
        """Refuse a ``bare_bodies`` name that is no ``asked_names`` name: only an asked name's match is read by
        :meth:`_names_body`, so such a name would silently tag nothing."""
        unread = self.bare_names - {name for names in asked_names.values() for name in names}
        if unread:
            raise ValueError(Errors.E016.format(names=sorted(unread), lexicon=self.lexicon_name))

    def _titled_bodies(self, bodies: dict[str, list[str]]) -> dict[str, str]:
        """Every name of a body that reads a title (``titled_bodies.bodies``) -> its actor id, which must be known."""
        found: dict[str, str] = {}
        for actor_id, names in bodies.items():
            self._check_actor(actor_id)
            found.update({name: actor_id for name in names})
        return found

    def _matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Phrase matches; a phrase cut by a line break is matched on the text without whitespace tokens."""
        if not doc.to_array(IS_SPACE).any():
            return [*self.lower_matcher(doc), *self.exact_matcher(doc)]
        kept = [token for token in doc if not token.is_space]
        compact = Doc(doc.vocab, words=[token.text for token in kept], spaces=[True] * len(kept))
        positions = [token.i for token in kept] + [len(doc)]
        return [
            (match_id, positions[start], positions[end - 1] + 1)
            for match_id, start, end in [*self.lower_matcher(compact), *self.exact_matcher(compact)]
        ]

    @property
    def labels(self) -> tuple[str, ...]:
        """All canonical actor ids."""
        return tuple(self.roles)

    def __call__(self, doc: Doc) -> Doc:
        """Find actor mentions, keep the longest, distribute coordinated modifiers."""
        strings = doc.vocab.strings
        scopes: list[tuple[int, str]] = []  # a scope word's token and actor: no span unless it qualifies a head
        resolved: list[Span | None] = []
        for match_id, start, end in self._matches(doc):
            label = strings[match_id]
            if label.startswith(SCOPE):
                scopes.append((start, label.removeprefix(SCOPE)))
            else:
                span = Span(doc, start, end, label=match_id)
                resolved.append(None if self._in_title(span) else self._resolved(span))
        resolved += self._qualified_organizations(doc, scopes)
        resolved += self._workers_bodies(doc)
        spans = [span for span in filter_spans([span for span in resolved if span is not None]) if span.label_ != EXCLUDED]
        if self.title_actor is not None:
            spans = [titled for span in spans if (titled := self._titled(doc, span)) is not None]
        # filter_spans keeps a list without overlaps as it is (sorted by start): only new spans need it again
        if elided := self._elided_mentions(doc, spans):
            spans = filter_spans(spans + elided)
        if short := self._short_forms(doc, spans):
            spans = filter_spans(spans + short)
        if self.mere_roles:
            spans = self._without_mere_names(doc, spans)
        if not self.overwrite and self.spans_key in doc.spans:
            spans = filter_spans(list(doc.spans[self.spans_key]) + spans)
        spans.sort(key=lambda span: (span.start, span.end))
        values: dict[Any, Any] = doc.user_data  # extension values set straight (``value_key``: no accessor object per span)
        for span in spans:
            values[value_key("actor_role", span.start_char, span.end_char)] = self.roles.get(span.label_)
        doc.spans[self.spans_key] = spans
        values[DOC_KEYS["actors"]] = sorted({span.label_ for span in spans})
        return doc

    def _in_title(self, span: Span) -> bool:
        """ "the International Convention on the Protection of the Rights of All Migrant Workers and Members of
        Their Families", "the Convention on the Rights of the Child", "the ILO Private Employment Agencies
        Convention": a common-noun alias written with capitals mid-sentence is part of a title, no mention
        (data/gold/README.md: names of instruments are not actor mentions). Sentence starts keep theirs."""
        first = span.doc[span.start]
        if first.is_alpha and first.is_lower:
            return False  # the common case, decided on one token: a lower-case word is no title's
        words = [token for token in span if token.is_alpha and not self._title_link(span, token)]
        if not words or not all(token.text[:1].isupper() for token in words) or any(token.is_upper for token in words):
            return False
        key = " ".join(token.lower_ for token in span if not token.is_space)
        if (key not in self.phrase_ids and key not in self.head_only_nouns) or key in self.proper_forms:
            return False  # an exact form ("States", "Parties") or a proper name of the vocabulary
        previous = self._previous_word(span.doc, span.start)
        if previous is None:
            return False
        before, after = span.doc[previous], span.doc[span.end] if span.end < len(span.doc) else None
        if before.lower_ in ("to", "for") and (after is None or not after.text[:1].isupper()):
            return False  # a heading: "B. Recommendations to Business Enterprises"
        if after is not None and after.is_alpha and after.is_lower and not after.is_stop:
            return False  # a title goes on with a capital or a function word: "the Special Rapporteurs mentioned"
        return not ((before.is_punct and before.text != ",") or before.like_num or (len(before) == 1 and before.is_alpha))

    @staticmethod
    def _title_link(span: Span, token: Token) -> bool:
        """A lower-case function word inside a capitalized alias ("of" in "the Protection of Children Victims of
        Trafficking", real-z-001; "Re-Integration of Victims of Trafficking for Commercial Sexual Exploitation", probe
        56): titles write it in lower case, so it does not make the alias a common mention. Never the first or last
        word (round 41)."""
        return span.start < token.i < span.end - 1 and token.is_lower and token.is_stop

    def _resolved(self, span: Span) -> Span | None:
        """A match as an actor span: qualified heads and standalone names only where they name one."""
        if span.label_ == QUALIFIED:
            return self._qualified(span)
        if span.label_.startswith(STANDALONE):
            return self._standalone(span)
        if span.label_.startswith(HEAD_ONLY):
            return self._head_only(span)
        if span.label_.startswith(ASKED):
            named = self._asked(span) or self._names_body(span)
            return Span(span.doc, span.start, span.end, label=span.label_.removeprefix(ASKED)) if named else None
        if span.label_.startswith(COUNTRY):
            # "should be established in Serbia", "its inquiry concerning the United Kingdom": a place or a topic
            place = self._after_place_word(span)
            # a place still wins over the shorter names inside it ("Northern Ireland"), then is dropped as `exclude` is
            return Span(span.doc, span.start, span.end, label=EXCLUDED if place else span.label_.removeprefix(COUNTRY))
        if span.label_.startswith(AFTER_THE):
            # "the Secretariat" is the Conference's, UNODC; "the Permanent Secretariat", "the Initiative Secretariat"
            # (Atlantic African States Process, AU-Horn of Africa Initiative) are another body's
            if not self._after_the(span):
                return None
            return Span(span.doc, span.start, span.end, label=span.label_.removeprefix(AFTER_THE))
        if span.doc[span.end - 1].lower_ in self.field_heads and self._field(span):
            # "the risks of human trafficking in the agricultural sector": the field where it happens, no actor
            return Span(span.doc, span.start, span.end, label=EXCLUDED)
        return span

    def _after_the(self, span: Span) -> bool:
        """Whether "the" comes right before the span (``after_the`` and ``head_only_after_the`` nouns)."""
        before = self._previous_word(span.doc, span.start)
        return before is not None and span.doc[before].lower_ == "the"

    def _field(self, span: Span) -> bool:
        """Whether a sector's name is a field of work, after a place word ("in the agricultural sector"), and not one
        of the sectors that name their members there too ("target groups ... and in the private sector")."""
        key = " ".join(token.lower_ for token in span if not token.is_space)
        return key not in self.field_kept and self._after_place_word(span)

    def _after_place_word(self, span: Span) -> bool:
        """Whether a `place_words` word ("the" between or not) comes right before the span: "in Serbia", "concerning
        the United Kingdom", "in the agricultural sector" name a place, a topic or a field, not the one who acts."""
        before = self._previous_word(span.doc, span.start)
        if before is not None and span.doc[before].lower_ == "the":
            before = self._previous_word(span.doc, before)
        return before is not None and span.doc[before].lower_ in self.place_words

    def _head_only(self, span: Span) -> Span | None:
        """ "his or her family," and "the victim is a minor" name people; "family relations", "community, family
        and school programmes" and "of a minor nature" do not: a ``head_only`` noun counts only before
        punctuation, the end or a function word, and before "and"/"or" only if a function word or
        punctuation follows them. With a parse, the parse says it: a noun modifier ("child labour", "child sexual
        abuse", "family relations", also when coordinated: "community, family and school programmes") names no
        one; "responsibility for the child and provide him or her with care" does."""
        doc = span.doc
        if span.text.lower() in self.head_only_after_the and not self._after_the(span):
            return None  # "Global leaders of all kinds - government, corporate, ...": a kind, not the government
        if doc.has_annotation("DEP"):
            word = doc[span.end - 1]
            while word.dep_ == "conj" and word.head is not word:
                word = word.head
            if word.dep_ in MODIFIER_DEPS:
                return None
            return Span(doc, span.start, span.end, label=span.label_.removeprefix(HEAD_ONLY))
        if span.end < len(doc) and doc[span.end].text in HYPHENS:
            return None  # "child-related", "business-related": the first part of a compound modifier
        index = self._next_word(doc, span.end)
        if index is not None and doc[index].lower_ in COORDINATORS and doc[index].is_alpha:
            index = self._next_word(doc, index + 1)
        if index is not None and not (doc[index].is_punct or doc[index].is_stop):
            return None
        return Span(doc, span.start, span.end, label=span.label_.removeprefix(HEAD_ONLY))

    def _asked(self, span: Span) -> bool:
        """ "urged the EU to make", "call on the EU to do more", "recommends that the OSCE integrate", "the European
        Union is called upon to": a bare regional name (``asked_names``) as the one a request asks; "OSCE participating
        States", "EU countries" and "the Council of Europe's GRETA" name no body (the name modifies another word)."""
        doc = span.doc
        after = self._next_word(doc, span.end)
        if after is None:
            return False
        index: int | None = after
        passive = False
        while index is not None and doc[index].lower_ in self.auxiliaries:
            passive = passive or doc[index].lower_ in self.copulas
            index = self._next_word(doc, index + 1)
        if passive and index is not None and doc[index].lower_ in self.passives:
            return True  # "the European Union is called upon to shape European policy"
        before = self._previous_word(doc, span.start)
        if before is not None and doc[before].lower_ == "the":
            before = self._previous_word(doc, before)
        if before is None:
            return False
        word = doc[before].lower_
        if word == self.complementizer:  # "recommends that the OSCE integrate ...": a verb follows the name
            verb = self._previous_word(doc, before)
            return verb is not None and doc[verb].lower_ in self.asked_verbs and self._base_verb(doc[after])
        if doc[after].lower_ != "to":
            return False
        if word in self.asked_particles:
            verb = self._previous_word(doc, before)
            return verb is not None and doc[verb].lower_ in self.call_forms
        return word in self.asked_verbs

    def _names_body(self, span: Span) -> bool:
        """ "The AU has not upheld peace", "SADC acknowledges that", "progress made by the EU in", "the United Nations and
        the African Union.", "To the European Union:": a ``bare_bodies`` name (round 42) names the organization itself
        when the word after it (past a bracketed acronym: "The African Union (AU) has") is punctuation, a function word
        or a verb. Not where it modifies the next word ("EU citizens", "the AU’s response", "ASEAN-ACT", "Council of
        Europe Heads"), restates a name in brackets ("(EU)", "Regulation (EU)"), follows "of" (a part, organ, member or
        title of it: "member states of the Council of Europe", "Treaty on the Functioning of the European Union"), closes
        an instrument's title ("Directive 2011/36/EU", "the Treaty on European Union") or names a place ("in the EU",
        "entering the EU", "neighbors to the European Union")."""
        return span.text in self.bare_names and not self._bare_name_inside(span) and self._bare_name_acts(span)

    def _bare_name_inside(self, span: Span) -> bool:
        """Whether the words before a ``bare_bodies`` name make it part of something else, read before its next word:
        a bracketed restatement or a joined form ("(EU)", "Directive 2011/36/EU", "AU-EU"), an instrument's title within
        ``title_window`` words ("the Treaty establishing ECOWAS", "the Hague Programme for the EU"), or a word of
        ``before`` or a place word, "the" between or not ("member states of the Council of Europe", "entering the EU",
        "third countries neighbors to the European Union")."""
        doc = span.doc
        before = self._previous_word(doc, span.start)
        if before is not None and (doc[before].text in ("(", "/") or doc[before].text in HYPHENS):
            return True
        if any(token.text in self.bare_titles for token in doc[max(0, span.start - self.bare_title_window) : span.start]):
            return True
        if before is not None and doc[before].lower_ == "the":
            before = self._previous_word(doc, before)
        if before is None:
            return False
        if doc[before].lower_ in self.bare_blockers:
            return True
        if doc[before].lower_ == "to":
            noun = self._previous_word(doc, before)
            return noun is not None and doc[noun].lower_ in self.bare_before_to
        return False

    def _bare_name_acts(self, span: Span) -> bool:
        """Whether the word after a ``bare_bodies`` name (past a bracketed acronym) leaves it naming the body: none, a
        heading's placeholder verb, punctuation, a function word, a verb in "-ed" or of ``verbs``; "and"/"or" only before
        punctuation or a function word ("the EU and the Member States", not "the EU and national level"). Not a
        possessive, hyphen or slash that joins it to the next word ("the AU’s response", "ASEAN-ACT")."""
        doc = span.doc
        after = self._after_acronym(doc, span.end)
        if after is None or self._heading_addressee(doc, span, after):
            return True
        word = doc[after]
        if word.text in POSSESSIVES or word.text in HYPHENS or word.text in ("/", "\u2011"):
            return False
        if word.lower_ in COORDINATORS and word.is_alpha:
            following = self._next_word(doc, after + 1)
            return following is None or doc[following].is_punct or doc[following].is_stop
        if word.is_punct or word.is_stop:
            return True
        return word.is_alpha and word.is_lower and (word.lower_.endswith("ed") or word.lower_ in self.bare_verbs)

    @staticmethod
    def _heading_addressee(doc: Doc, span: Span, after: int) -> bool:
        """A heading "To the European Union:" as the lead-in reader reads it, its colon replaced by a placeholder verb
        ("To the European Union act", api._lead_in_reading): the name right after the opening "To (the)" and before the
        text's last word names the heading's addressee, not a modifier ("To the EU countries act" keeps none)."""
        opening = 2 if span.start >= 2 and doc[span.start - 1].lower_ == "the" else 1
        return span.start == opening and doc[0].lower_ == "to" and after == len(doc) - 1

    def _after_acronym(self, doc: Doc, index: int) -> int | None:
        """The word after a name, past its acronym in brackets ("the African Union (AU) has"): the name's own next word."""
        after = self._next_word(doc, index)
        if after is not None and doc[after].text == "(":
            close = self._next_word(doc, after + 2)
            if close is not None and doc[close].text == ")" and doc[after + 1].text.isupper():
                return self._next_word(doc, close + 1)
        return after

    def _base_verb(self, word: Token) -> bool:
        """A verb's base form after a name ("that the OSCE integrate"), not a noun the name modifies ("that the OSCE
        participating States", "that the EU member states"): the parse's tag, else a lower-case word that opens no
        actor name and is no participle."""
        if word.doc.has_annotation("TAG"):
            return word.tag_ in ("VB", "VBP", "MD")
        return word.is_alpha and word.is_lower and word.lower_ not in self.alias_openers and not word.lower_.endswith("ing")

    def _workers_bodies(self, doc: Doc) -> list[Span]:
        """ "the observations of the Confederation of Public and Private Sector Workers (CTSP)" (ILO CEACR, real-z-014):
        a workers' body by its capitalized name (``workers_bodies``) is a social partner, which no alias reaches (the
        name's words are capitalized, or another actor's: "the General Confederation of Workers of Peru")."""
        text = doc_text(doc)
        if self.workers_pattern is None or self.workers_actor is None or not any(word in text for word in self.workers_words):
            return []
        spans = (
            doc.char_span(*match.span(), label=self.workers_actor, alignment_mode="contract")
            for match in self.workers_pattern.finditer(text)
        )
        return [span for span in spans if span is not None]

    def _qualified_organizations(self, doc: Doc, scopes: list[tuple[int, str]]) -> list[Span]:
        """ "international humanitarian and refugee organizations", "national and international development
        organizations": a ``qualified_organizations`` scope word (matched as ``scopes``: its token and actor), lower-case
        field words and the head noun."""
        found = []
        for start, actor_id in scopes:
            modifiers, index = 0, self._next_word(doc, start + 1)
            while index is not None and modifiers <= self.org_max_modifiers:
                word = doc[index]
                if word.lower_ in self.org_heads:
                    if modifiers and doc[index - 1].lower_ not in COORDINATORS and not self._names_other(doc, start, index):
                        found.append(Span(doc, start, index + 1, label=actor_id))
                    break
                if word.lower_ in COORDINATORS or word.text == "-":
                    index = self._next_word(doc, index + 1)
                    continue
                if not (word.is_alpha and word.is_lower) or word.is_stop or word.lower_ in self.org_scopes:
                    break  # "international and regional organizations": the elided head is shared
                modifiers += 1
                index = self._next_word(doc, index + 1)
        return found

    def _standalone(self, span: Span) -> Span | None:
        """ "the United Nations," and "the Board's offer" name the body; "United Nations standards", "the United
        Nations Convention", "the Executive Board" and "the Board of Trustees" do not: only a name after "the" and
        followed by punctuation or a function word (not a ``standalone_blockers`` one) counts."""
        doc, index = span.doc, span.end
        before = self._previous_word(doc, span.start)
        if before is None or doc[before].lower_ != "the":
            return None
        while index < len(doc) and doc[index].is_space:
            index += 1
        if index < len(doc) and (
            not (doc[index].is_punct or doc[index].is_stop) or doc[index].lower_ in self.standalone_blockers
        ):
            return None
        label = span.label_.removeprefix(STANDALONE)
        if self.regional_actor and span.text in self.regional_names:
            if self._about_regional_body(doc):
                label = self.regional_actor  # "EP calls on the Commission to revise the anti-trafficking directive"
            elif self.national_markers is not None and self.national_markers.search(doc_text(doc)):
                return None  # "advisories issued by the Commission," said NHRC: a national commission, no actor id
        return Span(doc, span.start, span.end, label=label)

    def _titled(self, doc: Doc, span: Span) -> Span | None:
        """ "OSCE Secretary General Helga Maria Schmid", "the Secretary General of INTERPOL": a ``titled_bodies`` title
        is the head of the body named with it; alone it is the UN's, save in the spelling the UN does not print, where the
        one body the text names is its own and a person's name with no body named leaves the body unknown (None)."""
        if span.label_ != self.title_actor or TITLE_SEPARATORS.sub(" ", span.text.lower()) not in self.title_keys:
            return span  # the common case: any other actor, or a longer UN name ("United Nations Secretary-General")
        body = self._body_named_with(doc, span)
        if body is None and span.text == self.title_spelling:
            named = (
                {self.title_bodies[match] for match in self.body_anywhere.findall(doc_text(doc))} if self.body_anywhere else set()
            )
            if len(named) == 1:
                body = named.pop()
            elif not named and self._before_name(doc, span.end):
                return None
        return span if body is None or body == span.label_ else Span(doc, span.start, span.end, label=body)

    def _body_named_with(self, doc: Doc, span: Span) -> str | None:
        """The actor of the body named right before a title ("OSCE Secretary General", "INTERPOL's Secretary General") or
        after its "of (the)" ("Secretary General of the OAS"), if any."""
        if self.body_before is None or self.body_after is None:
            return None
        match = self.body_before.search(doc_text(doc), 0, span.start_char) or self.body_after.match(doc_text(doc), span.end_char)
        return self.title_bodies[match.group(1)] if match else None

    def _before_name(self, doc: Doc, index: int) -> bool:
        """Whether a person's name follows a title: a capitalized word that opens no actor name ("Secretary General
        Stock", not "the Secretary General To ..." of a heading nor "Secretary General Council")."""
        after = self._next_word(doc, index)
        if after is None:
            return False
        word = doc[after]
        return word.is_alpha and word.text[:1].isupper() and not word.is_stop and word.lower_ not in self.alias_openers

    def _about_regional_body(self, doc: Doc) -> bool:
        """Whether a text names the European Union (``regional_standalone.markers``): its "the Commission" is the
        European Commission, not a UN commission."""
        return self.regional_markers is not None and self.regional_markers.search(doc_text(doc)) is not None

    def _elided_mentions(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Modifiers sharing a matched head: "regional and international organizations"
        matched "international organizations"; "regional" + "organizations" is another actor."""
        taken = {index for span in spans for index in range(span.start, span.end)}
        found = []
        for span in spans:
            index = self._previous_word(doc, span.start)
            if index is None or doc[index].lower_ not in COORDINATORS:
                continue  # the common case, decided without reading the span's words
            head_words = [token.lower_ for token in span if not token.is_space][1:]
            if not head_words:
                continue
            while index is not None and doc[index].lower_ in COORDINATORS:
                index = self._previous_word(doc, index)
                if index is None or index in taken or not doc[index].is_alpha:
                    break
                actor_id = self.phrase_ids.get(" ".join([doc[index].lower_, *head_words]))
                if actor_id is None and len(head_words) > 1:
                    # "intergovernmental and non-governmental organizations": the modifier shares only the noun
                    actor_id = self.phrase_ids.get(f"{doc[index].lower_} {head_words[-1]}")
                if actor_id is None:
                    break
                found.append(Span(doc, index, index + 1, label=actor_id))
                index = self._previous_word(doc, index)
        return found

    def _short_forms(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """ "the Commission", "the Centre", "the Board" after the body's full name in the same text
        ("invite the Commission to conduct ..." after "the Commission on Crime Prevention and Criminal
        Justice", "requests that Organization to prepare" after "the World Health Organization"): the
        capitalized head noun of an earlier ``short_form_roles`` name refers back to it."""
        heads: dict[str, tuple[int, str]] = {}
        for span in spans:
            if self.roles.get(span.label_) in self.short_form_roles and len(span) > 1:
                head = next((token for token in span if token.lower_ in self.name_prepositions), None)
                head = doc[head.i - 1] if head is not None and head.i > span.start else span[-1]
                if head.is_alpha and head.text[:1].isupper():
                    heads.setdefault(head.text, (span.end, span.label_))
        if not heads:
            return []
        taken = {index for span in spans for index in range(span.start, span.end)}
        found = []
        for token in doc:
            named = heads.get(token.text)
            if (
                named is not None
                and token.i >= named[0]
                and token.i not in taken
                and token.i > 0
                and doc[token.i - 1].lower_ in self.short_form_determiners
            ):
                found.append(Span(doc, token.i - 1, token.i + 1, label=named[1]))
        return found

    def _without_mere_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Drop bodies named only as a document's author or owner, or as a report's recipient
        (``mere_names`` in the vocabulary): "the report of the Board", "UNODC tools", "submit ... to the Commission"."""
        starts = {span.start: span for span in spans}
        kept = []
        for span in spans:
            if self.roles.get(span.label_) in self.mere_roles and (
                self._authored(doc, span.start) or self._owns(doc, span, starts) or self._receives(doc, span.start)
            ):
                continue
            kept.append(span)
        return kept

    def _authored(self, doc: Doc, start: int) -> bool:
        """ "report of the X", "resolutions adopted by the X", "guidelines issued by X"."""
        index = self._previous_word(doc, start)
        if index is not None and doc[index].lower_ == "the":
            index = self._previous_word(doc, index)
        if index is None or doc[index].lower_ not in ("of", "by"):
            return False
        index = self._previous_word(doc, index)
        if index is not None and doc[index].lower_ in self.authoring:
            index = self._previous_word(doc, index)
        return index is not None and doc[index].lower_ in self.documents

    def _owns(self, doc: Doc, span: Span, starts: dict[int, Span]) -> bool:
        """ "UNODC tools", "the INCB and UNODC tools and projects", "the Board's model memorandum", "UNODC SHERLOC
        Database": the body names whose document follows."""
        index = span.end
        while index < len(doc) and (doc[index].is_space or doc[index].lower_ in ("and", ",")):
            index += 1
            if index < len(doc) and doc[index].lower_ == "the" and index + 1 in starts:
                index += 1  # "..., and the Board's model memorandum"
            if index in starts:  # a coordinated body: the document after it belongs to both
                index = starts[index].end
        if index < len(doc) and doc[index].lower_ in POSSESSIVES:
            index += 1
        skipped = 0
        while (
            index < len(doc)
            and skipped < 4
            and index not in starts
            and (doc[index].lower_ in self.document_modifiers or (doc[index].is_alpha and doc[index].text[:1].isupper()))
            and doc[index].lower_ not in self.documents
        ):
            index, skipped = index + 1, skipped + 1
        return index < len(doc) and doc[index].lower_ in self.documents

    def _receives(self, doc: Doc, start: int) -> bool:
        """ "submit that information to the Commission", "report to the Commission on ...": a report's recipient."""
        index = self._previous_word(doc, start)
        if index is not None and doc[index].lower_ == "the":
            index = self._previous_word(doc, index)
        if index is None or doc[index].lower_ != "to":
            return False
        return any(token.lower_ in self.receiving for token in doc[max(0, index - 5) : index])

    def _qualified(self, head: Span) -> Span | None:
        """ "the Italian authorities": a ``qualified_heads`` noun after "the" and a capitalized adjective
        names that State's authorities (GRETA and treaty-body wording); without them it names no one."""
        doc, index = head.doc, head.start
        if index < 2:
            return None
        adjective, article = doc[index - 1], doc[index - 2]
        if adjective.is_alpha and adjective.text[:1].isupper() and article.lower_ == "the":
            return Span(doc, index - 2, index + 1, label=self.qualified_heads[head[0].lower_])
        return None

    def _names_other(self, doc: Doc, scope: int, head: int) -> bool:
        """Whether the words after the scope word end in another actor's name ("international police
        organizations", "intergovernmental and non-governmental organizations"): that name is the mention."""
        words = [token.lower_ for token in doc[scope + 1 : head + 1] if not token.is_space]
        return any(" ".join(words[start:]) in self.phrase_ids for start in range(len(words) - 1))

    @staticmethod
    def _next_word(doc: Doc, index: int) -> int | None:
        """Index of the nearest non-whitespace token at or after ``index``."""
        while index < len(doc) and doc[index].is_space:
            index += 1
        return index if index < len(doc) else None

    @staticmethod
    def _previous_word(doc: Doc, index: int) -> int | None:
        """Index of the nearest non-whitespace token before ``index``."""
        index -= 1
        while index >= 0 and doc[index].is_space:
            index -= 1
        return index if index >= 0 else None
