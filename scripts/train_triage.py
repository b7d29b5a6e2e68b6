"""Train the article triage models on Multi-News+ (see :mod:`storylens.triage`).

    python scripts/train_triage.py ../shared/data/multinews-plus/train.jsonl.gz \
        --validation ../shared/data/multinews-plus/validation.jsonl.gz

Everything goes into ``storylens/resources/triage.json``:
- the article classifier: LightGBM over page and cluster features, labelled by Multi-News+'s
  ``kept_by_cleansing`` (an article the cleansing dropped is the positive class). The labels are
  noisy — the cleansing also dropped real reports that the summary did not use, and kept some
  archive notices — so an article whose five-word runs are nearly all (``--notice-repeated``) seen
  in five or more training clusters (an archive, sharing or login notice repeated across unrelated
  clusters) is a positive whatever the cleansing kept, and the thresholds are set on held-out
  clusters by how few of the other articles the cleansing kept they exclude: ``threshold``
  (``--kept-rate``) excludes on the classifier alone,
  the lower ``threshold_grouped`` (up to ``--kept-rate-grouped`` in all) only an article the pair
  model also puts outside the main story;
- the pair model: logistic regression on article-vector similarity and shared rare words
  (words outside the ``common`` most frequent ones, also stored), telling two kept articles of
  one cluster from an article and an article of another cluster (a random one and the nearest
  of a random pool). Its intercept is then set where the two errors add up least: articles of
  two random clusters judged the same story, and real clusters split into several stories.

Run it after ``scripts/train_furniture.py``: three page features read the clean stage's words
model and the repetition counts.

Multi-News is for non-commercial research and educational use; only the trained models, not the
data, are in the repository.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import itertools
import json
import time
from pathlib import Path

import numpy as np

from storylens.triage import (
    FEATURE_NAMES,
    article_vectors,
    features,
    pair_features,
    rare_words,
    sample_text,
    stories,
    words_of,
)

OUT = Path(__file__).resolve().parent.parent / "storylens" / "resources" / "triage.json"
COMMON_WORDS = 3000
PARAMS = {"objective": "binary", "num_leaves": 15, "learning_rate": 0.05, "min_data_in_leaf": 50,
          "feature_fraction": 0.9, "bagging_fraction": 0.8, "bagging_freq": 1, "verbose": -1, "seed": 1}


def load(path: str, limit: int | None) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in itertools.islice(handle, limit)]
    return [r for r in rows if len(r["articles"]) == len(r["kept_by_cleansing"])]


def common_words(clusters: list[dict], size: int) -> frozenset[str]:
    """The words in the most training articles."""
    df: collections.Counter[str] = collections.Counter()
    for row in clusters:
        for article in row["articles"]:
            df.update(set(words_of(article["text"].lower())))
    return frozenset(w for w, _ in df.most_common(size))


def featurise(clusters: list[dict], common: frozenset[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, list]:
    """Features, labels (1 = dropped by the cleansing), cluster index per article, and per
    cluster the article vectors, rare-word sets and labels (for the pair model). The labels are
    the cleansing's; :func:`notices` marks the repeated notices it kept."""
    xs, ys, group, per_cluster = [], [], [], []
    for c, row in enumerate(clusters):
        texts = [a["text"] for a in row["articles"]]
        vectors = article_vectors(texts)
        xs.append(features(texts, vectors))
        ys.extend(0 if kept else 1 for kept in row["kept_by_cleansing"])
        group.extend([c] * len(texts))
        rare = [rare_words(sample_text(t, len(texts)), common) for t in texts]
        per_cluster.append((vectors, rare, row["kept_by_cleansing"]))
    return np.vstack(xs), np.array(ys), np.array(group), per_cluster


def notices(x: np.ndarray, share: float) -> np.ndarray:
    """Articles whose five-word runs are nearly all seen in five or more training clusters."""
    return x[:, FEATURE_NAMES.index("repeated_text")] >= share


