"""Deterministic thematic clustering of the reference corpus, with stable cluster ids across re-runs.

Method: TF-IDF word 1-2 grams (stop words and modal boilerplate removed, words of at least two
recommendations) and idf-weighted tags (``features.make_features("words+tags")``), L2-normalized,
grouped by KMeans (fixed ``random_state``, ``n_init`` restarts). When no k is given, k is the value
in [k_min, k_max] with the highest mean silhouette (cosine) among the k whose smallest cluster has at
least ``min_size`` members (so the classifier can learn and cross-validate every cluster); ties go to
the smaller k. If no k satisfies the size floor, the best silhouette overall wins (and a note says so).
Ids from a previous run are kept for clusters that persist: old and new clusters are matched
one-to-one (Hungarian algorithm) on the Jaccard overlap of the members both runs contain.

KMeans on a few dozen texts has many near-equal optima, so adding one session could redraw every
cluster and lose every id. When a previous run exists, each k is also clustered from the previous
partition (its clusters' centroids in the new feature space, recomputed from the members still
present); that solution is kept unless the fresh restarts find one whose inertia is lower by more
than ``WARM_START_TOLERANCE``: the partition moves only when the data ask for it.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from scipy.optimize import linear_sum_assignment
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score
from sklearn.metrics.pairwise import euclidean_distances

from pipeline.errors import RecsError
from pipeline.modeling.cluster_names import AnalystEdits
from pipeline.modeling.features import as_frame, as_label_list, make_features
from pipeline.modeling.threads import single_threaded

FEATURE_SET = "words+tags"
N_INIT = 20
# A previous cluster keeps its id when at least this share of its surviving membership carries over.
MIN_OVERLAP = 0.5
# The previous partition is kept when its inertia is at most this much (relative) above the fresh best
# (on the seed plus five added recommendations the kept partition was 2.6 % above: 5 % keeps ids there).
WARM_START_TOLERANCE = 0.05
CENTROID_TERMS = 20
LABEL_THEMES = 2
LABEL_TERMS = 3


@dataclass
class ClusterModel:
    """The outcome of one clustering run; ``to_json`` is what ``models/clusters.json`` holds."""

    rec_ids: list[str]
    assignment: dict[str, str]  # rec_id -> final cluster id (after analyst merges)
    clusters: list[dict[str, Any]]  # final clusters, ordered by id
    raw_clusters: list[dict[str, Any]]  # clusters before merges: what the next run matches against
    k_scores: dict[int, float]
    chosen_k: int
    next_id: int
    params: dict[str, Any]
    data_hash: str
    notes: list[str] = field(default_factory=list)

    def label_of(self, cluster_id: str) -> str:
        return next(cluster["label"] for cluster in self.clusters if cluster["id"] == cluster_id)

    def table_rows(self, frame: pd.DataFrame) -> list[dict[str, Any]]:
        """Rows of the CLUSTERS table: each clustered recommendation of ``frame`` with its final cluster."""
        by_id = frame.set_index("rec_id")
        return [
            {
                "rec_id": rec_id,
                "number": by_id.at[rec_id, "number"],
                "doc_id": by_id.at[rec_id, "doc_id"],
                "cluster_id": self.assignment[rec_id],
                "cluster_label": self.label_of(self.assignment[rec_id]),
            }
            for rec_id in self.rec_ids
        ]

    def to_json(self) -> dict[str, Any]:
        return {
            "format": "recs-clusters/1",
            "params": self.params,
            "data_hash": self.data_hash,
            "k_selection": {
                "criterion": "highest mean silhouette (cosine) among k whose smallest cluster has at least min_size members; ties go to the smaller k",
                "scores": {str(k): round(score, 6) for k, score in sorted(self.k_scores.items())},
                "chosen_k": self.chosen_k,
            },
            "next_id": self.next_id,
            "clusters": self.clusters,
            "raw_clusters": self.raw_clusters,
        }


def read_previous(path: Path) -> dict[str, Any] | None:
    """The cluster model of an earlier run, whose ids persisting clusters keep; None when there is none."""
    if not path.exists():
        return None
    try:
        previous: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError:
        raise RecsError("previous cluster model is not valid JSON; delete it to renumber from C01", path) from None
    return previous


def format_id(number: int) -> str:
    return f"C{number:02d}"


def previous_centroids(X: Any, rec_ids: list[str], previous: list[dict[str, Any]]) -> np.ndarray:
    """Centroids of the previous clusters in this run's feature space, largest surviving cluster first."""
    position = {rec_id: i for i, rec_id in enumerate(rec_ids)}
    surviving = [[position[r] for r in cluster["members"] if r in position] for cluster in previous]
    surviving = sorted((rows for rows in surviving if rows), key=lambda rows: (-len(rows), min(rows)))
    if not surviving:
        return np.empty((0, X.shape[1]))
    return np.vstack([np.asarray(X[rows].mean(axis=0)).ravel() for rows in surviving])


