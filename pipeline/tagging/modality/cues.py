"""The modal cue tables, compiled from a ``modals.yaml`` snapshot, and the rule-mode cue patterns.

Both clause finders (:mod:`.parsed`, :mod:`.rules`) read the same tables, so the
two modes grade the same words the same way; only how a clause is delimited differs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from spacy.strings import get_string_id

from pipeline.tagging.errors import Errors
from pipeline.tagging.inflection import past, strip_s, word_forms
from pipeline.tagging.lexicon_pipe import LexiconPipe
from pipeline.tagging.lower_matcher import LowerPatternMatcher

NONE = "none"
SUBJECT_DEPS = {"nsubj", "csubj"}
QUOTES = {'"', "“", "”", "«", "»"}
QUOTE_IDS = {get_string_id(quote) for quote in QUOTES}
AUX_ID, AUXPASS_ID = get_string_id("aux"), get_string_id("auxpass")
Phrase = TypeVar("Phrase")


def _by_first_word(phrases: Iterable[Phrase], first: Callable[[Phrase], str]) -> dict[str, list[Phrase]]:
    """Phrases grouped by their first word (``first`` reads it), each group in the phrases' order (the first match wins):
    a finder tries at each word of a sentence only the phrases that word begins, in one pass."""
    grouped: dict[str, list[Phrase]] = {}
    for phrase in phrases:
        grouped.setdefault(first(phrase), []).append(phrase)
    return grouped


class ModalCues(LexiconPipe):
    """The cue tables of a modality component: built from its vocabulary snapshot by :meth:`_compile`."""

    subject_deps = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})  # a gerund in these roles is no imperative

    required_keys = (
        "values",
        "auxiliaries",
        "consider_verbs",
        "carrier_verbs",
        "passive_cues",
        "resolution_verbs",
        "transparent_verbs",
        "opaque_verbs",
        "negators",
        "be_forms",
        "irregular_participles",
        "passive_particles",
        "cue_adverbs",
        "deferring_openers",
    )

    # ----------------------------------------------------------------- vocabulary
    def _compile(self, data: dict[str, Any]) -> None:
        """Check the cue values and build the rule-mode matcher from the snapshot."""
        values = data["values"]
        self._check_values(
            [*data["auxiliaries"].values(), *data["passive_cues"].values(), *data["resolution_verbs"].values()], values
        )
        self.strength: dict[str, int] = {key: int(number) for key, number in values.items()}
        self.binding_value = max(values, key=self.strength.__getitem__)  # a resolution verb of this value binds its subject
        self.auxiliaries: dict[str, str] = data["auxiliaries"]
        self.actor_auxiliaries: dict[str, str] = data.get("actor_auxiliaries") or {}
        self._check_values(self.actor_auxiliaries.values(), values)
        self.auxiliary_ids = {get_string_id(word) for word in [*self.auxiliaries, *self.actor_auxiliaries]}
        self.actor_consequences = set(data.get("actor_auxiliary_consequences", []))
        schedules = [tuple(phrase.split()) for phrase in data.get("actor_auxiliary_schedules", [])]
        self.schedules_by_word = _by_first_word(schedules, lambda words: words[0])  # read by ``_scheduled``
        self.consider_single = {verb for verb in data["consider_verbs"] if " " not in verb}
        self.consider_phrases = [verb.split() for verb in data["consider_verbs"] if " " in verb]
        effort_phrases = [verb.split() for verb in data.get("effort_phrases", [])]
        # an effort phrase softens no "should" (round 54): "should make every effort to ensure" asks in full
        self.should_consider_phrases = [phrase for phrase in self.consider_phrases if phrase not in effort_phrases]
        self.carriers = {verb for verb in data["carrier_verbs"] if " " not in verb}
        self.passive: dict[str, str] = data["passive_cues"]
        self.be_forms: list[str] = data["be_forms"]
        self.irregular_participles: dict[str, str] = data["irregular_participles"]
        self.passive_participles = {past(lemma, self.irregular_participles) for lemma in self.passive}
        self.passive_particles: dict[str, list[str]] = data["passive_particles"]
        # (round 36) "States are expected to follow ...": a request only of an actor named as the subject
        self.actor_passive: dict[str, str] = data.get("actor_passive_cues") or {}
        self._check_values(self.actor_passive.values(), values)
        self.passive_insertions: list[str] = data.get("passive_insertions", [])
        self.cue_adverbs = set(data["cue_adverbs"])
        self.deferring_openers = set(data["deferring_openers"])
        self.openers = self._longest_first(data["resolution_verbs"])
        # "Called upon States to ...", "Appealed to Governments to ...", "Requested the High Commissioner to ...": UNHCR
        # Executive Committee conclusions open in the past tense; "Encouraged by the progress, ..." (a participle
        # followed by "by") is no opening
        self.past_openers = [
            ([past(strip_s(words[0]), self.irregular_participles), *words[1:]], value)
            for words, value in self.openers
            if strip_s(words[0]) != words[0]
        ]
        start_only = {tuple(phrase.split()) for phrase in data.get("sentence_start_only", [])}
        # "Calls for ..." requests only when it opens the paragraph ("the fulfilment of their obligations ...,
        # calls for assistance" is a subject's verb): every later position reads only these
        self.inner_openers = [(words, value) for words, value in self.openers if tuple(words) not in start_only]
        self.opener_words = {words[0] for words, _ in self.openers}
        # first word -> the openers it begins, in the order above: ``_opener`` reads only the sentence's own
        self.openers_by_word = _by_first_word(self.openers, lambda opener: opener[0][0])
        self.past_openers_by_word = _by_first_word(self.past_openers, lambda opener: opener[0][0])
        self.past_opener_words = {words[0] for words, _ in self.past_openers}
        past_start_only = {(past(strip_s(words[0]), self.irregular_participles), *words[1:]) for words in start_only}
        self.past_inner_openers = [(words, value) for words, value in self.past_openers if tuple(words) not in past_start_only]
        self.opener_word_ids = {get_string_id(word) for word in self.opener_words | self.past_opener_words}
        self.reporting_forms = self._reporting_forms(self.inner_openers)
        # "GRETA welcomes ..., but calls for more such shelters", "they called for strategic partnership": a start-only
        # verb whose subject is a speaker (a name, a pronoun) still requests, where "the fulfilment ... calls for
        # assistance" (a thing's verb) does not
        speaker_openers = [(words, value) for words, value in self.openers if tuple(words) in start_only]
        self.speaker_forms = self._reporting_forms(speaker_openers)
        self.speaker_pronouns = set(data.get("speaker_pronouns", []))
        self.speaker_members = frozenset(data.get("speaker_members", []))
        documents = data.get("speaker_documents") or {}
        self.speaker_documents = frozenset(documents.get("nouns", []))
        self.document_determiners = frozenset(documents.get("determiners", []))
        self.document_reach: int = documents.get("reach", 0)
        # "would have the Assembly call upon ...": the requesting verbs in their base form, by first word
        self.causative_words: list[str] = data.get("causative_request", [])
        self.base_openers: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words, value in self.openers:
            if value != NONE:
                phrase = (strip_s(words[0]), *words[1:])
                if (phrase, value) not in self.base_openers.get(phrase[0], []):
                    self.base_openers.setdefault(phrase[0], []).append((phrase, value))
        self.causative_sequence = [get_string_id(word) for word in self.causative_words]
        self.causative_ids = set(self.causative_sequence) or {0}
        attribution = data.get("quote_attribution") or {}
        self.quote_attributions = frozenset(attribution.get("verbs", []))
        self.attribution_reach: int = attribution.get("reach", 0)
        self.attribution_modals = frozenset(attribution.get("modals", []))
        # between a speaker and its verb ("It also calls for", "I also call for"); a negator there denies the request
        self.speaker_adverbs = set(data["cue_adverbs"]) - set(data["negators"])
        self.reporting_form_ids = {get_string_id(form) for form in [*self.reporting_forms, *self.speaker_forms]}
        self.inflected_opener_forms = self._inflected_opener_forms()
        self.base_form_after = set(data.get("base_form_openers_after", []))
        self.object_pronouns = set(data.get("object_pronouns", []))
        self.possessives = set(data.get("possessives", []))
        self.thing_particles = set(data.get("thing_particles", []))
        self.root_openers = self._root_openers(self.inner_openers)
        self.speaker_root_openers = self._root_openers(speaker_openers)
        self.root_opener_lemmas = frozenset(self.root_openers) | frozenset(self.speaker_root_openers)
        # verbs that request only when inflected: the bare "instruct" of a lead-in's list ("recommends that the Committee
        # of Ministers: ... instruct the CDPC to:") belongs to the request around it
        self.inflected_only = frozenset(strip_s(verb) for verb in data.get("inflected_only", []))
        # their past participles before a preposition of ``participle_particles`` describe ("directed at entities")
        self.describing_forms = frozenset(past(verb, self.irregular_participles) for verb in self.inflected_only)
        self.participle_particles = frozenset(data.get("participle_particles", []))
        references = data.get("source_references") or {}
        self.reference_markers = frozenset(references.get("markers", []))
        # "as was recommended by", "as also requested by": the words between "as" and the verb
        self.reference_skips = frozenset(references.get("auxiliaries", [])) | self.speaker_adverbs
        self.name_connectors = frozenset(data.get("name_connectors", []))
        self.perfect_auxiliaries = frozenset(data.get("perfect_auxiliaries", []))
        self.opener_adverbs = set(data.get("opening_adverbs", []))
        self.clause_adverbs = self.cue_adverbs | self.opener_adverbs  # skipped before a participle (``_after_be``)
        self.linking_adverbs = set(data.get("linking_adverbs", []))
        self.transparent = set(data["transparent_verbs"])
        # their past tense opens the summaries of conferences and decisions ("Stressed that drought must be considered
        # ...", FAO regional conferences; "decided that the matter should become a standing item", ILO Governing Body)
        self.transparent_past = {past(verb, self.irregular_participles) for verb in self.transparent}
        self.stating_forms = {form for verb in data.get("stating_openers", []) for form in word_forms(verb)}
        self.opaque = set(data["opaque_verbs"])
        self.opaque_prefixes = tuple(sorted(self.opaque))  # one ``str.startswith`` test for them all
        self.negators = set(data["negators"])
        self.skip_words = set(data.get("rule_skip_words", []))
        self.skippable = frozenset(self.skip_words - self.negators)  # read per token by ``_next_word``
        self.state_ids = set(data.get("state_actors", []))
        self.relative_words = set(data.get("relative_words", []))
        self.clause_words = set(data.get("clause_words", []))
        self.modal_idioms = [tuple(phrase.split()) for phrase in data.get("modal_idioms", [])]
        preamble = data.get("preamble") or {}
        self.preamble_forms = {form for verb in preamble.get("openers", []) for form in word_forms(verb) if form.endswith("ing")}
        self.preamble_relatives = set(preamble.get("relatives", []))
        self.clause_reach = int(data.get("clause_reach", 0))
        self.clause_verbs = set(data.get("clause_verbs", []))
        self.reporting_reach = int(data.get("reporting_reach", 4))
        self.possibility_subjects = set(data.get("possibility_subjects", []))
        self.gerund_subject_verbs = set(data.get("gerund_subject_verbs", []))
        self.ing_base_forms = set(data.get("ing_base_forms", []))  # "bring": no gerund
        self.number_abbreviations = frozenset(data.get("number_abbreviations", []))  # "No. 6": no sentence end
        self.number_abbreviation_ids = {get_string_id(word.lower()) for word in self.number_abbreviations}
        self.postnominal_words = set(data.get("postnominal_words", []))
        be_to = data.get("be_to") or {}
        self.be_to_value: str | None = be_to.get("value")
        self.be_to_main_only = set(be_to.get("main_only_forms", []))
        self.be_to_forms = set(be_to.get("forms", [])) | self.be_to_main_only
        if self.be_to_value is not None:
            self._check_values([self.be_to_value], values)
        self.be_to_active: str | None = be_to.get("active_value")
        self.be_to_active_forms = set(be_to.get("active_forms", []))
        need_to = data.get("need_to") or {}
        self.need_value: str | None = need_to.get("value")
        self.need_forms = set(need_to.get("forms", []))
        self.need_adverbs = set(need_to.get("adverbs", []))
        self._check_values([value for value in (self.be_to_active, self.need_value) if value is not None], values)
        have_to = data.get("have_to") or {}
        self.have_value: str | None = have_to.get("value")  # "had to determine": "must" in other words
        self.have_forms = set(have_to.get("forms", []))
        self.have_ids = {get_string_id(word) for word in self.have_forms}
        self.have_idioms = [phrase.split() for phrase in have_to.get("idioms", [])]  # "has to do with"
        self.have_idiom_length = max(map(len, self.have_idioms), default=0)
        if self.have_value is not None:
            self._check_values([self.have_value], values)
        nouns = data.get("state_nouns") or {}
        state_addressee = nouns.get("addressee", NONE)  # also the addressee of ``state_objects``
        self.state_nouns: dict[str, str] = {word: state_addressee for word in nouns.get("words", [])}
        self.role_particle: str | None = nouns.get("role_particle")  # "countries of origin should" (rule-only)
        self.role_words = set(nouns.get("role_words", []))
        self.role_joiners = set(nouns.get("role_joiners", []))
        self.judging_words = set(data.get("judging_complements", []))
        self.not_before_verb = set(data.get("not_before_verb", []))
        commitments = data.get("self_commitments") or {}
        self.commitment_subjects = set(commitments.get("subjects", []))
        self.commitment_subject_ids = {get_string_id(word) for word in self.commitment_subjects}
        self.commitment_addressee = commitments.get("addressee", NONE)
        self.commitments: dict[str, str] = commitments.get("verbs") or {}
        self.commitment_phrases = self._longest_first(self.commitments)
        self.commitment_words = {word for phrase, _ in self.commitment_phrases for word in phrase}
        self.speaker_words = self.commitment_words | self.commitment_subjects  # never an adverb to skip (``_implied_request``)
        self.first_person = set(commitments.get("first_person", []))
        self.apposition_reach: int = commitments.get("apposition_reach", 0)
        reported = data.get("reported_commitments") or {}
        self.reported_subjects = set(reported.get("subjects", []))
        self.reported_phrases = self._longest_first(reported.get("verbs") or {})
        self.time_words = frozenset(reported.get("time_words", []))
        self.time_particles = frozenset(reported.get("time_particles", []))
        self.relative_pronouns = frozenset(reported.get("relative_pronouns", []))
        self.antecedent_pronouns = frozenset(data.get("antecedent_pronouns", []))
        self._check_values([value for _, value in self.reported_phrases], values)
        self.body_phrases = self._longest_first(reported.get("body_verbs") or {})
        self._check_values([value for _, value in self.body_phrases], values)
        self.body_words = {phrase[0] for phrase, _ in self.body_phrases}
        self.reported_firsts = frozenset(phrase[0] for phrase, _ in self.reported_phrases)
        self.subject_addressees: dict[str, str] = reported.get("subject_addressees") or {}
        self.procedural_verbs = frozenset(reported.get("procedural_verbs", []))
        self.binding_verbs: dict[str, str] = reported.get("binding_verbs") or {}
        self._check_values(self.binding_verbs.values(), values)
        self.binding_reach: int = reported.get("binding_reach", 0)
        self.instrument_particle: str = reported.get("instrument_particle", "to")
        self.instrument_words = frozenset(reported.get("instrument_words", []))
        self.instrument_reach: int = reported.get("instrument_reach", 0)
        # a doc without the phrases' verbs holds no reported commitment: their first word, past an auxiliary ("are
        # committed to", "have agreed to", "did agree to": "are", "have" and "did" are in nearly every doc)
        auxiliaries = {*self.be_forms, *self.perfect_auxiliaries, *self.clause_verbs}
        self.commitment_subject_ids |= {
            get_string_id(phrase[1] if phrase[0] in auxiliaries else phrase[0]) for phrase, _ in self.reported_phrases
        }
        # a doc without a body phrase's verb ("commits", "committed", ...) holds no body's commitment
        self.commitment_subject_ids |= {get_string_id(phrase[-2]) for phrase, _ in self.body_phrases}
        # nor an instrument's binding verb ("commits", "obligates", ...)
        self.commitment_subject_ids |= {get_string_id(word) for word in self.binding_verbs}
        self.max_inserted = int(commitments.get("max_inserted", 0))
        # a doc with none of these words holds no self-commitment: "we", or "our" of a subjectless one
        self.commitment_subject_ids |= {get_string_id(word) for word in self.first_person}
        self._check_values(self.commitments.values(), values)
        duty = data.get("duty_phrases") or {}
        self.duty_value = duty.get("value", "mandatory")
        self._check_values([self.duty_value], values)
        self.duty_verbs = set(duty.get("verbs", []))
        self.duty_articles = list(duty.get("articles", []))
        self.duty_adjectives = set(duty.get("adjectives", []))
        self.duty_nouns = set(duty.get("nouns", []))
        self.unaddressed_roles = set(data.get("unaddressed_roles", []))
        own = data.get("own_recommendations") or {}
        self.own_value = own.get("value", "should")
        self._check_values([self.own_value], values)
        self.own_owners = set(own.get("owners", []))
        self.own_adjectives = set(own.get("adjectives", []))
        self.own_nouns = set(own.get("nouns", []))
        self.own_noun_ids = {get_string_id(word) for word in self.own_nouns}
        self.own_links = set(own.get("links", ["that"]))
        self.own_addressing_links = set(own.get("addressing_links", ["that"]))
        self.state_objects: dict[str, str] = {word: state_addressee for word in data.get("state_objects", [])}
        self.object_articles = set(data.get("object_articles", []))
        self.object_qualifiers = frozenset(data.get("object_qualifiers", []))
        named = data.get("named_states") or {}
        self.named_state_addressee: str | None = named.get("addressee")
        self.named_state_articles = set(named.get("articles", []))
        self.named_state_connectors = set(named.get("connectors", []))
        proposals = data.get("impersonal_proposals") or {}
        self.proposal_value = proposals.get("value", "should")
        self._check_values([self.proposal_value], values)
        self.proposal_subjects = frozenset(proposals.get("subjects", []))
        self.proposal_forms = frozenset(proposals.get("forms", []))
        self.proposal_participles = frozenset(proposals.get("participles", []))
        self.proposal_particle: str = proposals.get("particle", "that")
        self.proposal_ids = {get_string_id(word) for word in self.proposal_participles}
        requirements = data.get("instrument_requirements") or {}
        self.requirement_value = requirements.get("value", "mandatory")
        self._check_values([self.requirement_value], values)
        self.requirement_verbs = frozenset(requirements.get("verbs", []))
        self.requirement_instruments = frozenset(requirements.get("instruments", []))
        self.requirement_provisions = frozenset(requirements.get("provisions", []))
        self.requirement_particle: str = requirements.get("particle", "to")
        self.requirement_ids = {get_string_id(word) for word in self.requirement_verbs}
        polite = data.get("polite_requests") or {}
        self.polite_value = polite.get("value", "should")
        self._check_values([self.polite_value], values)
        self.polite_phrases: dict[str, list[list[str]]] = {}
        for phrase in polite.get("phrases", []):
            self.polite_phrases.setdefault(phrase.split()[0], []).append(phrase.split())
        self.polite_word_ids = {get_string_id(word) for word in self.polite_phrases}
        exhortations = data.get("exhortations") or {}
        self.exhortation_value: str = exhortations.get("value", NONE)
        self.exhortation_us = frozenset(exhortations.get("us", []))
        self.exhortation_not_verbs = frozenset(exhortations.get("not_verbs", []))
        self.exhortation_id = get_string_id("let")
        needs = data.get("speaker_needs") or {}
        self.speaker_need_value: str = needs.get("value", NONE)
        self.speaker_need_subjects = frozenset(needs.get("subjects", []))
        self.speaker_need_forms = frozenset(needs.get("forms", []))
        self.speaker_need_openers = frozenset(needs.get("openers", []))
        self.speaker_need_ids = {get_string_id(word) for word in self.speaker_need_forms}
        self.polite_auxiliaries = set(polite.get("auxiliaries", []))
        beneficiaries = data.get("beneficiaries") or {}
        self.beneficiary_reach: int = beneficiaries.get("reach", 0)
        self.beneficiary_list_words = frozenset(beneficiaries.get("list_words", []))
        self.beneficiary_breakers = frozenset(beneficiaries.get("breakers", []))
        permissions = data.get("permissions") or {}
        self.permission_value: str = permissions.get("value", "may")
        self._check_values([self.permission_value], values)
        self.permission_verbs = frozenset(permissions.get("verbs", []))
        self.permission_ids = {get_string_id(word) for word in self.permission_verbs}  # the doc-level gate
        self.permission_passives = frozenset(permissions.get("passive_forms", []))
        self.permission_negators = frozenset(permissions.get("negators", []))
        self.permission_reach: int = permissions.get("reach", 6)
        self.permission_particle: str = permissions.get("particle", "from")
        owners = data.get("owners") or {}
        self.owner_particle: str = owners.get("particle", "of")
        self.owner_articles = frozenset(owners.get("articles", []))
        self.owner_quantifiers = frozenset(owners.get("quantifiers", []))
        self.owner_reach: int = owners.get("reach", 0)
        self.organ_reach: int = owners.get("organ_reach", 0)
        entitlements = data.get("entitlements") or {}
        self.entitlement_value: str = entitlements.get("value", "may")
        self._check_values([self.entitlement_value], values)
        self.entitlement_phrases = [phrase.split() for phrase in entitlements.get("phrases", [])]
        heading = data.get("heading_requests") or {}
        self.heading_openings = set(heading.get("openings", []))
        self.heading_value = heading.get("value", "should")
        self._check_values([self.heading_value], values)
        implied = data.get("implied_request") or {}
        self.implied_verbs = set(implied.get("verbs", []))
        self.label_words = frozenset(implied.get("label_words", []))
        self.label_marks = frozenset(implied.get("label_marks", []))
        self.phrase_openers = frozenset(implied.get("phrase_openers", []))
        self.adverb_links = frozenset(implied.get("adverb_links", []))
        self.adverb_reach: int = implied.get("adverb_reach", 6)
        self.item_adverbs = frozenset(implied.get("item_adverbs", []))
        self.noun_openings: dict[str, frozenset[str]] = {
            verb: frozenset(followers) for verb, followers in (implied.get("noun_openings") or {}).items()
        }
        self.implied = (implied.get("value", NONE), implied.get("addressee", NONE))
        self.implied_soft_objects = set(implied.get("soft_objects", []))
        self._check_values([self.implied[0]], values)
        subjunctive = data.get("subjunctive_items") or {}
        self.subjunctive_value: str = subjunctive.get("value", NONE)
        self.subjunctive_openers = frozenset(subjunctive.get("openers", []))
        self.subjunctive_links = frozenset(subjunctive.get("links", []))
        self._check_values([self.subjunctive_value], values)
        inverted = data.get("inverted_conditions") or {}
        self.inversion_openers = frozenset(inverted.get("openers", []))
        self.inversion_subjects = frozenset(inverted.get("subject_words", []))
        # the only words :meth:`_misread_modal` tests a sentence's tokens for (each of its token tests needs one)
        self.misread_words = frozenset(
            {*self.auxiliaries, *self.actor_auxiliaries, *self.duty_verbs, *self.be_to_main_only, *self.passive_participles}
        )
        self._build_matcher()

    def _check_values(self, found: Iterable[str], values: dict[str, Any]) -> None:
        """Refuse a cue whose modality value is not one of the vocabulary's graded ``values``."""
        for value in found:
            if value not in values:
                raise ValueError(Errors.E003.format(value=value, lexicon=self.lexicon_name, values=sorted(values)))

    def _build_matcher(self) -> None:
        """Rule-mode cue matcher; the longest match wins, so "should consider" beats "should"."""
        self.matcher = LowerPatternMatcher()
        for label, patterns in self.cue_patterns():
            self.matcher.add(label, patterns)

    def softening_phrases(self, value: str) -> list[list[str]]:
        """The multi-word "consider"-type phrases that soften ``value`` to ``should_consider`` (no effort phrase
        softens a "should")."""
        return self.should_consider_phrases if value == "should" else self.consider_phrases

    def _passive_pattern(self, lemma: str, adverbs: dict[str, Any]) -> list[dict[str, Any]]:
        """A passive periphrasis without a parse: a form of "be", adverbs, the cue's participle, its particle and
        inserted phrase, and "to" ("are strongly urged to", "are called upon to", "are encouraged, as appropriate, to")."""
        particles = self.passive_particles.get(lemma)
        tail = [{"LOWER": {"IN": particles}, "OP": "?"}] if particles else []
        if self.passive_insertions:
            tail.append({"LOWER": {"IN": self.passive_insertions}, "OP": "*"})
        participle = past(lemma, self.irregular_participles)
        return [{"LOWER": {"IN": self.be_forms}}, adverbs, {"LOWER": participle}, *tail, {"LOWER": "to"}]

    def cue_patterns(self) -> list[tuple[str, list[list[dict[str, Any]]]]]:
        """The rule-mode cue patterns (spaCy ``Matcher`` syntax) with their ``kind|value`` labels."""
        adverbs: dict[str, Any] = {"LOWER": {"IN": sorted(self.opener_adverbs | self.cue_adverbs)}, "OP": "*"}
        space: dict[str, Any] = {"IS_SPACE": True, "OP": "*"}
        labelled: list[tuple[str, list[list[dict[str, Any]]]]] = []
        # an actor auxiliary softens as a modal does: "States will also endeavour, as appropriate: ..." (A/RES/56/261)
        for kind, table in (("aux", self.auxiliaries), ("actoraux", self.actor_auxiliaries)):
            for aux, value in table.items():
                labelled.append((f"{kind}|{value}", [[{"LOWER": aux}]]))
                if value in ("mandatory", "should"):
                    consider = [[{"LOWER": aux}, space, adverbs, {"LOWER": {"IN": sorted(self.consider_single)}}]]
                    consider += [
                        [{"LOWER": aux}, space, adverbs, *({"LOWER": word} for word in phrase)]
                        for phrase in self.softening_phrases(value)
                    ]
                    labelled.append((f"{kind}|should_consider", consider))
        for kind, cues in (("passive", self.passive), ("actorpassive", self.actor_passive)):
            for lemma, value in cues.items():
                labelled.append((f"{kind}|{value}", [self._passive_pattern(lemma, adverbs)]))
        if self.be_to_value is not None:
            labelled.append(
                (
                    f"beto|{self.be_to_value}",
                    [[{"LOWER": {"IN": sorted(self.be_to_forms)}}, {"LOWER": "to"}, {"LOWER": "be"}]],
                )
            )
        if self.be_to_active is not None:  # "Member States are to ensure": the verb after "to" is checked by the finder
            labelled.append(
                (f"beact|{self.be_to_active}", [[{"LOWER": {"IN": sorted(self.be_to_active_forms)}}, {"LOWER": "to"}]])
            )
        if self.need_value is not None:  # "States needed to step up efforts"
            labelled.append((f"need|{self.need_value}", [[{"LOWER": {"IN": sorted(self.need_forms)}}, {"LOWER": "to"}]]))
        if self.have_value is not None:  # "had to determine": the verb after "to" is checked by the finder
            labelled.append((f"haveto|{self.have_value}", [[{"LOWER": {"IN": sorted(self.have_forms)}}, {"LOWER": "to"}]]))
        if self.duty_nouns:
            labelled.append(
                (
                    f"duty|{self.duty_value}",
                    [
                        [
                            {"LOWER": {"IN": sorted(self.duty_verbs)}},
                            {"LOWER": {"IN": self.duty_articles}, "OP": "?"},
                            {"LOWER": {"IN": sorted(self.duty_adjectives)}, "OP": "*"},
                            {"LOWER": {"IN": sorted(self.duty_nouns)}},
                            {"LOWER": "to"},
                        ]
                    ],
                )
            )
        labelled.append(
            (
                "coordinated|should_consider",
                [[{"LOWER": {"IN": [",", "and"]}}, {"LOWER": "and", "OP": "?"}, {"LOWER": {"IN": sorted(self.consider_single)}}]],
            )
        )
        return labelled

    def _inflected_opener_forms(self) -> set[str]:
        """First words of the resolution verbs in the third person or past ("urges", "calls", "urged"): they
        open a request after their subject; a base form ("urge") needs ``base_form_openers_after``."""
        forms = set()
        for words, _ in self.openers:
            base = strip_s(words[0])
            if base != words[0] or words[0].endswith("ing"):  # "urges"; a participle ("..., urging States to")
                forms.add(words[0])
            forms.add(past(base, self.irregular_participles))
        return forms

    @staticmethod
    def _longest_first(phrases: dict[str, str]) -> list[tuple[list[str], str]]:
        """Phrase words -> value, the longest phrase first, so "calls upon" is tried before "calls"."""
        return sorted(((phrase.split(), value) for phrase, value in phrases.items()), key=lambda item: -len(item[0]))

    @staticmethod
    def _root_openers(openers: list[tuple[list[str], str]]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
        """Resolution verbs by the lemma a parse gives them as a sentence root ("urges" -> urge, "calls upon" ->
        call + upon), with the words that must follow the verb; the longest phrase first."""
        table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words, value in openers:  # already longest first
            table.setdefault(strip_s(words[0]), []).append((tuple(words[1:]), value))
        return table

    def _reporting_forms(self, openers: list[tuple[list[str], str]]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
        """Resolution verbs in the 3rd person and past ("urges", "urged", "calls upon"), indexed by first word
        so that the per-token scan of :meth:`_reporting_verb` only tries phrases that can start there."""
        forms: dict[tuple[str, ...], str] = {}
        for words, value in openers:
            for form in (words[0], past(strip_s(words[0]), self.irregular_participles)):
                forms[(form, *words[1:])] = value
        by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, value in forms.items():
            by_first.setdefault(phrase[0], []).append((phrase, value))
        return by_first
