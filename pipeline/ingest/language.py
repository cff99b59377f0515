"""Which of the six UN languages a report is written in; the pipeline reads English only.

UN documents are issued in Arabic, Chinese, English, French, Russian and
Spanish. Restricting lingua to those six makes detection fast and reliable,
and lets a French or Spanish report fail with a clear message instead of
producing meaningless English tags.
"""

from __future__ import annotations

import functools
from pathlib import Path

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from pipeline.errors import RecsError

UN_LANGUAGES = (Language.ARABIC, Language.CHINESE, Language.ENGLISH, Language.FRENCH, Language.RUSSIAN, Language.SPANISH)
SAMPLE_CHARS = 4000  # a few paragraphs decide the language; the rest would only cost time
SUPPORTED = "en"


@functools.cache
def _detector() -> LanguageDetector:
    """Built once per process: building loads nothing, but models are cached on the detector."""
    return LanguageDetectorBuilder.from_languages(*UN_LANGUAGES).build()


def detect_language(text: str) -> Language | None:
    """The UN language of the text's opening, or None when the sample is too short to tell."""
    return _detector().detect_language_of(text[:SAMPLE_CHARS])


def require_english(text: str, path: Path) -> str | None:
    """Return the ISO 639-1 code ("en", or None if undetectable); raise for another language."""
    language = detect_language(text)
    if language is None:
        return None
    code = language.iso_code_639_1.name.lower()
    if code != SUPPORTED:
        raise RecsError(f"report is in {language.name.title()}; the pipeline reads English reports only", path)
    return code
