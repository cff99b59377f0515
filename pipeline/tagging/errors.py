"""Central error and warning messages of the tagging components (like spaCy's ``Errors``/``Warnings``).

Keeping every message here gives each one a stable code that users can search for
and tests can match, and keeps wording consistent across components.
"""

from __future__ import annotations


class _MessagesWithCodes(type):
    """Prefix each message with its code, as spaCy does: ``Errors.E001`` -> ``"[E001] ..."``."""

    def __getattribute__(cls, code: str) -> str:
        message = super().__getattribute__(code)
        if code.startswith("_") or not isinstance(message, str):
            return message
        return f"[{code}] {message}"


class Warnings(metaclass=_MessagesWithCodes):
    W001 = (
        "rule-only mode: base model {model!r} is not installed; tagging without a "
        "dependency parse (spacy.blank('en') + sentencizer)"
    )
    W002 = (
        "component {name!r} was configured for vocabulary {lexicon!r} version {expected!r} "
        "but version {found!r} is loaded; tags may differ from the run that built the config"
    )
    W003 = "doc._.about_instrument={value!r} is not a known instrument; using the default {default!r}"


class Errors(metaclass=_MessagesWithCodes):
    E001 = "vocabulary {lexicon!r} has no entry {key!r}, which component {name!r} needs"
    E002 = "actor {actor!r} in vocabulary {lexicon!r} has role {role!r}; expected one of {roles}"
    E003 = "modality value {value!r} in vocabulary {lexicon!r} is not one of {values}"
    E004 = "no saved tagger at this path (run `recs build-tagger` to build one)"
    E005 = "cannot load the saved tagger ({error}); rebuild it with `recs build-tagger`"
    E006 = "component {name!r} needs the {other!r} component earlier in the pipeline: add {other!r} before it"
    E007 = "recommendation row {index} has no {field!r} value"
    E008 = "{path_kind} file not found"
    E009 = "{path_kind} lacks required columns {columns}"
    E010 = "default_instrument {value!r} is not an instrument of vocabulary {lexicon!r} ({known})"
    E011 = (
        "cannot load the saved tagger: {manifest} is missing, unreadable or records no file hashes "
        "(saved by an older version); rebuild it with `recs build-tagger`"
    )
    E013 = (
        'cue pattern token {pattern!r} is not supported: use LOWER (a word or {{"IN": [...]}}) or IS_SPACE, '
        'with OP absent, "?" or "*", and start with a required word'
    )
    E014 = "qualified_heads in vocabulary {lexicon!r} names actor {actor!r}, which the vocabulary does not define"
    E015 = (
        "saved component {name!r} has no {file} (a tagger saved before the cue files were renamed "
        "from vocab to lexicon); rebuild the tagger with `recs build-tagger` (or `dvc repro`)"
    )
    E016 = (
        "bare_bodies names {names} in vocabulary {lexicon!r} are not asked_names names, and only an asked name is "
        "read as a bare name: add them to asked_names.names"
    )
    # recs_themes
    E101 = "theme vocabulary has no 'groups' mapping of sub-themes"
    E102 = "theme vocabulary: sub-theme {sub_theme!r} is listed under more than one group"
    E103 = "training example has unknown theme labels in doc.cats: {labels}; known sub-themes are in lexicon/themes.yaml"
    E104 = "saved themes component has no {file}; re-save the pipeline with this version"
    E105 = "saved theme model has no {file}; rebuild the tagger with `recs build-tagger` (or `dvc repro`)"
    E106 = (
        "saved theme model is a pickle ({file}) of an earlier release, which this version does not load; "
        "rebuild the tagger with `recs build-tagger` (or `dvc repro`)"
    )
