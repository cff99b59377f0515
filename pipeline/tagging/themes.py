"""The ``recs_themes`` component: multi-label sub-themes (TAXONOMY.md section 4).

Two sources of evidence are combined per sub-theme:

* **cues** — the phrases of ``vocab/themes.yaml``, matched token by token on
  ``LOWER`` with generated inflections, so the result is the same on
  ``spacy.blank("en")`` and on a trained base. A strong cue scores
  ``cue_weight``, a weak cue ``weak_cue_weight``; a link cue ("cooperate with")
  is strong next to an actor of its roles (an international body) and weak
  elsewhere; any cue outside every modal clause of a doc that has one counts
  times ``outside_factor`` (context, not the request). Several distinct cues of
  one sub-theme combine by noisy-OR: ``cue = 1 - prod(1 - w_i)``.
* **model** — a scikit-learn ``Pipeline`` (TF-IDF word 1–2-grams + one-vs-rest
  logistic regression) fitted in :meth:`ThemeTagger.initialize` on examples
  whose reference ``doc.cats`` hold the gold sub-themes; probability ``p``.

Combination rule: ``score = 1 - (1 - cue) * (1 - p)`` (noisy-OR; ``p = 0`` when
the model is not trained or the sub-theme had too few training examples). A
sub-theme is assigned when ``score >= threshold`` (0.7: precision first, so one
strong cue in the request still assigns, but two weak cues alone no longer do).
Its source is ``"cues"`` or ``"model"`` when that source alone reaches the
threshold, and ``"both"`` when both do or when only their combination does. Without a trained model the cues
alone decide and every source reads ``"cues"``.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import Pipe
from spacy.tokens import Doc, Span
from spacy.training import Example, validate_get_examples
from spacy.util import SimpleFrozenList, ensure_path, registry

from pipeline.errors import RecsError
from pipeline.tagging.errors import Errors
from pipeline.tagging.extensions import doc_text
from pipeline.tagging.theme_model import ThemeModel
from pipeline.tagging.vocab import load_vocab

DEFAULT_SPANS_KEY = "theme_cues"
LINK = "link"  # strength of an ``actor_links`` cue: strong next to an actor of its roles, weak otherwise
ADDRESSEE_LINK = "addressee"  # strength of an ``addressee_links`` cue: strong when the request goes to one of its addressees
IGNORE_LABEL = "__ignore__"
PICKLED_MODEL_FILE = "model.joblib"  # written by earlier releases; refused
META_FILE = "meta.json"
CUES_FILE = "cues.json"
GAP_TOKEN = "..."
OPTIONAL_TOKEN = "*"
MAX_GAP = 10
SCORE_DECIMALS = 4
# Function words keep their exact form; inflecting them would only add noise.
UNINFLECTED = frozenset(
    "a an and any as at be by for from in into its of on or such that the their them these this those to with".split()
)


def register_extensions() -> None:
    """Declare the Doc extensions this component writes (idempotent)."""
    for name in ("themes", "theme_groups", "theme_scores", "theme_sources"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def inflections(word: str) -> list[str]:
    """Surface forms a base-form cue word should also match (plural, -ed, -ing, -ise/-ize).

    Over-generation is harmless: forms that are not words never occur in text.
    """
    if not word.isalpha() or len(word) < 3 or word in UNINFLECTED:
        return [word]
    forms = {word}
    if word.endswith(("s", "x", "z", "ch", "sh")):
        forms |= {word + "es", word + "ed", word + "ing"}
    elif word.endswith("e"):
        forms |= {word + "s", word + "d", word[:-1] + "ing"}
    elif word.endswith("y") and word[-2] not in "aeiou":
        forms |= {word[:-1] + "ies", word[:-1] + "ied", word + "ing"}
    else:
        forms |= {word + "s", word + "ed", word + "ing"}
        if len(word) <= 5 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
            forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    for form in list(forms):
        if "iz" in form:
            forms.add(form.replace("iz", "is"))
    return sorted(forms)


def cue_segments(phrase: str) -> tuple[list[str], list[int]]:
    """Split a cue at its wildcards: the word segments and the largest gap allowed after each but the last.

    "*" allows one optional word, "..." up to ``MAX_GAP`` words; wildcards at the
    ends of a cue are meaningless and dropped. A plain cue is one segment.
    """
    segments: list[list[str]] = [[]]
    gaps: list[int] = []
    for chunk in phrase.lower().split():
        if chunk in (OPTIONAL_TOKEN, GAP_TOKEN):
            if segments[-1]:
                segments.append([])
                gaps.append(0)
            if gaps:
                gaps[-1] += 1 if chunk == OPTIONAL_TOKEN else MAX_GAP
        else:
            segments[-1].append(chunk)
    if not segments[-1]:
        segments.pop()
        gaps = gaps[: len(segments) - 1]
    return [" ".join(words) for words in segments], gaps


def cue_variants(phrase: str, tokenize: Callable[[str], Doc]) -> list[list[str]]:
    """Every lower-cased word sequence a plain cue (or cue segment) stands for (inflections, optional hyphens).

    Only the first word (a verb: "identify victims") and the last word (the head
    of an English noun phrase: "residence permits") are inflected; inner words
    keep their form, which keeps the phrase list small.
    """
    words = [token.text for token in tokenize(phrase.lower())]
    last = len(words) - 1
    choices = [
        ["-", ""] if word == "-" else inflections(word) if index in (0, last) else [word]
        for index, word in enumerate(words)
    ]
    return [[word for word in combination if word] for combination in itertools.product(*choices)]


def chain_segments(found: list[list[tuple[int, int]]], gaps: list[int]) -> list[tuple[int, int]]:
    """Join the matches of consecutive cue segments into whole-cue matches.

    found[i] holds the (start, end) matches of segment i; segment i + 1 must start
    at most ``gaps[i]`` tokens after segment i ends. Every combination is kept,
    as spaCy's ``Matcher`` would report it.
    """
    chains = found[0]
    for gap, following in zip(gaps, found[1:]):
        chains = [(start, next_end) for start, end in chains for next_start, next_end in following
                  if end <= next_start <= end + gap]
        if not chains:
            break
    return chains


def theme_groups_of(vocab: dict[str, Any]) -> dict[str, str]:
    """Map every sub-theme id to its top-level group, in vocabulary order."""
    groups = vocab.get("groups")
    if not isinstance(groups, dict):
        raise RecsError(Errors.E101)
    group_of: dict[str, str] = {}
    for group, sub_themes in groups.items():
        for sub_theme in sub_themes:
            if sub_theme in group_of:
                raise RecsError(Errors.E102.format(sub_theme=sub_theme))
            group_of[sub_theme] = group
    return group_of


def all_sub_themes() -> list[str]:
    """The closed list of sub-theme ids of the shipped vocabulary, sorted."""
    return sorted(theme_groups_of(load_vocab("themes")))


def make_model(max_ngram: int, C: float, random_state: int, class_weight: str | None = None) -> Any:
    """The theme model: TF-IDF word n-grams + one logistic regression per sub-theme.

    ``class_weight="balanced"`` up-weights the few positive examples of each sub-theme.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import Pipeline

    return Pipeline(
        [
            ("tfidf", TfidfVectorizer(ngram_range=(1, max_ngram), sublinear_tf=True, min_df=1, strip_accents="unicode")),
            (
                "clf",
                OneVsRestClassifier(
                    LogisticRegression(C=C, solver="liblinear", class_weight=class_weight, random_state=random_state)
                ),
            ),
        ]
    )