def _warm_init(X: Any, k: int, centroids: np.ndarray) -> np.ndarray:
    """k initial centers: the previous centroids (largest first), completed by the points farthest from them."""
    centers = list(centroids[:k])
    while len(centers) < k:  # n x centers distances on the sparse rows: the corpus is never densified
        distance = euclidean_distances(X, np.asarray(centers), squared=True).min(axis=1)
        farthest = X[int(np.argmax(distance))]
        centers.append(np.asarray(farthest.todense() if hasattr(farthest, "todense") else farthest).ravel())
    return np.asarray(centers)


def _kmeans(X: Any, k: int, seed: int, warm: np.ndarray | None = None) -> np.ndarray:
    """Fresh KMeans restarts; with ``warm`` centroids, the previous partition unless the fresh one is clearly better."""
    fresh = KMeans(n_clusters=k, n_init=N_INIT, random_state=seed).fit(X)
    if warm is None or len(warm) == 0:
        return fresh.labels_
    kept = KMeans(n_clusters=k, init=_warm_init(X, k, warm), n_init=1, random_state=seed).fit(X)
    return kept.labels_ if kept.inertia_ <= fresh.inertia_ * (1 + WARM_START_TOLERANCE) else fresh.labels_


def select_k(
    X: Any, k_values: list[int], seed: int, min_size: int, notes: list[str], warm: np.ndarray | None = None
) -> tuple[int, dict[int, float], np.ndarray]:
    """Cluster for every k; keep the best cosine silhouette among k whose clusters all reach ``min_size``."""
    scores: dict[int, float] = {}
    candidates: list[tuple[bool, float, int, np.ndarray]] = []
    for k in k_values:
        labels = _kmeans(X, k, seed, warm)
        score = float(silhouette_score(X, labels, metric="cosine")) if len(set(labels)) > 1 else -1.0
        scores[k] = score
        candidates.append((int(np.bincount(labels).min()) >= min_size, round(score, 12), -k, labels))
    best = max(candidates, key=lambda c: c[:3])
    if not best[0] and len(k_values) > 1:
        notes.append(
            f"no k in {k_values[0]}..{k_values[-1]} gives clusters of at least {min_size} members; took the best silhouette"
        )
    return -best[2], scores, best[3]


def match_previous(groups: list[list[str]], previous: list[dict[str, Any]], min_overlap: float = MIN_OVERLAP) -> dict[int, str]:
    """Map new group index -> previous id for clusters that persist (Hungarian on persisting-member Jaccard).

    Only members present in both runs count, so a cluster that merely grows keeps its id.
    """
    if not groups or not previous:
        return {}
    now = {rec_id for group in groups for rec_id in group}
    before = {rec_id for cluster in previous for rec_id in cluster["members"]}
    shared = now & before
    overlap = np.zeros((len(groups), len(previous)))
    for i, group in enumerate(groups):
        new_members = set(group) & shared
        for j, cluster in enumerate(previous):
            old_members = set(cluster["members"]) & shared
            union = new_members | old_members
            overlap[i, j] = len(new_members & old_members) / len(union) if union else 0.0
    rows, cols = linear_sum_assignment(overlap, maximize=True)
    return {int(i): previous[j]["id"] for i, j in zip(rows, cols) if overlap[i, j] >= min_overlap}


def _centroid_terms(centroid: np.ndarray, names: np.ndarray) -> dict[str, float]:
    order = np.lexsort((names, -centroid))[:CENTROID_TERMS]
    return {str(names[i]): round(float(centroid[i]), 6) for i in order if centroid[i] > 0}


def _auto_label(
    members: pd.DataFrame, centroid: np.ndarray, corpus_mean: np.ndarray, names: np.ndarray
) -> tuple[str, list[str], list[str]]:
    """Dominant themes (carried by at least half the members) and the most distinctive words."""
    counts = Counter(theme for cell in members["themes"] for theme in as_label_list(cell))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    themes = [theme for theme, count in ranked if count * 2 >= len(members)][:LABEL_THEMES] or [theme for theme, _ in ranked[:1]]
    distinct = centroid - corpus_mean
    terms: list[str] = []
    used_words: set[str] = set()
    for index in np.lexsort((names, -distinct)):
        name = str(names[index])
        if not name.startswith("word__") or distinct[index] <= 0:
            continue
        term = name.removeprefix("word__")
        words = set(term.split())
        if words & used_words:
            continue
        terms.append(term)
        used_words |= words
        if len(terms) == LABEL_TERMS:
            break
    label = " · ".join(part for part in (", ".join(themes), ", ".join(terms)) if part) or "unlabelled"
    return label, themes, terms


def _order_new_groups(groups: list[list[str]], position: dict[str, int]) -> list[int]:
    """Fresh ids go to the largest clusters first, then in corpus order, so numbering is reproducible."""
    return sorted(range(len(groups)), key=lambda i: (-len(groups[i]), min(position[r] for r in groups[i])))


