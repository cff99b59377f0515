"""``recs_modality``: obligation modality of every main modal clause (TAXONOMY.md section 1).

Each main modal clause becomes a span in ``doc.spans["modal_clauses"]`` labelled with
its value, with ``span._.modal`` = {value, strength, negated, subject, verb}. The doc
gets the primary value (first main clause whose subject is an actor, else the first
main clause), its strength, ``negated``, the addressee and the list of clauses.

With a dependency parse the clause structure decides: only main clauses count (and
clauses under a reporting verb such as "recommended that"), the modal's own verb
decides "should consider" versus "should encourage", negation must attach to the modal
verb, and coordinated verbs ("and consider ...") form clauses of their own value.
Without a parse (rule-only mode on ``spacy.blank``) token patterns over the same cue
vocabulary do the work, with the nearest preceding actor as subject. Cues, resolution
verbs and their values all come from ``vocab/modals.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, HEAD, LOWER, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.training import Example
from spacy.util import filter_spans, registry

from pipeline.tagging.errors import Errors
from pipeline.tagging.extensions import register_extensions
from pipeline.tagging.lower_matcher import LowerPatternMatcher
from pipeline.tagging.vocab import load_vocab
from pipeline.tagging.vocab_pipe import VocabPipe

NONE = "none"
SUBJECT_DEPS = {"nsubj", "csubj"}
QUOTES = {'"', "“", "”", "«", "»"}
QUOTE_IDS = {get_string_id(quote) for quote in QUOTES}
AUX_ID, AUXPASS_ID = get_string_id("aux"), get_string_id("auxpass")
BE_FORMS = ["are", "is", "be", "being", "were", "was", "been"]
PARTICIPLES = {"require": "required", "oblige": "obliged", "obligate": "obligated", "bind": "bound", "urge": "urged",
               "request": "requested", "call": "called", "encourage": "encouraged", "invite": "invited",
               "recommend": "recommended", "ask": "asked", "advise": "advised"}

register_extensions()


def modality_score(examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
    """Accuracy of the primary modality and of the addressee against the reference docs."""
    scores: dict[str, Any] = {}
    for attr in ("modality", "addressee"):
        pairs = [(eg.predicted._.get(attr), eg.reference._.get(attr)) for eg in examples
                 if eg.reference._.get(attr) is not None]
        scores[f"{attr}_acc"] = sum(pred == gold for pred, gold in pairs) / len(pairs) if pairs else None
    return scores


@registry.scorers("recs.modality_scorer.v1")
def make_modality_scorer() -> Callable[..., dict[str, Any]]:
    """Registered so the scorer is configurable like spaCy's own."""
    return modality_score


@dataclass
class Clause:
    """One main modal clause, in token offsets."""

    value: str
    negated: bool
    subject: str
    verb: str
    start: int
    end: int


@Language.factory(
    "recs_modality",
    assigns=["doc.spans", "doc._.modality", "doc._.modality_strength", "doc._.negated", "doc._.addressee",
             "doc._.modal_clauses", "span._.modal"],
    requires=["doc.spans"],
    default_config={
        "spans_key": "modal_clauses",
        "actors_key": "actors",
        "vocab": "modals",
        "vocab_version": None,
        "use_parse": True,
        "overwrite": True,
        "scorer": {"@scorers": "recs.modality_scorer.v1"},
    },
    default_score_weights={"modality_acc": 1.0, "addressee_acc": 0.5},
)
def make_modality(
    nlp: Language,
    name: str,
    spans_key: str,
    actors_key: str,
    vocab: str,
    vocab_version: str | None,
    use_parse: bool,
    overwrite: bool,
    scorer: Callable[..., dict[str, Any]] | None,
) -> "ModalityTagger":
    """Create the modality tagger.

    nlp: the pipeline (its vocab holds the rule-mode patterns).
    name: the component's name in the pipeline.
    spans_key: the ``doc.spans`` key the modal-clause spans go to.
    actors_key: the ``doc.spans`` key of the actor spans (``recs_actors`` must run first);
        subjects are normalized through them.
    vocab: name of the packaged cue vocabulary (``vocab/<vocab>.yaml``).
    vocab_version: the vocabulary version this config expects; a mismatch warns (None: any).
    use_parse: use the dependency parse when the doc has one (False: always the token rules).
    overwrite: replace existing spans under ``spans_key`` (False: add to them).
    scorer: scoring function for ``nlp.evaluate``.
    """
    return ModalityTagger(nlp, name, spans_key=spans_key, actors_key=actors_key, vocab=vocab,
                          vocab_version=vocab_version, use_parse=use_parse, overwrite=overwrite, scorer=scorer)


