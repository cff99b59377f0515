"""benchmarks/theme_model_compare.py measures what it says: its baseline row is the shipped model, and its
threshold sweep gives the shipped combination's themes at each threshold."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import spacy

from benchmarks.theme_model_compare import Channel, RecordFeatures, Variant, VariantModel, threshold_sweep, variant_model
from pipeline.tagging.gold import load_gold, select_split
from pipeline.tagging.gold_examples import theme_examples
from pipeline.tagging.themes import make_model

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold"


def _train_and_unseen() -> tuple[list, list]:
    records = load_gold(GOLD / "seed.jsonl") + load_gold(GOLD / "constructed.jsonl")
    train = select_split(records, "train")
    return train, [record for record in records if record not in train]


def test_the_words_variant_is_the_shipped_model() -> None:
    """Oracle: the shipped make_model pipeline's predict_proba, on gold texts neither model saw."""
    train, unseen = _train_and_unseen()
    labels = sorted({label for record in train for label in record.themes})
    targets = np.array([[int(label in record.themes) for label in labels] for record in train])
    texts = [record.text for record in train]
    shipped = make_model(2, 10.0, 0, "balanced").fit(texts, targets)
    variant = VariantModel(Variant((Channel("text"),)), RecordFeatures(), 10.0, "balanced", 0).fit(texts, targets)
    unseen_texts = [record.text for record in unseen]
    expected = shipped.predict_proba(unseen_texts)
    got = np.array([[row[label] for label in labels] for row in variant.bind(labels).probabilities(unseen_texts)])
    assert np.allclose(got, expected, rtol=0, atol=1e-12)


def test_the_sweep_keeps_the_configured_threshold_and_higher_thresholds_assign_less() -> None:
    train, unseen = _train_and_unseen()
    nlp = spacy.blank("en")
    themes = nlp.add_pipe("recs_themes")
    examples = theme_examples(nlp, train)
    fitted: list[VariantModel] = []
    themes_at: dict[float, dict[str, list[str]]] = {}
    with variant_model(Variant((Channel("text"),)), RecordFeatures(), fitted), threshold_sweep((0.5, 0.9), themes_at):
        nlp.initialize(lambda: examples)
        docs = list(nlp.pipe(record.text for record in unseen))
    assert len(fitted) == 1 and themes.theme_model is fitted[0]
    assert themes.threshold == 0.75
    assert any(doc._.themes for doc in docs)
    for doc in docs:
        low, high = set(themes_at[0.5][doc.text]), set(themes_at[0.9][doc.text])
        assert high <= set(doc._.themes) <= low
    assert sum(map(len, themes_at[0.9].values())) < sum(map(len, themes_at[0.5].values()))