def pair_data(per_cluster: list, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Pair features of kept pairs in one cluster (1), and of a kept article with the closest
    article of a random cluster and of the nearest of 300 random clusters (0)."""
    rows, labels = [], []
    n = len(per_cluster)
    centres = np.array([v.mean(axis=0) / max(np.linalg.norm(v.mean(axis=0)), 1e-9) for v, _, _ in per_cluster])
    for c, (vectors, rare, kept) in enumerate(per_cluster):
        members = [i for i, k in enumerate(kept) if k]
        if not members:
            continue
        sim, shared = pair_features(vectors, rare)
        for a, b in itertools.combinations(members, 2):
            rows.append([sim[a, b], shared[a, b]])
            labels.append(1)
        pool = [p for p in rng.choice(n, size=min(300, n), replace=False) if p != c]
        for other in (pool[0], pool[int(np.argmax(centres[pool] @ centres[c]))]):
            ov, orare, _ = per_cluster[other]
            a = members[0]
            b = int(np.argmax(ov @ vectors[a]))
            both_sim, both_shared = pair_features(np.vstack([vectors[a], ov[b]]), [rare[a], orare[b]])
            rows.append([both_sim[0, 1], both_shared[0, 1]])
            labels.append(0)
    return np.array(rows), np.array(labels)


def random_pairs(per_cluster: list, rng: np.random.Generator, size: int = 5000) -> np.ndarray:
    """Pair features of the first articles of two random clusters: articles on unrelated stories."""
    rows = []
    for _ in range(size):
        a, b = rng.choice(len(per_cluster), 2, replace=False)
        (va, ra, _), (vb, rb, _) = per_cluster[a], per_cluster[b]
        sim, shared = pair_features(np.vstack([va[0], vb[0]]), [ra[0], rb[0]])
        rows.append([sim[0, 1], shared[0, 1]])
    return np.array(rows)


def merge_rate(pairs: np.ndarray, pair: dict) -> float:
    """Share of the pairs the pair model judges the same story."""
    z = pair["intercept"] + pair["sim"] * pairs[:, 0] + pair["shared"] * pairs[:, 1]
    return float((z >= 0).mean())


def split_rate(per_cluster: list, pair: dict) -> float:
    """Share of clusters with two or more kept articles that the pair model splits."""
    split = total = 0
    for vectors, rare, kept in per_cluster:
        members = [i for i, k in enumerate(kept) if k]
        if len(members) < 2:
            continue
        total += 1
        split += len(stories(vectors, rare, pair, members)) > 1
    return split / max(total, 1)


def policy(p: np.ndarray, group: np.ndarray, per_cluster: list, pair: dict, sure: float, grouped: float) -> np.ndarray:
    """Which articles :func:`storylens.triage.triage` excludes at these thresholds."""
    out = p >= sure
    start = 0
    for c, (vectors, rare, _) in enumerate(per_cluster):
        n = len(rare)
        rows = np.arange(start, start + n)
        start += n
        members = [i for i in range(n) if not out[rows[i]]]
        if n < 2 or not members or not (p[rows] >= grouped).any():
            continue
        main = set(stories(vectors, rare, pair, members)[0])
        out[rows] |= np.array([p[r] >= grouped and i not in main for i, r in enumerate(rows)])
        assert (group[rows] == c).all()
    return out


def pick_threshold(p: np.ndarray, y: np.ndarray, kept_rate: float) -> float:
    """The lowest probability that excludes at most ``kept_rate`` of the articles the cleansing kept."""
    kept = np.sort(p[y == 0])[::-1]
    allowed = int(kept_rate * len(kept))
    return float(kept[allowed]) + 1e-6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("train")
    parser.add_argument("--validation")
    parser.add_argument("--clusters", type=int)
    parser.add_argument("--kept-rate", type=float, default=0.0003)
    parser.add_argument("--kept-rate-grouped", type=float, default=0.0006)
    parser.add_argument("--notice-repeated", type=float, default=0.8)
    args = parser.parse_args()
    import lightgbm
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    started = time.time()
    clusters = load(args.train, args.clusters)
    common = common_words(clusters, COMMON_WORDS)
    x, y, group, per_cluster = featurise(clusters, common)
    print(f"{len(clusters)} clusters, {len(y)} articles, {y.mean():.1%} dropped ({time.time() - started:.0f}s)")
    notice = notices(x, args.notice_repeated)
    print(f"repeated notices the cleansing kept, labelled as not articles: {(notice & (y == 0)).sum()}")
    y = np.where(notice, 1, y)

    rng = np.random.default_rng(1)
    px, py = pair_data(per_cluster, rng)
    lr = LogisticRegression().fit(px, py)
    pair = {"sim": float(lr.coef_[0][0]), "shared": float(lr.coef_[0][1]), "intercept": float(lr.intercept_[0])}
    # The decision point where the two errors add up least: articles of unrelated stories joined,
    # real clusters split into several stories.
    unrelated, sample = random_pairs(per_cluster, rng), per_cluster[:3000]
    errors = {}
    for intercept in np.arange(-3.0, 1.0, 0.1):
        pair["intercept"] = float(intercept)
        errors[float(intercept)] = merge_rate(unrelated, pair) + split_rate(sample, pair)
    pair["intercept"] = min(errors, key=errors.get)
    print(f"pair model {pair}; unrelated pairs joined: {merge_rate(unrelated, pair):.1%}; "
          f"real clusters split: {split_rate(per_cluster[:5000], pair):.1%}")

    cut = int(len(clusters) * 0.9)
    held = group >= cut
    booster = lightgbm.train(PARAMS, lightgbm.Dataset(x[~held], y[~held], feature_name=FEATURE_NAMES), 300)
    p = booster.predict(x[held])
    sure = pick_threshold(p, y[held], args.kept_rate)
    grouped = sure
    for candidate in np.arange(sure, 0.3, -0.01):
        out = policy(p, group[held] - cut, per_cluster[cut:], pair, sure, candidate)
        if (out & (y[held] == 0)).sum() > args.kept_rate_grouped * (y[held] == 0).sum():
            break
        grouped = float(candidate)
    out = policy(p, group[held] - cut, per_cluster[cut:], pair, sure, grouped)
    print(f"held-out AUC {roc_auc_score(y[held], p):.3f}; thresholds {sure:.3f} / {grouped:.3f} with the pair "
          f"model: {out.sum()} excluded, {(out & (y[held] == 0)).sum()} of them kept by the cleansing")
    booster = lightgbm.train(PARAMS, lightgbm.Dataset(x, y, feature_name=FEATURE_NAMES), 300)
    model = {"threshold": round(sure, 4), "threshold_grouped": round(grouped, 4), "pair": pair,
             "features": FEATURE_NAMES, "trained_on": f"{len(clusters)} clusters of Multi-News+ train",
             "common": sorted(common), "model": booster.model_to_string()}
    OUT.write_text(json.dumps(model), encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KB)")
    if args.validation:
        validate(args.validation, booster, model, common, args.notice_repeated)


def validate(path: str, booster, model: dict, common: frozenset[str], notice_share: float) -> None:
    """Held-out numbers, by the cleansing's labels and with the repeated notices it kept set aside."""
    from sklearn.metrics import roc_auc_score

    clusters = load(path, None)
    x, y, group, per_cluster = featurise(clusters, common)
    p = booster.predict(x)
    out = policy(p, group, per_cluster, model["pair"], model["threshold"], model["threshold_grouped"])
    kept = (out & (y == 0)).sum()
    print(f"validation: {len(clusters)} clusters, {len(y)} articles, AUC {roc_auc_score(y, p):.3f}; excluded "
          f"{out.sum()}, of them kept by the cleansing {kept} ({kept / max((y == 0).sum(), 1):.2%} of kept articles); "
          f"dropped articles found {(out & (y == 1)).sum()}/{(y == 1).sum()}; "
          f"real clusters split: {split_rate(per_cluster, model['pair']):.1%}")
    notice = notices(x, notice_share) & (y == 0)
    real = (y == 0) & ~notice
    print(f"  of the kept articles, {notice.sum()} are repeated notices ({(out & notice).sum()} excluded); the "
          f"other {real.sum()}: {(out & real).sum()} excluded ({(out & real).sum() / max(real.sum(), 1):.2%})")


if __name__ == "__main__":
    main()
