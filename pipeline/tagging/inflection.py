"""Regular English inflection, written once for every rule component.

Vocabulary files list one form per entry (a singular noun, a verb's base form or its
third person); the components expand them with these rules: actor aliases to singular
and plural (:mod:`.patterns`), theme cue words to all their forms (:mod:`.themes.cues`),
modal cues to their passive participle and resolution verbs to their past
(:mod:`.modality.cues`). Irregular forms are vocabulary: verbs' come from the modal
vocabulary, the few irregular plurals of actor nouns from ``lexicon/inflection.yaml``.
"""

from __future__ import annotations

import functools

from pipeline.tagging.lexicon import load_lexicon

VOWELS = "aeiou"
SIBILANT_ENDINGS = ("s", "x", "z", "ch", "sh")


@functools.cache
def irregular_plurals() -> dict[str, str]:
    """Singular -> plural of the nouns the regular rules get wrong (``lexicon/inflection.yaml``)."""
    return dict(load_lexicon("inflection")["irregular_plurals"])


@functools.cache
def irregular_singulars() -> dict[str, str]:
    """Plural -> singular of the same nouns."""
    return {plural: singular for singular, plural in irregular_plurals().items()}


def _consonant_y(lower: str) -> bool:
    return lower.endswith("y") and len(lower) > 1 and lower[-2] not in VOWELS


def regular_plural(word: str) -> str:
    """Plural (or verb third person) by the regular rules: -ies, -es after a sibilant, else -s."""
    lower = word.lower()
    if _consonant_y(lower):
        return word[:-1] + "ies"
    if lower.endswith(SIBILANT_ENDINGS):
        return word + "es"
    return word + "s"


def plural(word: str) -> str:
    """English plural of a noun (enough for vocabulary heads; an irregular one comes back lower-case)."""
    lower = word.lower()
    irregular = irregular_plurals()
    if lower in irregular:
        return irregular[lower]
    return regular_plural(word)


def strip_s(word: str) -> str:
    """Undo a regular -s/-es/-ies ending (plural noun or verb third person); other words come back unchanged."""
    lower = word.lower()
    if lower.endswith("ies") and len(lower) > 3:
        return word[:-3] + "y"
    if lower.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def singular(word: str) -> str:
    """English singular of a plural noun; other words come back unchanged."""
    lower = word.lower()
    irregular = irregular_singulars()
    if lower in irregular:
        return irregular[lower]
    return strip_s(word)


def past(verb: str, irregular: dict[str, str] | None = None) -> str:
    """Past tense / past participle of a verb's base form: ``irregular`` first ("bind": "bound"), then -d, -ied, -ed."""
    if irregular and verb in irregular:
        return irregular[verb]
    if verb.endswith("e"):
        return verb + "d"
    if _consonant_y(verb):
        return verb[:-1] + "ied"
    return verb + "ed"


def present_participle(verb: str) -> str:
    """The -ing form of a verb's base form (a final -e is dropped)."""
    return verb[:-1] + "ing" if verb.endswith("e") else verb + "ing"


def word_forms(word: str) -> list[str]:
    """Every regular form a lower-case base word may take in text (plural / third person, -ed, -ing), sorted.

    Over-generates on purpose: a short word ending consonant-vowel-consonant also gets its doubled
    forms ("plan": "planned", "planning"), and -iz- spellings their -is- twin ("organized": "organised");
    forms that are not words never occur in text.
    """
    forms = {word, regular_plural(word), past(word), present_participle(word)}
    if len(word) <= 5 and word[-1] not in VOWELS + "wxysz" and word[-2] in VOWELS and word[-3] not in VOWELS:
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    for form in list(forms):
        if "iz" in form:
            forms.add(form.replace("iz", "is"))
    return sorted(forms)
