"""The ``recs_modality`` factory and pipe: runs the parse or the rule finder per sentence, adds resolution
openers, self-commitments and implied requests, and writes the spans and doc extensions."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.attrs import DEP, HEAD, IS_SPACE, LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import registry

from pipeline.tagging.extensions import DOC_KEYS, register_extensions, value_key
from pipeline.tagging.inflection import strip_s
from pipeline.tagging.modality.clause import Clause, glued
from pipeline.tagging.modality.cues import NONE, QUOTE_IDS
from pipeline.tagging.modality.parsed import ParsedClauses
from pipeline.tagging.modality.rules import RuleClauses

register_extensions()


def modality_score(examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
    """Accuracy of the primary modality and of the addressee against the reference docs."""
    scores: dict[str, Any] = {}
    for attr in ("modality", "addressee"):
        pairs = [(eg.predicted._.get(attr), eg.reference._.get(attr)) for eg in examples if eg.reference._.get(attr) is not None]
        scores[f"{attr}_acc"] = sum(pred == gold for pred, gold in pairs) / len(pairs) if pairs else None
    return scores


@registry.scorers("recs.modality_scorer.v1")
def make_modality_scorer() -> Callable[..., dict[str, Any]]:
    """Registered so the scorer is configurable like spaCy's own."""
    return modality_score