class ModalityTagger(VocabPipe):
    """Finds main modal clauses and grades them on the taxonomy's ordinal scale."""

    required_keys = ("values", "auxiliaries", "consider_verbs", "carrier_verbs", "passive_cues", "resolution_verbs",
                     "transparent_verbs", "opaque_verbs", "negators")

    def __init__(
        self,
        nlp: Language,
        name: str = "recs_modality",
        *,
        spans_key: str = "modal_clauses",
        actors_key: str = "actors",
        vocab: str = "modals",
        vocab_version: str | None = None,
        use_parse: bool = True,
        overwrite: bool = True,
        scorer: Callable[..., dict[str, Any]] | None = modality_score,
    ) -> None:
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.actors_key = actors_key
        self.vocab_name = vocab
        self.vocab_version = vocab_version
        self.use_parse = use_parse
        self.overwrite = overwrite
        self.scorer = scorer
        self._set_data(load_vocab(vocab))

    # ----------------------------------------------------------------- vocabulary
    def _compile(self, data: dict[str, Any]) -> None:
        """Check the cue values and build the rule-mode matcher from the snapshot."""
        values = data["values"]
        for value in [*data["auxiliaries"].values(), *data["passive_cues"].values(), *data["resolution_verbs"].values()]:
            if value not in values:
                raise ValueError(Errors.E003.format(value=value, vocab=self.vocab_name, values=sorted(values)))
        self.strength: dict[str, int] = {key: int(number) for key, number in values.items()}
        self.auxiliaries: dict[str, str] = data["auxiliaries"]
        self.auxiliary_ids = {get_string_id(word) for word in self.auxiliaries}
        self.consider_single = {verb for verb in data["consider_verbs"] if " " not in verb}
        self.consider_phrases = [verb.split() for verb in data["consider_verbs"] if " " in verb]
        self.carriers = {verb for verb in data["carrier_verbs"] if " " not in verb}
        self.passive: dict[str, str] = data["passive_cues"]
        self.openers = sorted(((key.split(), value) for key, value in data["resolution_verbs"].items()),
                              key=lambda item: -len(item[0]))
        self.opener_words = {words[0] for words, _ in self.openers}
        self.reporting_forms = self._reporting_forms()
        self.opener_adverbs = set(data.get("opening_adverbs", []))
        self.transparent = set(data["transparent_verbs"])
        self.opaque = set(data["opaque_verbs"])
        self.negators = set(data["negators"])
        self.skip_words = set(data.get("rule_skip_words", []))
        self.state_ids = set(data.get("state_actors", []))
        self.judging_words = set(data.get("judging_complements", []))
        self.not_before_verb = set(data.get("not_before_verb", []))
        commitments = data.get("self_commitments") or {}
        self.commitment_subjects = set(commitments.get("subjects", []))
        self.commitment_addressee = commitments.get("addressee", NONE)
        self.commitments: dict[str, str] = commitments.get("verbs") or {}
        for value in self.commitments.values():
            if value not in values:
                raise ValueError(Errors.E003.format(value=value, vocab=self.vocab_name, values=sorted(values)))
        duty = data.get("duty_phrases") or {}
        self.duty_value = duty.get("value", "mandatory")
        if self.duty_value not in values:
            raise ValueError(Errors.E003.format(value=self.duty_value, vocab=self.vocab_name, values=sorted(values)))
        self.duty_verbs = set(duty.get("verbs", []))
        self.duty_adjectives = set(duty.get("adjectives", []))
        self.duty_nouns = set(duty.get("nouns", []))
        self.unaddressed_roles = set(data.get("unaddressed_roles", []))
        implied = data.get("implied_request") or {}
        self.implied_verbs = set(implied.get("verbs", []))
        self.implied = (implied.get("value", NONE), implied.get("addressee", NONE))
        if self.implied[0] not in values:
            raise ValueError(Errors.E003.format(value=self.implied[0], vocab=self.vocab_name, values=sorted(values)))
        self._build_matcher()

    def _build_matcher(self) -> None:
        """Rule-mode cue matcher; the longest match wins, so "should consider" beats "should"."""
        self.matcher = LowerPatternMatcher()
        for label, patterns in self.cue_patterns():
            self.matcher.add(label, patterns)

    def cue_patterns(self) -> list[tuple[str, list[list[dict[str, Any]]]]]:
        """The rule-mode cue patterns (spaCy ``Matcher`` syntax) with their ``kind|value`` labels."""
        adverbs = {"LOWER": {"IN": sorted(self.opener_adverbs | {"not", "also", "further", "therefore", "seriously"})}, "OP": "*"}
        space = {"IS_SPACE": True, "OP": "*"}
        labelled: list[tuple[str, list[list[dict[str, Any]]]]] = []
        for aux, value in self.auxiliaries.items():
            labelled.append((f"aux|{value}", [[{"LOWER": aux}]]))
            if value in ("mandatory", "should"):
                consider = [[{"LOWER": aux}, space, adverbs, {"LOWER": {"IN": sorted(self.consider_single)}}]]
                consider += [[{"LOWER": aux}, space, adverbs, *({"LOWER": word} for word in phrase)]
                             for phrase in self.consider_phrases]
                labelled.append(("aux|should_consider", consider))
        for lemma, value in self.passive.items():
            participle = PARTICIPLES.get(lemma, lemma + "d")
            tail = [{"LOWER": {"IN": ["upon", "on"]}, "OP": "?"}] if lemma == "call" else []
            labelled.append((f"passive|{value}", [[{"LOWER": {"IN": BE_FORMS}}, adverbs, {"LOWER": participle},
                                                   *tail, {"LOWER": "to"}]]))
        if self.duty_nouns:
            labelled.append((f"duty|{self.duty_value}",
                             [[{"LOWER": {"IN": sorted(self.duty_verbs)}}, {"LOWER": {"IN": ["a", "an", "the"]}, "OP": "?"},
                               {"LOWER": {"IN": sorted(self.duty_adjectives)}, "OP": "*"},
                               {"LOWER": {"IN": sorted(self.duty_nouns)}}, {"LOWER": "to"}]]))
        labelled.append(("coordinated|should_consider",
                         [[{"LOWER": {"IN": [",", "and"]}}, {"LOWER": "and", "OP": "?"},
                           {"LOWER": {"IN": sorted(self.consider_single)}}]]))
        return labelled

    # ----------------------------------------------------------------- helpers
    def _actor_index(self, doc: Doc) -> dict[int, str]:
        """Token index -> actor id, from the actor spans that can be addressed: "Migrants shall not
        become liable to prosecution" protects migrants, it asks nothing of them (``unaddressed_roles``)."""
        index: dict[int, str] = {}
        for span in doc.spans.get(self.actors_key, []):
            if span._.actor_role in self.unaddressed_roles:
                continue
            for i in range(span.start, span.end):
                index[i] = span.label_
        return index

    @staticmethod
    def _quoted(sent: Span) -> set[int]:
        """Token indices inside quotation marks (quoted text is not the recommendation's own clause)."""
        inside, open_quote = set(), False
        for token in sent:
            if token.text in QUOTES:
                open_quote = not open_quote
            elif open_quote:
                inside.add(token.i)
        return inside

    def _opener(self, sent: Span) -> tuple[int, int, str] | None:
        """A resolution-style opening ("Urges", "Also invites", "Calls upon") at the sentence start."""
        words = [token for token in sent[:12] if not (token.is_space or token.is_punct or token.like_num)]
        if words and len(words[0]) == 1 and words[0].is_alpha and words[0].is_lower:
            words = words[1:]  # list item letter: "(a) Urges ..."
        position = 0
        while position < len(words) and words[position].lower_ in self.opener_adverbs:
            position += 1
        if position >= len(words) or not words[position].text[:1].isupper() and position == 0:
            return None
        lowered = [token.lower_ for token in words[position : position + 3]]
        for phrase, value in self.openers:
            if lowered[: len(phrase)] == phrase:
                first, last = words[0], words[position + len(phrase) - 1]
                return first.i, last.i + 1, value
        return None

    def _reporting_verb(self, sent: Span, actors: dict[int, str]) -> tuple[int, int, str] | None:
        """Rule mode, sentence without a modal cue: a resolution verb after its subject
        ("The Conference urges States ...", "It is recommended that States ...")."""
        doc = sent.doc
        for token in sent:
            candidates = self.reporting_forms.get(token.lower_)
            if candidates is None or token.i == sent.start or token.i in actors or token.i - 1 in actors:
                continue
            previous = doc[token.i - 1].lower_
            if previous in self.not_before_verb or (not token.lower_.endswith(("s", "d")) and previous not in ("we", "to")):
                continue  # "the execution of requests", "Governments that request help": no resolution verb
            for phrase, value in candidates:
                if tuple(t.lower_ for t in token.doc[token.i : token.i + len(phrase)]) == phrase:
                    return token.i, token.i + len(phrase), value
        return None

    def _reporting_forms(self) -> dict[str, list[tuple[tuple[str, ...], str]]]:
        """Resolution verbs in the 3rd person and past ("urges", "urged", "calls upon"), indexed by first word
        so that the per-token scan of :meth:`_reporting_verb` only tries phrases that can start there."""
        forms: dict[tuple[str, ...], str] = {}
        for words, value in self.openers:
            stem = words[0].removesuffix("s")
            for form in (words[0], stem + "d" if stem.endswith("e") else stem + "ed"):
                forms[(form, *words[1:])] = value
        by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, value in forms.items():
            by_first.setdefault(phrase[0], []).append((phrase, value))
        return by_first

    def _coordinated_openers(self, sent: Span, after: int) -> list[tuple[int, int, str]]:
        """Further resolution verbs joined to the first: "Urges ..., and invites ..."."""
        found = []
        for token in sent:
            if token.i < after or token.lower_ not in self.opener_words or token.i == sent.start:
                continue
            previous = [t for t in token.doc[max(sent.start, token.i - 3) : token.i] if not t.is_space]
            if previous and previous[-1].lower_ in {"and", ",", ";", "also", "further"}:
                for phrase, value in self.openers:
                    words = [t.lower_ for t in token.doc[token.i : token.i + len(phrase)]]
                    if words == phrase:
                        found.append((token.i, token.i + len(phrase), value))
                        break
        return found

    def _opener_clause(self, sent: Span, start: int, end: int, value: str, stop: int, actors: dict[int, str],
                       parsed: bool) -> Clause:
        """Clause of a resolution verb: its addressee is the first actor after it, its action the verb after "to"."""
        doc = sent.doc
        first_actor = next((i for i in range(end, stop) if i in actors), None)
        subject = actors[first_actor] if first_actor is not None else NONE
        after_subject = first_actor + 1 if first_actor is not None else end
        while after_subject < stop and actors.get(after_subject) == subject:
            after_subject += 1
        to = next((i for i in range(after_subject, stop - 1) if doc[i].lower_ == "to"), None)
        if to is not None:
            verb_token = self._next_word(doc, to + 1, stop)
        elif parsed:
            verb_token = next((t for t in doc[after_subject:stop] if t.pos_ == "VERB"), None)
        else:
            verb_token = self._next_word(doc, after_subject, stop) if first_actor is not None else None
        negated = False
        if verb_token is not None and verb_token.lower_ in self.negators:
            negated, verb_token = True, self._next_word(doc, verb_token.i + 1, stop)
        verb = (verb_token.lemma_ or verb_token.lower_) if verb_token is not None else doc[end - 1].lower_
        return Clause(value, negated, subject, verb.lower(), start, self._trim(doc, start, stop))

    def _next_word(self, doc: Doc, index: int, stop: int) -> Token | None:
        """The next token that can be the requested verb (skipping adverbs and fillers)."""
        for token in doc[index:stop]:
            if token.is_alpha and token.lower_ not in self.skip_words - self.negators and not token.lower_.endswith("ly"):
                return token
            if token.lower_ in self.negators:
                return token
        return None

    @staticmethod
    def _trim(doc: Doc, start: int, end: int) -> int:
        """Drop trailing punctuation and whitespace from a clause."""
        while end > start + 1:
            last = doc[end - 1]
            if not (last.is_punct or last.is_space or last.lower_ == "and"):
                break
            end -= 1
        return end

    # ----------------------------------------------------------------- parse mode
    def _is_main(self, verb: Token) -> bool:
        """A clause head is main if it is the root (or conjoined to it, or reported by a transparent verb)."""
        node = verb
        while True:
            while node.dep_ == "conj" and node.head is not node:
                node = node.head
            if node.dep_ in ("ROOT", "parataxis"):
                return True
            if node.dep_ == "ccomp" and node.head.lemma_.lower() in self.transparent \
                    and node.head.lemma_.lower() not in self.opaque:
                node = node.head
                continue
            return False

    def _requested(self, verb: Token) -> Token:
        """Follow carrier verbs to the requested action: "may wish to consider adopting" -> adopt."""
        seen = set()
        while verb.lemma_.lower() in self.carriers and verb.i not in seen:
            seen.add(verb.i)
            if any(child.dep_ == "dobj" for child in verb.children):
                break  # "consider exchange programmes (to strengthen ...)": considering is the action
            complement = next((child for child in verb.children
                               if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX")
                               and not any(grandchild.dep_ in SUBJECT_DEPS for grandchild in child.children)), None)
            if complement is None:
                break
            verb = complement
        return verb

    def _subject(self, verb: Token, actors: dict[int, str], passive_ok: bool) -> str:
        """Actor id of the clause's grammatical subject (the agent of a passive), inherited through conjunctions."""
        node = verb
        while True:
            deps = SUBJECT_DEPS | ({"nsubjpass"} if passive_ok else set())
            subject = next((child for child in node.children if child.dep_ in deps), None)
            if subject is None and not passive_ok:
                agent = next((child for child in node.children if child.dep_ == "agent"), None)
                subject = next((child for child in agent.children if child.dep_ == "pobj"), None) if agent else None
            if subject is not None:
                return next((actors[t.i] for t in subject.subtree if t.i in actors), NONE)
            if node.dep_ == "conj" and node.head is not node and not any(
                    child.dep_ == "nsubjpass" for child in node.children):
                node = node.head
                continue
            return NONE

    def _considering(self, verb: Token) -> bool:
        """Is this verb a "consider"-type cue ("consider", "strive", "make every effort")?

        Not when it judges rather than softens: "should consider that migrants are vulnerable",
        "Trafficking should be considered a crime against humanity" request the value in full."""
        if verb.lemma_.lower() in self.consider_single:
            return not self._judging(verb)
        words = [t.lower_ for t in verb.doc[verb.i : verb.i + 3]]
        lemma = verb.lemma_.lower()
        return any([lemma, *words[1 : len(phrase)]] == phrase for phrase in self.consider_phrases)

    def _judging(self, verb: Token) -> bool:
        """"consider that ..." (a verb of thinking) or a passive "be considered": judging, not softening."""
        following = self._next_word(verb.doc, verb.i + 1, len(verb.doc))
        return (following is not None and following.lower_ in self.judging_words) or any(
            child.dep_ == "auxpass" for child in verb.children)

    def _cue_candidates(self, doc: Doc) -> list[int]:
        """Indices of the tokens that can be a modal cue in a parsed doc: a vocabulary auxiliary attached as
        "aux", or the head of an "auxpass". Read from arrays, so only these few tokens become Token objects."""
        lowers, deps = doc.to_array(LOWER).tolist(), doc.to_array(DEP).tolist()
        heads = doc.to_array(HEAD).view("int64").tolist()  # offsets to the head, stored unsigned
        passive_heads = {index + heads[index] for index, dep in enumerate(deps) if dep == AUXPASS_ID}
        return [index for index, (lower, dep) in enumerate(zip(lowers, deps))
                if (dep == AUX_ID and lower in self.auxiliary_ids) or index in passive_heads]

    def _parse_clauses(self, sent: Span, actors: dict[int, str], quoted: set[int], candidates: list[int]) -> list[Clause]:
        """Modal clauses of one parsed sentence; ``candidates`` is the doc's :meth:`_cue_candidates`."""
        doc = sent.doc
        cues: list[tuple[Token, Token, str, bool]] = []  # (cue token, clause verb, value, passive cue)
        for token in (doc[index] for index in candidates if sent.start <= index < sent.end):
            if token.i in quoted:
                continue
            lower = token.lower_
            if lower in self.auxiliaries and token.dep_ == "aux" and token.head.i != token.i:
                cues.append((token, token.head, self.auxiliaries[lower], False))
            elif token.lemma_.lower() in self.passive and any(c.dep_ == "auxpass" for c in token.children) \
                    and not any(c.dep_ == "aux" and c.lower_ in self.auxiliaries for c in token.children):
                cues.append((token, token, self.passive[token.lemma_.lower()], True))
        clauses: list[Clause] = []
        for cue, verb, value, passive in cues:
            if not self._is_main(verb):
                continue
            if not passive and value in ("mandatory", "should") and self._considering(verb):
                value = "should_consider"
            subject = self._subject(verb, actors, passive_ok=passive)
            if subject == NONE and not passive and cue.i - 1 in actors and not any(
                    child.dep_ == "auxpass" for child in verb.children):  # "Victims should not be subjected": no addressee
                # "Member States should, in conformity with ..., ensure": an inserted phrase after the
                # modal misleads the parser; the actor right before the modal is still its subject.
                subject = actors[cue.i - 1]
            negated = any(child.dep_ == "neg" for child in verb.children)
            action = verb
            if passive:
                complement = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), verb)
                if complement.dep_ == "ccomp":  # "It is recommended that States parties adopt ..."
                    subject = self._subject(complement, actors, passive_ok=False)
                    if subject == NONE and verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ == "that":
                        subject = actors.get(verb.i + 2, NONE)  # "that States de-securitize ...", misparsed verb
                action = complement
            action = self._requested(action)
            separate = [child for child in verb.children if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")
                        and (self._considering(child) or any(c.dep_ == "aux" and c.lower_ in self.auxiliaries
                                                              for c in child.children))]
            start = min(cue.i, verb.left_edge.i)
            while start < cue.i and (doc[start].dep_ in ("mark", "cc", "punct") or doc[start].is_space):
                start += 1
            if verb.dep_ == "conj":
                start = min(t.i for t in verb.subtree if t.dep_ != "cc" or t.head is not verb.head)
            end = separate[0].left_edge.i if separate else verb.right_edge.i + 1
            clauses.append(Clause(value, negated, subject, action.lemma_.lower(), start, self._trim(doc, start, end)))
            for child in separate:
                if any(c.dep_ == "aux" and c.lower_ in self.auxiliaries for c in child.children):
                    continue  # its own modal makes it a cue of its own
                child_value = "should_consider" if value in ("mandatory", "should") else value
                child_end = verb.right_edge.i + 1 if child is separate[-1] else separate[separate.index(child) + 1].left_edge.i
                clauses.append(Clause(child_value, any(c.dep_ == "neg" for c in child.children), subject,
                                      self._requested(child).lemma_.lower(), child.left_edge.i,
                                      self._trim(doc, child.left_edge.i, child_end)))
        clauses.extend(self._resolution_roots(sent, actors, cues))
        return clauses

    def _resolution_roots(self, sent: Span, actors: dict[int, str], cues: list) -> list[Clause]:
        """"The Conference urges States ...", "The Working Group recommended that States adopt ...":
        a resolution verb as root with no modal of its own."""
        root = sent.root
        lemma = root.lemma_.lower()
        values = {words[0].removesuffix("s"): value for words, value in self.openers if len(words) == 1}
        if lemma not in values or values[lemma] == NONE or any(cue[1] is root for cue in cues):
            return []
        if any(self._is_main(cue[1]) for cue in cues):
            return []  # "recommended that States parties should ...": the inner clause carries it
        subject = next((child for child in root.children if child.dep_ in SUBJECT_DEPS), None)
        if subject is not None and any(actors.get(t.i) in self.state_ids for t in subject.subtree):
            return []  # "States parties encourage ...": a statement about them; "The Special Rapporteur recommends" requests
        complement = next((child for child in root.children if child.dep_ in ("ccomp", "xcomp")), None)
        target = next((child for child in root.children if child.dep_ in ("dobj", "dative")), None)
        if complement is not None and target is None:
            addressee = self._subject(complement, actors, passive_ok=False)
        else:
            addressee = next((actors[t.i] for t in target.subtree if t.i in actors), NONE) if target else NONE
        action = self._requested(complement) if complement is not None else root
        negated = complement is not None and any(child.dep_ == "neg" for child in complement.children)
        start = min(root.i, subject.left_edge.i if subject is not None else root.i)
        return [Clause(values[lemma], negated, addressee, action.lemma_.lower(), start,
                       self._trim(sent.doc, start, sent.end))]

    def _misread_modal(self, sent: Span, actors: dict[int, str]) -> bool:
        """Whether a sentence the parse found no modal clause in still has one as written: a modal right
        after an actor ("Each State Party shall consider ...", which long treaty sentences get misparsed
        around) or right before a comma ("should, where appropriate, provide"), or a duty right after an actor
        ("States bear a fundamental duty to address ...", ``duty_phrases``). Only then are the token
        rules consulted; a premise ("Recalling that each State party shall ...") never counts."""
        first_word = next((token.lower_ for token in sent if token.is_alpha), "")
        if any(first_word.startswith(verb) for verb in self.opaque):
            return False
        doc = sent.doc
        return any((token.lower_ in self.auxiliaries
                    and (token.i - 1 in actors or token.i + 1 < sent.end and doc[token.i + 1].text == ","))
                   or (token.lower_ in self.duty_verbs and token.i - 1 in actors)  # "States bear a duty to"
                   for token in sent)

    # ----------------------------------------------------------------- rule mode
    def _rule_clauses(self, sent: Span, actors: dict[int, str], quoted: set[int],
                      tokens: tuple[list[int], list[bool]]) -> list[Clause]:
        """Modal clauses of one sentence from token patterns (no parse available); ``tokens`` is the
        doc's :meth:`LowerPatternMatcher.token_table`."""
        doc = sent.doc
        matches = [Span(doc, start, end, label=label) for label, start, end in self.matcher(tokens, sent.start, sent.end)]
        matches = [match for match in filter_spans(matches) if match.start not in quoted]
        first_words = [t.lower_ for t in sent[:8] if t.is_alpha][:2]  # "Recalling that", "In recalling that"
        premise = any(word.startswith(verb) for word in first_words for verb in self.opaque)
        if premise and len(matches) > 1:
            # "Recalling that ... each State party shall ..., States parties should ...":
            # only the cue after the premise's closing comma is the recommendation's own.
            last_comma = max((t.i for t in doc[sent.start : matches[-1].start] if t.text == ","), default=sent.start)
            matches = [match for match in matches if match.start > last_comma]
        elif premise and matches and self._reporting_verb(doc[matches[-1].end : sent.end], actors) is not None:
            matches = []  # "In recalling that States parties are obliged to ..., it encourages States parties to ..."
        clauses: list[Clause] = []
        if not matches:
            reporting = self._reporting_verb(sent, actors)
            if reporting is not None and reporting[2] != NONE:
                clauses.append(self._opener_clause(sent, *reporting, sent.end, actors, parsed=False))
        for match in matches:
            kind, value = match.label_.split("|")
            if kind == "coordinated" and not (clauses and clauses[-1].value in ("should", "mandatory")):
                continue
            if kind == "coordinated" or (doc[match.start - 1].lower_ == "and" if match.start > sent.start else False) and clauses:
                subject = clauses[-1].subject if clauses else NONE
            else:
                subject = self._rule_subject(doc, actors, clauses[-1].start + 1 if clauses else sent.start, match.start)
            after = self._next_word(doc, match.end, sent.end)
            if kind == "aux" and value == "should_consider" and after is not None and after.lower_ in self.judging_words:
                value = self.auxiliaries.get(match[0].lower_, value)  # "should consider that ...": judging
            negated = any(t.lower_ in self.negators for t in match) or (after is not None and after.lower_ in self.negators)
            if after is not None and after.lower_ in self.negators:
                after = self._next_word(doc, after.i + 1, sent.end)
            if kind == "aux" and after is not None and after.lower_ == "be":
                subject = NONE  # "efforts should be undertaken": a passive names no addressee
            last = match[-1]
            if last.lower_ in self.carriers:
                verb = self._rule_verb(last, sent.end)
            else:
                verb = self._rule_verb(after, sent.end) if after is not None else last.lower_
            if clauses and kind == "coordinated":
                clauses[-1].end = self._trim(doc, clauses[-1].start, match.start)
            start = match.end - 1 if kind == "coordinated" else match.start
            clauses.append(Clause(value, negated, subject, verb, start, self._trim(doc, start, sent.end)))
        for previous, following in zip(clauses, clauses[1:]):
            previous.end = min(previous.end, self._trim(doc, previous.start, following.start))
        return clauses

    def _rule_subject(self, doc: Doc, actors: dict[int, str], start: int, cue: int) -> str:
        """Subject of a modal without a parse: the first State named since the previous clause ("States
        parties, UNODC and international organizations should", "Member States with large migrant
        populations should"), else the nearest actor before the modal ("UNODC should assist ...")."""
        state = next((actors[i] for i in range(start, cue) if i in actors and actors[i] in self.state_ids), None)
        if state is not None:
            return state
        return next((actors[i] for i in range(cue - 1, start - 1, -1) if i in actors), NONE)

    def _rule_verb(self, token: Token, stop: int) -> str:
        """Requested verb without a parse: through carriers ("consider providing", "wish to adopt")."""
        seen = 0
        while token.lower_ in self.carriers and seen < 3:
            seen += 1
            following = self._next_word(token.doc, token.i + 1, stop)
            if following is None:
                break
            if token.i + 1 < stop and token.doc[token.i + 1].lower_ == "to":
                token = following
            elif following.lower_.endswith("ing") and following.i == token.i + 1:
                token = following
            else:
                break
        return token.lemma_ or token.lower_

    # ----------------------------------------------------------------- main
    def __call__(self, doc: Doc) -> Doc:
        """Tag every sentence's main modal clauses, then the doc-level modality."""
        actors = self._actor_index(doc)
        parsed = self.use_parse and doc.has_annotation("DEP")
        sentences = list(doc.sents) if (parsed or doc.has_annotation("SENT_START")) else [doc[:]]
        clauses: list[Clause] = []
        has_quotes = not QUOTE_IDS.isdisjoint(doc.to_array(ORTH).tolist())  # _quoted() looks at whole tokens only
        if parsed:
            candidates = self._cue_candidates(doc)

            def modal_clauses(sent: Span, quoted: set[int]) -> list[Clause]:
                return self._parse_clauses(sent, actors, quoted, candidates)
        else:
            tokens = self.matcher.token_table(doc)

            def modal_clauses(sent: Span, quoted: set[int]) -> list[Clause]:
                return self._rule_clauses(sent, actors, quoted, tokens)
        for sent in sentences:
            quoted = self._quoted(sent) if has_quotes else set()
            commitment = self._self_commitment(sent)
            if commitment is not None:
                clauses.append(commitment)
                continue
            opener = self._opener(sent)
            if opener is not None:
                found = [opener, *self._coordinated_openers(sent, opener[1])]
                stops = [item[0] for item in found[1:]] + [sent.end]
                inner = modal_clauses(sent, quoted)
                for (start, end, value), stop in zip(found, stops):
                    own = [clause for clause in inner if start <= clause.start < stop]
                    if own and start == opener[0] and value != NONE and found[0][2] == value and \
                            doc[start:end][-1].lower_ in ("recommends",) and any(c.subject != NONE for c in own):
                        clauses.extend(own)  # "Recommends that States parties should ...": the inner clause
                    elif value != NONE:
                        clauses.append(self._opener_clause(sent, start, end, value, stop, actors, parsed))
                    elif own:
                        clauses.extend(own)
                continue
            found_clauses = modal_clauses(sent, quoted)
            if parsed and not found_clauses and self._misread_modal(sent, actors):
                found_clauses = self._rule_clauses(sent, actors, quoted, self.matcher.token_table(doc))
            if not found_clauses and sent.start == 0:
                found_clauses = self._implied_request(sent)
            clauses.extend(found_clauses)
        self._set_annotations(doc, sorted(clauses, key=lambda clause: (clause.start, clause.end)))
        return doc

    def _self_commitment(self, sent: Span) -> Clause | None:
        """"We endeavour to take measures ...": a declaration's speakers (the States adopting it) bind
        themselves; ``self_commitments`` gives the value of each verb and who "we" are."""
        words = [token for token in sent[:6] if token.is_alpha]
        if len(words) < 2 or words[0].lower_ not in self.commitment_subjects:
            return None
        verb = next((token for token in words[1:] if token.lower_ not in self.opener_adverbs), None)
        value = self.commitments.get(verb.lower_) if verb is not None else None
        if value is None:
            return None
        return Clause(value, False, self.commitment_addressee, verb.lower_, words[0].i,
                      self._trim(sent.doc, words[0].i, sent.end))

    def _implied_request(self, sent: Span) -> list[Clause]:
        """A sub-item cut from its lead-in ("(b) Strengthen measures to ...", "To conduct campaigns ..."):
        the bare opening verb is the request, addressed as ``implied_request`` says."""
        words = [token for token in sent[:6] if token.is_alpha]
        if len(words) > 1 and words[0].is_lower and len(words[0]) <= 4 and words[0].i + 1 < sent.end \
                and sent.doc[words[0].i + 1].text in (")", "."):
            words = words[1:]  # list item letter: "(d) Eliminate ...", "iv) Ensure ..."
        if not words:
            return []
        verb = words[1] if words[0].lower_ == "to" and len(words) > 1 else words[0]
        if verb.lower_ not in self.implied_verbs:
            return []
        value, addressee = self.implied
        return [Clause(value, False, addressee, verb.lower_, verb.i, self._trim(sent.doc, verb.i, sent.end))]

    def _set_annotations(self, doc: Doc, clauses: list[Clause]) -> None:
        spans, records = [], []
        for clause in clauses:
            span = Span(doc, clause.start, max(clause.end, clause.start + 1), label=clause.value)
            modal = {"value": clause.value, "strength": self.strength[clause.value], "negated": clause.negated,
                     "subject": clause.subject, "verb": clause.verb}
            span._.modal = modal
            spans.append(span)
            records.append({**modal, "start": span.start_char, "end": span.end_char})
        if not self.overwrite and self.spans_key in doc.spans:
            spans = list(doc.spans[self.spans_key]) + spans
        doc.spans[self.spans_key] = spans
        primary = next((record for record in records if record["subject"] != NONE), records[0] if records else None)
        extensions = doc._  # one accessor object for all five (each `doc._` makes a new one)
        extensions.modal_clauses = records
        extensions.modality = primary["value"] if primary else NONE
        extensions.modality_strength = primary["strength"] if primary else self.strength[NONE]
        extensions.addressee = primary["subject"] if primary else NONE
        extensions.negated = any(record["negated"] for record in records)

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        """Primary-modality and addressee accuracy."""
        return self.scorer(examples, **kwargs) if self.scorer is not None else {}

