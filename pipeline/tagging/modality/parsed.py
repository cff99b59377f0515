"""Clause finder on the dependency parse: only main clauses (and clauses under a transparent reporting
verb) count, the modal's own verb decides "should consider" versus "should", negation must attach to the
modal verb, and coordinated verbs form clauses of their own value."""

from __future__ import annotations

from itertools import compress, count

from spacy.tokens import Span, Token

from pipeline.tagging.modality.clause import Clause, ClauseFinder
from pipeline.tagging.modality.cues import AUX_ID, AUXPASS_ID, NONE, SUBJECT_DEPS

FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "VB", "MD"})  # Penn tags of a verb that can govern a that-clause
SPEAKER_POS = frozenset({"PROPN", "PRON"})  # a subject naming who speaks ("GRETA", "they"), not a thing
DATELINE_DASHES = frozenset({"-", "\u2013", "\u2014"})  # the spaced dash after a news item's place and date
DATELINE_REACH = 8  # tokens a dateline may take before its dash ("GENEVA (21 June 2018) –")
PASSIVE_SUBJECT_DEPS = frozenset({*SUBJECT_DEPS, "nsubjpass"})  # a clause's subject, a passive's included
LEADING_CLAUSE_DEPS = frozenset({"advcl", "ccomp"})  # a clause before the subject: "Where a State Party takes ..., it shall"