@Language.factory(
    "recs_modality",
    assigns=[
        "doc.spans",
        "doc._.modality",
        "doc._.modality_strength",
        "doc._.negated",
        "doc._.addressee",
        "doc._.modal_clauses",
        "span._.modal",
    ],
    requires=["doc.spans"],
    default_config={
        "spans_key": "modal_clauses",
        "actors_key": "actors",
        "lexicon": "modals",
        "lexicon_version": None,
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
    lexicon: str,
    lexicon_version: str | None,
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
    lexicon: name of the packaged cue vocabulary (``lexicon/<lexicon>.yaml``).
    lexicon_version: the vocabulary version this config expects; a mismatch warns (None: any).
    use_parse: use the dependency parse when the doc has one (False: always the token rules).
    overwrite: replace existing spans under ``spans_key`` (False: add to them).
    scorer: scoring function for ``nlp.evaluate``.
    """
    return ModalityTagger(
        nlp,
        name,
        spans_key=spans_key,
        actors_key=actors_key,
        lexicon=lexicon,
        lexicon_version=lexicon_version,
        use_parse=use_parse,
        overwrite=overwrite,
        scorer=scorer,
    )


class ModalityTagger(ParsedClauses, RuleClauses):
    """Finds main modal clauses and grades them on the taxonomy's ordinal scale."""

    def __init__(
        self,
        nlp: Language,
        name: str = "recs_modality",
        *,
        spans_key: str = "modal_clauses",
        actors_key: str = "actors",
        lexicon: str = "modals",
        lexicon_version: str | None = None,
        use_parse: bool = True,
        overwrite: bool = True,
        scorer: Callable[..., dict[str, Any]] | None = modality_score,
    ) -> None:
        self.actors_key = actors_key
        self.use_parse = use_parse
        super().__init__(nlp, name, lexicon, lexicon_version, spans_key=spans_key, overwrite=overwrite, scorer=scorer)

    # ----------------------------------------------------------------- main
    def __call__(self, doc: Doc) -> Doc:
        """Tag every sentence's main modal clauses, then the doc-level modality."""
        actors = self._actor_index(doc)
        parsed = self.use_parse and doc.has_annotation("DEP")
        sentences = list(doc.sents) if (parsed or doc.has_annotation("SENT_START")) else [doc[:]]
        clauses: list[Clause] = []
        # One array read of the doc for every cheap test below (each `to_array` call costs as much as several).
        columns = doc.to_array([ORTH, LOWER, DEP, HEAD] if parsed else [ORTH, LOWER, IS_SPACE]).T
        orths, lowers = columns[0].tolist(), columns[1].tolist()
        has_quotes = not QUOTE_IDS.isdisjoint(orths)  # _quoted() looks at whole tokens only
        lower_set = set(lowers)  # cheap tests before the sentence scans below
        if not parsed and len(sentences) > 1 and not self.number_abbreviation_ids.isdisjoint(lower_set):
            sentences = self._run_on(doc, sentences)
        may_commit = not self.commitment_subject_ids.isdisjoint(lower_set)
        may_permit = not self.permission_ids.isdisjoint(lower_set)
        may_own = not self.own_noun_ids.isdisjoint(lower_set)
        may_ask = not self.polite_word_ids.isdisjoint(lower_set)
        may_propose = not self.proposal_ids.isdisjoint(lower_set)
        may_exhort = bool(self.exhortation_us) and self.exhortation_id in lower_set
        may_need = not self.speaker_need_ids.isdisjoint(lower_set)
        may_require = not self.requirement_ids.isdisjoint(lower_set)
        # "would have the <Name>": both words in the doc, then the three in a row once
        may_cause = self.causative_ids <= lower_set and any(
            lowers[i : i + 3] == self.causative_sequence for i, word in enumerate(lowers) if word == self.causative_sequence[0]
        )
        # (round 36) a text opening with its paragraph number glued to its first word: "2.Urges parties to ..." (a
        # decision as stored from its PDF)
        opening_glued = len(doc) > 0 and glued(doc[0])
        may_open = opening_glued or not self.opener_word_ids.isdisjoint(lower_set)
        if parsed:
            candidates = self._cue_candidates(lowers, columns[2].tolist(), columns[3].view("int64").tolist())

            # a past or present-tense resolution verb the parse may strand in a that-clause (:meth:`_stranded_requests`)
            strand = not self.reporting_form_ids.isdisjoint(lower_set)

            def modal_clauses(sent: Span, quoted: set[int]) -> list[Clause]:
                return self._parse_clauses(sent, actors, quoted, candidates, strand)
        else:
            # the rule matcher's token table (:meth:`LowerPatternMatcher.token_table`) from the same array read
            tokens = (lowers, [bool(space) for space in columns[2].tolist()])

            def modal_clauses(sent: Span, quoted: set[int]) -> list[Clause]:
                return self._rule_clauses(sent, actors, quoted, tokens)

        for sent in sentences:
            permission = self._permission(sent, actors) if may_permit else None
            if permission is not None:  # "are not precluded from": whatever modal the sentence holds
                clauses.append(permission)
                continue
            quoted = self._quoted(sent) if has_quotes else set()
            commitment = self._self_commitment(sent, actors) if may_commit else None
            if commitment is not None:
                clauses.append(commitment)
                continue
            # an opener's first word is among the sentence's first 12 tokens (:meth:`_opener`), or glued to the number
            # that opens the text
            opener = (
                self._opener(sent)
                if may_open
                and (
                    (opening_glued and sent.start == 0)
                    or not self.opener_word_ids.isdisjoint(lowers[sent.start : sent.start + 12])
                )
                else None
            )
            if opener is not None:
                found = [opener, *self._coordinated_openers(sent, opener[1])]
                stops = [item[0] for item in found[1:]] + [sent.end]
                inner = modal_clauses(sent, quoted)
                for (start, end, value), stop in zip(found, stops):
                    own = [clause for clause in inner if start <= clause.start < stop]
                    if (
                        own
                        and start == opener[0]
                        and value != NONE
                        and found[0][2] == value
                        and doc[start:end][-1].lower_ in self.deferring_openers
                        and any(c.subject != NONE for c in own)
                    ):
                        clauses.extend(own)  # "Recommends that States parties should ...": the inner clause
                    elif value != NONE:
                        clauses.append(self._opener_clause(sent, start, end, value, stop, actors, parsed))
                    elif (
                        own and not self._stating_opener(doc[start:end]) and (parsed or self._transparent_opener(doc[start:end]))
                    ):
                        # "Stresses that States should ...": a transparent verb reports the request; under an opaque
                        # statement ("Underlines that any such review mechanism should:") it is the statement's content,
                        # as the parse reads it
                        clauses.extend(own)
                    elif start == opener[0] and len(found) == 1:
                        if may_own:  # "Reiterates its recommendation that"
                            clauses.extend(self._own_recommendation(sent, actors))
                    elif may_own and start != opener[0]:
                        # "recalled that ... and reiterated its call on the CBSS Committee of Senior Officials (CSO) to
                        # recommend ...": a coordinated opener's own call repeated
                        clauses.extend(self._own_recommendation(doc[start:stop], actors))
                continue
            found_clauses = modal_clauses(sent, quoted)
            if parsed and not found_clauses and self._misread_modal(sent, actors):
                found_clauses = self._rule_clauses(sent, actors, quoted, self.matcher.token_table(doc))
            if not found_clauses and may_own:
                found_clauses = self._own_recommendation(sent, actors)
            if not found_clauses and may_ask:
                found_clauses = self._polite_request(sent, actors)
            if not found_clauses and may_propose:
                found_clauses = self._impersonal_proposal(sent, actors)
            if not found_clauses and may_require:
                found_clauses = self._instrument_requirement(sent, actors)
            if not found_clauses and may_exhort:
                found_clauses = self._exhortation(sent)
            if not found_clauses and may_cause:
                found_clauses = self._causative_request(sent, actors, parsed)
            if not found_clauses and self._opens_item(doc, 0, sent.start):
                # the first sentence, or the one after a list number cut off as its own ("129.2.")
                found_clauses = (
                    self._implied_request(sent) or self._heading_opening(sent, actors) or self._subjunctive_item(sent, actors)
                )
            # (round 44) after an item's own reading: "To protect people, we need to protect ..." is its implied request
            if not found_clauses and may_need:
                found_clauses = self._speaker_need(sent)
            clauses.extend(found_clauses)
        clauses.sort(key=lambda clause: (clause.start, clause.end))
        self._inherit_subjects(doc, clauses)
        self._set_annotations(doc, clauses)
        return doc

    def _run_on(self, doc: Doc, sentences: list[Span]) -> list[Span]:
        """Rule-only sentences rejoined where the sentencizer cut after an abbreviation before a number: "The Committee
        recommends that, while taking into account its general comment No. 6 (2005) ..., the State party:" (CRC) is one
        sentence (``number_abbreviations``)."""
        joined = [sentences[0]]
        for sent in sentences[1:]:
            last = joined[-1]
            if len(last) > 1 and doc[last.end - 2].text in self.number_abbreviations and sent[0].like_num:
                joined[-1] = doc[last.start : sent.end]
            else:
                joined.append(sent)
        return joined

    def _stating_opener(self, opener: Span) -> bool:
        """Whether a paragraph opens with a verb that states (``stating_openers``, any tense): "Stressed that States must
        continue to be guided ..." (UNHCR ExCom, General Conclusion 1979), "Affirms that measures ... should be
        implemented ..." (ExCom No. 103): its that-clause's modal is what it states, no request (TAXONOMY section 5)."""
        return any(token.lower_ in self.stating_forms for token in opener)

    def _transparent_opener(self, opener: Span) -> bool:
        """Whether an opening statement verb ("Stresses", "Also notes") lets its that-clause's modal through
        (``transparent_verbs``), read without a parse from its form: "stresses" -> stress."""
        return any(strip_s(token.lower_) in self.transparent or token.lower_ in self.transparent_past for token in opener)

    @staticmethod
    def _inherit_subjects(doc: Doc, clauses: list[Clause]) -> None:
        """A later sentence's duty stated of a thing binds the actor an earlier sentence addressed: "Each Party
        shall adopt ... measures ... to assist victims ... . Such assistance shall include at least:", "States
        Parties ... shall collaborate ... . The measures to be taken to this end within the jurisdiction of each
        State concerned shall include:" (treaty lead-ins whose items are the things listed)."""
        addressed: Clause | None = None
        for clause in clauses:
            if addressed is not None and clause.thing_subject and doc[clause.start].sent.start > addressed.start:
                clause.subject = addressed.subject
            elif clause.subject != NONE and addressed is None:
                addressed = clause

    def _set_annotations(self, doc: Doc, clauses: list[Clause]) -> None:
        values: dict[Any, Any] = doc.user_data  # extension values set straight (``value_key``: no accessor object per span)
        spans, records = [], []
        for clause in clauses:
            span = Span(doc, clause.start, max(clause.end, clause.start + 1), label=clause.value)
            modal = {
                "value": clause.value,
                "strength": self.strength[clause.value],
                "negated": clause.negated,
                "subject": clause.subject,
                "verb": clause.verb,
            }
            start, end = span.start_char, span.end_char
            values[value_key("modal", start, end)] = modal
            spans.append(span)
            records.append({**modal, "start": start, "end": end})
        if not self.overwrite and self.spans_key in doc.spans:
            spans = list(doc.spans[self.spans_key]) + spans
        doc.spans[self.spans_key] = spans
        primary = next((record for record in records if record["subject"] != NONE), records[0] if records else None)
        values[DOC_KEYS["modal_clauses"]] = records
        values[DOC_KEYS["modality"]] = primary["value"] if primary else NONE
        values[DOC_KEYS["modality_strength"]] = primary["strength"] if primary else self.strength[NONE]
        values[DOC_KEYS["addressee"]] = primary["subject"] if primary else NONE
        values[DOC_KEYS["negated"]] = any(record["negated"] for record in records)

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        """Primary-modality and addressee accuracy."""
        return self.scorer(examples, **kwargs) if self.scorer is not None else {}
