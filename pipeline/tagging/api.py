"""Tag recommendation rows with the assembled pipeline, streaming.

Each input row (``rec_id``, ``text``, optional ``doc_id``, ``number``,
``about_instrument``, ``context``) yields a row of the public ``TAGGED`` table and a
JSON record with every span and offset (for ``tagged.jsonl``). A lettered sub-item
("(a) Develop national action plans ...") often has no addressee of its own: its
lead-in (``context``: "The Working Group recommended that States parties:") gives it. Only one batch of parsed docs
is alive at a time, and each batch is tagged inside ``nlp.memory_zone()`` so the
strings and lexemes its texts add to the shared vocabulary are freed after it:
memory stays flat however many rows are tagged. Rows leave a zone as plain Python
values only (no Doc, Span or string-store hash survives it).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from itertools import islice
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from pipeline.errors import RecsError
from pipeline.tagging.errors import Errors
from pipeline.tagging.extensions import DOC_KEYS, THEME_ATTRIBUTES, doc_text, remember_text, value_key
from pipeline.tagging.legal_refs import remember_lead_in
from pipeline.tagging.lexicon import load_lexicon

WARM_UP_ROWS = 1000
NONE = "none"  # the value of addressee / modality when there is none
STATE_ROLE = "state"  # actor role of States (TAXONOMY.md section 2)
# "(a)provide information ..." (Hague Convention of 1993, article 9; UNESCO 1970 Convention, article 6 "(b)to prohibit"):
# a printed text's full parentheses may touch the item's first word
LIST_MARKER = re.compile(
    r"^\s*(?:\([a-z\d]{1,4}\)\s*|(?:\(?[a-z\d]{1,4}\)|(?:\d+\.)+\d*|[a-z]\.|[-•–])\s+)"
)  # "(a) ", "iv) ", "2.1. ", "b. ", "- "
FIRST_PERSON_REACH = 4  # "Commit ourselves to", "Reaffirm our unwavering commitment": "our" among an item's first words
PLACEHOLDER = "act"  # completes a lead-in: "States should act"
FIRST_WORD = re.compile(r"(?i:to\s+)?([A-Za-z]+)")
AFTER_FIRST_TO = re.compile(r"(?i:to\s+)?[A-Za-z]+\s+(?i:to)\b")  # "Seek to ensure ...": the first word, then "to"
SENTENCE_END = re.compile(r"[.;!?…]\s+(?=[A-Z])")
# a context closed by one full stop is the sentence before the text (news reports), no lead-in it completes; "..." is
PRECEDING_SENTENCE = re.compile(r"(?<![.])[.!?][\"”’')]*$")
WORD = re.compile(r"[A-Za-z]+")
NAMED_SUBJECT = re.compile(r"The\s+[A-Z]")  # an item's named subject: "The European Cybercrime Training ... Group"
COORDINATION = re.compile(r"^\s*(?:,\s*)?(?:and|or)?\s*")  # between coordinated subjects: ", ", " and ", ", or "
SPAN_GROUPS = {"actors": "actors", "legal_refs": "legal_refs", "modal_clauses": "modal_clauses", "themes": "theme_cues"}


def _checked(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The rows, refusing one without ``rec_id`` or ``text`` (numbered from 0 over the whole input)."""
    for index, row in enumerate(rows):
        for field in ("rec_id", "text"):
            if row.get(field) is None:
                raise RecsError(Errors.E007.format(index=index, field=field))
        yield row


def _with_context(nlp: Language, rows: Iterable[dict[str, Any]]) -> Iterator[tuple[Doc, dict[str, Any]]]:
    """Docs made by the tokenizer with ``doc._.about_instrument`` set, ready for the components."""
    for row in rows:
        doc = nlp.make_doc(row["text"])
        values: dict[Any, Any] = doc.user_data
        remember_text(doc, row["text"])
        remember_lead_in(doc, row.get("context"))
        values[_ABOUT] = row.get("about_instrument")
        yield doc, row


