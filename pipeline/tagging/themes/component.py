"""The ``recs_themes`` factory and pipe: cue evidence (:mod:`.cues`, each cue's weight pulled toward its
training hit rate by :mod:`.reliability`) and model probability (:mod:`.model`) combined by noisy-OR against the threshold (the rule is in the package docstring); saving and loading."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc, Span
from spacy.training import Example, validate_get_examples
from spacy.util import SimpleFrozenList, registry

from pipeline.errors import RecsError
from pipeline.tagging.errors import Errors
from pipeline.tagging.extensions import DOC_KEYS, THEME_ATTRIBUTES, doc_text, register_doc_value
from pipeline.tagging.lexicon import load_lexicon
from pipeline.tagging.themes.cues import ThemeCues
from pipeline.tagging.themes.model import ThemeModel, make_model, round_like_python
from pipeline.tagging.themes.reliability import CueReliability

DEFAULT_SPANS_KEY = "theme_cues"
PICKLED_MODEL_FILE = "model.joblib"  # written by earlier releases; refused
META_FILE = "meta.json"
CUES_FILE = "cues.json"
RELIABILITY_FILE = "cue_reliability.json"
SCORE_DECIMALS = 4
THEMES_KEY, THEME_GROUPS_KEY, THEME_SCORES_KEY, THEME_SOURCES_KEY = (DOC_KEYS[name] for name in THEME_ATTRIBUTES)


def register_extensions() -> None:
    """Declare the Doc extensions this component writes (idempotent)."""
    for name in THEME_ATTRIBUTES:
        register_doc_value(name)


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
        "threshold": 0.75,
        "model_support": 0.25,
        "unsupported_margin": 0.05,
        "fallback_floor": 0.7,
        "cue_weight": 0.8,
        "weak_cue_weight": 0.3,
        "outside_factor": 0.5,
        "cue_prior": 8.0,
        "actors_key": "actors",
        "clauses_key": "modal_clauses",
        "spans_key": DEFAULT_SPANS_KEY,
        "max_ngram": 2,
        "C": 10.0,
        "class_weight": "balanced",
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
    model_support: float,
    unsupported_margin: float,
    fallback_floor: float | None,
    cue_weight: float,
    weak_cue_weight: float,
    outside_factor: float,
    cue_prior: float,
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
    model_support (float): model probability below which the trained model counts against a sub-theme.
    unsupported_margin (float): added to ``threshold`` for a sub-theme the trained model scores below ``model_support``.
    fallback_floor (Optional[float]): when no sub-theme reaches its needed score in a doc with a modal clause, the
        best-scoring one is assigned if its score reaches this floor (a request always asks for something); null: off.
    cue_weight (float): evidence of one strong cue match.
    weak_cue_weight (float): evidence of one weak cue match.
    outside_factor (float): multiplies the evidence of a cue outside every modal clause of a doc that has one.
    cue_prior (float): how many training matches a cue's hand weight counts as, against its hit rate in training.
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
        model_support=model_support,
        unsupported_margin=unsupported_margin,
        fallback_floor=fallback_floor,
        cue_weight=cue_weight,
        weak_cue_weight=weak_cue_weight,
        outside_factor=outside_factor,
        cue_prior=cue_prior,
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


class ThemeTagger(ThemeCues, Pipe):
    """Assign sub-themes from cue phrases and a trained multi-label model (see the module docstring)."""

    def __init__(
        self,
        nlp: Language,
        name: str = "recs_themes",
        *,
        threshold: float = 0.75,
        model_support: float = 0.25,
        unsupported_margin: float = 0.05,
        fallback_floor: float | None = 0.7,
        cue_weight: float = 0.8,
        weak_cue_weight: float = 0.3,
        outside_factor: float = 0.5,
        cue_prior: float = 8.0,
        actors_key: str = "actors",
        clauses_key: str = "modal_clauses",
        spans_key: str = DEFAULT_SPANS_KEY,
        max_ngram: int = 2,
        C: float = 10.0,
        class_weight: str | None = "balanced",
        min_positives: int = 2,
        random_state: int = 0,
        scorer: Callable[..., dict[str, Any]] | None = themes_score,
    ) -> None:
        register_extensions()
        self.vocab = nlp.vocab
        self.name = name
        self.threshold = threshold
        self.model_support = model_support
        self.unsupported_margin = unsupported_margin
        self.fallback_floor = fallback_floor
        self.cue_weight = cue_weight
        self.weak_cue_weight = weak_cue_weight
        self.outside_factor = outside_factor
        self.cue_prior = cue_prior
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
        self.reliability: CueReliability | None = None
        self.set_cues(load_lexicon("themes"))

    @property
    def labels(self) -> tuple[str, ...]:
        """The sub-theme ids this component can assign."""
        return tuple(self.labels_sorted)

    @property
    def lexicon_version(self) -> str:
        """Version of the cue vocabulary in use (saved with the pipeline)."""
        return str(self.cue_lexicon["version"])

    @property
    def is_trained(self) -> bool:
        """Whether a model was fitted (or loaded); otherwise cues alone decide."""
        return self.theme_model is not None

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
        """Count each cue's hits (:class:`CueReliability`) and fit the theme model on examples whose reference
        ``doc.cats`` mark the gold sub-themes.

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
        self.reliability = CueReliability.fit(
            self.cue_prior,
            (
                ([(label, key) for _, _, label, key in self.cue_matches(self._tokenizer(text))], labels)
                for text, labels in zip(texts, gold)
            ),
        )
        counts = {label: sum(label in labels for labels in gold) for label in self.labels_sorted}
        trainable = [label for label in self.labels_sorted if self.min_positives <= counts[label] < len(texts)]
        if not trainable:
            self._set_estimator(None, [])
            return
        import numpy as np

        targets = np.array([[int(label in labels) for label in trainable] for labels in gold])
        self._set_estimator(
            make_model(self.max_ngram, self.C, self.random_state, self.class_weight).fit(texts, targets), trainable
        )

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
        if self.theme_model is None:
            for doc in docs:
                self.set_themes(doc, {})
                yield doc
            return
        labels = self.theme_model.labels
        matrix = self.theme_model.probability_matrix([doc_text(doc) for doc in docs])
        # a sub-theme's score without cues, for the whole batch at once (:meth:`set_themes`)
        model_scores = round_like_python(1.0 - (1.0 - matrix), SCORE_DECIMALS)
        for doc, row, scores in zip(docs, matrix.tolist(), model_scores.tolist()):
            self.set_themes(doc, dict(zip(labels, row)), dict(zip(labels, scores)))
            yield doc

    def needed_score(self, label: str, probabilities: dict[str, float]) -> float:
        """The combined score ``label`` must reach given the model's ``probabilities`` (see :meth:`set_themes`)."""
        if label in probabilities and probabilities[label] < self.model_support:
            return round(self.threshold + self.unsupported_margin, SCORE_DECIMALS)
        return self.threshold

    def fallback_theme(self, scores: dict[str, float]) -> str | None:
        """The sub-theme a doc with a request that reached none still gets: the best-scoring one, if it reaches
        ``fallback_floor`` (:meth:`set_themes` asks only for a doc with a modal clause).

        Why: a recommendation always asks for something (no gold record of the 2,011 tunable ones has no theme), yet
        under leave-source-out cross-validation (``benchmarks/theme_cv.py --files real_dev dev2 constructed seed
        --folds source``, parsed base, vocabulary 1.20.0) 326 records ended with none; their best-scoring sub-theme is
        right 152 times (0.47), and 43 in 57 (0.75) when its score is 0.7 or more, about as often as an assigned label
        (0.81). A floor of 0.7, chosen on the other four folds for each fold, moves micro P 0.8149 -> 0.8137, R
        0.6617 -> 0.6734, F1 0.7303 -> 0.7370; lower floors add more right labels than false ones too (F1 0.741 at
        0.4) but cost precision 0.02 and more. Asked only where the doc has a modal clause (a request): probe texts
        with none are mostly statements, citations and news, where no theme is the right reading; CV P 0.8139, F1
        0.7367 (data/gold/README.md, round 26). Ties go to the first sub-theme by id; a score of 0 is never given.
        """
        if self.fallback_floor is None or not scores:
            return None
        best = min(scores, key=lambda label: (-scores[label], label))
        return best if scores[best] > 0.0 and scores[best] >= self.fallback_floor else None

    def set_themes(self, doc: Doc, probabilities: dict[str, float], model_scores: dict[str, float] | None = None) -> None:
        """Combine cue and model evidence into the doc's theme extensions and cue spans.

        A sub-theme must reach ``threshold``, plus ``unsupported_margin`` when the trained model scores it
        below ``model_support``. Why: under source-grouped cross-validation a label carried by cues the model
        does not back (mostly one cue entry, its weight pulled under 0.8 by its training hit rate) is right
        about 6 times in 10, one the model backs 9 in 10; asking more of the unbacked ones raises precision by
        0.02 at the same F1 (data/gold/README.md, round 9). A sub-theme the model does not score (too few
        training examples, or no model) has no counter-evidence and keeps the plain threshold.
        When none reaches its score in a doc with a modal clause, :meth:`fallback_theme` may still give the best one
        (source ``"fallback"``).
        """
        threshold = self.threshold
        matches, settings = self.matches_and_settings(doc)
        cue_spans = sorted({(start, end, label) for start, end, label, _ in matches})
        doc.spans[self.spans_key] = [Span(doc, start, end, label=label) for start, end, label in cue_spans]
        weights = self.match_weights(doc, matches, settings)
        if self.reliability is not None:
            weights = self.reliability.adjust([key for _, _, _, key in matches], weights)
        cue = self.cue_scores(matches, weights)
        scores = dict.fromkeys(self.labels_sorted, 0.0)  # a sub-theme with neither cue nor model evidence
        # noisy-OR of both; most sub-themes have a model score and no cue: 1 - (1 - 0) * (1 - p) is 1 - (1 - p)
        # exactly (``model_scores``, rounded for a whole batch by :meth:`_tag_batch`), and only the few that reach
        # the threshold need their sources
        if model_scores is None:
            model_scores = {label: round(1.0 - (1.0 - p), SCORE_DECIMALS) for label, p in probabilities.items()}
        scores.update(model_scores)  # a label with cues is overwritten below, in place
        reached = [label for label, score in model_scores.items() if score >= threshold and label not in cue]
        for label, cue_score in cue.items():
            score = scores[label] = round(1.0 - (1.0 - cue_score) * (1.0 - probabilities.get(label, 0.0)), SCORE_DECIMALS)
            if score >= threshold:
                reached.append(label)
        sources: dict[str, str] = {}
        for label in reached:
            if scores[label] >= (needed := self.needed_score(label, probabilities)):
                by_cues = cue.get(label, 0.0) >= needed
                by_model = probabilities.get(label, 0.0) >= needed
                sources[label] = "cues" if by_cues and not by_model else "model" if by_model and not by_cues else "both"
        if not self.is_trained:
            sources = {label: "cues" for label in sources}
        if not sources and doc.spans.get(self.clauses_key) and (fallback := self.fallback_theme(scores)) is not None:
            sources[fallback] = "fallback"
        themes = sorted(sources, key=lambda label: (-scores[label], label))
        values: dict[Any, Any] = doc.user_data  # the four extension values set straight (``value_key``)
        values[THEMES_KEY] = themes
        values[THEME_GROUPS_KEY] = sorted({self.group_of[label] for label in themes})
        values[THEME_SCORES_KEY] = scores
        values[THEME_SOURCES_KEY] = {label: sources[label] for label in themes}

    # ----- serialization --------------------------------------------------
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()) -> None:
        """Save the cue vocabulary, the vocabulary version, the cue counts and the fitted model (arrays and JSON, :class:`ThemeModel`)."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / CUES_FILE).write_text(json.dumps(self.cue_lexicon, sort_keys=True, indent=1), encoding="utf-8")
        meta = {
            "lexicon_version": self.lexicon_version,
            "trained": self.is_trained,
            "model_labels": self.model_labels,
            "reliability": self.reliability is not None,
        }
        (path / META_FILE).write_text(json.dumps(meta, sort_keys=True, indent=1), encoding="utf-8")
        if self.theme_model is not None:
            self.theme_model.to_disk(path)
        if self.reliability is not None:
            text = json.dumps(self.reliability.to_json(), sort_keys=True, indent=1)
            (path / RELIABILITY_FILE).write_text(text, encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()) -> "ThemeTagger":
        """Load what :meth:`to_disk` saved; the saved cues win over the installed vocabulary.

        A tagger saved before the cue counts existed (no ``reliability`` in its meta) keeps the hand weights.
        """
        path = Path(path)
        for required in (CUES_FILE, META_FILE):
            if not (path / required).is_file():
                raise RecsError(Errors.E104.format(file=required), path=path)
        self.set_cues(json.loads((path / CUES_FILE).read_text(encoding="utf-8")))
        meta = json.loads((path / META_FILE).read_text(encoding="utf-8"))
        if (path / PICKLED_MODEL_FILE).exists():
            raise RecsError(Errors.E106.format(file=PICKLED_MODEL_FILE), path=path)
        self._set_model(ThemeModel.from_disk(path) if meta["trained"] else None)
        self.reliability = self._load_reliability(path) if meta.get("reliability") else None
        return self

    @staticmethod
    def _load_reliability(path: Path) -> CueReliability:
        if not (path / RELIABILITY_FILE).is_file():
            raise RecsError(Errors.E105.format(file=RELIABILITY_FILE), path=path)
        reliability = CueReliability.from_json(json.loads((path / RELIABILITY_FILE).read_text(encoding="utf-8")))
        if reliability is None:
            raise RecsError(Errors.E105.format(file=f"{RELIABILITY_FILE} in its current format"), path=path)
        return reliability

    def to_bytes(self, *, exclude: Iterable[str] = SimpleFrozenList()) -> bytes:
        """Not supported: the component is saved as a directory (``nlp.to_disk``)."""
        raise NotImplementedError("recs_themes is saved with nlp.to_disk, not to_bytes")
