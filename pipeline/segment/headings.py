"""What a piece of a report *is*: furniture, a heading of some kind, a directive paragraph.

Every rule here is about the shape of UN report text (numbering styles, page
furniture, how a recommendation is worded), never about one report's strings,
so that later sessions' reports with other wording segment the same way.
"""

from __future__ import annotations

import re

# --- page furniture -----------------------------------------------------------------
# Job numbers ("V.10-50502 (E)"), barcodes ("*1050502*"), document symbols
# ("CTOC/COP/WG.4/2010/L.1"), page numbers ("3", "Page 3", "3/5").
_JOB_NUMBER = r"[A-Z]{1,2}\.\d{2}-\d{4,6}(?:\s*\([A-Z]\))?"
_BARCODE = r"\*\d{6,9}\*"
_SYMBOL = r"[A-Z]{1,6}(?:/[A-Za-z0-9.]+){2,}"
_PAGE = r"(?:Page\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?"
_FURNITURE_TOKEN = rf"(?:{_JOB_NUMBER}|{_BARCODE}|{_SYMBOL}|{_PAGE})"
FURNITURE_LINE = re.compile(rf"{_FURNITURE_TOKEN}(?:\s+{_FURNITURE_TOKEN})*")
# Only the unmistakable tokens are cut out of the middle of a line: a symbol
# inside a sentence is usually a citation, not furniture.
INLINE_FURNITURE = re.compile(rf"(?<!\S)(?:{_JOB_NUMBER}|{_BARCODE})(?!\S)")

# --- markers that open a piece ------------------------------------------------------
# "Recommendation 3", "Recommendation 3:", "RECOMMENDATION 3.", "Recommendation No. 12 bis", "**Recommendation 3**".
# A lower-case word after the number means a sentence about a recommendation, not a heading.
_REC = (
    r"[*_]{0,3}(?:Recommendation|RECOMMENDATION)\s+(?:No\.?\s*)?(?P<rec>\d{1,4})"
    r"(?:\s*(?P<qualifier>bis|ter|quater)\b)?[*_]{0,3}"
    r"(?P<rec_tail>\s*[.:\u2013\u2014-](?=\s|$)|(?=\s+[A-Z\u201c\"(*])|\s*$)"
)
REC_AT_START = re.compile(_REC)
# "II. Recommendations", "A. General recommendations" (the token is sorted out by the scanner).
LETTERS_AT_START = re.compile(r"(?P<token>[A-Z]{1,7})\.\s+(?=[A-Z*\u201c\"(])")
NUMBER_AT_START = re.compile(r"(?P<number>\d{1,4})\.\s+(?=\S)")
# Any marker after whitespace inside a line (a web conversion runs headings and paragraphs together).
MARKER_INSIDE = re.compile(
    rf"(?<=\s)(?:{_REC}"
    r"|(?P<token>[A-Z]{1,7})\.\s+(?=[A-Z*\u201c\"])"
    r"|(?P<number>\d{1,3})\.\s+(?=[A-Z*\u201c\"]))"
)
ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
# "Mr. A. Smith": a title or reference abbreviation's dot does not end a sentence.
ABBREVIATION = re.compile(r"(?:Mr|Ms|Mrs|Dr|Prof|St|No|Nos|Art|Arts|Para|Paras|Vol|H\.E)\.")

# --- wording ------------------------------------------------------------------------
# A recommendation asks someone to act (TAXONOMY.md sections 1 and 5). "may" and
# "could" ("States parties could consider ...") are matched in lower case only, so
# the month "May" does not count.
DIRECTIVE = re.compile(
    r"\b(?:should|shall|must|ought\s+to"
    r"|(?:is|are)\s+(?:strongly\s+)?(?:encouraged|invited|urged|requested|called\s+upon|required|recommended)"
    r"|encourages?|urges?|invites?|calls?\s+upon|recommends?|recommended\s+that|requests?)\b",
    re.IGNORECASE,
)
MAY = re.compile(r"\b(?:may|could)\b")
# Finite verbs that a heading never has.
FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does)\b", re.IGNORECASE)
# "At its meeting held in Vienna ...", "In its decision 4/4, the Conference ...": the report
# narrating what happened, even when the narration quotes a "should".
REPORTING_OPENING = re.compile(r"(?:At|In|During)\s+(?:its|their)\s+[^.]{0,80}?\b(?:meeting|session|decision|resolution)s?\b")
# "... adopted the recommendations below", "... the following recommendations:": an introduction.
ANNOUNCEMENT = re.compile(
    r"\b(?:adopted|approved|agreed\s+(?:on|upon|to)|endorsed|formulated|made)\s+the\s+(?:following\s+)?"
    r"recommendations?\b|\brecommendations\s+(?:presented\s+|set\s+out\s+|contained\s+)?below\b",
    re.IGNORECASE,
)
# "The following recommendations were made ...:", "The Working Group recommended that:": a lead-in
# that introduces a lettered list of recommendations.
LIST_ANNOUNCEMENT = re.compile(
    r"\bfollowing\s+recommendations\b|\brecommendations\s+(?:were|are)\s+(?:made|adopted|formulated)\b"
    r"|\brecommend(?:ed|s)?\s+that\b",
    re.IGNORECASE,
)
_OPEN_REQUEST_MAX_WORDS = 4  # "should:", "are encouraged to:", "recommended that States parties:"
RECOMMENDATIONS_WORD = re.compile(r"\brecommendations?\b", re.IGNORECASE)
# "The General Assembly,", "The Human Rights Council,", "The Conference of the Parties to the ... Convention,":
# the line a resolution's preamble and operative part hang from (the body's name, capitalised, then a comma).
_NAME_WORD = r"(?:[A-Z][\w\u2019'-]*|of|on|and|the|for|to|in|at|against)"
ENACTING_LINE = re.compile(rf"The\s+[A-Z][\w\u2019'-]*(?:\s+{_NAME_WORD}){{0,14}}\s*,")
_OPENING_WORDS = 6  # "Reiterates its call upon all States", "Once again urges States that"
_CONTINUED = re.compile(r"\(\s*[*_]*\s*continued\s*[*_]*\s*\)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")
_CLAUSE_END = re.compile(r"[.!?;:\u2026][\"'\u201d\u2019)\]]*$")
_HEADING_MAX_WORDS = 14
_LONG_TITLE_MAX_WORDS = 30  # sub-headings of CND subsidiary-body reports name a whole agenda topic
_PARAGRAPH_MIN_WORDS = 25