def span_records(doc: Doc, key: str, text: str) -> list[dict[str, Any]]:
    """Every span of a group with its character offsets, label and normalized value.

    ``text`` is ``doc.text``, passed in because spaCy rebuilds it from the tokens on
    every access (as it does ``span.text``): slicing it once is the same string, faster.
    Runs once per span of every tagged row, so it reads each span attribute once and
    reads extension values straight from ``doc.user_data`` (:func:`value_key`), only for
    the groups that carry them.
    """
    group = doc.spans.get(key)
    if not group:
        return []
    records = []
    extension = "actor_role" if key == SPAN_GROUPS["actors"] else "modal" if key == SPAN_GROUPS["modal_clauses"] else None
    values: dict[Any, Any] = doc.user_data
    for span in group:
        start, end = span.start_char, span.end_char
        record: dict[str, Any] = {"start": start, "end": end, "label": span.label_, "text": text[start:end]}
        if span.kb_id:
            record["canonical"] = span.kb_id_
        if extension is not None:
            value = values.get(value_key(extension, start, end))
            if value and extension == "actor_role":
                record["role"] = value
            elif value:
                record.update({name: field for name, field in value.items() if name != "value"})
        records.append(record)
    return records


# the doc extension values a row reads (:func:`value_key`; the theme ones are None without ``recs_themes``)
_ADDRESSEE, _ACTORS, _MODALITY, _STRENGTH, _NEGATED, _CLAUSES, _LEGAL_REFS, _ABOUT = (
    DOC_KEYS[name]
    for name in (
        "addressee",
        "actors",
        "modality",
        "modality_strength",
        "negated",
        "modal_clauses",
        "legal_refs",
        "about_instrument",
    )
)
_THEMES, _THEME_GROUPS, _THEME_SCORES, _THEME_SOURCES = (DOC_KEYS[name] for name in THEME_ATTRIBUTES)


