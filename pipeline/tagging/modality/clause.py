"""What both clause finders share: the :class:`Clause` record and the sentence-level helpers
(actors, quotes, resolution openers, the requested verb after a cue, trimming)."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from pipeline.tagging.extensions import doc_text, value_key
from pipeline.tagging.modality.cues import NONE, QUOTES, ModalCues

JOINING_WORDS = frozenset({"and", ",", ";", "also", "further"})  # before a further resolution verb
ITEM_LABEL_MARKS = frozenset({"(", ")", "."})  # around a list item's number or letter: "(c)", "129.2."
# shortest "-ly" word taken as an opening adverb ("Fully", "Firmly"): "only", "duly", "rely", "July" are shorter
ADVERB_MIN_LENGTH = 5
ITEM_LABEL_REACH = 4  # tokens a list item's label may take before the words it opens: "(", "c", ")"; "129.2", "."
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")  # "7th", "21st": a word of a numbered meeting's name
GLUED_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.(?=[A-Za-z])")  # "2.Urges", "4.Also": a paragraph number glued to its word
# A UPR item's last words: the recommending State in brackets and the list's ";", "(Chile);", "(Senegal). );",
# "(Iran (Islamic Republic of));"; a statement's cited source, "... increased (UNODC).", ends otherwise
RECOMMENDING_STATE = re.compile(r"\(\s*[A-Z][^()]*(?:\([^()]*\)[^()]*)?\)[\s.)]*;[\s;)]*$")


def names_recommending_state(doc: Doc) -> bool:
    """Whether the text ends as a UPR item does, naming its recommending State in brackets ("... (Chile);"): the
    sign, without a parse, that an item's opening words are a request's (adverb runs, opening phrases)."""
    return RECOMMENDING_STATE.search(doc_text(doc)) is not None


def glued(token: Token) -> bool:
    """Whether a paragraph number is glued to the token's word ("2.Urges"; "2.1" and "2." are numbers)."""
    return token.text[:1].isdigit() and GLUED_NUMBER.match(token.text) is not None


def unglued(token: Token) -> str:
    """A token's text without a paragraph number glued to it: "2.Urges parties to ensure ..." (a COP decision as stored,
    the number and the first word one token) opens with "Urges", as "2. Urges parties" does."""
    return GLUED_NUMBER.sub("", token.text, count=1) if token.text[:1].isdigit() else token.text


def _acronym(text: str) -> bool:
    """A body's short name, also in the plural: "GRETA", "ICAT", "NHRIs" (national human rights institutions)."""
    return text.isupper() or (len(text) > 2 and text.endswith("s") and text[:-1].isupper())


@dataclass
class Clause:
    """One main modal clause, in token offsets."""

    value: str
    negated: bool
    subject: str
    verb: str
    start: int
    end: int
    # its subject is a thing, not an actor ("Such assistance shall include at least:"): it is the duty of the
    # actor an earlier sentence addressed (:meth:`ModalityTagger._inherit_subjects`)
    thing_subject: bool = False