def roman_value(token: str) -> int | None:
    """The value of a roman chapter numeral up to XXXIX, or None."""
    if not token or not ROMAN.fullmatch(token):
        return None
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for index, char in enumerate(token):
        value = values[char]
        following = values[token[index + 1]] if index + 1 < len(token) else 0
        total += -value if value < following else value
    return total


def ends_with_full_stop(text: str) -> bool:
    """True when ``text`` ends with a full stop, question or exclamation mark (quotes allowed after)."""
    return bool(_SENTENCE_END.search(text.rstrip()))


def ends_clause(text: str) -> bool:
    """True when ``text`` ends with any punctuation that closes a clause (also ``;`` and ``:``)."""
    return bool(_CLAUSE_END.search(text.rstrip()))


def is_directive(text: str) -> bool:
    """True when the text asks someone to do something (should, shall, are encouraged, urges, may ...)."""
    return bool(DIRECTIVE.search(text) or MAY.search(text))


def is_reporting(text: str) -> bool:
    """True for narration of the meeting ("At its meeting ...", "In its decision 4/4 ...")."""
    return bool(REPORTING_OPENING.match(text.lstrip()))


def is_announcement(text: str) -> bool:
    """True for the paragraph that introduces the recommendations rather than making one."""
    return bool(ANNOUNCEMENT.search(text))


def announces_list(lead_in: str) -> bool:
    """True for a lead-in that introduces recommendations ("The following recommendations were made ...:")."""
    return bool(is_announcement(lead_in) or LIST_ANNOUNCEMENT.search(lead_in))


def opens_request(lead_in: str) -> bool:
    """True for a lead-in whose request the items complete: "States parties should:", "recommended that States:".

    Only a few words (a subject, "to", "consider") may follow the last request word and no
    comma: "should cooperate in tracing firearms, including by:" introduces the ways of one
    request, not several requests.
    """
    bare = lead_in.rstrip().rstrip(":").rstrip()
    directives = list(DIRECTIVE.finditer(bare))
    last = directives[-1] if directives else None
    for match in MAY.finditer(bare):
        if last is None or match.end() > last.end():
            last = match
    if last is None:
        return False
    rest = bare[last.end() :]
    return "," not in rest and len(rest.split()) <= _OPEN_REQUEST_MAX_WORDS


def is_enacting_line(line: str) -> bool:
    """True for the line that names the body adopting a resolution: "The General Assembly,"."""
    return bool(ENACTING_LINE.fullmatch(line.strip()))


def opens_with_request(paragraph: str) -> bool:
    """True when an operative paragraph's opening asks someone to act ("Urges States", "Once again urges").

    Only the first few words count: "Takes note of the report ..., which should ..." opens with
    no request, whatever its subordinate clauses say.
    """
    opening = " ".join(paragraph.split()[:_OPENING_WORDS])
    return bool(DIRECTIVE.search(opening))


def mentions_recommendations(label: str) -> bool:
    """True for a heading such as "II. Recommendations adopted ..." or "Conclusions and recommendations"."""
    return bool(RECOMMENDATIONS_WORD.search(label))


def looks_like_heading(text: str, max_words: int = _HEADING_MAX_WORDS) -> bool:
    """Short, capitalised, no final punctuation, no finite or modal verb: a title, not a sentence."""
    bare = text.strip().strip("*_").strip()
    words = bare.split()
    if not words or len(words) > max_words:
        return False
    if not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    if ends_clause(bare) or bare.endswith(","):
        return False
    return not (FINITE_VERB.search(bare) or is_directive(bare))


def looks_like_long_title(text: str) -> bool:
    """A title of up to 30 words ("1. Countering money-laundering, illicit financial flows and ...")."""
    return looks_like_heading(text, _LONG_TITLE_MAX_WORDS)


def numbered_kind(body: str) -> str:
    """Guess what follows "N.": ``"heading"``, ``"paragraph"`` or ``"ambiguous"`` (the numbering decides)."""
    if looks_like_heading(body):
        return "heading"
    words = body.split()
    if is_directive(body) or FINITE_VERB.search(body) or len(words) > _PARAGRAPH_MIN_WORDS:
        return "paragraph"
    if len(words) > _HEADING_MAX_WORDS or not ends_with_full_stop(body):
        return "paragraph"
    return "ambiguous"  # e.g. "1. General recommendations." - short, verbless, but with a full stop


def clean_heading(raw: str) -> str:
    """A heading as printed, minus emphasis markers and "(continued)", on one line.

    "(continued)" is dropped so that a chapter continued from an earlier part of
    the report gives its recommendations the same section path.
    """
    text = _CONTINUED.sub("", raw)
    text = re.sub(r"[*_]+", "", text)
    return " ".join(text.split())
