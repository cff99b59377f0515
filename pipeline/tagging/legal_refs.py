"""``recs_legal_refs``: every legal reference as a span in ``doc.spans["legal_refs"]``.

The span label is the kind (provision, instrument, domestic_law, agreement,
un_document, database) and ``span._.legal_ref`` the canonical string of TAXONOMY.md
section 3 (``UNTOC art. 32(3)``, ``TIP_PROTOCOL``, ``domestic_law``, ``decision 4/4`` ...).
References are found with regular expressions compiled from the vocabulary over the
document text, so a reference cut by a line break still matches; lists and ranges
("articles 16 to 18") give one reference each. "the Convention", "the Protocol" and a
bare "article 6" resolve to ``doc._.about_instrument`` (set by the caller), else to
the configured default instrument.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.pipeline.span_ruler import overlapping_labeled_spans_score
from spacy.tokens import Doc, Span

from pipeline.tagging import actors as _actors  # noqa: F401  (registers recs.spans_scorer.v1)
from pipeline.tagging.errors import Errors, Warnings
from pipeline.tagging.extensions import DOC_KEYS, NO_INSTRUMENT, doc_text, register_extensions
from pipeline.tagging.lexicon import load_lexicon
from pipeline.tagging.lexicon_pipe import LexiconPipe

NAME_WINDOW = 200  # characters before a provision searched for the name it follows ("UNTOC article 18")
MAX_RANGE = 60  # "articles 16 to 18" expands; a typo like "1 to 2000" does not explode
LIST_TAIL = 300  # characters after a plural act's list searched for its last number ("... and 5/2 on a code of conduct")
BRACKET_GLOSS = 20  # characters from an opening bracket to the provision it holds ("(as defined in Art. 3)")
GLOSS_THE_RE = re.compile(r"(?:(?i:the)\s+)?")  # between a short-name bracket's opening and the name
GLOSS_CLOSE_RE = re.compile(r"\s*\)")  # the short-name bracket's closing
# A footnote mark a copied PDF glues to the word before it: "the United Nations Convention against Transnational
# Organized Crime3 and the Protocol" (A/RES/64/293); the "3" is no part of the name.
FOOTNOTE = r"(?:(?<=[^\W\d_])\d{1,2})?"
# A hyphen that ends a line inside a word a copied PDF split: "Convention against Trans-\nnational Organized Crime"
LINE_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\n\s*(?=[a-z])")
LEAD_IN_KEY = ("recs", "lead_in")  # doc.user_data key of a sub-item's lead-in (set by the caller)
# which of two overlapping candidates is kept: the lower value, then the longer span, then the earlier
KIND_PRIORITY = {
    "ignored": 0,
    "provision": 0,
    "database": 1,
    "agreement": 1,
    "un_document": 1,
    "domestic_law": 2,
    "instrument": 3,
}

# a provision's numbers: each (article or paragraph number, the paragraph written inline after it: "32(3)")
Numbers = list[tuple[str, str | None]]

register_extensions()


@dataclass(frozen=True)
class Reference:
    """One match: a character span and the canonical references it carries."""

    start: int
    end: int
    kind: str
    canonicals: tuple[str, ...]


def _phrase(phrase: str, case_sensitive: bool = False) -> str:
    """Regex for a vocabulary phrase: any whitespace (line breaks included) between words; any case unless
    ``case_sensitive``."""
    words = [re.escape(word) if case_sensitive else f"(?i:{re.escape(word)})" for word in phrase.split()]
    return r"\s+".join(words)


def _alternation(phrases: Iterable[str], case_sensitive: bool = False) -> str:
    """Longest phrase first, so the regex prefers the longest alias.

    Written as a trie of the phrases' characters ("in accordance with|in line with" ->
    "in\\s+(?:accordance|line)\\s+with"): the engine reads a shared beginning once instead of once
    per phrase (the frames of domestic law and the instrument aliases were ~0.02 ms a recommendation).
    Same matches as the longest-first alternation: two phrases can both match at one position only if
    one begins the other, and on that path of the trie the longer is tried first. Phrases with irregular
    spacing would be ordered by their written length, so they keep the plain alternation.
    """
    unique = set(phrases)
    if any(" ".join(phrase.split()) != phrase for phrase in unique):
        ordered = sorted(unique, key=lambda phrase: (-len(phrase), phrase))
        return "|".join(_phrase(phrase, case_sensitive) for phrase in ordered)
    trie: dict[str, Any] = {}
    for phrase in unique:
        node = trie
        for char in phrase if case_sensitive else map(_fold, phrase):
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here
    pattern = _trie_pattern(trie)
    return pattern if case_sensitive else f"(?i:{pattern})"


def _named_law(frames: dict[str, Any]) -> str:
    """A State's own law named by its title or topic right after a determiner ("the 2005 anti-trafficking law", "its
    anti-trafficking legislation", "the Labour Code", "the Act", "the Law on Combating Trafficking").

    Why: reports and the US TIP Report name the law a prosecution or a right rests on ("convict traffickers under the
    anti-trafficking law", real-x-041) where treaties write "domestic law"; after a frame it is the law in force. The
    title words are a year, a capitalized word, a hyphenated word or a listed topic, none of them a blocker, so "the
    law of the sea", "the rule of law" and "the case law" (no title word) and "the international law of the sea" or
    "the UNODC Model Law" (a blocker) stay out, as does a code "of" a blocker ("the ILO Code of Practice"). A capital
    "Act" needs no title word; "Law on" and "Code of" carry theirs after the head."""
    after = "|".join(rf"(?<=\b{re.escape(word)}\s)" for word in frames["named_law_determiners"])
    blocker = rf"(?:{_alternation(frames.get('named_law_blockers', []), case_sensitive=True) or '(?!)'})(?![\w-])"
    blocked = rf"(?!{blocker})"
    topics = _alternation(frames.get("named_law_topics", []), case_sensitive=True) or "(?!)"
    word = rf"{blocked}(?:\d{{4}}|[A-Z][\w’'-]*|[a-z]+(?:-[a-z]+)+|(?:{topics})(?![\w-]))"
    heads = _alternation(frames["named_law_heads"], case_sensitive=True)
    titled = (
        rf"(?:{after})(?:(?:{word})\s+){{1,4}}(?:{heads})"
        rf"|(?:{after})(?:(?:{word})\s+){{0,4}}(?:Act|Law(?=\s+on\s+[A-Z])|Code(?=\s+of\s+[A-Z]))"
    )
    return rf"(?:{titled})(?!\s+of\s+{blocker})"  # "the ILO Code of Practice", "the Code of Conduct": no law


def _fold(char: str) -> str:
    """One character as the case-insensitive trie keys it (its lower case, when that is one character)."""
    lower = char.lower()
    return lower if len(lower) == 1 else char


def _trie_pattern(node: dict[str, Any]) -> str:
    """The regex of a trie node: its branches (a space is any whitespace), then the end of a phrase, tried last."""
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_pattern(child) for char, child in sorted(node.items()) if char
    ]
    if "" not in node:
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if not branches:
        return ""
    return f"(?:{branches[0]})?" if len(branches) == 1 else f"(?:{'|'.join(branches)})?"


def _starts(phrases: Iterable[str]) -> str:
    """A word boundary, then a lookahead on the characters a match can start with (each phrase's first, in any case).

    Why: Python's regex engine tries every alternative of a long alternation at every word boundary; this
    one-character test turns most positions away first, which halves the scans. Every pattern built on it
    starts its alternatives with ``\\b`` too: testing the boundary first turns the letters inside words away
    before the character class (~6 % of a scan). It only ever rejects positions where no phrase can start,
    so the matches are the same."""
    firsts = {phrase.strip()[0] for phrase in phrases if phrase.strip()}
    chars = sorted({case for char in firsts for case in (char, char.lower(), char.upper())})
    return rf"\b(?=(?i:[{''.join(re.escape(char) for char in chars)}]))"


def _first_words(phrases: Iterable[str]) -> frozenset[str]:
    """Case-folded first word of each phrase: a text none of them occurs in cannot match the phrases."""
    return frozenset(phrase.split()[0].casefold() for phrase in phrases if phrase.split())


def _mentions(present: frozenset[str], words: frozenset[str]) -> bool:
    """Whether any of ``words`` is among the gate words a text contains (a cheap test before a costly regex scan)."""
    return not words.isdisjoint(present)


class _GateWords(dict[str, frozenset[str]]):
    """The gate words (patterns' literal words, case-folded, without whitespace) each token contains.

    A whitespace-free word occurs in a text exactly when it occurs inside one of the text's
    whitespace-separated tokens, and texts share most of their tokens: testing each new token once
    replaces ~70 substring scans of every text.
    """

    LIMIT = 200_000  # distinct tokens remembered; beyond that the memory starts again

    def __init__(self, words: Iterable[str]) -> None:
        super().__init__()
        self.words = tuple(sorted(set(words)))

    def __missing__(self, token: str) -> frozenset[str]:
        if len(self) >= self.LIMIT:
            self.clear()
        found = self[token] = frozenset(filter(token.__contains__, self.words))
        return found

    def present(self, text: str) -> frozenset[str]:
        """The gate words occurring in ``text``, case-insensitively."""
        return frozenset().union(*map(self.__getitem__, set(text.casefold().split())))


def _unbreak(text: str) -> tuple[str, list[int] | None]:
    """The text with words a line break split by a hyphen joined again ("Trans-\nnational"), and each of its
    characters' offset in the original (None when nothing was joined), so the names match and the spans stay put."""
    if "\n" not in text or LINE_HYPHEN.search(text) is None:
        return text, None
    offsets: list[int] = []
    pieces: list[str] = []
    position = 0
    for match in LINE_HYPHEN.finditer(text):
        pieces.append(text[position : match.start()])
        offsets.extend(range(position, match.start()))
        position = match.end()
    pieces.append(text[position:])
    offsets.extend(range(position, len(text)))
    return "".join(pieces), offsets


def _blank_inner_glosses(text: str, pattern: re.Pattern[str]) -> str:
    """The text with each short name in brackets inside an instrument's name blanked to spaces of its length ("the
    United Nations Trafficking in Persons (UN TIP) Protocol" -> "... Persons          Protocol"), so the name's alias
    matches across it and every span stays where it was; the bracket is part of the one name, no second mention."""
    if "(" not in text:
        return text
    return pattern.sub(lambda match: " " * len(match.group(0)), text)


def remember_lead_in(doc: Doc, lead_in: str | None) -> None:
    """Give a lettered sub-item's doc its lead-in ("The Committee recommends that the State party:"), which says
    whose treaty the sub-item's "the Convention" is; the lead-in's own references are not the sub-item's."""
    if lead_in:
        user_data: dict[Any, Any] = doc.user_data
        user_data[LEAD_IN_KEY] = lead_in


def about_instrument_for_body(body: str | None, lexicon: str = "instruments") -> str:
    """The instrument a document is about, from its body ("Working Group on Trafficking in Persons")."""
    data = load_lexicon(lexicon)
    lowered = (body or "").lower()
    for rule in data["about_by_body"]:
        if rule["cue"] in lowered:
            return rule["instrument"]
    return data["default_instrument"]


@Language.factory(
    "recs_legal_refs",
    assigns=["doc.spans", "doc._.legal_refs", "span._.legal_ref"],
    default_config={
        "spans_key": "legal_refs",
        "lexicon": "instruments",
        "lexicon_version": None,
        "default_instrument": "UNTOC",
        "overwrite": True,
        "scorer": {"@scorers": "recs.spans_scorer.v1"},
    },
    default_score_weights={"spans_legal_refs_f": 1.0, "spans_legal_refs_p": 0.0, "spans_legal_refs_r": 0.0},
)
def make_legal_refs(
    nlp: Language,
    name: str,
    spans_key: str,
    lexicon: str,
    lexicon_version: str | None,
    default_instrument: str,
    overwrite: bool,
    scorer: Callable[..., dict[str, Any]] | None,
) -> "LegalRefTagger":
    """Create the legal-reference tagger.

    nlp: the pipeline.
    name: the component's name in the pipeline.
    spans_key: the ``doc.spans`` key the reference spans go to.
    lexicon: name of the packaged vocabulary file (``lexicon/<lexicon>.yaml``).
    lexicon_version: the vocabulary version this config expects; a mismatch warns (None: any).
    default_instrument: what "the Convention" and a bare "article N" mean when
        ``doc._.about_instrument`` is not set.
    overwrite: replace existing spans under ``spans_key`` (False: add to them).
    scorer: scoring function for ``nlp.evaluate``.
    """
    return LegalRefTagger(
        nlp,
        name,
        spans_key=spans_key,
        lexicon=lexicon,
        lexicon_version=lexicon_version,
        default_instrument=default_instrument,
        overwrite=overwrite,
        scorer=scorer,
    )


class LegalRefTagger(LexiconPipe):
    """Finds and normalizes references to instruments, provisions, law, agreements and documents."""

    required_keys = (
        "instruments",
        "generic",
        "domestic_law",
        "agreements",
        "databases",
        "symbol_series",
        "list_words",
        "range_words",
    )

    def __init__(
        self,
        nlp: Language,
        name: str = "recs_legal_refs",
        *,
        spans_key: str = "legal_refs",
        lexicon: str = "instruments",
        lexicon_version: str | None = None,
        default_instrument: str = "UNTOC",
        overwrite: bool = True,
        scorer: Callable[..., dict[str, Any]] | None = overlapping_labeled_spans_score,
    ) -> None:
        self.default_instrument = default_instrument
        super().__init__(nlp, name, lexicon, lexicon_version, spans_key=spans_key, overwrite=overwrite, scorer=scorer)

    # ----------------------------------------------------------------- compile
    def _compile(self, data: dict[str, Any]) -> None:
        """Compile the regular expressions from the vocabulary snapshot."""
        if self.default_instrument not in data["instruments"]:
            raise ValueError(
                Errors.E010.format(value=self.default_instrument, lexicon=self.lexicon_name, known=sorted(data["instruments"]))
            )
        self.families = {key: entry["family"] for key, entry in data["instruments"].items()}
        self.last_article = {key: entry.get("last_article") for key, entry in data["instruments"].items()}
        self.adopted = {key: entry.get("adopted") for key, entry in data["instruments"].items()}
        generic_nouns = {alias.split()[-1] for aliases in data["generic"].values() for alias in aliases}
        # Literal words every match of a pattern contains: a text without any of them skips that pattern's scan.
        self.provision_words = _first_words([*data["article_words"], *data["paragraph_words"]])
        self.instrument_words = _first_words([*self.alias_to_instrument_phrases(), *generic_nouns])
        self.domestic_words = _first_words(
            [
                *data["domestic_law"]["heads"],
                *data["domestic_law"].get("owned_heads", []),
                *data["domestic_law"].get("named_law_heads", []),
            ]
        )
        self.act_words = _first_words(data["numbered_acts"])
        self.alias_to_instrument = {
            self._norm(alias): key for key, entry in data["instruments"].items() for alias in entry["aliases"]
        }
        self.generic_family = {
            self._norm(alias).split(" ", 1)[-1]: family for family, aliases in data["generic"].items() for alias in aliases
        }
        named = _alternation(self.alias_to_instrument_phrases())
        blockers = "|".join(re.escape(word) for word in data["generic_blockers"])
        nouns_alternation = "|".join(sorted(generic_nouns))
        # "the UN Convention", "the 2003 Convention": a generic form qualified as the UN's or by a year, never followed
        # by a name's next word ("the UN Protocol against trafficking in persons" is the name)
        qualifiers = "|".join([*(re.escape(prefix) for prefix in data.get("name_prefixes", [])), r"(?:19|20)\d\d"])
        generic = (
            rf"(?:(?i:the)\s+(?:{qualifiers})\s+(?:{nouns_alternation})(?!\s+(?i:{blockers})(?![\w-]))"
            rf"|(?:(?i:the|this)\s+)(?:(?i:present)\s+)?(?:{nouns_alternation}))"
            rf"(?!\s+(?i:{blockers})\s+(?:(?:to|the)\s+)*[A-Z])(?![\w-])"  # "the Convention Relating to the Status"
            r"(?!,?\s+(?:of\s+)?\d{4}\b)"  # "the Protocol of 2014 thereto", "the Convention, 1930": a dated other treaty
            r"(?!\s+[A-Z][\w.]*/\w)"  # "the Protocol A/P1/12/99": an act number (ECOWAS) names another treaty
            + (rf"(?!,?\s+(?:{_alternation(data['generic_signed'])})\s+[A-Z])" if data.get("generic_signed") else "")
        )
        # "..., supplementing the UN Convention against Transnational Organized Crime" is part of a Protocol's title
        title_tail = rf"(?:,?\s+(?:{_alternation(data.get('title_tails', []))}))?" if data.get("title_tails") else ""
        self.instrument_re = re.compile(
            _starts(["the", "this", *self.alias_to_instrument_phrases()])
            + rf"\b(?:(?:the\s+)?(?P<named>{named}){FOOTNOTE}(?![\w-]){title_tail}|(?P<generic>{generic}))(?![\w-])"
        )
        # "ratify the United Nations Trafficking in Persons (UN TIP) Protocol" (EALA, real-u-051; allAfrica, probe 53): a
        # short name in brackets (two capitals or more, after a prefix such as "UN" if written) between a word of the
        # title and the name's head noun; only an alias that reads across the blank makes it a reference
        prefixes = _alternation(data.get("name_prefixes", []), case_sensitive=True) if data.get("name_prefixes") else "(?!)"
        heads = "|".join(sorted({noun.capitalize() for noun in generic_nouns}))
        self.inner_gloss_re = re.compile(
            rf"(?<=[^\W\d_]\s)\((?:(?:{prefixes})\s+)?[A-Z][\w.-]*[A-Z][\w.-]*\)(?=\s+(?:{heads})\b)"
        )
        # "United Nations Convention of 31 October 2003 against Corruption" (legal round 36): a date between a title's
        # head noun and its next word; blanked only where an alias then reads across it (:meth:`_blank_inner_dates`)
        title_date = data.get("title_date") or {}
        months = _alternation(title_date.get("months", []), case_sensitive=True)
        next_words = _alternation(title_date.get("next_words", []), case_sensitive=True)
        self.inner_date_re = (
            re.compile(rf"\b(?:{heads})\s+(?P<date>of\s+\d{{1,2}}\s+{months}\s+\d{{4}})\s+(?={next_words}\b)")
            if title_date.get("months") and title_date.get("next_words")
            else None
        )
        # "the Inter-American Convention against Corruption": a regional organization's own treaty, not the alias's
        qualifiers = data.get("regional_qualifiers", [])
        self.regional_re = re.compile(rf"\b(?:{_alternation(qualifiers, case_sensitive=True)})\s+$") if qualifiers else None
        # Another treaty's own name: capitalized words or a year before "Convention"/"Protocol" ("the Single
        # Convention on Narcotic Drugs", "the 1971 Convention", "the Optional Protocol"), or the noun followed by
        # a blocker and a capitalized name ("the Convention on Psychotropic Substances", "Protocol of 2014").
        nouns = "|".join(sorted({noun.capitalize() for noun in generic_nouns}))
        titled = r"(?:(?!(?:The|This|That|These|Those|Its|Their|Our|Such|Each|Any|Both|Present)\b)[A-Z][\w'’-]*|\d{4})"
        self.treaty_noun_re = re.compile(rf"\b(?P<noun>{nouns})s?\b")
        self.titled_before_re = re.compile(rf"\b{titled}\s+$")
        self.named_after_re = re.compile(rf"\s+(?:{blockers})\s+(?:(?:to|the)\s+)*[A-Z0-9]")
        self.other_name_words = frozenset(noun.casefold() for noun in generic_nouns)
        ties = data.get("default_ties", [])
        self.untied_forms = frozenset(self._norm(form) for form in data.get("untied_forms", []))
        self.own_forms = frozenset(self._norm(form) for form in data.get("own_forms", []))
        # another treaty's organs and parties, and the subjects the list's instruments never govern: read alike
        own_markers = [*data.get("own_text_markers", []), *data.get("own_text_subjects", [])]
        self.own_marker_re = re.compile(rf"\b(?:{_alternation(own_markers, case_sensitive=True)})\b") if own_markers else None
        # "the Convention and the Protocols thereto", "the Conference of the Parties": the default's generic form is tied
        self.default_tie_re = re.compile(rf"\b(?i:{_alternation(ties)})(?![\w-])") if ties else None
        # "its Protocols on trafficking in persons and smuggling of migrants": Protocols named by their topics
        topics = data.get("protocol_topics", {})
        convention_topics = data.get("convention_topics", {})
        self.topic_instrument = {
            self._norm(topic): key for group in (topics, convention_topics) for key, phrases in group.items() for topic in phrases
        }
        topic, every_topic, convention_topic = (
            self._topic_alternation(list(group))
            for group in (self._norm_all(topics), self.topic_instrument, self._norm_all(convention_topics))
        )
        self.topic_re = re.compile(every_topic)
        # "Protocols" capitalized, or after "its", "the (three)": "its three protocols on human trafficking, migrant
        # smuggling, and firearms"; "cooperation protocols on trafficking cases" are no treaties
        plural = r"(?:Protocols|(?i:its|their|the)\s+(?:(?i:two|three|supplementary|additional)\s+)?protocols)"
        joiner = r"\s*(?:,\s*and|,|and)\s+"
        self.topic_protocols_re = re.compile(
            rf"\b{plural}\s+(?i:on|against)\s+{topic}(?:{joiner}(?:(?i:on|against)\s+)?{topic})*"
            # "the Trafficking in Persons and Migrants Protocols": the topics before the noun, which two topics or more
            # make the treaties in lower case too ("Sudan's accession to the migrant smuggling and firearms protocols",
            # UNODC; "UNTOC's trafficking in persons and trafficking in firearms protocols", GI-TOC)
            rf"|(?<![\w-]){topic}(?:{joiner}{topic})+\s+[Pp]rotocols\b"
        )
        # "the Second Protocol to the UNTOC", "the third supplementary Protocol to the United Nations Convention ...":
        # Protocols counted in their order of adoption, before a name of the Convention they supplement
        ordinals = {word.lower(): key for key, words in data.get("protocol_ordinals", {}).items() for word in words}
        self.protocol_ordinal = ordinals
        ordinal = rf"(?i:{_alternation(ordinals)})"
        parent = _alternation(data["instruments"][self.default_instrument]["aliases"])
        self.ordinal_protocols_re = (
            re.compile(
                rf"\b{ordinal}(?:{joiner}(?:(?i:the)\s+)?{ordinal})*\s+(?:(?i:supplementary|additional)\s+)?"
                rf"[Pp]rotocols?\s+to(?=\s+(?:(?i:the)\s+)?(?:(?:{prefixes})\s+)?{parent})"
            )
            if ordinals
            else None
        )
        # A Protocol's title no alias spells exactly ("Protocol to Prevent, Suppress and Punishing Trafficking in Persons",
        # APPF 2007; "Protocol to Prevent Suppress and Punish ...", UNODC's 2008 model-law slides) whose title tail names
        # it a Protocol of the default: the topic in the title says which, and the tail is no second reference
        tails = data.get("title_tails", [])
        self.loose_title_re = (
            re.compile(rf"\bProtocol\s+(?:to|against)\s+(?P<title>[^.;:()]{{1,200}}?),?\s+(?:{_alternation(tails)})(?![\w-])")
            if tails and topics
            else None
        )
        # "the UN Conventions against corruption and transnational organized crime", "two UN Conventions related to
        # transnational organized crime and corruption": capitalized "Conventions" and two topics of the list's ones
        self.topic_conventions_re = (
            re.compile(
                rf"\bConventions\s+(?i:on|against|related\s+to|relating\s+to)\s+{convention_topic}(?:{joiner}{convention_topic})+"
            )
            if convention_topics
            else None
        )
        # "Article 6.2 of the Protocol", "Art. 2.1 of Directive 2011/36/EU": a decimal number is the article's paragraph
        # (not "3.1.2", a heading's numbering)
        decimal = r"(?:\.\d+(?!\.?\d))?"
        number = rf"\d+{decimal}(?:\s*\(\s*\d+\s*\))?(?:\s*\(\s*[a-z]\s*\))?"
        # "5, 6 and 7", "16 to 18", "16-18": the list and range words of the vocabulary
        # "and", "or", "as well as" (a phrase: any whitespace between its words); ",", ";" are marks
        list_words = [_phrase(word, case_sensitive=True) for word in data["list_words"] if word.replace(" ", "").isalpha()]
        list_marks = [re.escape(word) for word in data["list_words"] if not word.replace(" ", "").isalpha()]
        range_words = [re.escape(word) for word in data["range_words"] if word.isalpha()]
        range_marks = [re.escape(word) for word in data["range_words"] if not word.isalpha()]
        joined = "|".join
        separator = (
            rf"(?:\s*(?:{joined(list_marks)})\s*(?:(?:{joined(list_words)})\s+)?"
            rf"|\s+(?:{joined(list_words + range_words)})\s+|\s*(?:{joined(range_marks)})\s*)"
        )
        range_tokens = joined([rf"\b{word}\b" for word in range_words] + range_marks)
        self.range_re = re.compile(rf"(?P<n>\d+)(?:\.(?P<d>\d+)(?!\.?\d))?(?:\s*\(\s*(?P<p>\d+)\s*\))?|(?P<range>{range_tokens})")
        numbers = rf"{number}(?:{separator}{number})*"
        article = rf"(?i:{'|'.join(re.escape(word) for word in data['article_words'])})"
        paragraph = rf"(?i:{'|'.join(re.escape(word) for word in data['paragraph_words'])})"
        subparagraph = "|".join(re.escape(word) for word in data.get("subparagraph_words", []))
        # "subparagraph (b) of paragraph 1 of article 6" cites the paragraph
        sub_prefix = rf"(?:(?i:{subparagraph})\s+\(?[a-z]\)?\s+(?i:of)\s+)?" if subparagraph else ""
        # "article 1, subparagraph (b), of the Convention" cites article 1
        # "article 2, subparagraph (c) (ii), of this Protocol": an item of the subparagraph too
        sub_suffix = rf"(?:\s*,?\s*(?i:{subparagraph})\s+\(?[a-z]\)?(?:\s*\([ivx]+\))?(?![\w(]))?" if subparagraph else ""
        # "article 3 of the UN Trafficking Protocol": a word that may stand before a name without being part of it
        self.name_prefixes = tuple(self._norm(prefix) for prefix in data.get("name_prefixes", []))
        prefix = rf"(?:(?:{_alternation(data['name_prefixes'])})\s+)?" if data.get("name_prefixes") else ""
        # "article 16(4) UNTOC": a name (never "the Convention") may follow the provision without "of"; so may one after
        # a comma, as a citation writes it ("(Article 3, Smuggling of Migrants Protocol)", UNODC's observatory; "based on
        # Article 3, trafficking Protocol", UNODC's draft model law slides): the name is the provision's, not a new item
        chapter_words = "|".join(re.escape(word) for word in data.get("chapter_words", []))
        # "articles 46-50 of chapter IV (International cooperation) of the ...": the chapter the articles are in
        chapter = rf"(?:\s*,?\s+(?i:of)\s+(?i:{chapter_words})\s+[IVXL]+\b(?:\s*\([^()]{{1,60}}\))?)?" if chapter_words else ""
        tail = (
            rf"(?:{chapter}\s*,?\s+(?i:of)\s+(?P<instrument>(?:the\s+)?{prefix}(?:{named}){FOOTNOTE}(?![\w-])|{generic})"
            rf"|(?:\s*,)?\s+(?P<instrument_after>{prefix}(?:{named}){FOOTNOTE}(?![\w-])))?"
        )
        # "UNTOC article 18", "the Palermo Protocol Art. 3": the name before the provision
        self.name_before_re = re.compile(rf"(?<![\w-])(?P<named>{named})(?:['’]s)?\s+$")
        # "article 5 of the said Protocol", "Article 5 of that protocol": the instrument of that family named last before it
        anaphors = data.get("anaphors", [])
        self.anaphor_re = (
            re.compile(
                rf"\s*,?\s+(?i:of)\s+(?i:{_alternation(anaphors)})\s+(?P<noun>(?i:{'|'.join(sorted(generic_nouns))}))(?![\w-])"
            )
            if anaphors
            else None
        )
        # "article 35 thereof": the instrument named last before it
        # "article 20 of the United Nations Convention against Corruption (UNCAC)": a bracket opening a short name
        openers = data.get("gloss_openers", [])
        opener = rf"(?:{_alternation(openers)}\s+)?" if openers else ""
        self.gloss_open_re = re.compile(rf"\s*\(\s*{opener}")
        self.thereof_re = re.compile(r"\s+(?i:thereof)\b")
        # "article 16 of UNTOC and paragraph 3 thereof": a paragraph of the provision just cited
        self.paragraph_thereof_re = re.compile(
            rf"\s*(?:{joined(list_marks)})?\s*(?:(?:{joined(list_words)})\s+)?(?:(?i:in\s+)?particular\s+)?"
            rf"(?P<paragraph>{paragraph}\s+(?P<numbers>{numbers}))\s+(?i:thereof)\b"
        )
        # "(Art.2)": a slide's abbreviation glued to its number (UNODC slides on the Protocols)
        abbreviations = [word for word in data["article_words"] if word.endswith(".")]
        glued = rf"|(?i:{'|'.join(re.escape(word) for word in abbreviations)})(?=\d)" if abbreviations else ""
        self.provision_re = re.compile(
            rf"\b(?:(?:{article}\s+{glued})(?P<articles>{numbers})(?:\s*,?\s*{paragraph}\s+(?P<paragraphs>{numbers}))?{sub_suffix}"
            rf"|{sub_prefix}{paragraph}\s+(?P<paragraphs_first>{numbers})\s+(?i:of)\s+{article}\s+(?P<article_of>\d+)){tail}"
        )
        # "Article XXI of the Convention", "Articles III(5) and (8)": the UN treaties number their articles in arabic
        # figures, an Inter-American, SAARC or ASEAN treaty in roman ones; that text's "the Convention" is that treaty
        self.roman_article_re = re.compile(rf"\b{article}\s+[IVXL]+\b(?![.'’-])")
        # "Articles 1(1), 2(1) and 25 of the Convention. Trafficking in persons and penalties.": a comment opening with
        # its provisions as a verbless heading is the ILO Committee of Experts' form; its treaty is an ILO convention
        generic = "|".join(sorted({re.escape(alias) for aliases in data["generic"].values() for alias in aliases}))
        self.article_heading_re = re.compile(rf"\s*(?:\d+\.\s*)?{article}\s+\d[^.;:]{{0,80}}?\s+of\s+(?:{generic})\s*\.\s+[A-Z]")
        markers = data.get("other_treaty_markers", [])
        # "Parties shall" marks a treaty whose parties are "Parties" (Council of Europe, ASEAN), not the UN treaties'
        # "States Parties shall" nor UNTOC article 32's "The Conference of the Parties shall"
        self.other_treaty_re = (
            re.compile(_starts(markers) + rf"\b(?<!States\s)(?<!of\sthe\s)(?:{_alternation(markers, case_sensitive=True)})\b")
            if markers
            else None
        )
        # the longest word of each marker: a text with none of them cannot hold a marker
        self.marker_words = frozenset(max(marker.split(), key=len).casefold() for marker in markers)
        subjects = data.get("other_convention_subjects", [])
        self.other_subject_re = re.compile(rf"\b(?:{_alternation(subjects, case_sensitive=True)})\b") if subjects else None
        self.subject_words = frozenset(max(subject.split(), key=len).casefold() for subject in subjects)
        heads = data.get("other_instrument_heads", [])
        other_head = rf"|the\s+(?:[a-z][\w-]*\s+){{0,3}}(?:{_alternation(heads, case_sensitive=True)})(?![\w-])" if heads else ""
        # "of that Convention", "of the directive": another instrument
        self.unknown_instrument_re = re.compile(rf"\s*,?\s+of\s+(?:(?:the\s+|that\s+)?[A-Z]{other_head})")
        # "article 24, paragraph 4, and article 32 of the Protocol": what may stand between a list's provisions
        self.list_gap_re = re.compile(rf"\s*(?:{joined(list_marks)})?\s*(?:(?:{joined(list_words)})\s+)?")
        frames = data["domestic_law"]
        # "global, regional and national legislative frameworks": scope adjectives coordinated with a national one
        scopes = rf"(?i:{_alternation(frames['scopes'])})" if frames.get("scopes") else "(?!)"
        # "subject to its own jurisdiction and domestic laws": one lower-case word coordinated before the law;
        # "in accordance with international law and national law": a law of another scope coordinated before it
        coordinated = (
            rf"(?:(?:{scopes}),\s+)*(?:{scopes}),?\s+(?:and|or)\s+|[a-z]+\s+and\s+"
            rf"|(?:{scopes})(?:\s+[a-z]+){{0,2}}\s+(?i:{_alternation(frames['heads'])})\s+(?:and|or)\s+"
        )
        law = rf"(?:{coordinated})?(?i:{_alternation(frames['adjectives'])})\s+(?i:{_alternation(frames['heads'])})"
        if frames.get("owners") and frames.get("owned_heads"):  # vocabularies before 1.1.0 have none
            after_owner = "|".join(rf"(?<=\b{re.escape(owner)}\s)" for owner in frames["owners"])
            law += rf"|(?:{after_owner})(?i:{_alternation(frames['owned_heads'])})"
        if frames.get("named_owner_heads"):  # "in accordance with Slovenia’s International Protection Law"
            law += (
                r"|(?<!\bthe\s)(?<!\bThe\s)(?<![\w’'])[A-Z][a-z][\w-]*(?:’s|'s)\s+(?:[A-Z][\w-]*\s+){0,4}"
                rf"(?i:{_alternation(frames['named_owner_heads'])})"
            )
        if frames.get("named_law_heads"):  # "under the anti-trafficking law", "under the Children’s Act of 1998"
            law += "|" + _named_law(frames)
        if frames.get("state_law"):  # "in accordance with the law of the requested State Party"
            law += rf"|(?i:{_alternation(frames['state_law'])})"
        adjective_law = rf"(?i:{_alternation(frames['adjectives'])})\s+(?i:{_alternation(frames['heads'])})"
        if frames.get("bare_heads"):  # "in accordance with the law", "as prescribed by law"
            bare_blockers = frames.get("bare_blockers", [])
            law += rf"|(?<=\s)(?i:{_alternation(frames['bare_heads'])})(?![\w-])" + (
                rf"(?!\s+(?i:{_alternation(bare_blockers)})\b)" if bare_blockers else ""
            )
        tight = (
            rf"|\b(?i:{_alternation(frames['tight_frames'])})\s+(?P<tight_law>{adjective_law})"
            if frames.get("tight_frames")
            else ""
        )
        determiners = rf"(?:(?i:{_alternation(frames['determiners'])})\s+){{0,3}}"
        reverse = (  # "where domestic law so permits", "if their legal systems allow"
            rf"|\b(?i:{_alternation(frames['conditions'])})\s+{determiners}(?P<reverse_law>{law})"
            rf"(?=\s+(?i:{_alternation(frames['permitting'])})\b)"
            if frames.get("conditions") and frames.get("permitting")
            else ""
        )
        elided = (  # "Each Party shall, subject its domestic laws, rules, regulations and policies, and ..." (ASEAN)
            rf"|\b(?i:{_alternation(frames['elided_frames'])})\s+{determiners}(?P<elided_law>{law})(?=\s*,)"
            if frames.get("elided_frames")
            else ""
        )
        self.passive_frames = frozenset(self._norm(frame) for frame in frames.get("passive_frames", []))
        copulas = _alternation(frames.get("copulas", [])) or "(?!)"
        # "are (adequately) provided for in", but not after a relative pronoun: "the rights that are provided for by law"
        # describes the law in force (a frame), where "ensure that penalties are provided for" asks for a law; nor
        # after a relative "as": "restrictions ... such as are provided by law" (ICCPR art. 19(3)).
        self.copula_re = re.compile(rf"(?<!(?i:\bthat)\s)(?<!(?i:\bwhich)\s)(?<!(?i:\bas)\s)\b(?i:{copulas})\s+(?:\w+ly\s+)?$")
        self.offence_frames = frozenset(self._norm(frame) for frame in frames.get("offence_frames", []))
        self.offence_re = re.compile(rf"\b(?i:{_alternation(frames.get('offence_nouns', [])) or '(?!)'})\s+$")
        # the clause's request to make the offence, before it ("establish recruitment ... as a criminal offence")
        self.offence_maker_re = re.compile(rf"\b(?i:{_alternation(frames.get('offence_makers', [])) or '(?!)'})\b[^.;:]*$")
        self.domestic_re = re.compile(
            _starts(
                [
                    *frames["frames"],
                    *frames.get("tight_frames", []),
                    *frames.get("conditions", []),
                    *frames.get("elided_frames", []),
                ]
            )
            + rf"(?:\b(?P<frame>(?i:{_alternation(frames['frames'])}))\s+{determiners}"
            rf"(?P<law>{law}){tight}{reverse}{elided})(?![\w-])(?!\s+(?i:enforcement)\b)"
        )
        self.simple_res = [  # (kind, canonical, pattern, the words one of which every match contains)
            (kind, canonical, re.compile(_starts(phrases) + rf"\b(?:{_alternation(phrases)})(?![\w-])"), _first_words(phrases))
            for kind, group in (("agreement", data["agreements"]), ("database", data["databases"]))
            for canonical, phrases in group.items()
        ]
        self.pair_res = [  # one phrase naming two agreements: "agreements on extradition and on mutual legal assistance"
            (
                tuple(pair["canonicals"]),
                re.compile(_starts(pair["phrases"]) + rf"\b(?:{_alternation(pair['phrases'])})(?![\w-])"),
                _first_words(pair["phrases"]),
            )
            for pair in data.get("agreement_pairs", [])
        ]
        self.gates = _GateWords(  # every word set is made of split() words: none holds whitespace
            [
                *self.provision_words,
                *self.instrument_words,
                *self.domestic_words,
                *self.act_words,
                *self.other_name_words,
                *self.marker_words,
                *self.subject_words,
                *(word for *_, words in self.simple_res for word in words),
                *(word for *_, words in self.pair_res for word in words),
            ]
        )
        series = "|".join(re.escape(item) for item in sorted(data["symbol_series"], key=len, reverse=True))
        self.symbol_re = re.compile(rf"(?<![\w/])(?:{series})(?:/[A-Za-z0-9.\-]+){{2,}}(?:\(\w+\))?")
        codes = "|".join(re.escape(code) for code in data.get("foreign_act_codes", []))
        # "A/P1/12/99", "A/DCL.2/12/01": an ECOWAS act's number (code and number, month, two-digit year)
        self.foreign_symbol_re = re.compile(rf"[A-Z]/(?:{codes})\.?\d+/\d{{1,2}}/\d{{2}}") if codes else None
        acts = "|".join(re.escape(word) for word in data["numbered_acts"])
        # "resolutions 74/176, 75/158 and 76/187": a list of numbers, joined as the vocabulary's lists are
        list_separator = rf"\s*(?:(?:{joined(list_marks)})\s*(?:(?:{joined(list_words)})\s*)?|(?:{joined(list_words)})\s*)"
        # "74/176", a special session's "S-30/1", a number a line break cut after its slash ("resolution 39/\n 141")
        numbered = r"(?:S-)?\d+/(?:[ \t]*\n\s*)?\d+"
        # "resolutions 63/156 of 18 December 2008 and 64/178 of 18 December 2009": each number may carry its date
        adopted = r"(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?"
        # "resolutions 23/9 of 13 June 2013, 1 29/11 of 2 July 2015 2 and 35/25" (A/RES/73/190): footnote marks between
        item = rf"{numbered}{adopted}"
        gap = rf"(?:{list_separator}(?:\d{{1,2}}\s+)?|\s+\d{{1,2}}{list_separator})"
        self.act_re = re.compile(rf"\b(?i:(?P<act>{acts})s?)\s+(?P<numbers>{item}(?:{gap}{item})*)(?![\w/])")
        self.numbered_re = re.compile(numbered)
        self.list_tail_re = re.compile(rf"\band\s+(?:also\s+)?(?P<number>{numbered})(?![\w/])")
        self.clause_end_re = re.compile(rf"[;:]|\.(?:\s|$)|\b(?i:{acts})s?\b")
        yearly = "|".join(re.escape(word) for word in data.get("yearly_acts", []))
        self.dated_re = re.compile(r"(\d+)\s*\((\d{4})\)")  # "2331 (2016)": number and year
        dated = self.dated_re.pattern
        self.yearly_re = (
            re.compile(rf"\b(?i:(?P<act>{yearly})s?)\s+(?P<numbers>{dated}{adopted}(?:\s*(?:,|and|,\s*and)\s*{dated}{adopted})*)")
            if yearly
            else None
        )

    def alias_to_instrument_phrases(self) -> list[str]:
        """Every named-instrument alias of the vocabulary."""
        return [alias for entry in self.data["instruments"].values() for alias in entry["aliases"]]

    @staticmethod
    def _norm(text: str) -> str:
        """Case- and whitespace-insensitive key of a phrase."""
        return " ".join(text.lower().split())

    # ----------------------------------------------------------------- resolve
    def _norm_all(self, groups: dict[str, list[str]]) -> list[str]:
        """Every phrase of a key -> phrases vocabulary, normalized."""
        return [self._norm(phrase) for phrases in groups.values() for phrase in phrases]

    @staticmethod
    def _topic_alternation(topics: list[str]) -> str:
        """A pattern of one topic, "the" optional ("the smuggling of migrants"); none matches an empty list."""
        return rf"(?:(?i:the)\s+)?(?:{_alternation(topics)})(?![\w-])" if topics else "(?!)"

    def _about(self, doc: Doc) -> str:
        values: dict[Any, Any] = doc.user_data
        about = values.get(DOC_KEYS["about_instrument"])  # doc._.about_instrument (``value_key``)
        if about is None or about == NO_INSTRUMENT:  # NO_INSTRUMENT's generic forms are dropped by :meth:`_unlisted`
            return self.default_instrument
        if about not in self.families:
            warnings.warn(Warnings.W003.format(value=about, default=self.default_instrument), stacklevel=2)
            return self.default_instrument
        return about

    def _instrument(
        self,
        text: str | None,
        about: str,
        explicit: bool,
        other_treaty: bool = False,
        foreign: frozenset[str] = frozenset(),
        sole: dict[str, str] | None = None,
    ) -> str | None:
        """Instrument named by ``text`` (an alias or "the Convention"); None if unresolvable.

        ``other_treaty``: the text is another treaty's own (a treaty body's "the Convention" is the CRC or
        CEDAW, a Council of Europe convention's "this Convention" is itself), so a generic form names no
        instrument of the vocabulary. ``foreign``: the families whose only named member in the text is another
        treaty ("the Single Convention on Narcotic Drugs ... article 49 of the Convention"): their generic form
        and a provision naming no instrument are that treaty's. ``sole``: the family -> instrument of the families
        the text names exactly one instrument of; their generic form is that one ("chapter V of the United Nations
        Convention against Corruption ... a fundamental principle of the Convention"), unless the document is about
        another instrument of the same family than the default.
        """
        if text is None:  # a bare "article 5" of a treaty body's or an ILO text is that treaty's
            return None if other_treaty or self.families[about] in foreign else about
        key = self._alias_key(text)
        if key in self.alias_to_instrument:
            return self.alias_to_instrument[key]
        family = self.generic_family.get(key.split(" ")[-1]) if explicit else None
        if family is None:
            return None
        year = next((int(word) for word in key.split(" ") if word.isdigit()), None)
        if year is not None:  # "the 2003 Convention": the list's instrument of that family adopted that year
            members = self._adopted_in(year, family)
            return about if about in members else members[0] if len(members) == 1 else None
        if other_treaty or family in foreign:
            return None
        if sole and family in sole and (self.families[about] != family or about == self.default_instrument):
            return sole[family]  # a document about the Trafficking Protocol naming the Smuggling one keeps its "the Protocol"
        if self.families[about] == family:
            return about
        default_family = self.families[self.default_instrument]
        return self.default_instrument if default_family == family else None

    # ----------------------------------------------------------------- match
    def _foreign_families(self, text: str, present: frozenset[str], named: list[re.Match[str]]) -> frozenset[str]:
        """Families (convention, protocol) the text names another treaty of and none of the vocabulary's; and the
        default's family too when the text names another treaty's instrument and none of the list, nor ties its generic
        form to the list (``default_ties``): "The 1967 Protocol ... gave the Convention universal coverage" (the 1951
        Convention), "the Conference for the Adoption of a Protocol on Psychotropic Substances ... the Convention" (the
        1971 Convention)."""
        if not _mentions(present, self.other_name_words):
            return frozenset()
        listed = [(match.start(), match.end()) for match in named]
        listed_families = {self.families[self.alias_to_instrument[self._norm(match.group("named"))]] for match in named}
        families = {
            self.generic_family[match.group("noun").lower()]
            for match in self.treaty_noun_re.finditer(text)
            if all(match.end() <= start or match.start() >= end for start, end in listed)
            and (
                self._titled(text, match, self.generic_family[match.group("noun").lower()])
                or self.named_after_re.match(text, match.end()) is not None
            )
        }
        families -= listed_families
        if families and not named and (self.default_tie_re is None or self.default_tie_re.search(text) is None):
            families.add(self.families[self.default_instrument])
        return frozenset(families)

    def _untied(
        self, text: str, about: str, matches: list[re.Match[str]], provisions: list[re.Match[str]], lead_in: str
    ) -> frozenset[str]:
        """The default's family and the document's, when a document about an instrument of another family (a Protocol)
        has a generic form of the default's ("the Convention") that the text does not tie to the list
        (``default_ties``): that form and the text's bare articles are another treaty's ("The Convention contains
        twenty-eight articles ... (articles 1 to 15)", the 1949 Convention; "ratify the Convention", the Inter-American
        Convention). Tied: a named instrument, a generic form of the document's family ("the Convention and the
        Protocol"), "the Protocols thereto", "the Conference of the Parties", a provision of the generic form ("articles
        16 to 18 of the Convention" in a Protocol text is the parent Convention's, as the gold reads it). A document
        about the default (or about no instrument) keeps reading its "the Convention" as the default: the UN treaty
        collection's "In accordance with its article 36, the Convention will be open for signature". A sub-item's lead-in
        ties it as the text does ("Recalling the Convention and the Protocols thereto, ...: (a) Urges States to ratify
        the Convention")."""
        family, default_family = self.families[about], self.families[self.default_instrument]
        if self.default_tie_re is None or family == default_family:
            return frozenset()
        forms = [self._norm(match.group(0)) for match in matches if not match.group("named")]
        untied = [form for form in forms if form in self.untied_forms]  # "this Convention" is a treaty's own text
        # a qualified form ("the 1967 Protocol", "the UN Convention") is no tie: only "the Protocol", "this Protocol"
        if not untied or any(
            self._generic_family(form) == family for form in forms if form.split(" ")[-2] in ("the", "this", "present")
        ):
            return frozenset()
        cited = [match.group("instrument") for match in provisions]
        if self._tied(self.default_tie_re, text, matches, lead_in) or any(
            instrument and self._generic_family(instrument) == default_family for instrument in cited
        ):
            return frozenset()
        return frozenset((default_family, family))

    def _tied(self, ties: re.Pattern[str], text: str, matches: list[re.Match[str]], lead_in: str) -> bool:
        """Whether the text or its lead-in ties a generic form to the list: names an instrument of it or has a phrase of
        ``default_ties`` (``ties``); :meth:`_untied` and :meth:`_own_text` both leave a tied form to the list."""
        return (
            any(match.group("named") for match in matches)
            or ties.search(text) is not None
            or ties.search(lead_in) is not None
            or any(match.group("named") for match in self.instrument_re.finditer(lead_in))
        )

    def _own_text(self, text: str, matches: list[re.Match[str]], lead_in: str) -> frozenset[str]:
        """The families of a treaty's self-reference (``own_forms``: "this Convention", "the present Convention") in a
        document about no known instrument, unless the text or its lead-in ties it to the list (names an instrument of
        it, or ``default_ties``): that form, its family's generic forms and the text's bare articles are the treaty
        speaking ("the principles set out in Part I of this Convention", a Council of Europe convention; "the
        application of this Convention", UNESCO 1970), not the default; so is an untied "the Convention" beside another
        treaty's wording (``own_text_markers``: "Central Authorities shall ... the objects of the Convention", the Hague
        adoption convention) or beside a subject no instrument of the list governs (``own_text_subjects``: "illicit traffic
        in narcotic drugs and psychotropic substances", the 1988 Convention). A document about an instrument reads its own
        "this Convention" as before."""
        marked = self.own_marker_re is not None and any(self.own_marker_re.search(part) for part in (text, lead_in))
        forms = [
            match.group(0)
            for match in matches
            if self._norm(match.group(0)) in self.own_forms or (marked and self._norm(match.group(0)) in self.untied_forms)
        ]
        own = frozenset(family for family in map(self._generic_family, forms) if family is not None)
        if not own or self.default_tie_re is None or self._tied(self.default_tie_re, text, matches, lead_in):
            return frozenset()
        return own

    def _generic_family(self, text: str) -> str | None:
        """The family of a generic form ("the present Convention" -> convention); None for a name."""
        return None if not self._generic(text) else self.generic_family.get(self._norm(text).split(" ")[-1])

    def _titled(self, text: str, match: re.Match[str], family: str) -> bool:
        """Whether a treaty noun has a capitalized word or a year before it ("the Single Convention", "the 1971
        Convention"), save a name prefix ("the UN Convention") and the year the list's instrument of that family was
        adopted ("the 2003 Convention")."""
        before = self.titled_before_re.search(text, max(0, match.start() - 40), match.start())
        if before is None:
            return False
        word = before.group(0).strip()
        if self._norm(word) in self.name_prefixes:  # "the UN Convention": the list's, unless a name follows
            return False
        return not (word.isdigit() and self._adopted_in(int(word), family))

    def _adopted_in(self, year: int, family: str) -> list[str]:
        """The list's instruments of a family adopted in ``year`` ("the 2003 Convention": UNCAC)."""
        return [name for name, adopted in self.adopted.items() if adopted == year and self.families[name] == family]

    def _regional(self, text: str, match: re.Match[str]) -> bool:
        """Whether a named match is a regional treaty's name ("Inter-American Convention against Corruption")."""
        if self.regional_re is None or match.group("named") is None:
            return False
        start = match.start("named")
        return self.regional_re.search(text, max(0, start - 40), start) is not None

    def _generic(self, instrument_text: str | None) -> bool:
        """Whether a provision's instrument is missing or a generic form ("of this Convention"), not a name."""
        if instrument_text is None:
            return True
        return self._alias_key(instrument_text) not in self.alias_to_instrument

    def _alias_key(self, text: str) -> str:
        """Key of a named instrument in ``alias_to_instrument`` once "the" and a prefix ("UN") are dropped, else the
        normalized text ("the convention")."""
        key = self._norm(text)
        droppable = ("the", *self.name_prefixes)
        while key not in self.alias_to_instrument:
            word = next((word for word in droppable if key.startswith(f"{word} ")), None)
            if word is None:
                return self._norm(text)
            key = key[len(word) + 1 :]
        return key

    def _overnumbered(
        self,
        matches: list[re.Match[str]],
        numbers: list[tuple[Numbers, Numbers]],
        about: str,
        other_treaty: bool,
        foreign: frozenset[str],
        sole: dict[str, str],
    ) -> frozenset[str]:
        """Families whose generic form a provision cites with an article the instrument it would resolve to lacks:
        "Article 32 of the Protocol requires Parties to report on ... their implementation of the Protocol" (the
        FCTC's Protocol; the Trafficking Protocol has 20 articles), so the text's other "the Protocol" is that treaty's
        too."""
        families: set[str] = set()
        for match, (articles, _) in zip(matches, numbers):
            cited = match.group("instrument")
            if cited is None or not self._generic(cited):
                continue
            instrument = self._instrument(cited, about, True, other_treaty, foreign, sole)
            last = None if instrument is None else self.last_article[instrument]
            if instrument is not None and last is not None and any(int(article) > last for article, _ in articles):
                families.add(self.families[instrument])
        return frozenset(families)

    def _provisions(
        self,
        text: str,
        matches: list[re.Match[str]],
        numbers: list[tuple[Numbers, Numbers]],
        about: str,
        other_treaty: bool,
        foreign: frozenset[str],
        instrument_matches: list[re.Match[str]],
        sole: dict[str, str],
    ) -> Iterator[Reference]:
        if not matches:
            return
        named: list[str | None] = [match.group("instrument") or match.group("instrument_after") for match in matches]
        # "THE SMUGGLING PROTOCOL ... article 5 states that", "article 63 of the Convention (art. 63, para. 1)" after
        # naming UNCAC: a bare article after the one instrument a text names is that instrument's, not the document's
        own = self._own(instrument_matches, about)
        bare_about = about if own is None else own[0]
        last_bare = self.last_article[bare_about]
        bare_elsewhere = last_bare is not None and any(  # a bare article the document's instrument does not have
            int(article) > last_bare
            for match, (articles, _) in zip(matches, numbers)
            if not (match.group("instrument") or match.group("instrument_after"))
            for article, _ in articles
        )
        protocol_bare = self._unresolved_protocol(instrument_matches, about, other_treaty, foreign, sole)
        # "article 24, paragraph 4, and article 32 of the Protocol": the instrument distributes.
        for index in range(len(matches) - 2, -1, -1):
            between = text[matches[index].end() : matches[index + 1].start()]
            if named[index] is None and named[index + 1] and self.list_gap_re.fullmatch(between):
                named[index] = named[index + 1]
        for match, instrument_text, (articles, paragraphs) in zip(matches, named, numbers):
            start, end = match.start(), match.end()
            name_before = None if instrument_text else self.name_before_re.search(text, max(0, start - NAME_WINDOW), start)
            if name_before is not None:  # "UNTOC article 18": the provision starts with the name it absorbs
                instrument_text, start = name_before.group("named"), name_before.start()
            elif instrument_text is None and self.thereof_re.match(text, match.end()):
                instrument_text = self._antecedent(text, start, instrument_matches)
                if instrument_text is None:  # "the Convention on the Rights of the Child and article 35 thereof"
                    yield Reference(start, match.end(), "ignored", ())
                    continue
            anaphor = self.anaphor_re.match(text, match.end()) if instrument_text is None and self.anaphor_re else None
            if anaphor is not None:
                instrument_text = self._antecedent(text, start, instrument_matches, anaphor.group("noun"))
                if instrument_text is None:  # "article 4 of that Convention" after no named one: another treaty's
                    yield Reference(start, anaphor.end(), "ignored", ())
                    continue
                end = anaphor.end()  # the anaphor is part of the provision's span, as a name after "of" is
            if instrument_text is None and self.unknown_instrument_re.match(text, match.end()):
                continue  # "article 6 of the Convention on the Rights of the Child": not normalized
            if instrument_text is None and foreign and not any(mention.group("named") for mention in instrument_matches):
                continue  # "the Convention on the Rights of the Child ... its provisions, especially articles 1, 11": its own
            if instrument_text is None and bare_elsewhere:
                continue  # "(article 19) ... (articles 34 and 36)": the bare articles of one text are one treaty's
            if instrument_text is None and protocol_bare:
                continue  # "The Protocol facilitates the repatriation of victims through article 8": the Protocol's
            if (
                self._generic(instrument_text)
                and self._foreign_style(text, self._article_word(text, match))
                and not (instrument_text is None and self._glossed(text, match.start(), instrument_matches))
                # "While the Palermo Protocol does not include articles relating to enforcement, Article 32 of the
                # Convention": after a name of the list, in a text that names no other treaty, the capital is a writer's
                and not (
                    not foreign
                    and not other_treaty
                    and any(mention.group("named") and mention.end() <= match.start() for mention in instrument_matches)
                )
            ):
                # "set out in Article 27, paragraph 3", "in accordance with Article 18 of this Convention": a Council
                # of Europe or EU text; its "this Convention" is no second reference either
                yield Reference(match.start(), match.end(), "ignored", ())
                continue
            owner = own[0] if own is not None and instrument_text is None and own[1] < start else about
            instrument = self._instrument(instrument_text, owner, True, other_treaty, foreign, sole)
            if instrument is None:
                continue
            last = self.last_article[instrument]
            if last is not None and any(int(article) > last for article, _ in articles):
                # "article 79 of the present Convention": the instrument has no such article, so it is another treaty
                yield Reference(start, match.end(), "ignored", ())
                continue
            canonicals: list[str] = []
            for article, inline_paragraph in articles:
                if paragraphs and len(articles) == 1:
                    canonicals.extend(f"{instrument} art. {article}({number})" for number, _ in paragraphs)
                elif inline_paragraph:
                    canonicals.append(f"{instrument} art. {article}({inline_paragraph})")
                else:
                    canonicals.append(f"{instrument} art. {article}")
            if instrument_text is not None:
                end = self._gloss_end(text, end, instrument, instrument_matches)
            yield Reference(start, end, "provision", tuple(dict.fromkeys(canonicals)))
            thereof = self.paragraph_thereof_re.match(text, match.end()) if len(articles) == 1 else None
            if thereof is not None:  # "article 16 of UNTOC and paragraph 3 thereof": the article's paragraph
                thereof_paragraphs = self._expand(thereof.group("numbers"))
                yield Reference(
                    thereof.start("paragraph"),
                    thereof.end(),
                    "provision",
                    tuple(f"{instrument} art. {articles[0][0]}({number})" for number, _ in thereof_paragraphs),
                )

    def _gloss_end(self, text: str, end: int, instrument: str, instrument_matches: list[re.Match[str]]) -> int:
        """Where a provision that names its instrument ends: after a bracket right behind it that holds only a short
        name of that instrument ("article 20 of the United Nations Convention against Corruption (UNCAC)", "(hereinafter
        the Convention)"). The bracket is the same mention, which TAXONOMY counts once (a provision implies its
        instrument), so it must not yield a second reference; ``end`` when no such bracket follows."""
        opening = self.gloss_open_re.match(text, end)
        if opening is None:
            return end
        for mention in instrument_matches:
            if mention.start() < opening.end() or not GLOSS_THE_RE.fullmatch(text, opening.end(), mention.start()):
                continue
            closing = GLOSS_CLOSE_RE.match(text, mention.end())
            named = self._listed(mention)
            return closing.end() if closing is not None and named in (instrument, None) else end
        return end

    def _blank_inner_dates(self, text: str) -> str:
        """The text with each date inside an instrument's title blanked to spaces ("United Nations Convention of 31
        October 2003 against Corruption" -> "United Nations Convention                    against Corruption"), where
        the blanked text has an alias of the list spanning the date: Switzerland's compilation and its translations
        date every title so. A date no alias reads across stays ("the Protocol of 19 November 1948 to become Parties",
        real-l-043; "the Convention of 19 December 1988 against Illicit Traffic"), so a generic "the Protocol" or "the
        Convention" before it keeps the date that names another treaty."""
        if self.inner_date_re is None or " of " not in text:
            return text
        for match in list(self.inner_date_re.finditer(text)):
            start, end = match.span("date")
            blanked = text[:start] + " " * (end - start) + text[end:]
            window = self.instrument_re.finditer(blanked, max(0, start - NAME_WINDOW), min(len(blanked), end + NAME_WINDOW))
            if any(name.group("named") and name.start() < start and name.end() > end for name in window):
                text = blanked
        return text

    def _unresolved_protocol(
        self,
        instrument_matches: list[re.Match[str]],
        about: str,
        other_treaty: bool,
        foreign: frozenset[str],
        sole: dict[str, str],
    ) -> bool:
        """Whether a text of a document about no Protocol has a generic "the Protocol" that resolves to none of the list
        and names no Protocol of the list: its bare articles are that Protocol's, not the document's Convention ("In
        accordance with its article 16, the Protocol will be open for signature", the UN treaty collection on the
        Trafficking Protocol; "This Protocol shall enter into force on it in article 18", a law approving the Firearms
        Protocol), as `_untied` reads a Protocol document's untied "the Convention"."""
        if self.families[about] == "protocol":
            return False
        if any(self.families[instrument] == "protocol" for instrument in map(self._listed, instrument_matches) if instrument):
            return False
        return any(
            not match.group("named")
            and self._generic_family(match.group(0)) == "protocol"
            and self._instrument(match.group(0), about, True, other_treaty, foreign, sole) is None
            for match in instrument_matches
        )

    def _antecedent(self, text: str, start: int, instrument_matches: list[re.Match[str]], noun: str | None = None) -> str | None:
        """What a "thereof" (``noun`` None) or an anaphor ("that protocol", "the said Convention": its ``noun``) before
        ``start`` points back to: the last instrument mentioned, or for an anaphor the last of its family named; None
        when there is none, or when another treaty's name comes after it ("the Convention on the Rights of the Child,
        and article 4 of that Convention"; for an anaphor, only a name of its own family counts)."""
        family = None if noun is None else self.generic_family.get(noun.lower())
        mentions = [
            match
            for match in instrument_matches
            if match.end() <= start
            and (noun is None or ((instrument := self._listed(match)) is not None and self.families[instrument] == family))
        ]
        if not mentions:
            return None
        last = mentions[-1]
        listed = [(match.start(), match.end()) for match in instrument_matches]
        for other in self.treaty_noun_re.finditer(text, last.end(), start):
            outside = all(other.end() <= begin or other.start() >= end for begin, end in listed)
            if outside and (noun is None or self.generic_family[other.group("noun").lower()] == family):
                return None
        return last.group(0) if noun is None else last.group("named")

    def _numbers(self, match: re.Match[str]) -> tuple[Numbers, Numbers]:
        """A provision's articles (each with its inline paragraph) and its separate paragraphs."""
        if match.group("article_of"):
            return [(match.group("article_of"), None)], self._expand(match.group("paragraphs_first"))
        paragraphs = self._expand(match.group("paragraphs")) if match.group("paragraphs") else []
        return self._expand(match.group("articles")), paragraphs

    @staticmethod
    def _article_word(text: str, match: re.Match[str]) -> int:
        """Where a provision's article word starts: the match's start, or the "Article" of "paragraph 2 of Article 9"
        (Basel Convention bodies, decision BC-12/7), whose capital is mid-sentence though the match's first is not."""
        if match.group("article_of") is None:
            return match.start()
        head = text[: match.start("article_of")].rstrip()
        return len(head) - len(head.split()[-1])

    def _glossed(self, text: str, start: int, instrument_matches: list[re.Match[str]]) -> bool:
        """Whether a bare bracketed provision glosses the one instrument of the list the text names before it: slides
        and commentaries cite so ("Closely Follow “Purposes” of TIP Protocol (Art.2)", "Art. 6 of the Migrant
        Smuggling Protocol requires States to criminalize migrant smuggling (as defined in Art. 3)"), so its capital
        is no Council of Europe or EU text's."""
        opening = text.rfind("(", 0, start)
        if opening < 0 or ")" in text[opening:start] or start - opening > BRACKET_GLOSS:
            return False
        one = self._one_named(instrument_matches)
        return one is not None and one[1].end() <= opening

    @staticmethod
    def _foreign_style(text: str, start: int) -> bool:
        """Whether a provision is capitalized mid-sentence ("set out in Article 27").

        United Nations texts write "article" in lower case in running text (UN Editorial Manual);
        a capitalized "Article 27" that names no instrument, or only "this Convention", belongs to a
        Council of Europe or EU text, whose provisions are not normalized (TAXONOMY section 5). At a
        sentence start the capital says nothing; inside parentheses it does ("penalties to victims (Article 8)",
        a commentary on the EU Directive), as UN texts write "(article 8)".
        """
        if not text[start].isupper():
            return False
        before = text[:start].rstrip()
        return bool(before) and before[-1] not in '.:;"“'

    def _expand(self, numbers: str) -> Numbers:
        """ "16 to 18" -> 16, 17, 18; "5 and 6" -> 5, 6; "32(3)", "32.3" -> (32, 3)."""
        items: Numbers = []
        pending_range = False
        for part in self.range_re.finditer(numbers):
            if part.group("range"):
                pending_range = True
                continue
            number, paragraph = part.group("n"), part.group("p") or part.group("d")
            if pending_range and items and 0 < int(number) - int(items[-1][0]) <= MAX_RANGE:
                items.extend((str(value), None) for value in range(int(items[-1][0]) + 1, int(number)))
            pending_range = False
            items.append((number, paragraph))
        return items

    def _instruments(
        self, matches: list[re.Match[str]], about: str, other_treaty: bool, foreign: frozenset[str], sole: dict[str, str]
    ) -> Iterator[Reference]:
        for match in matches:
            named = match.group("named")
            instrument = self._instrument(named or match.group(0), about, named is None, other_treaty, foreign, sole)
            if instrument is not None:
                yield Reference(match.start(), match.end(), "instrument", (instrument,))

    def _own(self, matches: list[re.Match[str]], about: str) -> tuple[str, int] | None:
        """The one instrument a text names (and where it is first named), when that is not the document's."""
        one = self._one_named(matches)
        if one is None or one[0] == about:
            return None
        return one[0], one[1].start()

    def _one_named(self, matches: list[re.Match[str]]) -> tuple[str, re.Match[str]] | None:
        """The one listed instrument a text names, with its first mention; None when it names none or several."""
        named = [(instrument, match) for match in matches if (instrument := self._listed(match)) is not None]
        if len({instrument for instrument, _ in named}) != 1:
            return None
        return named[0]

    def _listed(self, match: re.Match[str]) -> str | None:
        """The listed instrument a mention names; None for a generic form ("the Convention", "this Protocol")."""
        named = match.group("named")
        return self.alias_to_instrument[self._alias_key(named)] if named else None

    def _sole(self, matches: list[re.Match[str]]) -> dict[str, str]:
        """Family -> instrument, for each family exactly one of whose instruments the text names."""
        named: dict[str, set[str]] = {}
        for instrument in map(self._listed, matches):
            if instrument is not None:
                named.setdefault(self.families[instrument], set()).add(instrument)
        return {family: next(iter(members)) for family, members in named.items() if len(members) == 1}

    def _topic_instruments(self, text: str, pattern: re.Pattern[str]) -> Iterator[Reference]:
        """ "the Protocols on trafficking in persons and on the smuggling of migrants", "the UN Conventions against
        corruption and transnational organized crime": one reference per topic."""
        for match in pattern.finditer(text):
            keys = [self._norm(topic.group(0)).removeprefix("the ") for topic in self.topic_re.finditer(match.group(0))]
            canonicals = tuple(dict.fromkeys(self.topic_instrument[key] for key in keys if key in self.topic_instrument))
            yield Reference(match.start(), match.end(), "instrument", canonicals)

    def _ordinal_protocols(self, text: str) -> Iterator[Reference]:
        """ "the First and the Second Protocol to the UNTOC": the Protocols their ordinals count, spanning up to "to"
        (the Convention's name after it is read on its own)."""
        for match in self.ordinal_protocols_re.finditer(text) if self.ordinal_protocols_re is not None else ():
            words = re.findall(r"[A-Za-z]+", match.group(0).lower())
            canonicals = tuple(dict.fromkeys(self.protocol_ordinal[word] for word in words if word in self.protocol_ordinal))
            yield Reference(match.start(), match.end(), "instrument", canonicals)

    def _loose_titles(self, text: str) -> Iterator[Reference]:
        """A Protocol's misspelt title followed by its title tail ("..., supplementing the United Nations Convention
        against Transnational Organized Crime"): the one Protocol whose topic the title names, spanning the tail."""
        for match in self.loose_title_re.finditer(text) if self.loose_title_re is not None else ():
            if self.regional_re is not None and self.regional_re.search(text, max(0, match.start() - 40), match.start()):
                continue  # "the ASEAN Protocol to ...": a regional organization's own
            keys = (self._norm(topic.group(0)).removeprefix("the ") for topic in self.topic_re.finditer(match.group("title")))
            protocols = {self.topic_instrument[key] for key in keys if key in self.topic_instrument}
            protocols = {key for key in protocols if self.families[key] == "protocol"}
            if len(protocols) == 1:
                yield Reference(match.start(), match.end(), "instrument", (protocols.pop(),))

    def _others(self, text: str, present: frozenset[str]) -> Iterator[Reference]:
        if _mentions(present, self.domestic_words):
            for match in self.domestic_re.finditer(text):
                if match.group("frame") and self._predicated(text, match.start("frame"), match.group("frame")):
                    continue
                group = next(name for name in ("law", "tight_law", "reverse_law", "elided_law") if match.group(name) is not None)
                yield Reference(match.start(group), match.end(group), "domestic_law", ("domestic_law",))
        for kind, canonical, pattern, words in self.simple_res:
            if _mentions(present, words):
                for match in pattern.finditer(text):
                    yield Reference(match.start(), match.end(), kind, (canonical,))
        for canonicals, pattern, words in self.pair_res:
            if _mentions(present, words):
                for match in pattern.finditer(text):
                    yield Reference(match.start(), match.end(), "agreement", canonicals)
        if self.yearly_re is not None and _mentions(present, self.act_words) and "(" in text:
            for match in self.yearly_re.finditer(text):
                act = match.group("act").lower()
                numbers = self.dated_re.findall(match.group("numbers"))
                yield Reference(
                    match.start(), match.end(), "un_document", tuple(f"{act} {number} ({year})" for number, year in numbers)
                )
        if "/" not in text:
            return  # a document symbol ("CTOC/COP/2020/3") and a numbered act ("decision 4/4") both have one
        for match in self.symbol_re.finditer(text):
            symbol = match.group(0).rstrip(".-")
            if self.foreign_symbol_re is not None and self.foreign_symbol_re.fullmatch(symbol):
                continue
            if any(char.isdigit() for char in symbol):
                yield Reference(match.start(), match.start() + len(symbol), "un_document", (symbol,))
        if not _mentions(present, self.act_words):
            return
        for match in self.act_re.finditer(text):
            act = match.group("act").lower()
            numbers = self.numbered_re.findall(match.group("numbers"))
            yield Reference(
                match.start(), match.end(), "un_document", tuple(f"{act} {''.join(number.split())}" for number in numbers)
            )
            if match.group(0).split()[0].lower().endswith("s"):  # "resolutions 5/1 on ... and 5/2 on ..."
                yield from self._list_tail(text, match.end(), act)

    def _list_tail(self, text: str, start: int, act: str) -> Iterator[Reference]:
        """The numbers a plural act's list takes up again after a title or a clause: "its resolutions 5/1 on
        institution-building ... and 5/2 on a code of conduct", "Council resolutions 8/12 of 18 June 2008, in which it
        extended the mandate ..., and 11/3 of 17 June 2009" (HRC resolution 14/2). Only within the clause, and not past
        another act ("and decision 2004/110")."""
        clause = self.clause_end_re.search(text, start)
        end = min(start + LIST_TAIL, clause.start() if clause else len(text))
        for match in self.list_tail_re.finditer(text, start, end):
            yield Reference(
                match.start("number"), match.end("number"), "un_document", (f"{act} {''.join(match.group('number').split())}",)
            )

    def _predicated(self, text: str, start: int, frame: str) -> bool:
        """Whether a participle frame is the predicate of a copula ("ensure that penalties are provided for in the
        legislation"), or a frame follows the noun of an offence to establish ("establish ... as a criminal offence
        under its domestic law"): what the law should contain, a request to legislate, not the law in force as a
        frame. In a relative clause ("the rights that are provided for by law") a participle still describes the law
        in force."""
        norm = self._norm(frame)
        if (
            norm in self.offence_frames
            and self.offence_re.search(text, max(0, start - 20), start) is not None
            and self.offence_maker_re.search(text, max(0, start - 300), start) is not None
        ):
            return True  # "establish ... as a criminal offence under its domestic law": the law to be made
        return norm in self.passive_frames and self.copula_re.search(text, max(0, start - 40), start) is not None

    def _other_treaty(self, doc: Doc, text: str, present: frozenset[str], provisions: bool) -> bool:
        """Whether the text or its lead-in is another treaty's own (``other_treaty_markers``, a roman-numbered article,
        an opening provision heading)."""
        user_data: dict[Any, Any] = doc.user_data  # spaCy's own keys are tuples too; its annotation says str
        lead_in = user_data.get(LEAD_IN_KEY) or ""
        return (
            self.other_treaty_re is not None
            and any(
                _mentions(words, self.marker_words) and self.other_treaty_re.search(part) is not None
                for part, words in ((text, present), (lead_in, self.gates.present(lead_in)))
            )
        ) or (provisions and (self.roman_article_re.search(text) is not None or self.article_heading_re.match(text) is not None))

    def _unlisted(self, doc: Doc) -> frozenset[str]:
        """Every family of generic forms when the document is about none of the listed instruments (NO_INSTRUMENT): its
        untied "the Convention", "this Protocol" and bare articles are its own treaty's ("In line with article 46 of the
        Convention, the Committee works to facilitate ...", the Budapest Convention's committee; "72 states signed the
        Convention", the UN cybercrime convention), while a named instrument of the list is still read."""
        values: dict[Any, Any] = doc.user_data
        if values.get(DOC_KEYS["about_instrument"]) != NO_INSTRUMENT:
            return frozenset()
        return frozenset(self.generic_family.values())

    def _other_subject(self, text: str, present: frozenset[str]) -> bool:
        """Whether the text names another convention's own subject (``other_convention_subjects``): its untied "the
        Convention" and that form's articles are that treaty's, while "the Protocol" and bare articles keep the
        document's instrument (a Protocol text may name the same people)."""
        return (
            self.other_subject_re is not None
            and _mentions(present, self.subject_words)
            and self.other_subject_re.search(text) is not None
        )

    def __call__(self, doc: Doc) -> Doc:
        """Find references; provisions absorb the instrument they name; no overlaps."""
        about = self._about(doc)
        text, offsets = _unbreak(doc_text(doc))
        text = _blank_inner_glosses(text, self.inner_gloss_re)
        text = self._blank_inner_dates(text)
        present = self.gates.present(text)
        instrument_matches = [
            match
            for match in (self.instrument_re.finditer(text) if _mentions(present, self.instrument_words) else ())
            if not self._regional(text, match)
        ]
        provisions = _mentions(present, self.provision_words)
        # only instruments and provisions are read differently in another treaty's text: most texts have neither,
        # and need not be searched for its markers
        other_treaty = bool(instrument_matches or provisions) and self._other_treaty(doc, text, present, provisions)
        foreign = self._foreign_families(text, present, [match for match in instrument_matches if match.group("named")])
        foreign |= self._unlisted(doc)
        if (instrument_matches or provisions) and self._other_subject(text, present):
            foreign |= {self.families[self.default_instrument]}
        provision_matches = list(self.provision_re.finditer(text)) if provisions else []
        provision_numbers = [self._numbers(match) for match in provision_matches]  # read once, by both passes below
        if instrument_matches:
            user_data: dict[Any, Any] = doc.user_data
            lead_in = user_data.get(LEAD_IN_KEY) or ""
            foreign |= self._untied(text, about, instrument_matches, provision_matches, lead_in)
            if user_data.get(DOC_KEYS["about_instrument"]) is None:
                foreign |= self._own_text(text, instrument_matches, lead_in)
        sole = self._sole(instrument_matches)  # read by every instrument resolution below
        if provision_matches:
            foreign |= self._overnumbered(provision_matches, provision_numbers, about, other_treaty, foreign, sole)
        candidates = [
            *self._provisions(text, provision_matches, provision_numbers, about, other_treaty, foreign, instrument_matches, sole),
            *self._instruments(instrument_matches, about, other_treaty, foreign, sole),
            *(self._topic_instruments(text, self.topic_protocols_re) if "rotocols" in text else ()),
            *(
                self._topic_instruments(text, self.topic_conventions_re)
                if self.topic_conventions_re is not None and "Conventions" in text
                else ()
            ),
            *self._others(text, present),
            *(self._loose_titles(text) if "Protocol " in text and instrument_matches else ()),
            *(self._ordinal_protocols(text) if "rotocol" in text and instrument_matches else ()),
        ]
        candidates.sort(key=lambda ref: (KIND_PRIORITY[ref.kind], -(ref.end - ref.start), ref.start))
        kept: list[Reference] = []
        for ref in candidates:
            if all(ref.end <= other.start or ref.start >= other.end for other in kept):
                kept.append(ref)
        kept.sort(key=lambda ref: (ref.start, ref.end))
        spans: list[Span] = []
        for ref in kept:
            start, end = (offsets[ref.start], offsets[ref.end - 1] + 1) if offsets else (ref.start, ref.end)
            char_span = doc.char_span(start, end, alignment_mode="expand")
            if char_span is None:
                continue
            spans.extend(
                Span(doc, char_span.start, char_span.end, label=ref.kind, kb_id=canonical) for canonical in ref.canonicals
            )
        if not self.overwrite and self.spans_key in doc.spans:
            spans = list(doc.spans[self.spans_key]) + spans
        doc.spans[self.spans_key] = spans
        values: dict[Any, Any] = doc.user_data  # doc._.legal_refs (``value_key``)
        values[DOC_KEYS["legal_refs"]] = list(dict.fromkeys(span.kb_id_ for span in spans))
        return doc