def tagged_row(doc: Doc, row: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The TAGGED table row and the JSONL record of one tagged doc, in one pass over its extension values."""
    values: dict[Any, Any] = doc.user_data
    text = doc_text(doc)
    addressee = values.get(_ADDRESSEE) or NONE
    actors = set(values.get(_ACTORS) or ())
    if addressee != NONE:
        actors.add(addressee)
    themes = list(values.get(_THEMES) or ())
    scores_by_theme = values.get(_THEME_SCORES) or {}
    tagged = {
        "rec_id": row["rec_id"],
        "doc_id": row.get("doc_id"),
        "number": row.get("number"),
        "text": text,
        "modality": values.get(_MODALITY) or NONE,
        "modality_strength": int(values.get(_STRENGTH) or 0),
        "negated": bool(values.get(_NEGATED)),
        "modal_clauses": list(values.get(_CLAUSES) or ()),
        "addressee": addressee,
        "actors": sorted(actors),
        "legal_refs": list(values.get(_LEGAL_REFS) or ()),
        "themes": themes,
        "theme_groups": list(values.get(_THEME_GROUPS) or ()),
        "theme_scores": [float(scores_by_theme.get(theme, 0.0)) for theme in themes],
    }
    record = tagged.copy()
    del record["modal_clauses"]  # the spans below hold each clause with its offsets
    record["theme_sources"] = dict(values.get(_THEME_SOURCES) or {})
    record["spans"] = {name: span_records(doc, key, text) for name, key in SPAN_GROUPS.items()}
    return tagged, record


def _continues_lead_in(item: str, text: str, named: set[str], addressee: str, clauses: list[dict[str, Any]]) -> bool:
    """Whether a sub-item (without its list marker) completes its lead-in rather than standing alone.

    It does when it opens with an infinitive or a lower-case verb ("To urge governments
    ...", "introduce training ...": the lead-in's subject does it), or when it does not
    name its own addressee (a bare "Uphold the right to asylum" has only the default
    addressee of an item without lead-in), or when it opens with the bare verb it requests even if it names
    States later ("Use existing mechanisms ..., and that States promote alternatives"). "Calls upon States
    parties to ..." or "(b) States should ..." name theirs and stand alone, and so does an item in the first person
    ("Let me mention a few examples:" + "We will launch projects ...": the speakers bind themselves, data/gold/README.md).
    An item whose modal follows a subject of its own stands alone too, whoever that subject is (``_has_own_subject``).
    """
    word = _first_word(item)
    if word in _commitment_subjects() or not _first_person().isdisjoint(item.lower().split()[:FIRST_PERSON_REACH]):
        return False  # "We, the mayors ...," + "Commit ourselves to mobilising ...": the speakers' own undertaking
    if _has_own_subject(item, text, clauses):
        return False
    bare_verb = bool(word and clauses) and clauses[0]["verb"] == word  # "Use ..., and that States ..."
    return item[:1].islower() or item[:3].lower() == "to " or addressee not in named or bare_verb


@functools.cache
def _subject_auxiliaries() -> frozenset[str]:
    """The modal auxiliaries that follow a clause's subject (``auxiliaries`` and ``actor_auxiliaries``)."""
    modals = load_lexicon("modals")
    return frozenset(modals["auxiliaries"]) | frozenset(modals["actor_auxiliaries"])


def _has_own_subject(item: str, text: str, clauses: list[dict[str, Any]]) -> bool:
    """Whether an item opens with a named body ("The" and a capitalised word) that its first sentence's first modal
    follows: "The European Cybercrime Training and Education Group (ECTEG), ... should put in place ..." under "the
    Polish Presidency proposed that states should implement the following" asks ECTEG, a body outside the actor
    vocabulary (addressee none, as the gold reads a subject it does not list), not the lead-in's States. Any other
    opening stays the lead-in's: a bare verb with a later "such training should" (real-c-018), "It shall contact"
    (the requested State, real-s-129), "When ... the state should" (real-s-047), "(a) That the application is lodged"."""
    if not clauses or not NAMED_SUBJECT.match(item):
        return False
    at = len(text) - len(item)
    sentence_end = SENTENCE_END.search(text, at)
    stop = sentence_end.start() if sentence_end else len(text)
    auxiliaries = _subject_auxiliaries()
    modal = next((word for word in WORD.finditer(text, at, stop) if word.group().lower() in auxiliaries), None)
    # the first clause holds it (its span opens at the modal without a parse, at its subject with one)
    return modal is not None and clauses[0]["start"] <= modal.start() < clauses[0]["end"]


@dataclass(frozen=True)
class LeadIn:
    """What a lead-in requests of the items that complete it (plain values: it outlives memory zones)."""

    addressee: str
    modality: str
    strength: int
    negated: bool
    states: frozenset[str]  # actors its last sentence asks (``_requested_actors``)
    heading: bool  # a short title ("General recommendations:"): when it requests nothing, its items keep their reading
    announces: bool  # names the recommendations it lists ("The following recommendations will be examined by ...:")
    asks_party: bool  # its request is an act asked of someone ("request the Committee to consider"), not a speaker's verb


@functools.cache
def _softening_verbs() -> frozenset[str]:
    """Verbs that soften the modal of the lead-in they complete ("should:" + "Consider establishing ..." is
    "should consider establishing": ``should_consider``); an opening verb's value stays ("Calls upon States to:"
    + "Consider ratifying" is ``should``, TAXONOMY section 5)."""
    return frozenset(verb for verb in load_lexicon("modals")["consider_verbs"] if " " not in verb)


@functools.cache
def _commitment_subjects() -> frozenset[str]:
    """The first-person subjects of a declaration's own undertakings (``self_commitments.subjects``: "we")."""
    return frozenset(load_lexicon("modals")["self_commitments"]["subjects"])


@functools.cache
def _first_person() -> frozenset[str]:
    """The first-person words of a declaration's subjectless undertakings (``self_commitments.first_person``)."""
    return frozenset(load_lexicon("modals")["self_commitments"]["first_person"])


def _first_word(item: str) -> str:
    """The item's first word in lower case, past an opening "to" ("To consider ..." -> consider); "" if none."""
    first = FIRST_WORD.match(item)
    return first.group(1).lower() if first else ""


@functools.cache
def _object_requests() -> frozenset[str]:
    """Softening verbs that ask for their noun object itself ("Seek further technical assistance ...":
    ``object_requests``); before "to" they soften ("Seek to ensure ...")."""
    return frozenset(load_lexicon("modals").get("object_requests", ()))


def _completion(item: str) -> str:
    """The verb a lead-in is completed with: the item's own when it softens the request, else a placeholder."""
    word = _first_word(item)
    if word in _object_requests() and not AFTER_FIRST_TO.match(item):
        return PLACEHOLDER  # "Seek further technical assistance from ... UNICEF": the assistance is asked for
    return word if word in _softening_verbs() else PLACEHOLDER


@functools.lru_cache(maxsize=256)
def _lead_in_reading(nlp: Language, lead_in: str, infinitive: bool, verb: str, open_end: bool) -> LeadIn:
    """The lead-in completed by a placeholder request ("States should:" -> "States should act"), read once
    for all the items of its list: the items differ, the request they complete does not (save a softening
    verb, ``_completion``)."""
    doc = nlp(f"{lead_in} {'to ' if infinitive else ''}{verb}")
    extensions = doc._
    last_sentence = max((match.end() for match in SENTENCE_END.finditer(lead_in)), default=0)
    actors = list(doc.spans.get(SPAN_GROUPS["actors"], ()))
    # the items complete the lead-in's last sentence ("States should also develop ... . States are therefore
    # required, inter alia, to:"): its clause decides, the document's primary one otherwise
    tail = [clause for clause in extensions.modal_clauses or [] if clause["start"] >= last_sentence]
    primary = next((clause for clause in tail if clause["subject"] != NONE), tail[0] if tail else None)
    if primary is not None:
        subject = primary["subject"] if primary["subject"] != NONE else _antecedent(lead_in, last_sentence, actors)
        reading = (subject, primary["value"], int(primary["strength"]), bool(primary["negated"]))
    else:
        heading = _heading_request(lead_in, actors)
        if heading is not None:
            reading = (heading[0], heading[1], heading[2], False)
        else:
            reading = (
                extensions.addressee or NONE,
                extensions.modality or NONE,
                int(extensions.modality_strength or 0),
                bool(extensions.negated),
            )
    named = [span for span in actors if last_sentence <= span.start_char < len(lead_in)]
    heading = load_lexicon("modals")["heading_requests"]
    words = lead_in.lower().split()
    # a line closed by no punctuation is a title whatever its length ("A. PREVENTION OF TIP" over an action plan's items,
    # a page's "Department of Justice. Enhance efforts to combat human trafficking"), not a clause its items complete
    title = len(words) <= int(heading.get("max_words", 0)) or (open_end and reading[1] == NONE)
    announces = not set(heading.get("announcing", ())).isdisjoint(words)
    asks_party = primary is not None and primary["verb"] not in _speaker_verbs()
    return LeadIn(*reading, _requested_actors(named, reading[0]), title, announces, asks_party)


def _antecedent(lead_in: str, start: int, actors: list[Any]) -> str:
    """The actor a pronoun subject of the lead-in's last sentence (from ``start``) stands for, or none.

    "States Parties that recognize ... the system of adoption shall ensure that the best interests of the child shall be
    the paramount consideration and they shall:" (CRC art. 21), "If the Central Authority of the State of origin is
    satisfied that the child is adoptable, it shall—" (Hague Convention of 1993, art. 16): the parse takes "they"/"it"
    as the subject of the modal and finds no actor in it, so the items would be asked of no one. The pronoun
    (``lead_in_pronouns`` right before a modal auxiliary) stands for the first actor its sentence names before it, the
    sentence's subject, not the nearest ("the child" comes between)."""
    pronouns = _lead_in_pronouns()
    words = list(WORD.finditer(lead_in, start))
    auxiliaries = _subject_auxiliaries()
    pronoun = next(
        (
            word
            for word, after in zip(words, words[1:], strict=False)
            if word.group().lower() in pronouns and after.group().lower() in auxiliaries
        ),
        None,
    )
    if pronoun is None:
        return NONE
    return next((span.label_ for span in actors if start <= span.start_char < pronoun.start()), NONE)


@functools.cache
def _lead_in_pronouns() -> frozenset[str]:
    """The pronouns that stand for the actor a lead-in's sentence opens with (``lead_in_pronouns``: "it", "they"),
    read once like the module's other vocabulary sets, not on every lead-in."""
    return frozenset(load_lexicon("modals")["lead_in_pronouns"])


@functools.cache
def _speaker_verbs() -> frozenset[str]:
    """The one-word ``resolution_verbs``: a lead-in clause on one of them is the speaker's own ("We recommend the
    following measures:" asks no one the items could belong to), any other verb is the act it asks of someone."""
    return frozenset(verb for verb in load_lexicon("modals")["resolution_verbs"] if " " not in verb)


def _requested_actors(named: list[Any], addressee: str) -> frozenset[str]:
    """The actors of a lead-in's last sentence its items are asked of: from its addressee on ("By Governments of
    countries of origin ..., regional and international organizations:", "States and, where applicable,
    intergovernmental and non-governmental organizations, should consider:"), not the speaker or topic before it
    ("Unicef UK urges the UK Government to:", "In relation to ... migrants, the Special Rapporteur recommends that
    the Government:"); only its States when the addressee is not named there."""
    first = next((index for index, span in enumerate(named) if span.label_ == addressee), None)
    if first is None:
        return frozenset(span.label_ for span in named if span._.actor_role == STATE_ROLE)
    return frozenset(span.label_ for span in named[first:])


def _heading_request(lead_in: str, actors: list[Any]) -> tuple[str, str, int] | None:
    """A heading that names whom its list is for ("A. Recommendations to Governments. Access to justice"):
    (addressee, value, strength) of ``heading_requests``, or None."""
    modals = load_lexicon("modals")
    heading = modals.get("heading_requests") or {}
    lowered = lead_in.lower()
    for phrase in heading.get("phrases", []):
        at = lowered.find(phrase)
        if at < 0:
            continue
        named = next((span.label_ for span in actors if span.start_char >= at + len(phrase)), None)
        if named is not None:
            return named, heading["value"], int(modals["values"][heading["value"]])
    return None


def inherit_from_context(nlp: Language, tagged: dict[str, Any], record: dict[str, Any], context: str | None) -> None:
    """Read a sub-item that completes its lead-in with the request of that lead-in.

    "States parties should:" + "Ratify the Protocol" -> "States parties should ratify the
    Protocol": the lead-in, completed by a placeholder verb, gives the addressee and modality
    ("Requests the Secretary-General:" + "To urge governments ..." is addressed to the
    Secretary-General), and the States its last sentence names ("... urges member states to:")
    join the actors; the item's own negation ("should not detain") is kept. When it yields no
    addressee (a misparse, or a lead-in that requests nothing), the item keeps its own reading
    and inherits only a missing modality, save a request the item's bare verb implied (an addressee
    it does not name): a lead-in that requests nothing leaves none, save a short heading ("General
    recommendations:"), which leaves the item its own reading. An item that names its own addressee stands alone.
    The item's own spans are kept; ``record["inherited"]`` names what came from the lead-in.
    """
    if not context or PRECEDING_SENTENCE.search(context.rstrip()):
        return  # none, or the sentence before the text ("The ILO DG was speaking while congratulating ..."): no lead-in
    named = {span["label"] for span in record["spans"]["actors"]}
    item = LIST_MARKER.sub("", tagged["text"], count=1).lstrip()
    if not _continues_lead_in(item, tagged["text"], named, tagged["addressee"], tagged["modal_clauses"]):
        return
    lead_in = context.rstrip().rstrip(":").rstrip()
    infinitive = item[:3].lower() == "to " and not lead_in.lower().endswith(" to")
    reading = _lead_in_reading(nlp, lead_in, infinitive, _completion(item), context.rstrip()[-1:].isalnum())
    inherited = []
    if reading.addressee != NONE:
        _read_as_lead_in(tagged, reading, reading.addressee, named | reading.states | {reading.addressee})
        inherited += ["addressee", "modality"]
    elif tagged["modality"] == NONE and reading.modality != NONE:
        value, strength = reading.modality, reading.strength
        subject = _own_subject(item, tagged["text"], record["spans"]["actors"]) if lead_in.lower().endswith(" that") else None
        if subject is not None:
            # "the Special Rapporteur recommends that:" + "States adopt ...": the item's own subject is the addressee
            # of the lead-in's that-clause, its verb the subjunctive ("States ... consider ..." is should_consider)
            if subject[1] in _softening_verbs() and value in ("should", "mandatory"):
                value = "should_consider"
                strength = int(load_lexicon("modals")["values"][value])
            tagged.update(addressee=subject[0], actors=sorted(set(tagged["actors"]) | {subject[0]}))
            inherited.append("addressee")
        tagged.update(modality=value, modality_strength=strength, negated=reading.negated)
        inherited.append("modality")
    elif (
        reading.modality != NONE
        and not reading.heading
        and tagged["addressee"] not in named | {NONE}
        and (item[:1].islower() or item[:3].lower() == "to " or reading.asks_party)
    ):
        # "The Standing Committee, at its 65th meeting, shall:" + "consider proposing amendments ..." (CITES Decision
        # 16.66), "... requested the Office:" + "to submit ..." (ILO Governing Body): a lower-case or infinitive item
        # completes the lead-in's own sentence, which asks a body outside the actor vocabulary; the item's bare verb
        # read the default addressee only because no lead-in was known. A capitalized imperative under a lead-in that
        # names no one ("We recommend the following measures:" + "Also take ...") keeps its reading.
        _read_as_lead_in(tagged, reading, NONE, named | reading.states)
        inherited += ["addressee", "modality"]
    elif reading.modality == NONE and not _titles(reading, item) and tagged["addressee"] not in named | {NONE}:
        if reading.announces:
            # "Key recommendations by the group include:" + "Improving mechanisms for identifying trafficking victims
            # ..." (part N): a recommendation it lists, asked of no one named (``_titles``)
            tagged.update(addressee=NONE, actors=sorted(named))
            inherited.append("addressee")
        else:
            # "Recognizes that it is necessary for Member States ... to consider:" + "Providing programmes ...": the
            # item's bare verb was read as a treaty body's request only because no lead-in was known; this one
            # requests nothing
            tagged.update(addressee=NONE, actors=sorted(named), modality=NONE, modality_strength=0, negated=False)
            inherited += ["addressee", "modality"]
    elif reading.modality == NONE and tagged["modality"] == NONE and not reading.heading and _first_word(item).endswith("ing"):
        value = _announced_value(lead_in)
        if value != NONE:
            # "Key recommendations by the group include:" + "Increasing efforts to identify human trafficking victims"
            # (part N): a recommendation (or commitment) the lead-in lists, asked of no one named
            strength = int(load_lexicon("modals")["values"][value])
            tagged.update(modality=value, modality_strength=strength)
            inherited.append("modality")
    if inherited:
        record.update({key: tagged[key] for key in ("addressee", "actors", "modality", "modality_strength", "negated")})
        record["inherited"] = inherited


def _read_as_lead_in(tagged: dict[str, Any], reading: LeadIn, addressee: str, actors: set[str]) -> None:
    """Give an item that completes its lead-in's sentence that sentence's modality, with ``addressee`` and ``actors``
    as the caller reads them; the item's own negation stays ("should:" + "not detain ...")."""
    tagged.update(
        addressee=addressee,
        actors=sorted(actors),
        modality=reading.modality,
        modality_strength=reading.strength,
        negated=tagged["negated"] or reading.negated,
    )


@functools.lru_cache(maxsize=256)
def _announced_value(lead_in: str) -> str:
    """The value of what a lead-in listing with one of ``heading_requests.listing_verbs`` announces by its noun
    (``announced_values``: "recommendations" -> should, "commitments" -> mandatory), or none."""
    heading = load_lexicon("modals")["heading_requests"]
    values = heading.get("announced_values") or {}
    words = re.findall(r"[a-z]+", lead_in.lower())
    if set(heading.get("listing_verbs") or ()).isdisjoint(words):
        return NONE
    return next((values[word] for word in words if word in values), NONE)


def _titles(reading: LeadIn, item: str) -> bool:
    """Whether a lead-in that requests nothing leaves the item its own reading: a short title does, and so does a lead-in
    announcing the recommendations it lists for an item opening with a bare verb ("The following recommendations will
    be examined by Slovenia ...:" + "Redouble efforts to combat trafficking in persons (Nepal);": the recommending
    State's request, UPR). A gerund item names no one there ("Key recommendations by the group include:" +
    "Improving mechanisms for identifying trafficking victims ...": should with no addressee in the gold, part N)."""
    return reading.heading or (reading.announces and not _first_word(item).endswith("ing"))


def _own_subject(item: str, text: str, spans: list[dict[str, Any]]) -> tuple[str, str] | None:
    """The actor an item opens with as its own subject, and the verb after it (coordinated actors skipped: "States
    and international organizations consider ..."), or None when the item opens with no actor."""
    at = len(text) - len(item)
    starts = {span["start"]: span for span in spans}
    if at not in starts:
        return None
    first, end = starts[at], starts[at]["end"]
    while True:
        rest = text[end:]
        joined = len(rest) - len(COORDINATION.sub("", rest, count=1))
        if joined and end + joined in starts:
            end = starts[end + joined]["end"]
            continue
        return first["label"], _first_word(rest.lstrip(" ,"))


def _tagged(nlp: Language, doc: Doc, row: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """``tagged_row`` plus what a lettered sub-item inherits from its lead-in."""
    tagged, record = tagged_row(doc, row)
    inherit_from_context(nlp, tagged, record, row.get("context"))
    return tagged, record


def tag_rows(
    nlp: Language, rows: Iterable[dict[str, Any]], batch_size: int = 64, n_process: int = 1
) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Tag rows lazily with ``nlp.pipe``; yields (TAGGED row, JSONL record) in input order.

    After the first :data:`WARM_UP_ROWS` rows, each batch's docs are created, read and
    dropped inside one memory zone. With one process every batch gets its own
    ``nlp.pipe`` (spaCy's internal batching could otherwise create docs in one zone
    and hand them out in the next); with several, one ``nlp.pipe`` keeps its workers,
    and docs arrive one at a time, deserialized into the main vocabulary when read.
    Each row is yielded as soon as it is built, inside its batch's zone (it holds plain
    values only): collecting a batch's rows first and yielding them after the zone made
    the stage ~0.15 ms a recommendation slower (~5 %, benchmarks/RESULTS.md), though
    building them costs ~0.05.
    """
    rows = _checked(rows)
    done = 0
    if n_process == 1:
        for batch in minibatch(rows, batch_size):
            with _zone(nlp, done):
                for doc, row in nlp.pipe(_with_context(nlp, batch), as_tuples=True, batch_size=batch_size):
                    yield _tagged(nlp, doc, row)
            done += len(batch)
        return
    docs = nlp.pipe(_with_context(nlp, rows), as_tuples=True, batch_size=batch_size, n_process=n_process)
    while True:
        tagged = 0
        with _zone(nlp, done):
            for doc, row in islice(docs, batch_size):
                tagged += 1
                yield _tagged(nlp, doc, row)
        if not tagged:
            return
        done += tagged


def _zone(nlp: Language, done: int) -> AbstractContextManager:
    """A memory zone, except while the first rows warm spaCy's caches.

    Inside a zone the tokenizer caches nothing and every lexeme is freed at its end,
    so tagging only in zones re-tokenizes and re-creates even "the" and "States"
    (~50 % slower in rule-only mode). The warm-up rows make the corpus's common
    words permanent; they cost a bounded amount of memory, whatever the input size.
    """
    return nullcontext() if done < WARM_UP_ROWS else nlp.memory_zone()