def cluster_corpus(
    rows: pd.DataFrame,
    *,
    k: int | None,
    k_min: int,
    k_max: int,
    min_size: int,
    seed: int,
    previous: dict[str, Any] | None = None,
    edits: AnalystEdits | None = None,
    data_hash: str = "",
) -> ClusterModel:
    """Cluster TAGGED rows; keep ids from ``previous`` (a loaded clusters.json); apply the analyst's edits."""
    frame = as_frame(rows).sort_values("rec_id", kind="stable").reset_index(drop=True)
    if frame["rec_id"].duplicated().any():
        raise RecsError("the tagged table holds duplicate rec_id values")
    n = len(frame)
    if n < 3:
        raise RecsError(f"need at least 3 recommendations to cluster, got {n}")
    notes: list[str] = []
    if k is not None:
        if not 2 <= k < n:
            raise RecsError(f"--k must be between 2 and {n - 1} for {n} recommendations, got {k}")
        k_values = [k]
    else:
        if k_min < 2 or k_min > k_max:
            raise RecsError(f"need 2 <= --k-min <= --k-max, got {k_min} and {k_max}")
        upper = min(k_max, n - 1)
        lower = min(k_min, upper)
        if (lower, upper) != (k_min, k_max):
            notes.append(f"k range narrowed to {lower}..{upper} for {n} recommendations")
        k_values = list(range(lower, upper + 1))

    features = make_features(FEATURE_SET, min_df=2 if n >= 10 else 1)
    X = features.fit_transform(frame)
    names = features.get_feature_names_out()
    rec_ids = frame["rec_id"].tolist()
    previous_raw = (previous or {}).get("raw_clusters", [])
    with single_threaded():
        warm = previous_centroids(X, rec_ids, previous_raw) if previous_raw else None
        chosen_k, scores, labels = select_k(X, k_values, seed, min_size, notes, warm)

    position = {rec_id: i for i, rec_id in enumerate(rec_ids)}
    groups = [[rec_ids[i] for i in np.flatnonzero(labels == c)] for c in sorted(set(labels))]
    matched = match_previous(groups, previous_raw)
    next_id = int((previous or {}).get("next_id", 1))
    ids: dict[int, str] = dict(matched)
    for index in _order_new_groups(groups, position):
        if index not in ids:
            ids[index] = format_id(next_id)
            next_id += 1
    kept = sorted(matched.values())
    if previous_raw:
        notes.append(f"kept {len(kept)} of {len(previous_raw)} previous cluster ids ({', '.join(kept) or 'none'})")
    raw: list[dict[str, Any]] = sorted(
        ({"id": ids[i], "members": group} for i, group in enumerate(groups)), key=lambda c: c["id"]
    )

    final_members = _apply_merges(raw, edits or AnalystEdits(), notes)
    assignment = {rec_id: cluster_id for cluster_id, members in final_members.items() for rec_id in members}
    corpus_mean = np.asarray(X.mean(axis=0)).ravel()
    clusters = []
    for cluster_id, members in sorted(final_members.items()):
        rows = [position[r] for r in members]
        centroid = np.asarray(X[rows].mean(axis=0)).ravel()
        auto_label, themes, terms = _auto_label(frame.iloc[rows], centroid, corpus_mean, names)
        name = (edits or AnalystEdits()).names.get(cluster_id)
        clusters.append(
            {
                "id": cluster_id,
                "label": name or auto_label,
                "auto_label": auto_label,
                "renamed": name is not None,
                "merged_from": sorted(c["id"] for c in raw if set(c["members"]) <= set(members) and c["id"] != cluster_id),
                "size": len(members),
                "members": sorted(members, key=position.__getitem__),
                "themes": themes,
                "top_terms": terms,
                "centroid": _centroid_terms(centroid, names),
            }
        )
    for cluster_id in sorted(set((edits or AnalystEdits()).names) - set(final_members)):
        notes.append(f"clusters.yaml renames {cluster_id}, which does not exist in this run")
    return ClusterModel(
        rec_ids=rec_ids,
        assignment=assignment,
        clusters=clusters,
        raw_clusters=raw,
        k_scores=scores,
        chosen_k=chosen_k,
        next_id=next_id,
        params={
            "k": k,
            "k_min": k_min,
            "k_max": k_max,
            "min_size": min_size,
            "seed": seed,
            "method": "kmeans",
            "n_init": N_INIT,
            "features": FEATURE_SET,
            "min_overlap": MIN_OVERLAP,
            "warm_start_tolerance": WARM_START_TOLERANCE,
        },
        data_hash=data_hash,
        notes=notes,
    )


def _apply_merges(raw: list[dict[str, Any]], edits: AnalystEdits, notes: list[str]) -> dict[str, list[str]]:
    """Fold each merge group into its first id present in this run; ids that no longer exist are reported."""
    members = {cluster["id"]: list(cluster["members"]) for cluster in raw}
    for group in edits.merge:
        present = [cluster_id for cluster_id in group if cluster_id in members]
        missing = [cluster_id for cluster_id in group if cluster_id not in members]
        if missing:
            notes.append(f"clusters.yaml merges {', '.join(missing)}, which do not exist in this run")
        for cluster_id in present[1:]:
            members[present[0]].extend(members.pop(cluster_id))
    return members
