"""Token-rule clause finder, for docs without a dependency parse (rule-only mode on ``spacy.blank``):
the cue patterns of :mod:`.cues` over the sentence, with the nearest preceding actor as subject."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.tagging.modality.clause import Clause, ClauseFinder
from pipeline.tagging.modality.cues import NONE

THAT_ID = get_string_id("that")
NAME_MARKS = frozenset({",", "(", ")"})  # inside a body's name with its acronym: "The Economic Community ... (ECOWAS),"
# a premise's opaque word as its second word only in the participle's form: "In recalling that" opens a premise, "I hope
# that" states a hope (round 42; modals.yaml ``opaque_verbs``)
PREMISE_SECOND_SUFFIX = "ing"


class RuleClauses(ClauseFinder):
    """Modal clauses of a sentence from token patterns."""

    def _reporting_verb(self, sent: Span, actors: dict[int, str]) -> tuple[int, int, str] | None:
        """Rule mode, sentence without a modal cue: a resolution verb after its subject
        ("The Conference urges States ...", "It is recommended that States ..."). A request wins over a
        statement before it: "It notes ... the information supplied ..., and requests the Government to continue
        to provide ..." (CEACR) requests."""
        statement = None
        for found in self._reporting_verbs(sent, actors):
            if found[2] != NONE:
                return found
            statement = statement or found
        return statement

    def _reporting_verbs(self, sent: Span, actors: dict[int, str]) -> Iterator[tuple[int, int, str]]:
        """Every resolution verb after its subject in a sentence, in order (:meth:`_reporting_verb`)."""
        doc = sent.doc
        for token in sent:
            candidates = self.reporting_forms.get(token.lower_)
            if token.lower_ in self.speaker_forms and self._spoken(sent, token):
                candidates = [*(candidates or ()), *self.speaker_forms[token.lower_]]
            if (
                candidates is None
                or token.i == sent.start
                or token.i in actors
                or (token.i - 1 in actors and not (token.is_lower and self._named_speaker(doc[token.i - 1], actors)))
            ):
                continue
            if self._premise_content(doc, token.i):
                continue  # "Considering that the Vienna Declaration ... urges all States to ...,": what the premise reports
            if self._source_reference(doc, sent.start, token.i):
                continue  # "..., as recommended by the Committee on the Rights of the Child, ...": a source (round 55)
            before = doc[self._word_before(doc, sent.start, token.i, self.speaker_adverbs)]  # "I also call for support"
            previous = before.lower_
            base_blocked = (
                token.lower_ not in self.inflected_opener_forms
                and (
                    previous not in self.base_form_after
                    or (token.i - 2 >= sent.start and doc[token.i - 2].lower_ in self.not_before_verb)
                )
                and not self._members_speak(sent, token)
            )
            if previous in self.not_before_verb or (base_blocked and (before.is_lower or not before.is_alpha)):
                continue  # "the execution of requests", "Governments that request help", "which would encourage"
            for phrase, value in candidates:
                if base_blocked and len(phrase) < 2:
                    # after a name only a verb with its particle is the speakers' present tense: "MEPs call on the EU to
                    # do more" (EP briefing, 2021), "... and the UN Special Rapporteur on Trafficking in Persons call
                    # upon all States" (IACHR, 2024; probe 17); "Governments that request help" stays none
                    continue
                end = token.i + len(phrase)
                if tuple(t.lower_ for t in token.doc[token.i : end]) != phrase:
                    continue
                if end + 1 < sent.end and doc[end].lower_ == "to" and end + 1 not in actors and not phrase[-1].endswith("s"):
                    # "the measures encouraged to date": a participle, no request ("recommended to Governments" is
                    # one; "Each Member ... undertakes to declare" is a third person, no participle)
                    continue
                if phrase[0] in self.describing_forms and end < sent.end and doc[end].lower_ in self.participle_particles:
                    continue  # "are directed at entities ...", "directed by the four strategic objectives": no order
                yield token.i, end, value
                break

    def _rule_clauses(
        self, sent: Span, actors: dict[int, str], quoted: set[int], tokens: tuple[list[int], list[bool]]
    ) -> list[Clause]:
        """Modal clauses of one sentence from token patterns (no parse available); ``tokens`` is the
        doc's :meth:`LowerPatternMatcher.token_table`."""
        doc = sent.doc
        matches = [Span(doc, start, end, label=label) for label, start, end in self.matcher(tokens, sent.start, sent.end)]
        matches = [
            match
            for match in filter_spans(matches)
            if match.start not in quoted
            and self._may_bind(match, sent, actors)
            and not self._premise_content(doc, match.start)
            and not self._inverted_condition(doc, match.start)
        ]
        premise = self._premise_opener([t.lower_ for t in sent[:8] if t.is_alpha][:2])
        if premise and len(matches) > 1:
            # "Recalling that ... each State party shall ..., States parties should ...":
            # only the cue after the premise's closing comma is the recommendation's own.
            last_comma = max((t.i for t in doc[sent.start : matches[-1].start] if t.text == ","), default=sent.start)
            matches = [match for match in matches if match.start > last_comma]
        elif premise and matches and self._reporting_verb(doc[matches[-1].end : sent.end], actors) is not None:
            matches = []  # "In recalling that States parties are obliged to ..., it encourages States parties to ..."
        if all(match.label_.startswith("coordinated|") for match in matches):
            matches = []  # "recommends that States develop ... and consider ...": the coordinated cue needs a clause
        clauses: list[Clause] = []
        lowers = set(tokens[0][sent.start : sent.end]) if matches else set()
        if matches:
            # "The report also calls on the authorities to strengthen their efforts ..., which should include ...",
            # "GRETA urges the authorities to ... review the framework for any loopholes that may limit ...": a request
            # before every cue holds them in its infinitive complement, as the parse reads them; a that-clause
            # ("recommended that States parties should ensure") is read from its own modal
            found = not self.reporting_form_ids.isdisjoint(tokens[0][sent.start : matches[0].start])
            reporting = self._reporting_verb(doc[sent.start : matches[0].start], actors) if found else None
            if reporting is not None and reporting[2] != NONE and doc[reporting[1]].lower_ != "that":
                clauses.append(self._opener_clause(sent, *reporting, matches[0].start, actors, parsed=False))
        for match in matches:
            kind, value = match.label_.split("|")
            if kind == "haveto":
                if not self._rule_have_to(doc, match, sent):
                    continue
                kind = "aux"  # "had to determine": read as "must" is
            if kind in ("actoraux", "aux") and not premise and THAT_ID in lowers and self._hoped(doc, sent.start, match.start):
                # "The Committee hopes that the Government will take ...": an expectation, not an undertaking; "The
                # Special Rapporteur recalls that ... detention of children should be a measure of last resort": a
                # standard recalled, as the parse reads an opaque verb's complement
                continue
            if kind == "coordinated" and not (clauses and clauses[-1].value in ("should", "mandatory")):
                continue
            if kind in ("actoraux", "aux") and (self._in_clause(doc, sent.start, match.start) or self._idiom(doc, match.start)):
                continue  # "a Mechanism ..., which should serve as", "as to how participating States may deal with"
            if kind == "actoraux" and self._consequence(doc, match.end, sent.end):
                continue  # "these states ... will face even greater challenges": a prediction (round 42)
            if kind == "coordinated" or (doc[match.start - 1].lower_ == "and" if match.start > sent.start else False) and clauses:
                subject = clauses[-1].subject if clauses else NONE
            else:
                subject = self._rule_subject(doc, actors, clauses[-1].start + 1 if clauses else sent.start, match.start)
            after = self._next_word(doc, match.end, sent.end)
            if kind == "aux" and value == "should_consider" and after is not None and after.lower_ in self.judging_words:
                value = self.auxiliaries.get(match[0].lower_, value)  # "should consider that ...": judging
            negated_after, after = self._past_negator(after, sent.end)
            negated = any(t.lower_ in self.negators for t in match) or negated_after
            if kind == "aux" and after is not None and after.lower_ == "be":
                subject = NONE  # "efforts should be undertaken": a passive names no addressee
            elif (
                kind == "beto" and match[0].lower_ in self.be_to_main_only and self._after_relative(doc, sent.start, match.start)
            ):
                continue  # "The report stresses that more needs to be done": a need reported, not asked
            elif kind == "beto":
                subject = NONE  # "Secure environments are to be established": a passive names no addressee
            elif kind in ("beact", "need"):
                owner = self._infinitive_owner(doc, sent.start, match, actors, after)
                if owner is None:
                    continue  # "The aim is to ensure", "the need to strengthen", "victims who need to"
                subject = owner
            elif kind == "aux" and value == "may" and (subject == NONE or subject in self.possibility_subjects):
                continue  # "smuggling may increase the risk": a possibility (:meth:`ParsedClauses._parse_clauses`)
            if kind == "actoraux" and self._scheduled(sent, subject):
                continue  # "Over the next year, the Secretariat will collect ...": an organ's plan (round 43)
            if kind == "aux" and value == "mandatory" and subject in self.state_ids and self._entitled(after):
                value = self.entitlement_value  # "A Contracting Party shall have the right to refuse": a permission
            last = match[-1]
            if last.lower_ in self.carriers:
                verb = self._rule_verb(last, sent.end)
            else:
                verb = self._rule_verb(after, sent.end) if after is not None else last.lower_
            if clauses and kind == "coordinated":
                clauses[-1].end = self._trim(doc, clauses[-1].start, match.start)
            start = match.end - 1 if kind == "coordinated" else match.start
            before = doc[match.start - 1] if match.start > sent.start else None
            # "Such assistance shall include at least:", "Their functions shall include:" (treaty lead-ins): a duty
            # stated of a thing, which binds the actor an earlier sentence addressed (``_inherit_subjects``)
            thing = (
                kind == "aux"
                and subject == NONE
                and before is not None
                and before.is_alpha
                and before.i not in actors
                and before.text not in self.state_nouns
            )
            clauses.append(Clause(value, negated, subject, verb, start, self._trim(doc, start, sent.end), thing))
        if not clauses and not self.reporting_form_ids.isdisjoint(tokens[0][sent.start : sent.end]):
            # no cue, or none that binds ("The Committee hopes that the Government will take ... and requests it to
            # provide ...", CEACR): a resolution verb after its subject (only a sentence with one of their forms has one)
            reporting = self._reporting_verb(sent, actors)
            if reporting is not None and reporting[2] != NONE:
                clauses.append(self._opener_clause(sent, *reporting, sent.end, actors, parsed=False))
        for previous, following in zip(clauses, clauses[1:]):
            previous.end = min(previous.end, self._trim(doc, previous.start, following.start))
        return clauses

    def _rule_have_to(self, doc: Doc, match: Span, sent: Span) -> bool:
        """Without a parse, whether "has to" / "had to" is "must" in other words (``have_to``): a word that can be a
        verb after "to" ("has to take"), not a noun phrase ("has to the Committee") nor "has to do with"."""
        after = self._next_word(doc, match.end, sent.end)
        if after is None or not after.is_alpha or after.lower_ in self.not_before_verb:
            return False
        return not self._have_idiom(after, sent.end)

    def _named_speaker(self, word: Token, actors: dict[int, str]) -> bool:
        """Whether the actor right before a lower-case resolution verb is the one speaking: a body's acronym ("UNICEF
        urged AU leaders", part O) or an official's title-case name other than the States' ("The Secretary-General
        urged governments to act", "The ILO Director-General urges governments, workers and employers to make a final
        push ...", ILO 2019, probe 13); "States parties request" or "victims requested" is no speaker's request."""
        return self._acronym(word) or (word.is_title and actors[word.i] not in self.state_ids)

    def _members_speak(self, sent: Span, verb: Token) -> bool:
        """Whether a base-form resolution verb follows "The members of <a title-case name>" opening the sentence: "The
        members of the Security Council call on the parties to cooperate ...", "... invite the Secretary-General to keep
        the Security Council informed" (press statement SC/7357, 2002; probe 13), the members' present tense."""
        words = [token for token in sent[: verb.i - sent.start] if not token.is_space]
        return (
            len(words) >= 4
            and words[0].lower_ in self.object_articles
            and words[1].lower_ in self.speaker_members
            and words[2].lower_ == "of"
            and all(word.is_title or word.lower_ == "the" for word in words[3:])
            and words[-1].is_title
        )

    def _spoken(self, sent: Span, verb: Token) -> bool:
        """Whether a start-only resolution verb ("calls for") has a speaker as subject, without a parse: a pronoun
        right before it ("they called for", ``speaker_pronouns``) or a body's acronym opening the sentence ("GRETA
        welcomes ..., but calls for"); "the fulfilment ... of their obligations, calls for assistance" has neither."""
        first = next((token for token in sent if token.is_alpha), None)
        before = verb.doc[
            self._word_before(verb.doc, sent.start, verb.i, self.speaker_adverbs)
        ]  # "It also calls for extending ..." (GRETA, Belarus)
        if before.lower_ in self.be_forms and before.i > sent.start and verb.doc[before.i - 1].lower_ in self.speaker_pronouns:
            return True  # "we are calling for drug responses ..."
        if before.lower_ in self.perfect_auxiliaries and before.i > sent.start and verb.lower_.endswith("ed"):
            # the perfect tense of the same call: "The Economic Community of West African States, ECOWAS, has called
            # for unity" (64th ECOWAS summit as reported, probe 18; "(ECOWAS), has called for", probe 13)
            before = verb.doc[self._word_before(verb.doc, sent.start, before.i, self.speaker_adverbs)]
            if self._acronym(before) or (before.is_title and first is not None and before.i > first.i):
                # a name ending right before it: "The head of the UN's migration agency IOM has called for ..." (AMES
                # News, 2025), "IOM Director General William Lacy Swing has called for the world to join forces"
                return True
        if self._document_speaks(sent, before):
            return True  # "The report also calls for significant new investments ..." (Verité on ATEST, probe 19)
        name_end = before.i + 1
        if before.lower_ in self.speaker_members and before.i - 1 > sent.start:
            name_end = before.i  # "The Security Council members called for de-escalation ..." (SC/11472)
        if (
            first is not None
            and first.lower_ in self.object_articles
            and first.i < name_end - 1
            and all(
                word.is_title or self._acronym(word) or word.lower_ in self.name_connectors or word.text in NAME_MARKS
                for word in verb.doc[first.i + 1 : name_end]
            )
        ):
            # "The Council called for Member States to ...", "The Lanzarote Committee calls for States to ensure ..."
            # (Lanzarote Committee, 2022): a body's name as subject (a PROPN in the parse), an acronym among its words
            # ("The UNGA President called for contributions to the UN Voluntary Trust Fund ...", IISD, 2017; probe 16)
            return True
        if (
            first is not None
            and first.i == before.i
            and first.is_title
            and first.lower_ not in self.object_articles
            and verb.lower_.endswith("ed")
        ):
            return True  # a surname opening the sentence: "Shahid also called for amplifying ..." (Prensa Latina, 2021)
        return (
            before.lower_ in self.speaker_pronouns
            or (first is not None and first.i < verb.i and self._acronym(first))
            or self._acronym_subject(sent, before)
            or self._inner_name(verb)
        )

    def _acronym_subject(self, sent: Span, word: Token) -> bool:
        """Whether the word right before a start-only verb (adverbs aside) is a body's acronym opening the main clause
        after a comma, so the body speaks: "Whilst progress has been noted for all three countries, GRETA calls for
        more action from the respective governments" (probe 17), "Underlining the need for gender-specific
        interventions, the CND also called for the promotion of drug prevention" (UNODC on the CND's fifty-fifth
        session, probe 58). After a comma or a comma and "the" only: an acronym after a preposition is part of a
        thing's name ("the obligations under UNTOC calls for ..." is the thing's need), and one opening the sentence
        is read already."""
        if not self._acronym(word) or word.i - 1 <= sent.start:
            return False
        previous = word.doc[word.i - 1]
        if previous.lower_ in self.object_articles:
            previous = word.doc[previous.i - 1] if previous.i - 1 > sent.start else previous
        return previous.text == ","

    def _document_speaks(self, sent: Span, noun: Token) -> bool:
        """Whether a document noun heading the sentence's short opening noun phrase is the subject right before a
        start-only verb ("The action plan calls for countries to ratify ...", ``speaker_documents``): the document
        speaks for its body; "the implementation of the plan calls for resources" (a thing's need) is no call."""
        if noun.lower_ not in self.speaker_documents:
            return False
        words = [token for token in sent[: noun.i - sent.start] if token.is_alpha]
        return 0 < len(words) <= self.document_reach and words[0].lower_ in self.document_determiners

    def _inner_name(self, verb: Token) -> bool:
        """Whether a body's title-case name after "the" ends right before a start-only verb within the sentence: "In
        addition, the recent Sixth African Development Forum, jointly organized by ... and the African Union calls for
        ...", "Similarly,the Africa-EU Strategic Partnership ... particularly the Africa-EU Partnership on Migration,
        Mobility and Employment calls for more action" (AU.COMMIT strategy, 2009; probe 17); words of
        ``name_connectors``, commas and hyphens may join the name's words (title-case or acronyms). A participle
        reports another's call: "welcomed statements by the African Union calling for an immediate end" (SC/13105); a
        name after a preposition is no subject: "The fulfilment ... of their obligations under the Convention calls for
        technical and financial assistance" is the thing's need."""
        if verb.lower_.endswith("ing"):
            return False
        doc, index, titled = verb.doc, verb.i - 1, 0
        while index >= 0 and (
            doc[index].is_title
            or (doc[index].is_upper and doc[index].is_alpha)
            or doc[index].lower_ in self.name_connectors
            or doc[index].text in (",", "-")
        ):
            titled += doc[index].is_title
            index -= 1
        return (
            titled > 0
            and index >= 0
            and doc[index].lower_ == "the"
            and doc[index + 1].is_title
            and doc[verb.i - 1].is_title
            and (index == 0 or doc[index - 1].lower_ not in self.not_before_verb)  # "obligations under the Convention calls for"
        )

    def _infinitive_owner(self, doc: Doc, start: int, match: Span, actors: dict[int, str], after: Token | None) -> str | None:
        """Without a parse, the one bound by "are to" / "need to" + an active verb (``be_to.active_value``, ``need_to``),
        or None when the cue is no main clause's verb: it must follow its subject, an actor or a State noun ("Member
        States are to ensure", "States needed to step up"; adverbs aside for "need": "States also need to"), with no
        relative or that-clause opened before it."""
        if after is None or after.lower_ == "be" or self._after_relative(doc, start, match.start):
            return None
        need = match.label_.startswith("need|")
        index = self._word_before(doc, start, match.start, self.need_adverbs if need else ())
        if index < start:
            return None
        word = doc[index]
        if index in actors:
            return self._rule_subject(doc, actors, start, index + 1)
        if word.text in self.state_nouns:
            return self.state_nouns[word.text]
        return None

    def _source_reference(self, doc: Doc, start: int, verb: int) -> bool:
        """Whether the resolution verb at ``verb`` follows "as" (``source_references``): "as recommended by the ILO
        Committee of Experts" names where a recommendation comes from, and the body after "by" is not the one asked
        (real-z-005; probe 55's UPR items, where the State under review is)."""
        before = self._word_before(doc, start, verb, self.reference_skips)
        return before < verb and doc[before].lower_ in self.reference_markers

    def _may_bind(self, match: Span, sent: Span, actors: dict[int, str]) -> bool:
        """An actor auxiliary binds only the actor right before it ("States will ensure"); elsewhere ("measures will
        be taken", "This will help") it is no cue at all, so a resolution verb later in the sentence ("The Committee
        trusts that appropriate measures will be taken ... and requests the Government to provide ...", CEACR) is
        read as the sentence's request. An actor's passive cue (round 36) asks the actor or State noun right before it,
        as the parse reads its subject ("States are expected to follow ...", "The government is expected to respond
        ..."): "prices are expected to rise" asks no one."""
        if match.label_.startswith("actoraux|"):
            return match.start > sent.start and match.start - 1 in actors
        if match.label_.startswith("actorpassive|"):
            before = match.start - 1
            return before >= sent.start and (before in actors or sent.doc[before].text in self.state_nouns)
        return True

    def _after_relative(self, doc: Doc, start: int, cue: int) -> bool:
        """Whether a that- or relative clause opens before the cue ("stresses that more needs to be done", "the
        steps that need to be taken"): without a parse, the cue is read as inside it."""
        return any(doc[i].lower_ in self.relative_words for i in range(start, cue))

    def _in_clause(self, doc: Doc, start: int, cue: int) -> bool:
        """Whether a relative or wh-word opens the clause the cue is the verb of, without a parse: a relative word
        right before it ("which should serve"), or one of ``clause_words`` within ``clause_reach`` words before it with
        no form of "be", "have" or "do" between ("how participating States may deal")."""
        if cue > start and doc[cue - 1].lower_ in self.relative_words:
            return True
        for i in range(cue - 1, max(start, cue - 1 - self.clause_reach) - 1, -1):
            lower = doc[i].lower_
            if lower in self.clause_words:
                return True
            if lower in self.clause_verbs or not doc[i].is_alpha:
                return False
        return False

    def _idiom(self, doc: Doc, cue: int) -> bool:
        """Whether the modal at ``cue`` is part of a fixed phrase that states nothing (``modal_idioms``: "as the case
        may be")."""
        word = doc[cue].lower_
        for phrase in self.modal_idioms:
            if word in phrase:
                start = cue - phrase.index(word)
                if start >= 0 and tuple(t.lower_ for t in doc[start : start + len(phrase)]) == phrase:
                    return True
        return False

    def _premise_opener(self, first_words: list[str]) -> bool:
        """Whether a sentence's first two words open a premise ("Recalling that", "In recalling that", "Mindful that"):
        the opaque word first, or second in its participle form; "I hope that", "Malaysia hopes that" state a hope,
        which :meth:`_hoped` reads (round 42)."""
        if not first_words:
            return False
        if first_words[0].startswith(self.opaque_prefixes):
            return True
        return (
            len(first_words) > 1
            and first_words[1].startswith(self.opaque_prefixes)
            and first_words[1].endswith(PREMISE_SECOND_SUFFIX)
        )

    def _consequence(self, doc: Doc, end: int, stop: int) -> bool:
        """Whether the verb after an actor auxiliary names what befalls its subject ("will face", "will suffer"): a
        prediction, not an undertaking (``actor_auxiliary_consequences``)."""
        verb = self._next_word(doc, end, stop)
        return verb is not None and verb.lower_ in self.actor_consequences

    def _hoped(self, doc: Doc, start: int, cue: int) -> bool:
        """Whether an opaque verb's that-clause holds the cue ("trusts that the Government will", "recalls that
        States will"): the will there is reported or hoped for, not the speaker's."""
        return any(doc[i + 1].lower_ == "that" and doc[i].lower_.startswith(self.opaque_prefixes) for i in range(start, cue - 1))

    def _rule_subject(self, doc: Doc, actors: dict[int, str], start: int, cue: int) -> str:
        """Subject of a modal without a parse: the first State named since the previous clause ("States
        parties, UNODC and international organizations should", "Member States with large migrant
        populations should"), else the nearest actor before the modal ("UNODC should assist ...")."""
        before = self._word_before(doc, start, cue, self.speaker_adverbs) if cue > start else None
        if before is not None and doc[before].lower_ in self.commitment_subjects:
            # "To stop the traffickers, we must sever funding pipelines ..." (Secretary-General, gold part M): the
            # speakers' own must, asked of no actor before it, as the parse reads "we"
            return NONE
        state = next(
            (
                self._organ_owner(doc, i, actors)
                for i in range(start, cue)
                if i in actors and actors[i] in self.state_ids and not self._owner_state(doc, i, actors)
            ),
            None,
        )
        if state is not None:
            return state
        nearest = next(
            (actors[i] for i in range(cue - 1, start - 1, -1) if i in actors and not self._owner_state(doc, i, actors)), NONE
        )
        if nearest == NONE and cue - 1 >= start:
            # "Countries should ...", "Each Member shall ...", "In addition, Germany should ..."
            head = self._before_role(doc, start, cue - 1)
            return self.state_nouns.get(doc[head].text) or self._named_state(doc[cue - 1], actors)
        return nearest

    def _before_role(self, doc: Doc, start: int, index: int) -> int:
        """The subject's head word without a parse: ``index``, or the State noun before a migration role ending there
        ("Countries of origin, transit and destination should", ``state_nouns.role_words``), which the parse reads as
        the head; ``index`` itself when the words before it are no such role. The noun must open its clause (articles
        aside: after the sentence's start, a punctuation mark or a relative word such as "that"): "legal
        representatives of the country of origin should be foreseen" (real-d-150: none) names the State as a place."""
        position = index
        while position > start and (doc[position].lower_ in self.role_words or doc[position].text in self.role_joiners):
            position -= 1
        noun = position - 1
        if noun < start or position == index or doc[position].lower_ != self.role_particle:
            return index
        if doc[index].lower_ not in self.role_words or doc[noun].text not in self.state_nouns:
            return index
        prior = noun - 1
        while prior >= start and doc[prior].lower_ in self.object_articles:
            prior -= 1
        opens = prior < start or not doc[prior].is_alpha or doc[prior].lower_ in self.relative_words
        return noun if opens else index

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
