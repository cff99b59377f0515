"""Which similarity the lineage decision should read: the calibration's source-grouped CV (dev only) per space.

    python benchmarks/lineage_spaces.py WORKSPACE text+themes,text+contain,text OUT.json

WORKSPACE holds `classifier/`, `tagged.parquet` and `tagger/` of a `dvc repro` (links to `models/classifier`,
`data/processed/tagged.parquet`, `models/tagger`). Each space's nearest earlier recommendations go through the
shipped calibration (`lineage_calibration.calibrate`), which prints its held-out figures per rule family. The
spaces: word / char TF-IDF cosines of the classifier, the classifier's tag block, Jaccard of actors, legal
references and themes, containment of the later text's themes, content-word overlap (docs/lineage.md, round 6 and
session 6).
"""

import json
import sys
import warnings
from pathlib import Path

import numpy as np

from pipeline.modeling import tagger_bridge
from pipeline.modeling.lineage_calibration import calibrate
from pipeline.modeling.lineage_catalogue import build_catalogue
from pipeline.modeling.lineage_evaluation import prepare
from pipeline.modeling.lineage_evidence import gather
from pipeline.modeling.lineage_words import words
from pipeline.modeling.manifest import load_classifier
from pipeline.modeling.vectors import as_label_list
from pipeline.tables import read_tagged

W = Path(sys.argv[1])
variants = sys.argv[2].split(",")
DEV, SEED = Path("data/lineage/dev.jsonl"), Path("data/gold/seed.jsonl")
warnings.simplefilter("ignore")
model = load_classifier(W / "classifier").model
reference = read_tagged(W / "tagged.parquet")
catalogue = build_catalogue(reference)
nlp, _ = tagger_bridge.load(W / "tagger")
prep = prepare(DEV, SEED, nlp, model, catalogue)
ref_rows = reference.set_index("rec_id").loc[list(model.reference_ids)].reset_index()
ref_texts = ref_rows["text"].tolist()
q_texts = [t["text"] for t in prep.tags]
f = model.features


def block(table, texts):
    return table.transform(texts)


Wc = (block(f.word, q_texts) @ block(f.word, ref_texts).T).toarray()
Cc = (block(f.char, q_texts) @ block(f.char, ref_texts).T).toarray()
Tc = (f.tags.transform(prep.tags, len(q_texts)) @ f.tags.transform(ref_rows, len(ref_texts)).T).toarray()


def jacc(col):
    q = [frozenset(as_label_list(t.get(col))) for t in prep.tags]
    r = [frozenset(as_label_list(v)) for v in ref_rows[col]]
    return np.array([[len(a & b) / len(a | b) if a | b else 0.0 for b in r] for a in q])


ACT, REF, THM = jacc("actors"), jacc("legal_refs"), jacc("themes")


def contain(col):
    q = [frozenset(as_label_list(t.get(col))) for t in prep.tags]
    r = [frozenset(as_label_list(v)) for v in ref_rows[col]]
    return np.array([[len(a & b) / len(a) if a else 0.0 for b in r] for a in q])


CON = contain("themes")
qw = [words(t) for t in q_texts]
rw = [words(t) for t in ref_texts]
OVL = np.array([[len(a & b) / np.sqrt(len(a) * len(b)) if a and b else 0.0 for b in rw] for a in qw])


def S(name):
    return {
        "text": (Wc + Cc) / 2,
        "word": Wc,
        "char": Cc,
        "text+actrefs": (Wc + Cc + (ACT + REF) / 2) / 3,
        "text+themes": (Wc + Cc + THM) / 3,
        "text+contain": (Wc + Cc + CON) / 3,
        "text+halfthemes": (Wc + Cc + THM / 2) / 2.5,
        "text+halfcontain": (Wc + Cc + CON / 2) / 2.5,
        "blocks": (Wc + Cc + Tc) / 3,
        "overlap": OVL,
        "text+overlap": (Wc + Cc + OVL) / 3,
        "wv+themes": (WV + THM) / 2,
        "wv": WV,
    }[name]


WV = (catalogue.words.vectors(q_texts) @ catalogue.words.vectors(ref_texts).T).toarray()
in_session = np.ones(len(catalogue.frame), dtype=bool)
ids_all = np.asarray(model.reference_ids, dtype=object)
out = {}
for v in variants:
    if v == "full":
        ev = prep.evidence
    elif v == "rescore":
        pos = {r: i for i, r in enumerate(ids_all)}
        cols = np.vectorize(pos.get)(prep.evidence.candidates)
        s3 = np.take_along_axis(S("text+themes"), cols, 1)
        o = np.argsort(-s3, axis=1, kind="stable")
        ev = gather(
            prep.tags, np.take_along_axis(prep.evidence.candidates, o, 1), np.take_along_axis(s3, o, 1), catalogue, in_session
        )
    else:
        s = S(v)
        order = np.argsort(-s, axis=1, kind="stable")[:, : model.n_similar]
        ev = gather(prep.tags, ids_all[order], np.take_along_axis(s, order, 1), catalogue, in_session)
    cfg = calibrate(prep.records, prep.tags, ev, catalogue, 42)
    e = cfg.evidence
    out[v] = {
        "choice": e["choice"],
        "cv": {k: v2["metrics"] for k, v2 in e["cross_validated"].items()},
        "auc": e["single_evidence_auc"],
    }
    print(
        f"== {v}: chose {e['choice']} repeat={cfg.repeat_threshold} related={cfg.related_threshold} nt={cfg.area_nearest_theme_weight} th={cfg.area_theme_weight}"
    )
    for k, m in out[v]["cv"].items():
        print(
            f"   {k:32s} new {m['new_recall']:.3f} (worst {m['worst_new_recall']:.3f})  rest->new {m['restatement_called_new']:.3f} (worst {m['worst_restatement_called_new']:.3f})  named {m['repeats_id_accuracy']:.3f} strength {m['strength_change_accuracy']:.3f} related {m['related_recall']:.3f} bal {m['balanced_accuracy']:.3f}"
        )
    a = out[v]["auc"]
    print(
        "   AUC sim(nearest/mean): rep-new {:.3f}/{:.3f} rel-new {:.3f}/{:.3f}".format(
            a["similarity (nearest): repeats vs new"],
            a["similarity (mean of nearest): repeats vs new"],
            a["similarity (nearest): related vs new"],
            a["similarity (mean of nearest): related vs new"],
        )
    )
json.dump(out, open(sys.argv[3], "w"), indent=1)
