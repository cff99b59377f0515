"""Predicates about one line of report text, used to decide where blocks start and end.

Kept apart from the cleaning loop so furniture detection and line joining
agree on what a heading or a sentence end is.
"""

from __future__ import annotations

import re

# "Recommendation 12", "ANNEX II", "Chapter 3", "Decision 4/4": a label heading is a
# block of its own and is never joined to what follows.
_LABEL_HEADING = re.compile(
    r"(?i:recommendations?|chapter|annex|appendix|part|section|article|rule|decision|resolution)"
    r"\s+(?:\d+(?:[./]\d+)*|[IVXLCDM]+|[A-Z])[a-z]?\.?"
)
# "II. Recommendations", "A. General recommendations": outline headings.
_OUTLINE_HEADING = re.compile(r"(?:[IVXLC]{1,6}|[A-Z])\.\s+[A-Z(\"“‘'*]")
# "3. ", "(a) ", "b) ", "iv. ", "• ": the start of a numbered or bulleted item.
_ENUMERATOR = re.compile(r"(?:\d{1,4}\.|\(\w{1,4}\)|[a-z]{1,4}\)|[ivx]{1,4}\.|[•▪◦·*–—-])\s")
# "Distr.: General", "Original: English", "Item 3 of the provisional agenda": masthead fields.
_BARE_ENUMERATOR = re.compile(r"\d{1,4}\.|\(\w{1,4}\)")
# Words that call for a number: after them "3." is a cross-reference ("paragraph 3.", "decision 4."),
# never a new paragraph, and a line starting with a number continues the sentence.
REFERENCE_WORDS = frozenset(
    "para paras paragraph paragraphs article articles art arts decision decisions resolution "
    "resolutions rule rules item items chapter chapters section sections annex page pages no nos "
    "number footnote recommendation recommendations part parts table figure volume vol and or to of".split()
)
# Words no paragraph, heading or title ends on: a line ending with one goes on, whatever starts the next.
FUNCTION_WORDS = frozenset("a an the of to in on for with by from against and or nor as at into upon under between among".split())
_MASTHEAD_FIELD = re.compile(r"(?:Distr\.|Original:|Item \d|Agenda item)")
_LOWERCASE_ENUMERATOR = re.compile(r"(?:[a-z]{1,4}[.)]|[ivx]{1,6}\.)\s")
# A sentence end: terminal punctuation, possibly followed by closing quotes or brackets.
_TERMINAL_PUNCTUATION = ".;:?!…"
_CLOSERS = "\"'”’)]»*"
# A sentence end followed by a footnote number ("... advocates.1", "... (UPR).5", "... ICERD. 26"): a letter or a
# closing bracket/quote comes before the punctuation, so "article 8.1" and "in 2008. 12" are not read as one.
_NOTED_SENTENCE_END = re.compile(
    rf"(?:(?P<word>[^\W\d_]+)|[{re.escape(_CLOSERS)}])[{re.escape(_TERMINAL_PUNCTUATION)}][{re.escape(_CLOSERS)}]? ?\d{{1,3}}$"
)
# A paragraph number set off by a tab stop, as a layout-keeping conversion prints it: "17.     The Committee".
# Up to three digits, so a year ending a sentence ("in 2008.  The") is not one.
_SPACED_PARAGRAPH_NUMBER = re.compile(r"\d{1,3}\.\s{2,}[A-Z]")
# A paragraph number ending a line after a finished sentence ("... thereto. 11."): cut from its text by a page break.
_TRAILING_ENUMERATOR = re.compile(
    rf"[{re.escape(_TERMINAL_PUNCTUATION)}][{re.escape(_CLOSERS)}]?\s+(?P<marker>\d{{1,4}}\.|\(\w{{1,4}}\))$"
)

# --- questionnaire form text ---------------------------------------------------------
# Implementation questionnaires print a reply box after each recommendation ("Any action
# taken YES NO", "Comments:", "Yes / No", "Please elaborate: ......"). A line made only of
# such tokens is form, never wording; it needs one unmistakable token (a bare "No" is not form).
_FORM_TOKEN = (
    r"(?:Any\s+(?:additional\s+)?action\s+taken\s*[?:]?|Comments?\s*:|Please\s+elaborate\s*:"
    r"|YES|NO|Yes|No|/|[._\u2026]{3,}+)"
)
FORM_LINE = re.compile(rf"{_FORM_TOKEN}(?:\s*{_FORM_TOKEN})*")
_FORM_ANCHOR = re.compile(r"action\s+taken|Comments?\s*:|Please\s+elaborate|\b(?:YES\s*/?\s*NO|Yes\s*/\s*No)\b|[._\u2026]{3,}")