class ParsedClauses(ClauseFinder):
    """Modal clauses of a parsed sentence."""

    def _is_main(self, verb: Token) -> bool:
        """A clause head is main if it is the root (or conjoined to it, or reported by a transparent verb)."""
        node = verb
        while True:
            conjoined = node.dep_ == "conj"
            while node.dep_ == "conj" and node.head is not node:
                node = node.head
            if node.dep_ in ("ROOT", "parataxis"):
                return True
            if conjoined and node.dep_ == "ccomp" and self._own_modal_without_subject(verb) and self._has_modal(node.head):
                # "should ensure that the return is voluntary ..., and should not return victims": a modal verb
                # with no subject of its own, hung by the parser on the that-clause, shares the main subject
                node = node.head
                continue
            if (
                node.dep_ == "ccomp"
                and node.head.lemma_.lower() in self.transparent
                and node.head.lemma_.lower() not in self.opaque
            ):
                node = node.head
                continue
            return False

    def _be_to_passive(self, participle: Token) -> bool:
        """A participle with "to be" under a form of "be" ("are to be established"): the "be to" of obligation; under
        "need" only as the sentence's own verb ("more needs to be done", not "stresses that more needs to be done")."""
        head = participle.head
        return (
            participle.dep_ == "xcomp"
            and head.lower_ in self.be_to_forms
            and (head.lower_ not in self.be_to_main_only or head.dep_ in ("ROOT", "conj"))
            and any(child.dep_ == "aux" and child.lower_ == "to" for child in participle.children)
            and any(child.dep_ == "auxpass" for child in participle.children)
        )

    def _own_modal_without_subject(self, verb: Token) -> bool:
        """A verb with a modal auxiliary of its own and no subject ("..., and should not return victims")."""
        return self._has_modal(verb) and not any(child.dep_ in PASSIVE_SUBJECT_DEPS for child in verb.children)

    def _has_modal(self, verb: Token) -> bool:
        """Whether a verb carries one of the vocabulary's modal auxiliaries."""
        return any(child.dep_ == "aux" and child.lower_ in self.auxiliaries for child in verb.children)

    def _requested(self, verb: Token) -> Token:
        """Follow carrier verbs to the requested action: "may wish to consider adopting" -> adopt."""
        seen = set()
        while verb.lemma_.lower() in self.carriers and verb.i not in seen:
            seen.add(verb.i)
            if any(child.dep_ == "dobj" for child in verb.children):
                break  # "consider exchange programmes (to strengthen ...)": considering is the action
            complement = next(
                (
                    child
                    for child in verb.children
                    if child.dep_ in ("xcomp", "ccomp")
                    and child.pos_ in ("VERB", "AUX")
                    and not any(grandchild.dep_ in SUBJECT_DEPS for grandchild in child.children)
                ),
                None,
            )
            if complement is None:
                break
            verb = complement
        return verb

    def _subject(self, verb: Token, actors: dict[int, str], passive_ok: bool, dateline: tuple[int, int] = (-1, 0)) -> str:
        """Actor id of the clause's grammatical subject (the agent of a passive), inherited through conjunctions.
        ``dateline``: a subject's index and its :meth:`_after_dateline`, when the caller has found it already."""
        node = verb
        deps = PASSIVE_SUBJECT_DEPS if passive_ok else SUBJECT_DEPS
        while True:
            subjects = [child for child in node.children if child.dep_ in deps]
            if not subjects and not passive_ok:
                agent = next((child for child in node.children if child.dep_ == "agent"), None)
                subjects = [child for child in agent.children if child.dep_ == "pobj"][:1] if agent else []
            # of two subjects the parse gives one verb, the first that names an actor: "GENEVA (21 June 2018) – States
            # around the world must act now" (OHCHR) hangs the dateline's place on "act" too
            for subject in subjects:
                start = dateline[1] if subject.i == dateline[0] else self._after_dateline(subject)
                found = self._subject_actor(subject, actors, start)
                if found != NONE or subject is subjects[-1]:
                    return found
            if node.dep_ == "conj" and node.head is not node and not any(child.dep_ == "nsubjpass" for child in node.children):
                node = node.head
                continue
            return NONE

    def _passive_cue(self, verb: Token) -> bool:
        """Whether a cue's participle is a passive of its own ("States are encouraged to"), not one under a modal
        ("should be encouraged", read from the modal)."""
        children = list(verb.children)
        return any(c.dep_ == "auxpass" for c in children) and not any(
            c.dep_ == "aux" and c.lower_ in self.auxiliaries for c in children
        )

    def _passive_subject(self, verb: Token, actors: dict[int, str]) -> str:
        """Actor id of a passive's subject; the parser may hang it on the form of "be" ("Member States are also
        strongly encouraged to")."""
        subject = self._subject(verb, actors, passive_ok=True)
        auxiliary = next((child for child in verb.children if child.dep_ == "auxpass"), None)
        if subject == NONE and auxiliary is not None:
            subject = self._subject(auxiliary, actors, passive_ok=True)
        return subject

    def _subject_actor(self, subject: Token, actors: dict[int, str], start: int) -> str:
        """Actor id a subject phrase (from ``start``, past any dateline) names: an actor of the vocabulary, else a State
        noun or a country's name."""
        found = next(
            (
                self._organ_owner(subject.doc, i, actors) if actors[i] in self.state_ids else actors[i]
                for i in self._naming(subject, start)
                if i in actors and not self._owner_state(subject.doc, i, actors)
            ),
            NONE,
        )
        if found == NONE:
            found = self.state_nouns.get(subject.text, NONE)
        if found == NONE and subject.lower_ in self.antecedent_pronouns:
            found = self._antecedent_state(subject, actors)
        return self._named_state(subject, actors) if found == NONE else found

    def _antecedent_state(self, pronoun: Token, actors: dict[int, str]) -> str:
        """The actor a pronoun subject stands for: the first State actor of an adverbial clause its verb opens with
        ("Where a State Party takes measures ..., it shall:", ``antecedent_pronouns``), else that clause's own subject
        when its head word is an actor of any other kind (round 56): "Where business enterprises identify that they
        have caused or contributed to adverse impacts, they should provide for ... their remediation" (UNGP 22,
        real-h-079) asks the enterprises, as rule-only mode reads it; "When experts from the member states ... meet
        ..., they will" names no actor by its head word and stays none. The parse may hang that clause as a
        complement ("takes" a ``ccomp`` of "act"); before the subject it is still adverbial."""
        leading = [clause for clause in pronoun.head.children if clause.dep_ in LEADING_CLAUSE_DEPS and clause.i < pronoun.i]
        for clause in leading:
            state = next((actors[i] for i in range(clause.left_edge.i, pronoun.i) if actors.get(i) in self.state_ids), None)
            if state is not None:
                return state
        subjects = (child for clause in leading for child in clause.children if child.dep_ in SUBJECT_DEPS)
        return next((actors[subject.i] for subject in subjects if subject.i in actors), NONE)

    @staticmethod
    def _naming(subject: Token, start: int) -> list[int]:
        """Token indices of a subject phrase from ``start`` (its :meth:`_after_dateline`) without its relative clauses:
        "Each Member for which this Annex is in force which maintains a system of supervision of contracts ... between an
        employer ... undertakes" (ILO Convention No. 97) names the Member; the employer only qualifies it."""
        qualifiers = [child for child in subject.children if child.dep_ == "relcl"]
        if not qualifiers:
            return [t.i for t in subject.subtree if t.i >= start]
        inside = {t.i for child in qualifiers for t in child.subtree}
        return [t.i for t in subject.subtree if t.i not in inside and t.i >= start]

    @staticmethod
    def _after_dateline(subject: Token) -> int:
        """Where a subject phrase starts past a news item's dateline, which the parse may hang on it: "Switzerland -
        IOM Director General William Lacy Swing has called for the world to join forces" (IOM news, 2015) names IOM's
        head, not Switzerland. A dateline opens the sentence: title-case or upper-case words, numbers and brackets before
        a spaced dash within the phrase's first ``DATELINE_REACH`` tokens; "Guinea-Bissau" (no spaces) is a name."""
        doc, start = subject.doc, subject.left_edge.i
        if not doc[start].is_sent_start:
            return start  # a dateline opens its sentence
        for token in doc[start + 1 : min(subject.i, start + DATELINE_REACH)]:
            if token.text in DATELINE_DASHES and token.whitespace_ and doc[token.i - 1].whitespace_:
                opening = doc[start : token.i]
                if all(word.is_title or word.is_upper or word.like_num or word.is_punct for word in opening):
                    return token.i + 1
                return start
        return start

    def _considering(self, verb: Token, value: str) -> bool:
        """Is this verb a "consider"-type cue ("consider", "strive", "make every effort") softening ``value``?

        Not when it judges rather than softens: "should consider that migrants are vulnerable",
        "Trafficking should be considered a crime against humanity" request the value in full. An effort phrase
        softens no "should" (round 54): "should make every effort to ensure" asks in full (real-z-021)."""
        if verb.lemma_.lower() in self.consider_single:
            return not self._judging(verb)
        words = [t.lower_ for t in verb.doc[verb.i : verb.i + max(map(len, self.consider_phrases), default=1)]]
        lemma = verb.lemma_.lower()
        return any([lemma, *words[1 : len(phrase)]] == phrase for phrase in self.softening_phrases(value))

    def _judging(self, verb: Token) -> bool:
        """ "consider that ..." (a verb of thinking) or a passive "be considered": judging, not softening."""
        following = self._next_word(verb.doc, verb.i + 1, len(verb.doc))
        return (following is not None and following.lower_ in self.judging_words) or any(
            child.dep_ == "auxpass" for child in verb.children
        )

    def _have_to(self, form: Token) -> bool:
        """Whether "has" / "have" / "had" is "must" in other words (``have_to``): a clause's own verb with a verb after
        its "to" as its complement ("has to take", "had to determine"), not "has to do with" (``have_to.idioms``)."""
        doc = form.doc
        if form.i + 2 >= len(doc) or doc[form.i + 1].lower_ != "to" or form.dep_ not in ("ROOT", "conj", "parataxis"):
            return False
        action = doc[form.i + 2]
        if action.head.i != form.i or action.dep_ != "xcomp" or not action.tag_.startswith("VB"):
            return False
        return not self._have_idiom(action, len(doc))

    def _cue_candidates(self, lowers: list[int], deps: list[int], heads: list[int]) -> list[int]:
        """Indices of the tokens that can be a modal cue in a parsed doc: a vocabulary auxiliary attached as
        "aux", or the head of an "auxpass". Read from the doc's LOWER, DEP and HEAD arrays (``heads``: offsets
        to the head, read as signed), so only these few tokens become Token objects. The scans run in C
        (``compress`` over ``map``): a Python loop over every token was most of this method's time."""
        auxiliaries = [
            index for index in compress(count(), map(self.auxiliary_ids.__contains__, lowers)) if deps[index] == AUX_ID
        ]
        passive_heads = [index + heads[index] for index in compress(count(), map(AUXPASS_ID.__eq__, deps))]
        # "has to" / "had to": the form itself, its "to" checked when read (:meth:`_have_to`)
        have = [index for index in compress(count(), map(self.have_ids.__contains__, lowers)) if deps[index] != AUX_ID]
        if have:
            return sorted({*auxiliaries, *passive_heads, *have})
        return sorted({*auxiliaries, *passive_heads}) if passive_heads else auxiliaries

    def _parse_clauses(
        self, sent: Span, actors: dict[int, str], quoted: set[int], candidates: list[int], strand: bool = False
    ) -> list[Clause]:
        """Modal clauses of one parsed sentence; ``candidates`` is the doc's :meth:`_cue_candidates`."""
        doc = sent.doc
        cues: list[tuple[Token, Token, str, bool]] = []  # (cue token, clause verb, value, passive cue)
        for token in (doc[index] for index in candidates if sent.start <= index < sent.end):
            if token.i in quoted or self._premise_content(doc, token.i) or self._inverted_condition(doc, token.i):
                continue
            lower = token.lower_
            if lower in self.auxiliaries and token.dep_ == "aux" and token.head.i != token.i:
                cues.append((token, token.head, self.auxiliaries[lower], False))
            elif (
                lower in self.actor_auxiliaries
                and token.dep_ == "aux"
                and token.head.i != token.i
                and not any(child.dep_ == "auxpass" for child in token.head.children)
                and token.head.lemma_.lower() not in self.actor_consequences  # "will face": a prediction (round 42)
                and (owner := self._subject(token.head, actors, passive_ok=False)) != NONE
                and not self._scheduled(sent, owner)  # "the Secretariat will collect ... over the next year" (round 43)
            ):  # "States will ensure": binding only with an actor as subject; a passive's agent is none ("The
                # action will be funded by the European Commission", Prague Process, 2023: a plan stated)
                cues.append((token, token.head, self.actor_auxiliaries[lower], False))
            elif token.lemma_.lower() in self.passive and self._passive_cue(token):
                cues.append((token, token, self.passive[token.lemma_.lower()], True))
            elif (
                token.lemma_.lower() in self.actor_passive
                and self._passive_cue(token)
                and self._passive_subject(token, actors) != NONE
            ):  # (round 36) "States are expected to follow ...": asked of an actor; "prices are expected to rise" asks no one
                cues.append((token, token, self.actor_passive[token.lemma_.lower()], True))
            elif self.be_to_value is not None and self._be_to_passive(token):
                # "Secure environments are to be established and strengthened" (UNHCR ExCom): "be to" + a passive
                cues.append((token.head, token.head, self.be_to_value, True))
            elif self.have_value is not None and lower in self.have_forms and self._have_to(token):
                # "States ... had to determine the most appropriate legislative mechanisms": "must" in other words
                cues.append((token, token, self.have_value, False))
        clauses: list[Clause] = []
        for cue, verb, value, passive in cues:
            if not self._is_main(verb):
                continue
            if not passive and value in ("mandatory", "should") and self._considering(verb, value):
                value = "should_consider"
            subject = self._subject(verb, actors, passive_ok=passive)
            head = next((child for child in verb.children if child.dep_ in SUBJECT_DEPS), None)
            thing = not passive and head is not None and head.i not in actors and head.text not in self.state_nouns
            possible = thing or (head is not None and actors.get(head.i) in self.possibility_subjects)
            if value == "may" and possible and not any(child.dep_ == "auxpass" for child in verb.children):
                continue  # "smuggling may increase the risk", "Migrants ... may find themselves": a possibility
            if subject == NONE and passive:
                subject = self._passive_subject(verb, actors)
            if (
                subject == NONE
                and not passive
                and cue.i - 1 in actors
                and not any(child.dep_ == "auxpass" for child in verb.children)
                and not self._owner_state(doc, cue.i - 1, actors)  # "a national of a Contracting State shall not lose"
            ):  # "Victims should not be subjected": no addressee
                # "Member States should, in conformity with ..., ensure": an inserted phrase after the
                # modal misleads the parser; the actor right before the modal is still its subject.
                subject = actors[cue.i - 1]
            if value == "mandatory" and subject in self.state_ids and self._entitled(self._next_word(doc, cue.i + 1, sent.end)):
                value = self.entitlement_value  # "A Contracting Party shall have the right to refuse": a permission
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
            separate = [
                child
                for child in verb.children
                if child.dep_ == "conj"
                and child.pos_ in ("VERB", "AUX")
                and (
                    self._considering(child, value)
                    or any(c.dep_ == "aux" and c.lower_ in self.auxiliaries for c in child.children)
                )
            ]
            start = min(cue.i, verb.left_edge.i)
            while start < cue.i and (doc[start].dep_ in ("mark", "cc", "punct") or doc[start].is_space):
                start += 1
            if verb.dep_ == "conj":
                start = min(t.i for t in verb.subtree if t.dep_ != "cc" or t.head is not verb.head)
            end = separate[0].left_edge.i if separate else verb.right_edge.i + 1
            clauses.append(Clause(value, negated, subject, action.lemma_.lower(), start, self._trim(doc, start, end), thing))
            for child in separate:
                if any(c.dep_ == "aux" and c.lower_ in self.auxiliaries for c in child.children):
                    continue  # its own modal makes it a cue of its own
                child_value = "should_consider" if value in ("mandatory", "should") else value
                child_end = verb.right_edge.i + 1 if child is separate[-1] else separate[separate.index(child) + 1].left_edge.i
                clauses.append(
                    Clause(
                        child_value,
                        any(c.dep_ == "neg" for c in child.children),
                        subject,
                        self._requested(child).lemma_.lower(),
                        child.left_edge.i,
                        self._trim(doc, child.left_edge.i, child_end),
                    )
                )
        clauses.extend(self._infinitive_duty(sent, actors, quoted, cues))
        clauses.extend(self._resolution_roots(sent, actors, cues, strand))
        return clauses

    def _infinitive_duty(self, sent: Span, actors: dict[int, str], quoted: set[int], cues: list) -> list[Clause]:
        """ "Member States are to ensure ..." (``be_to.active_value``), "States needed to step up efforts ..."
        (``need_to``): the sentence's root with an active infinitive, whose subject, an actor or a State noun, is bound
        or asked. A thing's need ("Efforts need to continue"), a noun ("the need to strengthen") or a relative clause
        ("victims who need to") is none."""
        root = sent.root
        # the root's word first: most sentences have neither, and the tests below are pure
        if self.need_value is not None and root.lower_ in self.need_forms and root.pos_ in ("VERB", "AUX"):
            value = self.need_value
        elif self.be_to_active is not None and root.lower_ in self.be_to_active_forms:
            value = self.be_to_active
        else:
            return []
        if root.i in quoted or any(cue[1] is root for cue in cues) or self._premise_content(sent.doc, root.i):
            return []
        action = next(
            (
                child
                for child in root.children
                # "States needed to strengthen action ...": the parser may hang the infinitive right after as an advcl
                if (child.dep_ == "xcomp" or (child.dep_ == "advcl" and child.i == root.i + 2))
                and child.tag_ == "VB"
                and (value == self.need_value or child.i == root.i + 2)  # "are to ensure", nothing between
                and any(word.dep_ == "aux" and word.lower_ == "to" for word in child.children)
                and not any(word.dep_ == "auxpass" for word in child.children)
            ),
            None,
        )
        head = next((child for child in root.children if child.dep_ in SUBJECT_DEPS), None)
        if action is None or head is None or any(child.dep_ == "neg" for child in root.children):
            return []
        subject = self._subject(root, actors, passive_ok=False)
        if subject == NONE:
            return []
        start = head.left_edge.i
        return [
            Clause(value, False, subject, self._requested(action).lemma_.lower(), start, self._trim(sent.doc, start, sent.end))
        ]

    def _describing(self, verb: Token) -> bool:
        """ "The recommendations are directed at entities ...": a past participle before a preposition of
        ``participle_particles`` describes; it orders no one."""
        following = verb.nbor() if verb.i + 1 < len(verb.doc) else None
        return verb.lower_ in self.describing_forms and following is not None and following.lower_ in self.participle_particles

    def _root_opener(self, root: Token, speaker: bool = False) -> tuple[str, Token | None] | None:
        """The value of a resolution verb at a sentence root, and the particle that completes it ("calls
        upon": the "upon" its addressee hangs from), or None when the root is no resolution verb; ``speaker``
        (a name or pronoun as subject) admits the start-only verbs too."""
        lemma = root.lemma_.lower()
        if lemma in self.inflected_only and (root.lower_ == lemma or self._describing(root)):
            return None
        candidates = [*self.root_openers.get(lemma, ()), *(self.speaker_root_openers.get(lemma, ()) if speaker else ())]
        for rest, value in candidates:
            if not rest:
                return value, None
            particle = next((child for child in root.children if child.lower_ == rest[0] and child.i > root.i), None)
            if particle is None and rest[0] in self.thing_particles:
                # "The Council called for Member States to consider ...": the parse hangs "for" on the infinitive
                particle = next(
                    (word for child in root.children for word in child.children if word.dep_ == "mark" and word.i == root.i + 1),
                    None,
                )
                particle = particle if particle is not None and particle.lower_ == rest[0] else None
            if particle is not None and len(rest) == 1:
                return value, particle
        return None

    def _particle_object(self, token: Token) -> bool:
        """Whether a word is the object of a ``thing_particles`` word ("for States"), not of another preposition on
        the way ("cooperation between governments")."""
        head = token
        while head.dep_ != "prep" and head.head is not head:
            head = head.head
        return head.lower_ in self.thing_particles

    def _stranded_requests(self, root: Token) -> list[Token]:
        """Resolution verbs the parse hangs on the verb of the root's that-clause though their tense shows they are the
        root's: "He stressed that only Member States could investigate and prosecute ..., and urged the Council to
        continue its work" (UN Geneva, HRC 2016; probe 13), "the delegation expressed its hope that Monaco would
        introduce a formal mechanism ..., and called for an independent national rapporteur ... to be appointed"
        (GRETA delegation, gold part N): a past or present-tense verb joined to a clause verb in its base form."""
        # the that-clause of the root or of its object ("expressed its hope that ...")
        heads = [root, *(child for child in root.children if child.dep_ == "dobj")]
        return [
            child
            for head in heads
            for clause in head.children
            if clause.dep_ in ("ccomp", "acl") and clause.tag_ == "VB"
            for child in clause.children
            if child.dep_ == "conj" and child.tag_ in ("VBD", "VBZ") and child.lemma_.lower() in self.root_opener_lemmas
        ]

    @staticmethod
    def _named_body(subject: Token) -> bool:
        """Whether a common-noun subject speaks for a named body: "The Security Council members called for
        de-escalation ..." (SC/11472), "The members of the Security Council called for ..." (a name as compound or
        after "of"), as "GRETA" or "The Council" does; "The fulfilment ... calls for assistance" names none."""
        for child in subject.children:
            if child.dep_ == "compound" and child.pos_ == "PROPN":
                return True
            if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i > subject.i:
                return True  # "The head of the UN's migration agency IOM has called for ..." (AMES News, 2025)
            if child.dep_ == "prep" and child.lower_ == "of":
                named = next((word for word in child.children if word.dep_ == "pobj"), None)
                if named is not None and (
                    named.pos_ == "PROPN" or any(w.dep_ == "compound" and w.pos_ == "PROPN" for w in named.children)
                ):
                    return True
        return False

    def _resolution_roots(self, sent: Span, actors: dict[int, str], cues: list, strand: bool = False) -> list[Clause]:
        """ "The Conference urges States ...", "The Committee calls upon the State party to ...", "The Working
        Group recommended that States adopt ...": a resolution verb as root with no modal of its own."""
        root = sent.root
        lemmas = self.root_opener_lemmas  # no resolution verb at the root nor joined to it: no opener below
        stranded = self._stranded_requests(root) if strand else []  # ``strand``: the doc has a verb of that form
        if (
            root.lemma_.lower() not in lemmas
            and not any(child.dep_ == "conj" and child.lemma_.lower() in lemmas for child in root.children)
            and not stranded
        ):
            return []
        subject = next((child for child in root.children if child.dep_ in SUBJECT_DEPS), None)
        speaker = subject is not None and (
            subject.pos_ in SPEAKER_POS
            or self._acronym(subject)
            or self._named_body(subject)
            or subject.lower_ in self.speaker_members
            or subject.lower_ in self.speaker_documents
        )
        opener = self._root_opener(root, speaker)
        if (opener is None or opener[0] == NONE) and subject is not None:
            # "The Committee notes these indications and requests the Government to provide ...": a request joined to
            # the subject's statement
            joined = [(child, self._root_opener(child, speaker)) for child in [*root.children, *stranded] if child.dep_ == "conj"]
            root, opener = next(((child, found) for child, found in joined if found and found[0] != NONE), (root, opener))
        if opener is None or opener[0] == NONE or any(cue[1] is root for cue in cues):
            return []
        value, particle = opener
        if self._opens_item(sent.doc, sent.start, root.i) and root.lower_ not in self.inflected_opener_forms:
            # "Encourage and monitor ...", "(c) Undertake public education campaigns ..." (CERD): a bare imperative
            # (``_implied_request``), not "We encourage" nor a treaty's "undertakes"
            return []
        if any(self._is_main(cue[1]) for cue in cues):
            return []  # "recommended that States parties should ...": the inner clause carries it
        start = self._after_dateline(subject) if subject is not None else 0
        if subject is not None and any(actors.get(t.i) in self.state_ids for t in subject.subtree if t.i >= start):
            return []  # "States parties encourage ...": a statement about them; "The Special Rapporteur recommends" requests
        complement = next((child for child in root.children if child.dep_ in ("ccomp", "xcomp")), None)
        if particle is not None and particle.dep_ == "mark":
            complement = particle.head  # "called for Member States to consider": the infinitive's subject is asked
        target = next((child for child in root.children if child.dep_ in ("dobj", "dative")), None)
        if target is None and particle is not None:  # "calls upon the State party": the particle's object
            target = next((child for child in particle.children if child.dep_ == "pobj"), None)
        if complement is not None and target is None:
            addressee = self._subject(complement, actors, passive_ok=False)
            if addressee == NONE:
                addressee = self._after_that(root, complement, actors)
            subject_word = next((child for child in complement.children if child.dep_ == "nsubj"), None)
            if addressee == NONE and subject_word is not None:
                # "the Special Rapporteur recommends that states adopt ..." (StopVAW, part L): a State noun as subject
                addressee = self.state_objects.get(subject_word.text, NONE)
            if addressee == NONE and subject_word is not None and self._pronoun_subject(subject_word, sent.end):
                # (round 51) "..., recommends that it increase ...": the actor named before the verb
                addressee = self._antecedent_actor(sent, root.i, actors)
            if addressee == NONE and value == self.binding_value and subject is not None:
                # "Each Member for which the Convention is in force undertakes to declare ..." (ILO Conventions Nos. 97
                # and 143): an undertaking binds its own subject
                addressee = self._subject(root, actors, passive_ok=False, dateline=(subject.i, start))
        else:
            # the object's own head first: "urges Interpol's 179 member countries to develop ..." asks the member
            # countries, not their owner (INTERPOL General Assembly, 2001, as reported; probe 10)
            addressee = (
                NONE
                if target is None
                else actors.get(target.i)
                or next(
                    (
                        actors[t.i]
                        for t in target.subtree
                        if t.i in actors
                        # "calling for increased cooperation between governments" asks no one; "Called for the
                        # reinforcement of preventive measures and for States ... to strengthen" (ExCom No. 60) asks States
                        and (particle is None or particle.lower_ not in self.thing_particles or self._particle_object(t))
                        and (particle is not None or not self._benefits(t, target))
                    ),
                    NONE,
                )
            )
            if addressee == NONE and target is not None:
                addressee = self.state_objects.get(target.text, NONE)  # "urges the authorities to monitor ..."
            if addressee == NONE and target is not None:
                addressee = self._named_state(target, actors)  # "GRETA encourages Ukraine to ratify ..."
            if addressee == NONE and target is not None and target.lower_ in self.object_pronouns:
                # "The Committee draws the Government's attention to ... and requests it to provide ..." (CEACR): the
                # actor named before the verb, as :meth:`_opener_clause` reads "urges them to"
                addressee = self._antecedent_actor(sent, root.i, actors)
            if addressee == NONE and complement is not None:
                # "requests the Government to provide, in its next report, information ...": the object misparsed
                addressee = self._subject(complement, actors, passive_ok=False)
        if addressee == NONE and self._that_insert(sent.doc, root.i + 1, sent.end):
            # "recommends that, while taking into account its general comment No. 6 (2005) ..., the State party:" (CRC):
            # the parse loses the that-clause behind the insert; its subject follows the insert's closing comma
            after = range(root.i + 3, sent.end)
            addressee = next((actors[i] for i in after if i in actors and self._after_comma(sent.doc, i)), NONE)
        if (
            complement is not None
            and complement.dep_ == "ccomp"
            and value in ("should", "mandatory")
            and self._considering(complement, value)
        ):
            # "recommends that the Government consider ...": the subjunctive is its subject's "should", softened as
            # "should consider" is; "urges States to consider" (an xcomp) keeps the opening verb's value
            value = "should_consider"
        action = self._requested(complement) if complement is not None else root
        negated = complement is not None and any(child.dep_ == "neg" for child in complement.children)
        start = min(root.i, subject.left_edge.i if subject is not None else root.i)
        return [Clause(value, negated, addressee, action.lemma_.lower(), start, self._trim(sent.doc, start, sent.end))]

    def _benefits(self, token: Token, target: Token) -> bool:
        """Whether an actor in a resolution verb's object hangs on a ``thing_particles`` word inside it, with no "to" of
        its own after it: "recommends the following: A standard training program for State and local police ..."
        (``beneficiaries``) names who benefits; "recommends funding for States to ratify" asks them."""
        if not self.beneficiary_reach or (token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to"):
            return False
        for node in token.ancestors:
            if node.lower_ in self.thing_particles:
                return True
            if node is target:
                break
        return False

    @staticmethod
    def _after_that(root: Token, complement: Token, actors: dict[int, str]) -> str:
        """The first actor of a that-clause whose verb the parse misread ("recommends that the Government act",
        "act" read as a noun; "recommends that the State party, in order to ..., ratify"): its subject as written."""
        that = next((child for child in complement.children if child.dep_ == "mark" and child.lower_ == "that"), None)
        if that is None or that.i < root.i or any(child.dep_ in ("nsubjpass", "auxpass") for child in complement.children):
            return NONE  # "recommends that the report submitted by the State party be made available": a passive
        return next((actors[i] for i in range(that.i + 1, complement.right_edge.i + 1) if i in actors), NONE)

    def _misread_modal(self, sent: Span, actors: dict[int, str]) -> bool:
        """Whether a sentence the parse found no modal clause in still has one as written: a modal right
        after an actor ("Each State Party shall consider ...", which long treaty sentences get misparsed
        around) or right before a comma ("should, where appropriate, provide"), a duty right after an actor
        ("States bear a fundamental duty to address ...", ``duty_phrases``), or a passive cue's participle
        before "to" ("are strongly encouraged to"). Only then are the token rules consulted; a premise
        ("Recalling that each State party shall ...") never counts."""
        first_word = next((token.lower_ for token in sent if token.is_alpha), "")
        if first_word.startswith(self.opaque_prefixes):
            return False
        doc = sent.doc
        reporting = self._reporting_verb(sent, actors)  # type: ignore[attr-defined]  # from RuleClauses
        if (
            reporting is not None
            and reporting[2] != NONE
            and not doc[reporting[0]].is_sent_start
            and (
                any(
                    i in actors or doc[i].text in self.state_objects or doc[i].lower_ in self.object_pronouns
                    for i in range(reporting[1], min(reporting[1] + self.reporting_reach, sent.end))
                )
                or self._verb_read_as_noun(doc[reporting[0]], sent)
            )
        ):
            # "The Assembly recommends that the Committee of Ministers: ... instruct ...": the parse put the root on
            # the requested verb and missed the request
            return True
        return any(
            (
                token.lower_ in self.auxiliaries
                and (
                    (
                        self._actor_before(token, actors)
                        and doc[token.i - 1].dep_ != "pobj"  # not "the services of smugglers may"
                        and not (self.auxiliaries[token.lower_] == "may" and actors[token.i - 1] in self.possibility_subjects)
                    )
                    or token.i + 1 < sent.end
                    and doc[token.i + 1].text == ","
                    or self._speaker_or_state_before(token, sent)
                )
            )
            or (token.lower_ in self.actor_auxiliaries and token.i - 1 in actors)  # "States will ensure that, ..."
            or (token.lower_ in self.duty_verbs and token.i - 1 in actors)  # "States bear a duty to"
            or self._modal_passive(token)
            # "However, more needs to be done to ensure ...": the parser may read "needs" as a noun
            or (token.lower_ in self.be_to_main_only and [t.lower_ for t in doc[token.i + 1 : token.i + 3]] == ["to", "be"])
            # "Member States are strongly encouraged to": the parser may read the participle as an adjective
            or (
                token.lower_ in self.passive_participles
                and token.i + 1 < sent.end
                and doc[token.i + 1].lower_ == "to"
                and self._after_be(token)
            )
            for token in sent
            if token.lower_ in self.misread_words
        )

    def _verb_read_as_noun(self, verb: Token, sent: Span) -> bool:
        """Whether the parse read the resolution verb the token rules found right after a body's acronym (adverbs
        aside) as a noun: "Whilst progress has been noted for all three countries, GRETA calls for more action from
        the respective governments" (probe 17; "GRETA calls" parsed as a noun phrase, object of "noted"). A noun after
        a common noun stays one: "ransom demands to which they have allegedly been subjected" (ACHPR, real-u-004)."""
        if verb.pos_ not in ("NOUN", "PROPN"):
            return False
        before = verb.doc[self._word_before(verb.doc, sent.start, verb.i, self.speaker_adverbs)]
        return before.i < verb.i and self._acronym(before)

    def _speaker_or_state_before(self, token: Token, sent: Span) -> bool:
        """(round 29) Whether a modal follows the speakers' "we" or a State noun: "More critically than ever we must make
        ... progress" (UK statement, 2021; probe 20), "And we must." (real-m-229), "GRETA considers that the authorities
        should adopt ..." (real-n-171, "GRETA" parsed as a verb): the parse lost the clause the words still show; the
        speakers' "we" only outside a relative or conditional clause."""
        if token.i <= sent.start:
            return False
        doc = token.doc
        before = doc[token.i - 1]
        if before.text in self.state_nouns:
            return True
        # the speakers' own "we must", not one inside a clause ("a phenomenon that we must fight", "If we are serious
        # ... - and we must be -", probes 10 and 14)
        return before.lower_ in self.commitment_subjects and not any(
            word.lower_ in self.relative_words for word in doc[sent.start : token.i]
        )

    def _actor_before(self, token: Token, actors: dict[int, str]) -> bool:
        """An actor right before the modal, or before a word that follows its noun ("States Parties concerned shall
        co-operate ...", ICRMW article 67(1), a sentence the parser reads as a noun phrase)."""
        doc = token.doc
        return token.i - 1 in actors or (
            token.i - 2 in actors and token.i - 1 > token.sent.start and doc[token.i - 1].lower_ in self.postnominal_words
        )

    def _modal_passive(self, token: Token) -> bool:
        """A modal + "be" + participle that no relative word introduces ("Child victims shall not be returned to
        a State, if there is indication, following a risk and security assessment, that ...", "the persons
        referred to in paragraph 1 ... shall be entitled to"): a long subject or an inserted phrase makes the
        parser hang it under another verb, yet it is the sentence's main clause."""
        if token.lower_ not in self.auxiliaries or token.i == token.sent.start:
            return False
        if token.doc[token.i - 1].lower_ in self.relative_words:
            return False  # "measures that should be taken": a relative clause
        if any(ancestor.lemma_.lower() in self.opaque for ancestor in token.ancestors):
            return False  # "The Special Rapporteur recalls that ... detention should be a measure of last resort"
        if token.head.head.tag_ in FINITE_TAGS and any(child.dep_ == "mark" for child in token.head.children):
            # "Declares that, to be more effective, the measures ... must be co-ordinated": the that-clause of a finite
            # verb ("failing that, legal representatives ... should be foreseen" is no that-clause)
            return False
        _, following = self._past_negator(self._next_word(token.doc, token.i + 1, token.sent.end), token.sent.end)
        if following is None or following.lower_ != "be":
            return False
        participle = self._next_word(token.doc, following.i + 1, token.sent.end)
        return participle is not None and participle.tag_ == "VBN"

    def _after_be(self, participle: Token) -> bool:
        """Whether a participle follows a form of "be", adverbs aside ("are also strongly encouraged")."""
        index = participle.i - 1
        while index >= participle.sent.start and (
            participle.doc[index].lower_ in self.clause_adverbs or participle.doc[index].lower_.endswith("ly")
        ):
            index -= 1
        return index >= participle.sent.start and participle.doc[index].lower_ in self.be_forms