class ClauseFinder(ModalCues):
    """Helpers over one sentence that the parse and the token-rule finders both use."""

    actors_key: str  # set by the component

    def _actor_index(self, doc: Doc) -> dict[int, str]:
        """Token index -> actor id, from the actor spans that can be addressed: "Migrants shall not
        become liable to prosecution" protects migrants, it asks nothing of them (``unaddressed_roles``)."""
        index: dict[int, str] = {}
        values: dict[Any, Any] = doc.user_data  # span._.actor_role without an accessor object per span (``value_key``)
        for span in doc.spans.get(self.actors_key, []):
            if values.get(value_key("actor_role", span.start_char, span.end_char)) in self.unaddressed_roles:
                continue
            for i in range(span.start, span.end):
                index[i] = span.label_
        return index

    def _premise_content(self, doc: Doc, cue: int) -> bool:
        """Whether the cue at ``cue`` is what a preambular paragraph's premise reports (``preamble``): the text opens
        with a premise participle ("Recalling", "Stressing", "Bearing in mind"), and between the cue and the comma,
        modal or sentence start before it a that-clause hangs on a participle ("and stressing that the mandate-holder
        shall") or a relative clause opens ("in which all OAS member states were urged to"). A cue so dropped leaves
        the paragraph's own request to be found: "Recognizing that resources should be expanded ... requests UNAIDS
        ... to work" (UNAIDS PCB decision 8.2, 2009, no comma before the request)."""
        first = next((token for token in doc[:4] if token.is_alpha), None)
        if first is None or first.lower_ not in self.preamble_forms or cue <= first.i:
            return False
        for i in range(cue - 1, first.i, -1):
            token = doc[i]
            word = token.lower_
            if word == "," or word in self.auxiliaries or (token.is_sent_start and token.text[:1].isupper()):
                return False
            if word in self.preamble_relatives or (word == "that" and doc[i - 1].lower_.endswith("ing")):
                return True
        return False

    def _inverted_condition(self, doc: Doc, cue: int) -> bool:
        """Whether the modal at ``cue`` opens a condition by inversion ("Should the offender become liable ..., the
        necessary information shall be supplied ...", ETS No. 51, article 15; real-s-130): the capitalized opener
        (``inverted_conditions``) before its subject's first word or a capitalized name. It asks nothing; the main
        clause after it decides, in both modes alike (the parse reads the opener as the verb's auxiliary too)."""
        if doc[cue].text not in self.inversion_openers or cue + 1 >= len(doc):
            return False
        after = doc[cue + 1]
        return after.lower_ in self.inversion_subjects or (after.is_alpha and after.text[:1].isupper())

    @staticmethod
    def _word_before(doc: Doc, start: int, word: int, adverbs: Collection[str]) -> int:
        """The index of the word before ``word``, past any of ``adverbs`` between (never before ``start``): the
        speaker of "It also calls for" (``speaker_adverbs``: ``cue_adverbs`` but the negators), the subject of
        "States also need to" (``need_to.adverbs``)."""
        index = word - 1
        while index > start and doc[index].lower_ in adverbs:
            index -= 1
        return index

    @staticmethod
    def _acronym(token: Token) -> bool:
        """Whether a word is a body's acronym ("GRETA", "UNICEF"), which speaks when a resolution verb follows it:
        "UNICEF urged countries to put the rights of all children ... at the centre" (UNICEF on the CRC's 20th
        anniversary, as reported), "..., UNICEF urged AU leaders to work together ..." (VOV5, 2019); an actor's common
        noun there is no subject ("victims request"), nor is a title-case verb a verb ("the OHCHR Recommended
        Principles and Guidelines", A/HRC/50/31)."""
        return token.is_upper and len(token) > 1

    def _quoted(self, sent: Span) -> set[int]:
        """Token indices inside quotation marks (quoted text is not the recommendation's own clause), save a
        quotation that is the whole sentence: a press release quoting the recommendation itself ("“The authorities
        should pay increased attention ...”", GRETA on Iceland; "\"GRETA considers that ... should be improved.\""),
        also with its speaker named after it ("\"... the action plan should address all victims ...,\" the report
        said.", GRETA on Turkey as quoted, gold part N; "“States must put in place mechanisms ...,” they added.")."""
        inside, open_quote, closed = set(), False, []
        for token in sent:
            if token.text in QUOTES:
                open_quote = not open_quote
                if not open_quote:
                    closed.append(token.i)
            elif open_quote:
                inside.add(token.i)
        if sent[0].text in QUOTES and (not closed or self._attributed(sent.doc[closed[0] + 1 : sent.end], sent, inside)):
            return set()
        return inside

    def _attributed(self, rest: Span, sent: Span, inside: set[int]) -> bool:
        """Whether the words after a sentence's opening quotation only name who said it (", the report said.",
        ", said the experts in a joint statement") and the quotation asks something (a duty modal): a longer tail
        holds the text's own request (", he said, urging States to adhere to ...", GA/11219, probe 10), and a quoted
        possibility ("in some cases may amount to torture,” the experts said", part L) is no request."""
        words = [token for token in rest if not token.is_punct]
        if not words:
            return True
        if len(words) > self.attribution_reach or not any(token.lower_ in self.quote_attributions for token in words):
            return False
        return any(sent.doc[i].lower_ in self.attribution_modals for i in inside)

    def _opener(self, sent: Span) -> tuple[int, int, str] | None:
        """A resolution-style opening ("Urges", "Also invites", "Calls upon") at the sentence start."""
        words = [token for token in sent[:12] if not (token.is_space or token.is_punct or token.like_num)]
        if words and len(words[0]) == 1 and words[0].is_alpha and words[0].is_lower:
            words = words[1:]  # list item letter: "(a) Urges ..."
        texts = [unglued(token) for token in words[:12]]  # (round 36) "2.Urges", "4.Also requests"
        position = 0
        while position < len(words) and texts[position].lower() in self.opener_adverbs:
            position += 1
        if position >= len(words) or not texts[position][:1].isupper() and position == 0 and sent.start > 0:
            # a lower-case opening only begins the text: an item completing its lead-in ("The Governing Body:" +
            # "requested the Office to organize ...", ILO Governing Body decisions), as the parse reads it
            return None
        lowered = [text.lower() for text in texts[position : position + 3]]
        bare = lowered[0] not in self.inflected_opener_forms and self.base_form_after.isdisjoint(
            token.lower_ for token in words[:position]
        )
        found = next(
            (opener for opener in self.openers_by_word.get(lowered[0], ()) if lowered[: len(opener[0])] == opener[0]), None
        )
        if found is None:
            found = next(
                (opener for opener in self.past_openers_by_word.get(lowered[0], ()) if lowered[: len(opener[0])] == opener[0]),
                None,
            )
            if found is None or lowered[len(found[0]) : len(found[0]) + 1] == ["by"]:
                return None  # "Encouraged by the progress made, ...": a participle
        phrase, value = found
        if bare and value != NONE:
            # "Encourage and monitor ...": a bare imperative (:meth:`_implied_request`); "Welcome ..." stays a statement
            return None
        first, last = words[0], words[position + len(phrase) - 1]
        return first.i, last.i + 1, value

    def _coordinated_openers(self, sent: Span, after: int) -> list[tuple[int, int, str]]:
        """Further resolution verbs joined to the first: "Urges ..., and invites ...", and in the past tense after a
        past opening ("Reiterated the High Commissioner's leading role ... and called on him ...", UNHCR ExCom)."""
        found = []
        doc = sent.doc
        openers, words_ = self.inner_openers, self.opener_words
        if any(token.lower_ in self.past_opener_words for token in doc[sent.start : after]):
            openers, words_ = [*openers, *self.past_inner_openers], words_ | self.past_opener_words
        for token in sent:
            if token.i < after or token.lower_ not in words_ or token.i == sent.start:
                continue
            previous = [t for t in doc[max(sent.start, token.i - 3) : token.i] if not t.is_space]
            while len(previous) > 1 and previous[-1].lower_ in self.linking_adverbs:
                previous.pop()  # "Noted that ...; and therefore recommended that FAO should ..." (FAO regional conference)
            if previous and previous[-1].lower_ in JOINING_WORDS:
                for phrase, value in openers:
                    words = [t.lower_ for t in doc[token.i : token.i + len(phrase) + 1]]
                    if words[: len(phrase)] == phrase and words[len(phrase) :] != ["by"]:
                        found.append((token.i, token.i + len(phrase), value))
                        break
        return found

    def _unnamed_object(self, doc: Doc, end: int, actor: int) -> bool:
        """Whether a resolution verb ending at ``end`` asks an object in lower case that names no actor, the actor at
        ``actor`` standing in its infinitive: "I encourage people everywhere to hold their Governments accountable"
        (real-m-120; the one asked has no id). "Appeals consequently to Governments" (an adverb, then the verb's own
        "to") and "REQUESTS the Director-General to continue to co-operate with ... the United Nations" (a name the
        vocabulary lacks) keep the actor."""
        to = next((i for i in range(end + 1, actor) if doc[i].lower_ == "to"), None)
        if to is None:
            return False
        words = [t for t in doc[end:to] if t.is_alpha and t.lower_ not in self.opener_adverbs]
        return bool(words) and all(t.is_lower for t in words)

    def _agent(self, doc: Doc, start: int, actor: int) -> bool:
        """Is the actor at ``actor`` the agent of a participle ("submitted by the State party") in the clause from
        ``start``, rather than its subject?"""
        previous = actor - 1
        while previous > start and doc[previous].lower_ in self.object_articles:
            previous -= 1
        return previous > start and doc[previous].lower_ == "by"

    def _after_particle(self, doc: Doc, i: int, end: int) -> bool:
        """Whether the actor starting at ``i`` is the object of a ``thing_particles`` word ("for States", "for all
        States"): only articles stand between; ``end`` is where the resolution verb's phrase ends."""
        j = i - 1
        while j >= end and doc[j].lower_ in self.object_articles:
            j -= 1
        return j >= end - 1 and doc[j].lower_ in self.thing_particles

    def _beneficiary(self, doc: Doc, i: int, end: int, actors: dict[int, str]) -> bool:
        """Whether the actor at ``i`` follows a ``thing_particles`` word after the resolution verb ending at ``end``
        ("training for State and local police", "for investigators, agents, and prosecutors"), only other actors, list
        words and modifiers between (none of ``breakers``), with no "to" of its own after it ("for States to ratify")."""
        for j in range(i - 1, max(end, i - 1 - self.beneficiary_reach) - 1, -1):
            word = doc[j]
            if word.lower_ in self.thing_particles:
                after = self._mention_end(actors, i, len(doc))
                return not (after < len(doc) and doc[after].lower_ == "to")
            if not (
                j in actors
                or word.lower_ in self.beneficiary_list_words
                or (word.is_alpha and word.lower_ not in self.relative_words and word.lower_ not in self.beneficiary_breakers)
            ):
                return False
        return False

    @staticmethod
    def _that_insert(doc: Doc, end: int, stop: int) -> bool:
        """Whether the that-clause at ``end`` opens with a phrase set off by commas: "recommends that, while ...,"."""
        return end + 1 < stop and doc[end].lower_ == "that" and doc[end + 1].text == ","

    def _after_comma(self, doc: Doc, i: int) -> bool:
        """Whether the actor starting at ``i`` follows a comma, only articles between ("..., the State party")."""
        j = i - 1
        while j > 0 and doc[j].lower_ in self.object_articles:
            j -= 1
        return doc[j].text == ","

    def _opener_clause(
        self, sent: Span, start: int, end: int, value: str, stop: int, actors: dict[int, str], parsed: bool
    ) -> Clause:
        """Clause of a resolution verb: its addressee is the first actor after it, its action the verb after "to"."""
        doc = sent.doc
        first_actor = next((i for i in range(end, stop) if i in actors), None)
        if first_actor is not None and self._that_insert(doc, end, stop):
            # "The Committee recommends that, while taking into account its general comment No. 6 (2005) on ... children
            # ..., the State party:" (CRC): a phrase set off by commas opens the that-clause, its subject follows it
            first_actor = next((i for i in range(end + 2, stop) if i in actors and self._after_comma(doc, i)), None)
        if first_actor is not None and end < stop and doc[end].lower_ == "that" and self._agent(doc, end, first_actor):
            # "recommends that the second periodic report and written replies submitted by the State party be made widely
            # available" (CRC): the that-clause's subject is a thing the actor made, a passive asks no one
            first_actor = None
        if first_actor is not None and doc[end].lower_ != "that" and self._unnamed_object(doc, end, first_actor):
            first_actor = None
        if first_actor is not None and doc[end - 1].lower_ in self.thing_particles:
            # "calling for increased cooperation between governments": only an actor right after the particle is asked
            # ("Called for the reinforcement of preventive measures and for States ... to strengthen", ExCom No. 60)
            first_actor = next((i for i in range(first_actor, stop) if i in actors and self._after_particle(doc, i, end)), None)
        if (
            first_actor is not None
            and doc[end - 1].lower_ not in self.thing_particles
            and self._beneficiary(doc, first_actor, end, actors)
        ):
            # (round 29) "recommends ... A standard training program for State and local police" (``beneficiaries``)
            first_actor = next(
                (i for i in range(first_actor + 1, stop) if i in actors and not self._beneficiary(doc, i, end, actors)), None
            )
        if first_actor is not None:
            owner = self._mention_end(actors, first_actor, stop) - 1
            if owner + 1 < stop and doc[owner + 1].text in self.possessives:
                # "urges Interpol's 179 member countries to develop ...": the owner names whose members are asked
                reach = min(owner + 2 + self.reporting_reach, stop)
                first_actor = next((i for i in range(owner + 2, reach) if i in actors), first_actor)
        subject = actors[first_actor] if first_actor is not None else NONE
        pronoun = self._next_word(doc, end, stop)
        while pronoun is not None and pronoun.lower_ in self.object_articles:
            # "calls on the authorities to secure ..." (GRETA), "called on all the other countries ... to follow suit"
            pronoun = self._next_word(doc, pronoun.i + 1, stop)
        noun = pronoun
        while noun is not None and noun.lower_ in self.object_qualifiers:
            # "calls upon all relevant authorities to investigate" (S/PRST/2017/24); only before a State noun
            noun = self._next_word(doc, noun.i + 1, stop)
        if (
            noun is not None
            and noun.text in self.state_objects
            and (first_actor is None or first_actor > noun.i)
            and (
                doc[end - 1].lower_ not in self.thing_particles
                or self._next_word(doc, noun.i + 1, stop) is None
                or doc[noun.i + 1].lower_ == "to"
            )
        ):
            # "urged members to", "urges the authorities"; after "for" only with "to": "calls for countries to ratify"
            # asks them, "calls for government funding of shelters" asks no one
            first_actor, subject = noun.i, self.state_objects[noun.text]
        if (
            pronoun is not None
            and (first_actor is None or first_actor > pronoun.i)
            and pronoun.i + 1 < stop
            and doc[pronoun.i + 1].lower_ == "to"
            and (country := self._named_state(pronoun, actors)) != NONE
        ):
            first_actor, subject = pronoun.i, country  # "calls on Hungary to repeal ..."
        if pronoun is not None and pronoun.lower_ in self.object_pronouns and (first_actor is None or first_actor > pronoun.i):
            # "..., and urges them to share information": the actors named before the verb in this sentence
            if (antecedent := self._antecedent_actor(sent, start, actors)) != NONE:
                first_actor, subject = pronoun.i, antecedent
        if (
            end + 1 < stop
            and doc[end].lower_ == "that"
            and (named := self._next_word(doc, end + 1, stop)) is not None
            and (first_actor is None or first_actor > named.i)
            and self._pronoun_subject(named, stop)
            and (antecedent := self._antecedent_actor(sent, start, actors)) != NONE
        ):
            first_actor, subject = named.i, antecedent  # (round 51) "..., recommends that it increase ..." (CRC)
        if first_actor is None and end + 1 < stop and doc[end].lower_ == "that":
            # "recommends that Uruguay pursue the following courses of action:" (U.S. statement on the UPR of Uruguay,
            # 2009), "recommends that the authorities take the necessary measures" (CRC): the that-clause's subject
            named = self._next_word(doc, end + 1, stop)
            if named is not None and named.lower_ in self.object_articles:
                named = self._next_word(doc, named.i + 1, stop)
            if named is not None and named.text in self.state_objects:
                first_actor, subject = named.i, self.state_objects[named.text]
            elif named is not None and (country := self._named_state(named, actors, complementizer=end)) != NONE:
                first_actor, subject = named.i, country
        if first_actor is None and value == self.binding_value:
            # "Each Member for which the Convention is in force undertakes to declare ...": an undertaking binds the
            # first actor (or State noun) of its own subject
            subject = next(
                (
                    actors.get(i) or self.state_nouns[doc[i].text]
                    for i in range(sent.start, start)
                    if i in actors or doc[i].text in self.state_nouns
                ),
                NONE,
            )
        after_subject = self._run_end(actors, first_actor + 1 if first_actor is not None else end, subject, stop)
        that_clause = end < stop and doc[end].lower_ == "that"  # "recommend that X consider ways to follow up"
        to = None if that_clause else next((i for i in range(after_subject, stop - 1) if doc[i].lower_ == "to"), None)
        if to is not None:
            verb_token = self._next_word(doc, to + 1, stop)
        elif parsed:
            verb_token = next((t for t in doc[after_subject:stop] if t.pos_ == "VERB"), None)
        else:
            verb_token = self._next_word(doc, after_subject, stop) if first_actor is not None else None
        negated, verb_token = self._past_negator(verb_token, stop)
        verb = (verb_token.lemma_ or verb_token.lower_) if verb_token is not None else doc[end - 1].lower_
        if to is None and value in ("should", "mandatory") and verb_token is not None and self._softens(verb_token, stop):
            # "recommends that the Government consider ...": the that-clause's subjunctive is its subject's "should",
            # softened as "should consider" is; "urges States to consider" keeps the opening verb's value
            value = "should_consider"
        return Clause(value, negated, subject, verb.lower(), start, self._trim(doc, start, stop))

    def _softens(self, verb: Token, stop: int) -> bool:
        """Whether a requested verb is a consider-type verb not used for judging ("consider establishing", not
        "consider that ...")."""
        if verb.lower_ not in self.consider_single:
            return False
        after = self._next_word(verb.doc, verb.i + 1, stop)
        return after is None or after.lower_ not in self.judging_words

    def _softening_item(self, verb: Token, stop: int) -> bool:
        """Whether an item's opening consider-type verb softens it: "Consider ratifying ..." and "We seek to promote
        ..." do, "Seek assistance from ... OHCHR" (CRC) asks for an act (``implied_request.soft_objects``)."""
        after = self._next_word(verb.doc, verb.i + 1, stop)
        return verb.lower_ in self.implied_soft_objects or (after is not None and after.lower_ == "to")

    @staticmethod
    def _antecedent_actor(sent: Span, index: int, actors: dict[int, str]) -> str:
        """The actor a pronoun after a resolution verb stands for: the first actor its sentence names before ``index``
        (the verb), as for a coordinated subject. An object, "the steps taken by X, Y and Z, and encourages them to
        ...", or a that-clause's subject, "The Committee, while noting the activities carried out by the State party in
        this respect, recommends that it increase and strengthen its efforts ..." (CRC/C/PER/CO/3, real-q-026)."""
        return next((actors[i] for i in range(sent.start, index) if i in actors), NONE)

    def _pronoun_subject(self, word: Token, stop: int) -> bool:
        """Whether a that-clause opens with a pronoun subject of an active verb (``antecedent_pronouns``): "recommends
        that it resolve all outstanding issues" (CEDAW, real-p-124) asks the State named before; "recommends that it
        be made widely available" (a report) and "reminds the State party that if it is not in a position to ..." do
        not, the first a passive, the second a condition."""
        after = self._next_word(word.doc, word.i + 1, stop)
        return word.lower_ in self.antecedent_pronouns and after is not None and after.lower_ not in self.be_forms

    def _named_state(self, token: Token, actors: dict[int, str], complementizer: int | None = None) -> str:
        """A country's name in an addressee's place: "Germany should strengthen ...", "GRETA calls on Hungary to
        repeal ..." (GRETA country reports): a capitalized name outside the actor vocabulary, without an article
        (bodies take one: "the Commission") and not an acronym (bodies' short names: "GRETA", "ICAT", "NHRIs"), is the State
        the report reviews (``named_states``). Tagged as a proper noun when there is a parse; without one, not a
        sentence's first word ("Training should include ...")."""
        if not self.named_state_addressee or token.i in actors or not token.is_alpha or _acronym(token.text):
            return NONE
        if not token.text[:1].isupper() or (token.doc.has_annotation("TAG") and token.tag_ != "NNP"):
            return NONE
        doc, first = token.doc, token.i  # the name's first word: "the General Assembly", "this Convention"
        while first > token.sent.start and self._name_word(doc, first - 1):
            first -= 1
        before = doc[first - 1] if first > 0 else None
        if (
            before is not None
            and before.lower_ in self.named_state_articles
            and not (before.i == complementizer or before.dep_ == "mark")
        ):  # "that" as a determiner ("that Convention"), not a that-clause's ("recommends that Uruguay pursue")
            return NONE
        if first == token.sent.start and not doc.has_annotation("TAG"):
            return NONE
        return self.named_state_addressee

    def _name_word(self, doc: Doc, index: int) -> bool:
        """Whether the token at ``index`` still belongs to a capitalized name read backwards: a capitalized word
        that is no article ("The Standing Committee shall", CITES Decision 17.170: the sentence's capitalized "The"
        is the body's article, not part of a country's name), or a hyphen or connector joining two of them ("the
        Director-General", ILO Governing Body decisions; ``named_states.connectors``)."""
        token = doc[index]
        joined = token.text == "-" and not token.whitespace_ and index > 0 and not doc[index - 1].whitespace_
        if joined or token.lower_ in self.named_state_connectors:
            # "the Director-General"; "The Forum on Minority Issues should" (A/HRC/52/71), read without a parse
            return index > 0 and doc[index - 1].is_alpha and doc[index - 1].text[:1].isupper()
        if ORDINAL.fullmatch(token.text):
            return True  # "The 7th Ministerial Conference will" (Budapest Process): a numbered meeting's name
        return token.is_alpha and token.text[:1].isupper() and token.lower_ not in self.named_state_articles

    def _scheduled(self, sent: Span, subject: str) -> bool:
        """Whether an actor auxiliary's "will" announces a non-State actor's dated plan ("Over the next year, the
        Secretariat will collect ...", "IOM ... will host a workshop ... this week": ``actor_auxiliary_schedules``), which
        asks nothing of it; a State's dated course stays its undertaking (round 42)."""
        if subject in self.state_ids:
            return False
        words = [token.lower_ for token in sent]
        return any(
            tuple(words[at : at + len(phrase)]) == phrase
            for at, word in enumerate(words)
            for phrase in self.schedules_by_word.get(word, ())
        )

    def _next_word(self, doc: Doc, index: int, stop: int) -> Token | None:
        """The next token that can be the requested verb (skipping adverbs and fillers)."""
        for token in doc[index:stop]:
            lower = token.lower_
            if token.is_alpha and lower not in self.skippable and not lower.endswith("ly"):
                return token
            if lower in self.negators:
                return token
        return None

    def _past_negator(self, word: Token | None, stop: int) -> tuple[bool, Token | None]:
        """Whether ``word`` (from :meth:`_next_word`, which stops at a negator) is a negator, and the word after it
        that can be the verb, else ``word`` itself: "would not provide", "should not be returned"."""
        if word is not None and word.lower_ in self.negators:
            return True, self._next_word(word.doc, word.i + 1, stop)
        return False, word

    def _owner_state(self, doc: Doc, index: int, actors: dict[int, str]) -> bool:
        """Whether the State actor at ``index`` names whose another noun is, so is not the subject (``owners``): "A
        Party's point of contact shall", "A national of a Contracting State ... shall not lose". Its name stands before a
        possessive, or after "of" (articles between) whose head word is neither an actor nor a quantifier ("Each of the
        States parties shall" keeps them). A State's organ is the State's: "States' Civil Aviation Authorities (CAAs)
        should require ..." (ICAO, real-r-176), "the authorities of the requested Party" (a State noun, ``state_nouns``)."""
        label = actors.get(index)
        if label not in self.state_ids:
            return False
        first, last = index, self._mention_end(actors, index, len(doc)) - 1
        while first > 0 and actors.get(first - 1) == label:
            first -= 1
        if last + 1 < len(doc) and doc[last + 1].text in self.possessives:
            owned = doc[last + 2 : last + 2 + self.owner_reach]
            return not any(word.text in self.state_nouns for word in owned)
        before = first - 1
        word = doc[before].lower_ if before > 0 else ""
        while word in self.owner_articles and before > 1:
            before -= 1
            word = doc[before].lower_
        if word != self.owner_particle:
            return False
        head = doc[before - 1]
        return (
            head.is_alpha
            and head.i not in actors
            and head.lower_ not in self.owner_quantifiers
            and head.text not in self.state_nouns
        )

    @staticmethod
    def _mention_end(actors: dict[int, str], index: int, stop: int) -> int:
        """One past the last token of the actor mention at ``index`` (its run of the same actor id), at most ``stop``."""
        return ClauseFinder._run_end(actors, index + 1, actors[index], stop)

    @staticmethod
    def _run_end(actors: dict[int, str], start: int, label: str, stop: int) -> int:
        """Where the run of tokens tagged ``label`` from ``start`` ends (at most ``stop``): an actor mention's end
        (:meth:`_mention_end`), and the words after an addressee, whose ``label`` there may be no actor of the doc
        (``NONE``, a State noun's id: the run is then empty)."""
        end = start
        while end < stop and actors.get(end) == label:
            end += 1
        return end

    def _organ_owner(self, doc: Doc, index: int, actors: dict[int, str]) -> str:
        """The State whose organ the State actor at ``index`` is (``owners.organ_reach``), else that actor itself: "the
        competent authorities of a State Party may transmit" (UNCAC article 46(4)) asks the State Party, not the organ's
        member_states."""
        label = actors[index]
        last = self._mention_end(actors, index, len(doc)) - 1
        if last + 1 >= len(doc) or doc[last + 1].lower_ != self.owner_particle:
            return label
        for word in doc[last + 2 : last + 2 + self.organ_reach + 1]:
            owner = actors.get(word.i)
            if owner is not None:
                return owner if owner in self.state_ids else label
            if not (word.is_alpha and word.is_lower):
                return label
        return label

    def _entitled(self, word: Token | None) -> bool:
        """Whether the words from ``word`` (the one after "shall") grant a right (``entitlements``) to do the verb after
        them: "A Contracting Party shall have the right to refuse extradition" permits, not binds."""
        if word is None:
            return False
        doc = word.doc
        for phrase in self.entitlement_phrases:
            end = word.i + len(phrase)
            if end < len(doc) and [t.lower_ for t in doc[word.i : end]] == phrase and doc[end].is_alpha:
                return True
        return False

    def _party_to_instrument(self, sent: Span, index: int, actors: dict[int, str]) -> str | None:
        """The State actor named with its treaty whose name ends at ``index``: "The States Parties to this Convention
        undertake" (``reported_commitments.instrument_*``), else None."""
        doc = sent.doc
        word = index
        while word > sent.start and index - word < self.instrument_reach:
            token = doc[word]
            if token.lower_ == self.instrument_particle:
                return actors.get(word - 1) if word < index else None
            if not (token.is_alpha and (token.text[:1].isupper() or token.lower_ in self.instrument_words)):
                return None
            word -= 1
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

    def _self_commitment(self, sent: Span, actors: dict[int, str]) -> Clause | None:
        """ "We endeavour to take measures ...", "Underlining ..., we will ensure ...": a declaration's speakers
        (the States adopting it) bind themselves; ``self_commitments`` gives the value of each verb phrase and
        who "we" are. "We" opens the sentence or follows an introductory phrase's comma."""
        doc = sent.doc
        subject = next(
            (
                token
                for token in sent
                if token.lower_ in self.commitment_subjects
                and (token.i == sent.start or doc[token.i - 1].text in (",", ")", ".", ":", ";"))
            ),
            None,
        )
        if subject is None:
            return (
                self._reported_commitment(sent, actors)
                or self._body_commitment(sent, actors)
                or self._document_commitment(sent, actors)
                or self._subjectless_commitment(sent)
            )
        for start in self._commitment_starts(sent, subject.i):
            found = self._commitment_phrase(doc, start, sent.end)
            if found is not None:
                value, cue = found
                return Clause(value, False, self.commitment_addressee, cue, subject.i, self._trim(doc, subject.i, sent.end))
        return None

    def _commitment_starts(self, sent: Span, subject: int) -> list[int]:
        """Where the speakers' verb phrase may open after "we": right after it, or, when a comma sets the speakers'
        names off ("We, the Leaders of the G7, reaffirm our commitment to ...", G7 Kananaskis statement, 2025; "We,
        parliamentarians from around the world, gathered in Rabat, ..., commit ourselves to ...", Rabat parliamentary
        declaration, 2018), after each later comma of the clause, up to ``self_commitments.apposition_reach`` words
        (a ";" or ":" ends the clause). A declaration's preamble ("We, the Heads of State ..., Recalling ...") meets
        no phrase and stays a statement."""
        doc = sent.doc
        starts = [subject + 1]
        if subject + 1 >= sent.end or doc[subject + 1].text != ",":
            return starts
        for token in doc[subject + 2 : min(sent.end, subject + 1 + self.apposition_reach)]:
            if token.text in (";", ":"):
                break
            if token.text == ",":
                starts.append(token.i + 1)
        return starts

    def _commitment_phrase(self, doc: Doc, start: int, end: int) -> tuple[str, str] | None:
        """The value and cue of the ``self_commitments`` phrase opening at ``start`` (adverbs skipped, the longest
        phrase first; "will consider" softens "will"), or None."""
        words = [token for token in doc[start : min(end, start + 7)] if token.is_alpha]
        words = [token for token in words if token.lower_ not in self.opener_adverbs - self.commitment_words]
        lowered = [token.lower_ for token in words]
        for phrase, value in self.commitment_phrases:
            if lowered[: len(phrase)] == phrase:
                if phrase == ["will"] and len(lowered) > 1 and lowered[1] in self.consider_single:
                    value = self.commitments.get("will consider", value)
                return value, phrase[-1]
        return None

    def _permission(self, sent: Span, actors: dict[int, str]) -> Clause | None:
        """ "Member States are not precluded from adopting ...", "Nothing in this section shall preclude the office ...
        from providing ...": a negated "preclude ... from" permits (``permissions``), whatever modal carries it. The one
        permitted is the actor or State noun before a passive form, between an active one and its particle."""
        doc = sent.doc
        for verb in sent:
            if verb.lower_ not in self.permission_verbs:
                continue
            before = doc[max(sent.start, verb.i - self.permission_reach) : verb.i]
            particle = next((t.i for t in doc[verb.i + 1 : sent.end] if t.lower_ == self.permission_particle), None)
            if particle is None or not any(token.lower_ in self.permission_negators for token in before):
                continue
            named = range(sent.start, verb.i) if verb.lower_ in self.permission_passives else range(verb.i + 1, particle)
            subject = next(
                (actors.get(i) or self.state_nouns[doc[i].text] for i in named if i in actors or doc[i].text in self.state_nouns),
                NONE,
            )
            return Clause(
                self.permission_value,
                False,
                subject,
                verb.lemma_ or verb.lower_,
                sent.start,
                self._trim(doc, sent.start, sent.end),
            )
        return None

    def _reported_commitment(self, sent: Span, actors: dict[int, str]) -> Clause | None:
        """ "The leaders agreed to strengthen cooperation ...": the speakers' undertaking reported in the third person
        (``reported_commitments``), its subject one of their ``subjects`` right before the phrase (adverbs aside) and a
        verb after its "to". A treaty's parties undertake so in its own articles: "The Contracting Parties undertake to
        surrender to each other ..." (ETS No. 24), "the States Parties agree to undertake progressively specific
        measures" (Belém do Pará, article 8): a State actor as that subject is the one bound."""
        doc = sent.doc
        for first in sent:
            if first.lower_ not in self.reported_firsts:
                continue
            index = self._reported_subject(sent, first.i)
            if index < sent.start or self._relative_subject(sent, index):
                continue
            token = doc[index]
            state: str | None = actors.get(index)
            if state is None and token.text[:1].isupper():  # a treaty's name ends capitalized: "to this Convention"
                state = self._party_to_instrument(sent, index, actors)
            if state not in self.state_ids:
                if token.lower_ not in self.reported_subjects:
                    continue
                state = self.subject_addressees.get(token.lower_)
            words = [
                word
                for word in doc[first.i : min(sent.end, first.i + 6)]
                if word.lower_ not in self.speaker_adverbs and word.text not in QUOTES
            ]
            lowered = [word.lower_ for word in words]
            for phrase, value in self.reported_phrases:
                following = words[len(phrase)] if len(words) > len(phrase) else None
                # a phrase that holds its verb needs none after it: "agree to consider the applicability of measures"
                # (Inter-American Convention against Corruption, article III)
                own_verb = words[len(phrase) - 1] if phrase[-1] != "to" and len(words) >= len(phrase) else None
                verb = own_verb if own_verb is not None else following
                if (
                    lowered[: len(phrase)] == phrase
                    and verb is not None
                    and (own_verb is not None or (verb.is_alpha and verb.lower_ not in self.not_before_verb))
                    and not self._procedural(verb)
                ):
                    return Clause(
                        value,
                        False,
                        state or self.commitment_addressee,
                        verb.lemma_ or verb.lower_,
                        token.i,
                        self._trim(doc, token.i, sent.end),
                    )
        return None

    def _procedural(self, verb: Token) -> bool:
        """Whether an undertaking's verb is its body's own procedure (``reported_commitments.procedural_verbs``): "the
        conference agreed to hold the next meeting of experts ..." binds no member to act (round 53)."""
        return verb.lower_ in self.procedural_verbs or verb.lemma_ in self.procedural_verbs

    def _document_commitment(self, sent: Span, actors: dict[int, str]) -> Clause | None:
        """ "the declaration commits adopting countries to establish ...", "Article 4(g) obligates state parties to take
        ...": an instrument that binds States to an act (``reported_commitments.binding_verbs``) is their collective
        commitment (round 53), of the State actor or State noun named within ``binding_reach`` words after the verb, a
        verb after its "to". A preamble paragraph ("Recalling that the Single Convention ... obliges Parties to") or a
        relative clause ("the Convention, which obliges States parties to", "Article 24 of the Palermo Convention that
        obliges its member states to") reports the instrument, no commitment of the sentence's own. It runs before the
        request path's :meth:`_instrument_requirement` ("The Protocol requires States to"), which wants an instrument's
        word right before its verb; these verbs bind whatever names the instrument ("It", "the declaration")."""
        doc = sent.doc
        opening = next((word for word in sent[:4] if word.is_alpha), None)
        if opening is not None and opening.lower_ in self.preamble_forms:
            return None
        for token in sent:
            value = self.binding_verbs.get(token.lower_)
            if (
                value is None
                or self._relative_subject(sent, token.i)
                or (token.i > sent.start and doc[token.i - 1].lower_ in self.relative_words)
            ):
                continue
            reach = range(token.i + 1, min(sent.end, token.i + 1 + self.binding_reach))
            first = next((i for i in reach if i in actors or doc[i].text in self.state_nouns), None)
            if first is None:
                continue
            state = actors.get(first) or self.state_nouns[doc[first].text]
            if state not in self.state_ids:
                continue
            end = self._mention_end(actors, first, sent.end) if first in actors else first + 1  # the States' "to"
            if end + 1 >= sent.end or doc[end].lower_ != self.instrument_particle or not self._base_after_to(doc[end + 1]):
                continue
            following = doc[end + 1]
            start = max((t.i + 1 for t in doc[sent.start : token.i] if t.text in (",", ";")), default=sent.start)
            return Clause(value, False, state, following.lemma_ or following.lower_, start, self._trim(doc, start, sent.end))
        return None

    def _reported_subject(self, sent: Span, phrase: int) -> int:
        """The index of a reported undertaking's subject: the word before its phrase, adverbs and a news report's day
        aside ("SAARC countries on Friday vowed to combat ...", ``reported_commitments.time_words``); before the
        sentence when none is left."""
        doc, index = sent.doc, phrase - 1
        while index >= sent.start:
            lower = doc[index].lower_
            if lower in self.time_words and index - 1 >= sent.start and doc[index - 1].lower_ in self.time_particles:
                index -= 2
            elif lower in self.speaker_adverbs or lower in self.time_words:
                index -= 1
            else:
                break
        return index

    def _relative_subject(self, sent: Span, subject: int) -> bool:
        """Whether a relative pronoun stands in the subject's clause (since its last comma): "a statement in which
        ASEAN members agreed to intensify ..." reports what a text said, no undertaking of the sentence's own
        (``reported_commitments.relative_pronouns``)."""
        doc = sent.doc
        for token in reversed(doc[sent.start : subject]):
            if token.text in (",", ";", ":"):
                return False
            if token.lower_ in self.relative_pronouns:
                return True
        return False

    def _body_commitment(self, sent: Span, actors: dict[int, str]) -> Clause | None:
        """ "IOM commits to document deaths ...": a named body's own undertaking in the third person
        (``reported_commitments.body_verbs``) binds the first actor of the phrase's clause, a verb after its "to"."""
        doc = sent.doc
        for token in sent:
            if token.lower_ not in self.body_words or (token.i > sent.start and doc[token.i - 1].lower_ in self.not_before_verb):
                continue  # "their pledges to end all forms of violence" (a noun)
            lowered = [word.lower_ for word in doc[token.i : min(sent.end, token.i + 5)]]
            for phrase, value in self.body_phrases:
                following = self._past_quote(sent, token.i + len(phrase))
                if lowered[: len(phrase)] != phrase or following is None or not self._base_after_to(following):
                    continue
                start = max((t.i + 1 for t in doc[sent.start : token.i] if t.text in (",", ";")), default=sent.start)
                body = next((actors[i] for i in range(start, token.i) if i in actors), None)
                if body is not None:
                    return Clause(
                        value, False, body, following.lemma_ or following.lower_, start, self._trim(doc, start, sent.end)
                    )
        return None

    @staticmethod
    def _past_quote(sent: Span, index: int) -> Token | None:
        """The word at ``index``, past an opening quotation mark: a commitment's verb quoted from the instrument, "Member
        States have committed to “Launching, within the next one year, a campaign ...”" (AU Solemn Declaration on
        Gender Equality as reviewed, gold part R); none at the sentence's end."""
        doc = sent.doc
        if index < sent.end and doc[index].text in QUOTES:
            index += 1
        return doc[index] if index < sent.end else None

    def _base_after_to(self, word: Token) -> bool:
        """A verb's base form after a commitment's "to" ("commits to document"), not its object ("has committed to
        actions that ...", "pledged to the fund"): an alphabetic word, no article or pronoun and no plural noun (an "-s"
        but not "-ss" / "-us": "address", "focus" are verbs). The parse's tag is not asked: it reads "commits to
        document deaths" as a noun."""
        lower = word.lower_
        return (
            word.is_alpha and lower not in self.not_before_verb and not (lower.endswith("s") and not lower.endswith(("ss", "us")))
        )

    def _subjectless_commitment(self, sent: Span) -> Clause | None:
        """ "Reaffirm our unwavering commitment to ensure ...": a declaration's paragraph that opens with a
        first-person commitment phrase, its "we" left in the lead-in (``self_commitments.first_person``)."""
        if not self.first_person:
            return None
        words = [token for token in sent[:12] if token.is_alpha]
        if words and len(words[0]) == 1 and words[0].is_lower:
            words = words[1:]  # list item letter
        lowered = [token.lower_ for token in words]
        for phrase, value in self.commitment_phrases:
            if self.first_person.isdisjoint(phrase) or not lowered or lowered[0] != phrase[0]:
                continue
            position = 0
            for word in phrase:
                inserted = 0
                while position < len(lowered) and lowered[position] != word and inserted < self.max_inserted:
                    if position == 0 or lowered[position - 1] not in self.first_person:
                        break  # words may stand only right after "our"
                    position, inserted = position + 1, inserted + 1
                if position >= len(lowered) or lowered[position] != word:
                    break
                position += 1
            else:
                first = words[0]
                return Clause(
                    value, False, self.commitment_addressee, phrase[-1], first.i, self._trim(sent.doc, first.i, sent.end)
                )
        return None

    def _own_recommendation(self, sent: Span, actors: dict[int, str]) -> list[Clause]:
        """ "The Committee reiterates its previous recommendation that the State party adopt ...": a body's own
        recommendation repeated is a request (``own_recommendations``) to the first actor after "that" (or "upon":
        "reiterates his call upon States to ...")."""
        doc = sent.doc
        for token in sent:
            if token.lower_ not in self.own_owners:
                continue
            index = token.i + 1
            while index < sent.end and doc[index].lower_ in self.own_adjectives:
                index += 1
            if index + 1 >= sent.end or doc[index].lower_ not in self.own_nouns or doc[index + 1].lower_ not in self.own_links:
                continue
            first_actor = next((i for i in range(index + 2, sent.end) if i in actors), None)
            if doc[index + 1].lower_ not in self.own_addressing_links:
                first_actor = None  # "its demand for the complete cessation ...": a call for a thing names no addressee
            subject = actors[first_actor] if first_actor is not None else NONE
            after = self._run_end(actors, first_actor + 1 if first_actor is not None else index + 2, subject, sent.end)
            negated, verb = self._past_negator(self._next_word(doc, after, sent.end), sent.end)
            name = (verb.lemma_ or verb.lower_).lower() if verb is not None else doc[index].lower_
            return [Clause(self.own_value, negated, subject, name, token.i, self._trim(doc, token.i, sent.end))]
        return []

    def _impersonal_proposal(self, sent: Span, actors: dict[int, str]) -> list[Clause]:
        """ "It is also suggested that the Council of Ministers tables ...", "Finally, it is suggested that a road map be
        elaborated ...": a proposal with no proposer named is a recommendation (``impersonal_proposals``), of the actor
        opening its that-clause or of no one."""
        doc = sent.doc
        for token in sent:
            if token.lower_ not in self.proposal_subjects or (token.i > sent.start and doc[token.i - 1].text != ","):
                continue
            index = token.i + 1
            if index >= sent.end or doc[index].lower_ not in self.proposal_forms:
                continue
            index += 1
            while index < sent.end and doc[index].lower_ in self.speaker_adverbs:
                index += 1  # "It is also suggested"
            if index + 1 >= sent.end or doc[index].lower_ not in self.proposal_participles:
                continue
            if doc[index + 1].lower_ != self.proposal_particle:
                continue
            first = index + 2
            while first < sent.end and first not in actors and doc[first].lower_ in self.object_articles:
                first += 1
            subject = actors.get(first, NONE)
            verb = doc[index].lemma_ or doc[index].lower_
            return [Clause(self.proposal_value, False, subject, verb.lower(), token.i, self._trim(doc, token.i, sent.end))]
        return []

    def _instrument_requirement(self, sent: Span, actors: dict[int, str]) -> list[Clause]:
        """ "The Lanzarote Convention requires State Parties to criminalise ...", "Article 6 requires States to criminalize
        ...": an instrument's obligation in the active voice (``instrument_requirements``) binds the State actor right
        after its verb, as "are required to" binds its subject; the verb after that actor's "to" is the one required."""
        doc = sent.doc
        for token in sent:
            if token.lower_ not in self.requirement_verbs or token.i == sent.start or not self._instrument_before(token):
                continue
            subject = actors.get(token.i + 1)
            if subject is None or subject not in self.state_ids:
                continue
            after = self._mention_end(actors, token.i + 1, sent.end)
            if after + 1 >= sent.end or doc[after].lower_ != self.requirement_particle:
                continue
            verb = doc[after + 1]
            if not self._base_after_to(verb):
                continue
            name = (verb.lemma_ or verb.lower_).lower()
            return [Clause(self.requirement_value, False, subject, name, token.i, self._trim(doc, token.i, sent.end))]
        return []

    def _instrument_before(self, verb: Token) -> bool:
        """Whether an instrument's word ("the Protocol") or a provision's number ("Article 6", "Art. 6") stands right
        before ``verb``: the instrument is its subject."""
        doc = verb.doc
        before = doc[verb.i - 1]
        if before.lower_ in self.requirement_instruments:
            return True
        return before.like_num and verb.i >= 2 and doc[verb.i - 2].lower_ in self.requirement_provisions

    def _polite_request(self, sent: Span, actors: dict[int, str]) -> list[Clause]:
        """ "The Committee would be grateful if the Government would provide information ...", "would appreciate it
        if the Government would supply ..." (the CEACR's requests): a courtesy phrase (``polite_requests``) asks the
        first actor after it; the requested verb follows that actor's "would"."""
        doc = sent.doc
        for token in sent:
            for phrase in self.polite_phrases.get(token.lower_, ()):
                end = token.i + len(phrase)
                if end > sent.end or [t.lower_ for t in doc[token.i : end]] != phrase:
                    continue
                first_actor = next((i for i in range(end, sent.end) if i in actors), None)
                if first_actor is None:
                    return []
                subject = actors[first_actor]
                after = first_actor + 1
                while after < sent.end and (actors.get(after) == subject or doc[after].lower_ in self.polite_auxiliaries):
                    after += 1
                negated, verb = self._past_negator(self._next_word(doc, after, sent.end), sent.end)
                name = (verb.lemma_ or verb.lower_).lower() if verb is not None else phrase[-1]
                return [Clause(self.polite_value, negated, subject, name, token.i, self._trim(doc, token.i, sent.end))]
        return []

    def _causative_request(self, sent: Span, actors: dict[int, str], parsed: bool) -> list[Clause]:
        """A draft's terms as reported by UN press releases: "a draft that would have the Assembly condemn recent
        mercenary activities ..., call upon States to investigate ..." (GA/SHC/4159), "would have the General Assembly
        reaffirm ..., and call for greater international and regional cooperation" (GA/SHC/4193; probe 11), "which would
        have the Assembly urge all States ... to continue to support ..." (GA/SHC/4187; probe 13): the body's bare verbs
        after "would have the <Name>" are the draft's own, the first resolution verb among them its request."""
        doc = sent.doc
        words = [token for token in sent if not token.is_space]
        position = next(
            (
                index
                for index in range(len(words) - 3)
                if [w.lower_ for w in words[index : index + 3]] == self.causative_words and words[index + 3].is_title
            ),
            None,
        )
        if position is None:
            return []
        after = position + 3
        while after < len(words) and words[after].is_title:
            after += 1  # the body's name: "General Assembly"
        for index in range(after, len(words)):
            token = words[index]
            if index > after and words[index - 1].lower_ in self.not_before_verb:
                continue
            for phrase, value in self.base_openers.get(token.lower_, ()):
                end = token.i + len(phrase)
                if end <= sent.end and [t.lower_ for t in doc[token.i : end]] == list(phrase):
                    return [self._opener_clause(sent, token.i, end, value, sent.end, actors, parsed)]
        return []

    def _exhortation(self, sent: Span) -> list[Clause]:
        """ "Let us plant the seeds for non-violence, justice and hope", "On this World Day ..., let us reaffirm our
        commitment to stop criminals ...", "Let’s join hands to accelerate action ..." (day messages of the
        Secretary-General and the ILO's Director-General): the speaker's call to everyone, ``exhortations``' value with
        no addressee. "Let us" opens the sentence or follows a comma; a rhetorical verb ("Let us be clear") or a
        negator ("Let us not forget") asks nothing."""
        doc = sent.doc
        for token in sent:
            if token.lower_ != "let" or token.i + 2 >= sent.end or doc[token.i + 1].lower_ not in self.exhortation_us:
                continue
            if token.i != sent.start and doc[token.i - 1].text not in (",", "—", "–", ":", ";", "“", '"'):
                continue
            verb = self._next_word(doc, token.i + 2, sent.end)
            if verb is None or verb.lower_ in self.negators or verb.lower_ in self.exhortation_not_verbs:
                return []
            return [Clause(self.exhortation_value, False, NONE, verb.lower_, token.i, self._trim(doc, token.i, sent.end))]
        return []

    def _speaker_need(self, sent: Span) -> list[Clause]:
        """ "To eradicate contemporary forms of slavery, we need new strategies ...", "But we need the full engagement
        and support of the business ... communities", "And we need to invest heavily in prevention ..." (day messages
        of the Secretary-General and UNODC, gold part M): the speaker's need, stated for everyone, calls for it as "let
        us" does (``speaker_needs``), of no one named: an actor after "need" is what is needed, and as a subject it
        would make a later sentence's clause the primary one. "We" opens the sentence, after an opening conjunction
        or a comma, with only ``need_to``'s adverbs before "need"; a negator or a rhetorical verb after "to" asks
        nothing."""
        doc = sent.doc
        for token in sent:
            if token.lower_ not in self.speaker_need_subjects or not self._opens_need(sent, token.i):
                continue
            index = token.i + 1
            while index < sent.end and doc[index].lower_ in self.need_adverbs:
                index += 1
            if index + 1 >= sent.end or doc[index].lower_ not in self.speaker_need_forms:
                return []
            after = doc[index + 1]
            verb: Token | None = after
            if after.lower_ == "to":
                verb = self._next_word(doc, index + 2, sent.end)
                if verb is not None and verb.lower_ in self.exhortation_not_verbs:
                    return []
            if verb is None or after.lower_ in self.negators or verb.lower_ in self.negators:
                return []
            asked = verb.lower_ if after.lower_ == "to" else doc[index].lower_
            return [Clause(self.speaker_need_value, False, NONE, asked, token.i, self._trim(doc, token.i, sent.end))]
        return []

    def _opens_need(self, sent: Span, index: int) -> bool:
        """Whether the "we" at ``index`` is the sentence's own subject: it opens the sentence, follows an opening
        conjunction ("But we need", ``speaker_needs.openers``) or a comma ("To eradicate ..., we need"). After any
        other word it sits in a clause ("what we need", "This suggests that we need to")."""
        if index == sent.start:
            return True
        before = sent.doc[index - 1]
        return before.text in (",", "—", "–", ":", ";", "“", '"') or (
            index - 1 == sent.start and before.lower_ in self.speaker_need_openers
        )

    def _heading_opening(self, sent: Span, actors: dict[int, str]) -> list[Clause]:
        """ "By Governments of countries of origin, transit and destination, regional and international
        organizations, as appropriate:" (Beijing Platform for Action), "To the European Commission:", "To Frontex:"
        (A/HRC/23/46): a heading that names whom the actions of its list are for, as its first words
        (``heading_requests.openings``, an article between), requests them of its first actor."""
        words = [token for token in sent[:4] if token.is_alpha]
        if len(words) > 2 and words[1].lower_ in self.object_articles:
            words = [words[0], *words[2:]]  # "To the European Commission:" (A/HRC/23/46)
        if len(words) < 2 or words[0].lower_ not in self.heading_openings or words[1].i not in actors:
            return []
        value, first = self.heading_value, words[0]
        if value in ("should", "mandatory") and any(token.lower_ in self.consider_single for token in sent[words[1].i :]):
            value = "should_consider"  # "By Governments ...:" + "Consider the ratification ..."
        return [Clause(value, False, actors[words[1].i], first.lower_, first.i, self._trim(sent.doc, first.i, sent.end))]

    def _gerund_subject(self, verb: Token) -> bool:
        """Without a parse: an opening gerund followed, before any comma, by a verb of ``gerund_subject_verbs``
        ("Ensuring early identification and immediate response involves ...") is that verb's subject."""
        if not verb.lower_.endswith("ing") or verb.lower_ in self.ing_base_forms:
            return False
        for token in verb.doc[verb.i + 1 : verb.sent.end]:
            if token.is_punct:
                return False
            if token.lower_ in self.gerund_subject_verbs:
                return True
        return False

    def _implied_request(self, sent: Span) -> list[Clause]:
        """A sub-item cut from its lead-in ("(b) Strengthen measures to ...", "To conduct campaigns ..."):
        the bare opening verb is the request, addressed as ``implied_request`` says. An opening "we" is the verb's
        subject, not an adverb to skip: "We support the continuation of policies ..." (G7, 2025), "We take the steps
        that can make a difference" (a minister's speech) state; the speakers' own phrases are ``_self_commitment``'s.
        A run of adverbs before the verb is skipped (``_skip_adverb_run``)."""
        words = [token for token in sent[self._label_end(sent) : self.adverb_reach] if token.is_alpha]
        if (
            len(words) > 1
            and words[0].is_lower
            and len(words[0]) <= 4
            and words[0].i + 1 < sent.end
            and sent.doc[words[0].i + 1].text in (")", ".")
        ):
            words = words[1:]  # list item letter: "(d) Eliminate ...", "iv) Ensure ..."
        if words and words[0].lower_ in self.phrase_openers:
            words = self._after_opening_phrase(sent)
        while len(words) > 1 and (
            (words[0].lower_ in self.opener_adverbs and words[0].lower_ not in self.speaker_words)
            or (words[0].lower_.endswith("ly") and words[1].lower_ in self.implied_verbs)
        ):
            words = words[1:]  # "Also take effective measures ..." (UNGASS 2016), "Effectively implement ..."
        words, by_place = self._skip_adverb_run(words, names_recommending_state(sent.doc))
        if not words:
            return []
        verb = words[1] if words[0].lower_ == "to" and len(words) > 1 else words[0]
        if (verb.lower_ not in self.implied_verbs and not by_place) or self._noun_opening(verb):
            return []
        if (verb.dep_ in self.subject_deps and not self._paired_imperative(verb)) or self._gerund_subject(verb):
            return []  # "Ensuring early identification ... involves partnerships": a gerund subject, a statement
        value, addressee = self.implied
        if value in ("should", "mandatory") and self._softens(verb, sent.end) and self._softening_item(verb, sent.end):
            value = "should_consider"  # "Consider ratifying the Convention ... (Rwanda);": as "should consider" is
        return [Clause(value, False, addressee, verb.lower_, verb.i, self._trim(sent.doc, verb.i, sent.end))]

    def _noun_opening(self, verb: Token) -> bool:
        """Whether the opening verb and the word after it name a thing (``implied_request.noun_openings``): "Sign
        language translators can work ..." states and "Release of 2011 Trafficking In Persons Report" is a title,
        while "Sign and ratify the Protocol ... (Egypt)" and "Release all persons ..." ask; the parse cannot be
        trusted to tell them apart at a text's first word, and rule-only mode has none."""
        followers = self.noun_openings.get(verb.lower_)
        if not followers or verb.i + 1 >= len(verb.doc):
            return False
        return verb.doc[verb.i + 1].lower_ in followers

    def _skip_adverb_run(self, words: list[Token], item: bool) -> tuple[list[Token], bool]:
        """The opening words without a run of adverbs before the verb, "82.23. Promptly, thoroughly and impartially
        investigate all cases of death in custody ... (Austria);" (UPR, Honduras 2011) asks with "investigate" past the
        first six tokens, "63.34   To effectively implement ..." after its "to"; and whether the verb is known only by its
        place. In an item that names its recommending State (``item``) the word after the run is the verb, listed or
        not ("136.46 Energetically drive forward judicial reform ... (Germany);"); elsewhere only a verb of
        ``implied_request.verbs`` ends a run, so "Regrettably, the State party has not ..." stays a statement."""
        lead = 1 if words and words[0].lower_ == "to" else 0
        index, adverbs = lead, 0
        while index < len(words):
            if self._opening_adverb(words[index], item):
                adverbs += 1
            elif not (
                adverbs
                and words[index].lower_ in self.adverb_links
                and index + 1 < len(words)
                and self._opening_adverb(words[index + 1], item)
            ):
                break
            index += 1
        if not adverbs or index >= len(words):
            return words, False
        verb = words[index]
        listed = verb.lower_ in self.implied_verbs
        if not listed and not (item and verb.is_lower and not verb.is_stop):
            return words, False
        return words[:lead] + words[index:], not listed

    def _opening_adverb(self, word: Token, item: bool) -> bool:
        """Whether an opening word is an adverb of a run before an item's verb: a word in "-ly" that is no listed verb
        ("Promptly", not "Comply with ..."), or in an item that names its recommending State an ``item_adverbs`` word
        ("100.64. Better ensure freedom of the press ... (France);"; "Better data are needed" states)."""
        lower = word.lower_
        if lower in self.implied_verbs:
            return False
        return (len(lower) >= ADVERB_MIN_LENGTH and lower.endswith("ly")) or (item and lower in self.item_adverbs)

    @staticmethod
    def _after_opening_phrase(sent: Span) -> list[Token]:
        """The words after the first comma of a UPR item that opens with a phrase (``implied_request.phrase_openers``):
        "87.39   Following concerns expressed by the Committee against Torture, investigate reported cases ... (Israel);"
        asks with "investigate". Only in an item that ends by naming its recommending State in brackets: "In 2015,
        support for victims increased" (a statement, no parse to tell in rule-only mode) names none."""
        doc = sent.doc
        if not names_recommending_state(doc):
            return []
        comma = next((token.i for token in sent if token.text == ","), None)
        if comma is None:
            return []
        return [token for token in doc[comma + 1 : min(comma + 6, sent.end)] if token.is_alpha]

    def _label_end(self, sent: Span) -> int:
        """Where an action plan's item opens after its numbered label ("Action 16: Strengthen ...",
        ``implied_request.label_words``), relative to the sentence; 0 without one."""
        if len(sent) < 4 or sent[0].text not in self.label_words or not sent[1].like_num:
            return 0
        return 3 if sent[2].text in self.label_marks else 0

    def _subjunctive_item(self, sent: Span, actors: dict[int, str]) -> list[Clause]:
        """ "That the Government of Canada amend anti-trafficking laws ..." (a Canadian committee's list of
        recommendations): a text that opens with ``subjunctive_items.openers``, an actor and a base-form verb of
        ``implied_request.verbs`` asks that actor, as "recommends that the Government of Canada amend" would."""
        doc, start, end = sent.doc, sent.start, sent.end
        if doc[start].lower_ not in self.subjunctive_openers:
            return []
        index = start + 1
        while (
            index < end
            and index not in actors
            and (doc[index].lower_ in self.object_articles or doc[index].lower_ in self.subjunctive_links or doc[index].is_title)
        ):
            index += 1  # "That the Government of Canada": the name's words before the actor the vocabulary matched
        if index >= end or index not in actors:
            return []
        actor = actors[index]
        while index < end:
            while index < end and index in actors:
                index += 1
            link = index
            while link < end and doc[link].lower_ in self.subjunctive_links:
                link += 1
            if link == index or link >= end or link not in actors:
                break
            index = link  # "Government of Canada"
        if index >= end or doc[index].lower_ not in self.implied_verbs or doc[index].lower_.endswith("ing"):
            return []
        return [Clause(self.subjunctive_value, False, actor, doc[index].lower_, start, self._trim(doc, start, end))]

    @staticmethod
    def _paired_imperative(verb: Token) -> bool:
        """Whether an opening verb the parse takes for the subject of a base-form verb is paired with it: "Accede and
        domesticate the 1961 Convention ... (Kenya);" (UPR) asks both ("Support for victims is ..." stays a subject)."""
        return verb.head.tag_ == "VB" and any(child.dep_ == "cc" for child in verb.children)

    def _opens_item(self, doc: Doc, start: int, word: int) -> bool:
        """Whether ``word`` opens the text from ``start`` on, alone or after a list item's label only: a document's
        first sentence ("129.2." cut off before "Ratify ..."), a sentence's root ("(c) Undertake ..."), or one after an
        action plan's label the parse cut off ("Action 16:" before "Strengthen ...")."""
        return (
            word == start
            or (word - start <= ITEM_LABEL_REACH and self._item_label(doc[start:word]))
            or (word > start and self._label_end(doc[start : word + 1]) == word - start)  # "Action 16:" cut off
        )

    def _have_idiom(self, word: Token, stop: int) -> bool:
        """Whether an idiom of ``have_to.idioms`` starts at ``word`` (before ``stop``): "has to do with" is no "must"."""
        words = [token.lower_ for token in word.doc[word.i : min(stop, word.i + self.have_idiom_length)]]
        return any(words[: len(idiom)] == idiom for idiom in self.have_idioms)

    @staticmethod
    def _item_label(span: Span) -> bool:
        """Whether ``span`` is only a list item's number or letter: "129.2.", "114.18", "(c)" (UPR and treaty-body
        lists). The sentencizer cuts "129.2. Ratify the 1961 Convention ... (Slovakia);" after the number, and the item
        that follows it opens the text as the first sentence would."""
        doc, end = span.doc, span.end
        return len(span) > 0 and all(
            token.like_num
            or token.text in ITEM_LABEL_MARKS
            or (token.is_lower and len(token) <= 4 and token.i + 1 < end and doc[token.i + 1].text in ITEM_LABEL_MARKS)
            for token in span
        )