def themes_score(examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
    """Micro/macro P/R/F of ``doc._.themes`` against the reference ``doc.cats`` (>= 0.5 is gold)."""
    from pipeline.tagging.set_scores import set_prf

    gold_sets, predicted_sets = [], []
    for example in examples:
        gold_sets.append({label for label, value in example.reference.cats.items() if value >= 0.5})
        predicted_sets.append(set(example.predicted._.themes or []))
    scores = set_prf(gold_sets, predicted_sets, per_label=True)
    return {
        "themes_micro_p": scores["micro"]["precision"],
        "themes_micro_r": scores["micro"]["recall"],
        "themes_micro_f": scores["micro"]["f1"],
        "themes_macro_f": scores["macro_f1"],
        "themes_per_type": {
            label: {"p": row["precision"], "r": row["recall"], "f": row["f1"]} for label, row in scores["per_label"].items()
        },
    }


@registry.scorers("recs.themes_scorer.v1")
def make_themes_scorer() -> Callable[..., dict[str, Any]]:
    """Registered scorer so ``nlp.evaluate`` reports theme micro/macro F."""
    return themes_score


@Language.factory(
    "recs_themes",
    assigns=["doc._.themes", "doc._.theme_groups", "doc._.theme_scores", "doc._.theme_sources", "doc.spans"],
    default_config={
        "threshold": 0.7,
        "cue_weight": 0.8,
        "weak_cue_weight": 0.3,
        "outside_factor": 0.5,
        "actors_key": "actors",
        "clauses_key": "modal_clauses",
        "spans_key": DEFAULT_SPANS_KEY,
        "max_ngram": 2,
        "C": 30.0,
        "class_weight": None,
        "min_positives": 2,
        "random_state": 0,
        "scorer": {"@scorers": "recs.themes_scorer.v1"},
    },
    default_score_weights={
        "themes_micro_f": 1.0,
        "themes_micro_p": 0.0,
        "themes_micro_r": 0.0,
        "themes_macro_f": 0.0,
        "themes_per_type": None,
    },
)
def make_themes(
    nlp: Language,
    name: str,
    threshold: float,
    cue_weight: float,
    weak_cue_weight: float,
    outside_factor: float,
    actors_key: str,
    clauses_key: str,
    spans_key: str,
    max_ngram: int,
    C: float,
    class_weight: str | None,
    min_positives: int,
    random_state: int,
    scorer: Callable[..., dict[str, Any]] | None,
) -> "ThemeTagger":
    """Create the themes component.

    threshold (float): a sub-theme is assigned when its combined score reaches it.
    cue_weight (float): evidence of one strong cue match.
    weak_cue_weight (float): evidence of one weak cue match.
    outside_factor (float): multiplies the evidence of a cue outside every modal clause of a doc that has one.
    actors_key (str): ``doc.spans`` key of the actor mentions (``recs_actors``), for ``actor_links`` cues.
    clauses_key (str): ``doc.spans`` key of the modal clauses (``recs_modality``).
    spans_key (str): key of ``doc.spans`` that receives the cue matches.
    max_ngram (int): longest word n-gram of the model's TF-IDF features.
    C (float): inverse regularization strength of the logistic regressions.
    class_weight (Optional[str]): ``"balanced"`` to up-weight each sub-theme's rare positives, or null.
    min_positives (int): sub-themes with fewer positive training examples are left to the cues.
    random_state (int): seed of the model, for reproducible training.
    scorer (Optional[Callable]): scoring method for ``nlp.evaluate``.
    """
    return ThemeTagger(
        nlp,
        name,
        threshold=threshold,
        cue_weight=cue_weight,
        weak_cue_weight=weak_cue_weight,
        outside_factor=outside_factor,
        actors_key=actors_key,
        clauses_key=clauses_key,
        spans_key=spans_key,
        max_ngram=max_ngram,
        C=C,
        class_weight=class_weight,
        min_positives=min_positives,
        random_state=random_state,
        scorer=scorer,
    )


class ThemeTagger(Pipe):
    """Assign sub-themes from cue phrases and a trained multi-label model (see the module docstring)."""

    def __init__(
        self,
        nlp: Language,
        name: str = "recs_themes",
        *,
        threshold: float = 0.7,
        cue_weight: float = 0.8,
        weak_cue_weight: float = 0.3,
        outside_factor: float = 0.5,
        actors_key: str = "actors",
        clauses_key: str = "modal_clauses",
        spans_key: str = DEFAULT_SPANS_KEY,
        max_ngram: int = 2,
        C: float = 30.0,
        class_weight: str | None = None,
        min_positives: int = 2,
        random_state: int = 0,
        scorer: Callable[..., dict[str, Any]] | None = themes_score,
    ) -> None:
        register_extensions()
        self.vocab = nlp.vocab
        self.name = name
        self.threshold = threshold
        self.cue_weight = cue_weight
        self.weak_cue_weight = weak_cue_weight
        self.outside_factor = outside_factor
        self.actors_key = actors_key
        self.clauses_key = clauses_key
        self.spans_key = spans_key
        self.max_ngram = max_ngram
        self.C = C
        self.class_weight = class_weight
        self.min_positives = min_positives
        self.random_state = random_state
        self.scorer = scorer
        self._tokenizer = nlp.tokenizer
        self.estimator: Any = None
        self.model_labels: list[str] = []
        self.theme_model: ThemeModel | None = None
        self.set_cues(load_vocab("themes"))

    # ----- cue vocabulary -------------------------------------------------
    def set_cues(self, vocab: dict[str, Any]) -> None:
        """Use a theme vocabulary mapping; its matcher is built on first use (loading replaces the vocabulary)."""
        self.cue_vocab = vocab
        self.group_of = theme_groups_of(vocab)
        self.labels_sorted = sorted(self.group_of)
        self._phrase_matcher: PhraseMatcher | None = None

    @property
    def phrase_matcher(self) -> PhraseMatcher:
        """One ``PhraseMatcher`` on ``LOWER`` for every plain cue and every segment of a wildcard cue.

        Wildcard cues are matched as phrase segments joined in Python
        (:func:`chain_segments`): a token ``Matcher`` with "any word" steps tests
        every pattern at every token and was most of the component's time.
        """
        if self._phrase_matcher is None:
            self._build_matcher()
        return self._phrase_matcher  # type: ignore[return-value]

    def _build_matcher(self) -> None:
        matcher = PhraseMatcher(self.vocab, attr="LOWER")
        self.gapped_keys: set[str] = set()
        self.segment_gaps: dict[str, list[int]] = {}
        vocab = self.cue_vocab
        entries = [(IGNORE_LABEL, "ignore", index, phrase) for index, phrase in enumerate(vocab.get("ignore") or [])]
        for sub_themes in vocab["groups"].values():
            for sub_theme, cues in sub_themes.items():
                for strength in ("cues", "weak"):
                    entries += [(sub_theme, strength, i, phrase) for i, phrase in enumerate((cues or {}).get(strength) or [])]
        self.links: dict[str, tuple[frozenset[str], int, bool]] = {}  # link key -> (actor roles, window, strong near them)
        for i, link in enumerate(vocab.get("actor_links") or []):
            for j, phrase in enumerate(link["cues"]):
                entries.append((link["sub_theme"], LINK, f"{i}.{j}", phrase))
                self.links[f"{link['sub_theme']}|{LINK}|{i}.{j}"] = (
                    frozenset(link["roles"]), int(link["window"]), link.get("near", "strong") == "strong")
        self.addressee_links: dict[str, frozenset[str]] = {}  # addressee-link key -> addressee ids
        for i, link in enumerate(vocab.get("addressee_links") or []):
            for j, phrase in enumerate(link["cues"]):
                entries.append((link["sub_theme"], ADDRESSEE_LINK, f"{i}.{j}", phrase))
                self.addressee_links[f"{link['sub_theme']}|{ADDRESSEE_LINK}|{i}.{j}"] = frozenset(link["addressees"])
        for label, strength, index, phrase in entries:
            key = f"{label}|{strength}|{index}"
            segments, gaps = cue_segments(phrase)
            if gaps:
                self.segment_gaps[key] = gaps
            for position, segment in enumerate(segments):
                segment_key = f"{key}#{position}" if gaps else key
                # Built on first use, maybe inside nlp.memory_zone(): the key must outlive the zone.
                self.vocab.strings.add(segment_key, allow_transient=False)
                matcher.add(segment_key, [Doc(self.vocab, words=words) for words in cue_variants(segment, self._tokenizer)])
            if GAP_TOKEN in phrase.split():
                self.gapped_keys.add(key)
        self._phrase_matcher = matcher

    @property
    def labels(self) -> tuple[str, ...]:
        """The sub-theme ids this component can assign."""
        return tuple(self.labels_sorted)

    @property
    def vocab_version(self) -> str:
        """Version of the cue vocabulary in use (saved with the pipeline)."""
        return str(self.cue_vocab["version"])

    @property
    def is_trained(self) -> bool:
        """Whether a model was fitted (or loaded); otherwise cues alone decide."""
        return self.theme_model is not None

    def cue_matches(self, doc: Doc) -> list[tuple[int, int, str, str]]:
        """Cue matches as sorted (start, end, sub-theme, cue key).

        A match inside a longer contiguous match (of any sub-theme or ignore phrase)
        is dropped: "assistance" inside "mutual legal assistance" is no evidence of
        victim assistance, and "frameworks" inside "national frameworks" is no
        second piece of evidence. Of several cues matching the same words for one
        sub-theme, the strongest is kept.
        """
        matches = []
        segments: dict[str, list[list[tuple[int, int]]]] = {}
        strings = self.vocab.strings
        for match_id, start, end in self.phrase_matcher(doc):
            key, _, position = strings[match_id].partition("#")
            if position:
                found = segments.get(key)
                if found is None:
                    found = segments[key] = [[] for _ in range(len(self.segment_gaps[key]) + 1)]
                found[int(position)].append((start, end))
            else:
                matches.append((start, end, key.partition("|")[0], key))
        for key, found in segments.items():
            if all(found):
                label = key.partition("|")[0]
                matches += [(start, end, label, key) for start, end in chain_segments(found, self.segment_gaps[key])]
        # Only a match of two or more tokens can contain another one.
        covering = [(start, end) for start, end, _, key in matches if end - start > 1 and key not in self.gapped_keys]
        best: dict[tuple[int, int, str], str] = {}
        for start, end, label, key in matches:
            inside = any(o_start <= start and end <= o_end and o_end - o_start > end - start for o_start, o_end in covering)
            if label == IGNORE_LABEL or inside:
                continue
            span = (start, end, label)
            if span not in best or key.split("|")[1] == "cues":
                best[span] = key
        return sorted((start, end, label, key) for (start, end, label), key in best.items())

    def match_weights(self, doc: Doc, matches: list[tuple[int, int, str, str]]) -> list[float]:
        """The evidence of each cue match: its strength, times where it sits (TAXONOMY section 5: a theme
        is what is asked, not every word mentioned).

        * A strong cue weighs ``cue_weight``, a weak one ``weak_cue_weight``. A link cue ("cooperate
          with", ``actor_links`` in the vocabulary) is strong when an actor of the link's roles begins
          within its window ("cooperate with the International Narcotics Control Board"), weak otherwise
          ("cooperation with the police"); a link marked ``near: weak`` is the reverse ("strengthen the
          capacity of" a State's authorities is capacity building, of UNODC it is not).
        * An addressee-link cue (``addressee_links``: "cooperate", "coordinate their efforts" with no
          partner named) is strong when the request goes to States or an international body, which
          can only cooperate with their peers across borders (TAXONOMY section 5), weak otherwise.
        * A cue outside every modal clause of a doc that has one (a premise, an explanatory sentence,
          "Recognizes the role of civil society, and calls upon ...") is context, not the request: times
          ``outside_factor``.

        No parse is needed: actors and clauses come from either mode of ``recs_actors`` / ``recs_modality``.
        (Discounting cues inside actor mentions was tried and lowered recall on real text: "migrant
        children" is the children theme's beneficiary, not a bystander.)
        """
        clauses = [(span.start, span.end) for span in doc.spans.get(self.clauses_key, ())]
        actor_starts: dict[int, str] | None = None
        weights = []
        for start, end, _, key in matches:
            strength = key.split("|")[1]
            weight = self.cue_weight if strength == "cues" else self.weak_cue_weight
            if strength == LINK:
                if actor_starts is None:
                    actor_starts = {span.start: span._.actor_role for span in doc.spans.get(self.actors_key, ())}
                roles, window, strong_near = self.links[key]
                near = any(actor_starts.get(i) in roles for i in range(end, min(end + window, len(doc))))
                weight = self.cue_weight if near == strong_near else self.weak_cue_weight
            elif strength == ADDRESSEE_LINK and doc._.get("addressee") in self.addressee_links[key]:
                weight = self.cue_weight
            if clauses and not any(c_start <= start and end <= c_end for c_start, c_end in clauses):
                weight *= self.outside_factor
            weights.append(weight)
        return weights


    def cue_scores(self, matches: list[tuple[int, int, str, str]], weights: list[float]) -> dict[str, float]:
        """Noisy-OR over the distinct cue entries matched for each sub-theme (each at its best-weighted match)."""
        evidence: dict[str, dict[str, float]] = {}
        for (_, _, label, key), weight in zip(matches, weights):
            by_key = evidence.setdefault(label, {})
            by_key[key] = max(weight, by_key.get(key, 0.0))
        scores = {}
        for label, weights in evidence.items():
            remaining = 1.0
            for weight in weights.values():
                remaining *= 1.0 - weight
            scores[label] = 1.0 - remaining
        return scores

    # ----- model ----------------------------------------------------------
    def model_probabilities(self, texts: list[str]) -> list[dict[str, float]]:
        """Model probability per sub-theme for each text (empty dicts when untrained).

        One sparse product for the whole batch (:class:`ThemeModel`): the same values
        as the pipeline's ``predict_proba`` without 30 separate estimator calls.
        """
        if self.theme_model is None or not texts:
            return [{} for _ in texts]
        return self.theme_model.probabilities(texts)

    def _set_estimator(self, estimator: Any, labels: list[str]) -> None:
        """Keep the fitted pipeline and the arrays that predict (and are saved) in its place."""
        self.estimator, self.model_labels = estimator, labels
        self.theme_model = None if estimator is None else ThemeModel.from_estimator(estimator, labels)

    def _set_model(self, model: ThemeModel | None) -> None:
        """Use a loaded model; there is no scikit-learn estimator behind it."""
        self.estimator, self.theme_model = None, model
        self.model_labels = [] if model is None else list(model.labels)

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]],
        *,
        nlp: Language | None = None,
    ) -> None:
        """Fit the theme model on examples whose reference ``doc.cats`` mark the gold sub-themes.

        get_examples (Callable[[], Iterable[Example]]): returns the training examples;
            ``cats`` maps sub-theme id to 1.0/0.0. Without any positive label the
            component stays cue-only.
        nlp (Language): the pipeline the component is part of (unused).
        """
        validate_get_examples(get_examples, "ThemeTagger.initialize")
        texts: list[str] = []
        gold: list[set[str]] = []
        known = set(self.labels_sorted)
        for example in get_examples():
            cats = example.reference.cats
            unknown = sorted(set(cats) - known)
            if unknown:
                raise RecsError(Errors.E103.format(labels=", ".join(unknown)))
            texts.append(example.reference.text)
            gold.append({label for label, value in cats.items() if value >= 0.5})
        counts = {label: sum(label in labels for labels in gold) for label in self.labels_sorted}
        trainable = [label for label in self.labels_sorted if self.min_positives <= counts[label] < len(texts)]
        if not trainable:
            self._set_estimator(None, [])
            return
        import numpy as np

        targets = np.array([[int(label in labels) for label in trainable] for labels in gold])
        self._set_estimator(make_model(self.max_ngram, self.C, self.random_state, self.class_weight).fit(texts, targets), trainable)

    # ----- prediction -----------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        """Tag one doc."""
        return next(self.pipe([doc]))

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """Tag docs in batches (one model call per batch)."""
        batch: list[Doc] = []
        for doc in stream:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._tag_batch(batch)
                batch = []
        if batch:
            yield from self._tag_batch(batch)

    def _tag_batch(self, docs: list[Doc]) -> Iterator[Doc]:
        texts = [doc_text(doc) for doc in docs] if self.is_trained else [""] * len(docs)
        for doc, probabilities in zip(docs, self.model_probabilities(texts)):
            self.set_themes(doc, probabilities)
            yield doc

    def set_themes(self, doc: Doc, probabilities: dict[str, float]) -> None:
        """Combine cue and model evidence into the doc's theme extensions and cue spans."""
        matches = self.cue_matches(doc)
        cue_spans = sorted({(start, end, label) for start, end, label, _ in matches})
        doc.spans[self.spans_key] = [Span(doc, start, end, label=label) for start, end, label in cue_spans]
        cue = self.cue_scores(matches, self.match_weights(doc, matches))
        scores = dict.fromkeys(self.labels_sorted, 0.0)  # a sub-theme with neither cue nor model evidence
        sources: dict[str, str] = {}
        for label in sorted(cue.keys() | probabilities.keys()):
            cue_score = cue.get(label, 0.0)
            model_score = probabilities.get(label, 0.0)
            score = round(1.0 - (1.0 - cue_score) * (1.0 - model_score), SCORE_DECIMALS)
            scores[label] = score
            if score >= self.threshold:
                by_cues = cue_score >= self.threshold
                by_model = model_score >= self.threshold
                sources[label] = "cues" if by_cues and not by_model else "model" if by_model and not by_cues else "both"
        if not self.is_trained:
            sources = {label: "cues" for label in sources}
        themes = sorted(sources, key=lambda label: (-scores[label], label))
        extensions = doc._  # one accessor object for all four (each `doc._` makes a new one)
        extensions.themes = themes
        extensions.theme_groups = sorted({self.group_of[label] for label in themes})
        extensions.theme_scores = scores
        extensions.theme_sources = {label: sources[label] for label in themes}

    # ----- serialization --------------------------------------------------
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()) -> None:
        """Save the cue vocabulary, the vocabulary version and the fitted model (arrays and JSON, :class:`ThemeModel`)."""
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / CUES_FILE).write_text(json.dumps(self.cue_vocab, sort_keys=True, indent=1), encoding="utf-8")
        meta = {"vocab_version": self.vocab_version, "trained": self.is_trained, "model_labels": self.model_labels}
        (path / META_FILE).write_text(json.dumps(meta, sort_keys=True, indent=1), encoding="utf-8")
        if self.theme_model is not None:
            self.theme_model.to_disk(path)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()) -> "ThemeTagger":
        """Load what :meth:`to_disk` saved; the saved cues win over the installed vocabulary."""
        path = ensure_path(path)
        for required in (CUES_FILE, META_FILE):
            if not (path / required).is_file():
                raise RecsError(Errors.E104.format(file=required), path=path)
        self.set_cues(json.loads((path / CUES_FILE).read_text(encoding="utf-8")))
        meta = json.loads((path / META_FILE).read_text(encoding="utf-8"))
        if (path / PICKLED_MODEL_FILE).exists():
            raise RecsError(Errors.E106.format(file=PICKLED_MODEL_FILE), path=path)
        self._set_model(ThemeModel.from_disk(path) if meta["trained"] else None)
        return self

    def to_bytes(self, *, exclude: Iterable[str] = SimpleFrozenList()) -> bytes:
        """Not supported: the component is saved as a directory (``nlp.to_disk``)."""
        raise NotImplementedError("recs_themes is saved with nlp.to_disk, not to_bytes")
