"""The ``recs_themes`` component: multi-label sub-themes (TAXONOMY.md section 4).

Two sources of evidence are combined per sub-theme:

* **cues** — the phrases of ``lexicon/themes.yaml``, matched token by token on
  ``LOWER`` with generated inflections, so the result is the same on
  ``spacy.blank("en")`` and on a trained base. A strong cue scores
  ``cue_weight``, a weak cue ``weak_cue_weight``; a link cue ("cooperate with")
  is strong next to an actor of its roles (an international body) and weak
  elsewhere; any cue outside every modal clause of a doc that has one, or inside a
  frame or setting phrase ("in accordance with ...", "irrespective of ...", the
  vocabulary's ``setting_phrases``), counts times ``outside_factor`` (context, not the
  request). Once trained, each weight is
  pulled toward its cue entry's hit rate in the training gold
  (:mod:`.reliability`: ``(hits + cue_prior * w) / (n + cue_prior)``). Several distinct cues of
  one sub-theme combine by noisy-OR: ``cue = 1 - prod(1 - w_i)``.
* **model** — a scikit-learn ``Pipeline`` (TF-IDF word 1–2-grams + one-vs-rest
  logistic regression, C 10, classes balanced so a sub-theme's few positives weigh as
  much as its many negatives) fitted in :meth:`ThemeTagger.initialize` on examples
  whose reference ``doc.cats`` hold the gold sub-themes; probability ``p``.

Combination rule: ``score = 1 - (1 - cue) * (1 - p)`` (noisy-OR; ``p = 0`` when
the model is not trained or the sub-theme had too few training examples). A
sub-theme is assigned when ``score >= threshold`` (0.75: precision first, so one
strong cue in the request still assigns, two weak cues alone do not, and the balanced
model's probabilities, higher than an unweighted model's, need cue support or confidence);
a sub-theme the trained model scores below ``model_support`` (0.25) needs ``threshold +
unsupported_margin`` (0.8): a lone cue the model does not back is right about 6 times in 10.
Its source is ``"cues"`` or ``"model"`` when that source alone reaches the
threshold, and ``"both"`` when both do or when only their combination does. Without a trained model the cues
alone decide and every source reads ``"cues"``. A text with a modal clause where no sub-theme reaches its score still
gets the best-scoring one when that score reaches ``fallback_floor`` (0.7; source ``"fallback"``): a request always asks
for something (data/gold/README.md, round 26).
"""

from pipeline.tagging.themes.component import ThemeTagger, make_themes, make_themes_scorer, themes_score
from pipeline.tagging.themes.cues import all_sub_themes, chain_segments, cue_segments, cue_variants, inflections
from pipeline.tagging.themes.model import make_model

__all__ = [
    "ThemeTagger",
    "all_sub_themes",
    "chain_segments",
    "cue_segments",
    "cue_variants",
    "inflections",
    "make_model",
    "make_themes",
    "make_themes_scorer",
    "themes_score",
]