MAX_LABEL_HEADING_CHARS = 40


def is_label_heading(line: str) -> bool:
    """True for a line such as "Recommendation 5" that is a heading by itself."""
    return len(line) <= MAX_LABEL_HEADING_CHARS and _LABEL_HEADING.fullmatch(line.strip()) is not None


def starts_heading(line: str) -> bool:
    """True when the line opens a heading, so it cannot continue the previous line."""
    return is_label_heading(line) or _OUTLINE_HEADING.match(line) is not None


def starts_block(line: str) -> bool:
    """True when the line can only open a block: a heading, a masthead field or a questionnaire box."""
    return starts_heading(line) or _MASTHEAD_FIELD.match(line) is not None or is_form_line(line)


def is_form_line(line: str) -> bool:
    """True for a questionnaire reply box line ("Any action taken YES NO", "Comments:", "Yes / No")."""
    line = line.strip()
    return bool(FORM_LINE.fullmatch(line) and _FORM_ANCHOR.search(line))


def starts_enumerator(line: str) -> bool:
    """True when the line starts a numbered or bulleted item."""
    return _ENUMERATOR.match(line) is not None


def starts_spaced_paragraph_number(line: str) -> bool:
    """True for a line opening with a paragraph number set off by several spaces ("11.     The Committee")."""
    return _SPACED_PARAGRAPH_NUMBER.match(line) is not None


def ends_with_terminal_punctuation(text: str) -> bool:
    """True when the text ends with terminal punctuation (optionally inside quotes/brackets)."""
    end = text[-16:].rstrip(_CLOSERS)
    return bool(end) and end[-1] in _TERMINAL_PUNCTUATION


def ends_sentence_with_note(text: str) -> bool:
    """True when the text ends with a finished sentence and its footnote number ("... rights advocates.1").

    UN documents print footnote markers right after the full stop, so the sentence end the
    paragraph rules look for is one number back; the next line's paragraph number opens a block.
    """
    match = _NOTED_SENTENCE_END.search(text[-24:])
    # "Protocol No. 1", "para. 3": an abbreviated word that calls for a number is not a sentence end.
    return match is not None and (match.group("word") or "").lower() not in REFERENCE_WORDS


def is_title_line(line: str) -> bool:
    """Every word capitalised but the function words, no final punctuation: "Prioritized Recommendations".

    A wrapped sentence's tail has lower-case words or ends with punctuation; a title's does not.
    """
    words = line.split()
    return (
        bool(words)
        and not ends_with_terminal_punctuation(line)
        and line[-1] not in ",-"
        and words[-1].lower() not in FUNCTION_WORDS
        and all(word[0].isupper() or word.lower() in FUNCTION_WORDS for word in words)
    )


def starts_lowercase(line: str) -> bool:
    """True when the line starts with a lower-case letter that is not an item label like "a)"."""
    return bool(line) and line[0].islower() and _LOWERCASE_ENUMERATOR.match(line) is None


def ends_with_hyphen(text: str) -> bool:
    """True when the text ends with a word and a hyphen ("traffick-", "2009-"): the word goes on."""
    return len(text) > 1 and text[-1] == "-" and text[-2].isalnum()


def trailing_enumerator(line: str) -> int | None:
    """Where a paragraph number that ends ``line`` after a finished sentence starts, else None.

    "... the Protocols thereto. 11." at the foot of a page: the number's text is on
    the next page, so the number opens the next paragraph rather than closing this one.
    """
    match = _TRAILING_ENUMERATOR.search(line)
    return match.start("marker") if match else None


def continues_across_break(block: str, line: str) -> bool:
    """The general page-break rule: an unfinished block followed by a lower-case start is one paragraph.

    A block ending in a hyphenated word part also continues on any letter or digit, one
    ending in a function word ("against") on anything, one ending in a word that calls
    for a number ("paragraph") on a number, and a paragraph number standing alone ("12.",
    "(b)": set in the margin, or left at the foot of a page) belongs to the text that follows it.
    """
    if _BARE_ENUMERATOR.fullmatch(block):
        return True
    if is_label_heading(block):
        return False
    if ends_with_hyphen(block) and line[:1].isalnum():
        return True
    if ends_with_terminal_punctuation(block):
        return False
    last_word = block.rsplit(None, 1)[-1].lower()
    # "... the United Nations Convention against" + "Transnational Organized Crime": no paragraph or
    # heading ends on a function word. "... article 8, paragraph" + "4, of": a number its last word calls for.
    return (
        starts_lowercase(line)
        or last_word in FUNCTION_WORDS
        or (line[:1].isdigit() and not starts_enumerator(line) and last_word in REFERENCE_WORDS)
    )
