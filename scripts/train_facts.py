"""Train the facts model: whether two sentences of different articles make the same statement.

"Where the sources agree" lists statements two or more outlets make. Which sentences of two
articles say the same thing is learned here, from pairs of sentences read by helper sessions (a
language model that had not seen the code), instead of hand-set thresholds of similarity and
shared words.

Data recipe:
- clusters: the 48 dev clusters of ``../shared/examples/disputes/tune.json`` and the 117
  unannotated dev clusters whose id hashes even (the odd half is kept for blind readings;
  ``check.json`` is never read);
- candidate pairs: every two sentences of different reports that the facts stage could pair
  (both usable, vectors at least ``FACT_SIMILARITY_LOOSE`` alike, the same figures where both
  give some, the same polarity); per cluster, the pairs the earlier rule paired and a random
  sample of the others, nearest in meaning first;
- labels (``scripts/data/facts-read.jsonl``): each pair read with the sentence before each side
  and marked ``same`` (the second sentence states the first's main claim: a reader could cite it
  as a second source for it), ``part`` (it supports only part of it) or ``different``; only
  ``same`` is a positive;
- measured, not trained on (``scripts/data/facts-fired.jsonl``): 300 pairs the shipped model scores
  0.3 or more (``sample 300 --above 0.3``), read with the same three labels; ``check`` reports the
  model on them.

Commands::

    python scripts/train_facts.py build        # candidate pairs → /tmp/facts-pairs.jsonl (a few minutes)
    python scripts/train_facts.py sample N     # N pairs to read → /tmp/facts-to-read.jsonl
    python scripts/train_facts.py check        # cross-validated by cluster against the earlier rule
    python scripts/train_facts.py fit          # write storylens/resources/facts.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PAIRS = Path("/tmp/facts-pairs.jsonl")
TO_READ = Path("/tmp/facts-to-read.jsonl")
LABELS = ROOT / "scripts" / "data" / "facts-read.jsonl"
# Pairs read where the shipped model fires (``sample --above 0.3``), kept to measure it, not to
# train on: the pairs a fact cites.
FIRED = ROOT / "scripts" / "data" / "facts-fired.jsonl"
MODEL = ROOT / "storylens" / "resources" / "facts.json"
PRECISION = 0.75  # the least cross-validated precision the threshold must keep
sys.path.insert(0, str(ROOT))
# The earlier hand-set rule, kept to compare the model with.
FACT_SIMILARITY = 0.75  # close in meaning (sentence vectors) ...
FACT_OVERLAP = 0.4  # ... and sharing this much of the shorter sentence's content words;
FACT_CONTAINED = 0.6  # or the other sentence holding most of this one's content words
FACT_SIMILARITY_LOOSE = 0.55  # and not far in meaning


def same_by_rule(similarity: float, bag: set[str], other: set[str]) -> bool:
    """Whether a sentence with content words ``other`` makes the same statement as one with ``bag``."""
    common = len(bag & other)
    shared = common / max(min(len(bag), len(other)), 1)
    told = common / max(len(bag), 1)  # how much of the first sentence the other also says
    return shared >= FACT_OVERLAP and (similarity >= FACT_SIMILARITY or
                                       (told >= FACT_CONTAINED and similarity >= FACT_SIMILARITY_LOOSE))


def build_clusters() -> list[dict]:
    """tune's clusters and the unannotated dev clusters of the half kept for building (as the
    dispute models use it: ``train_disputes.for_training``), never check's."""
    from train_disputes import dev_clusters, for_training

    tune = {c["id"] for c in json.loads((SHARED / "examples" / "disputes" / "tune.json").read_text())}
    check = {c["id"] for c in json.loads((SHARED / "examples" / "disputes" / "check.json").read_text())}
    return [c for cid, c in dev_clusters().items() if cid in tune or (for_training(cid) and cid not in tune | check)]


def pair_key(a, b) -> str:
    """A pair's name that outlives changes to segmentation: each side's article and a hash of its text."""
    sides = sorted(f"{s.article}:{hashlib.sha1(s.text.encode()).hexdigest()[:10]}" for s in (a, b))
    return "|".join(sides)


def cluster_pairs(cluster: dict) -> list[dict]:
    """Every candidate pair of one cluster, with its features, texts and the earlier rule's verdict."""
    import storylens.analyse as analyse
    from storylens import agree
    from storylens.claims.quantities import figures
    from storylens.features import content_words
    from storylens.ingest import article_from_dict
    from storylens.pipeline import digest

    seen = {}
    original = analyse.facts

    def capture(articles, vectors, *rest):
        seen["articles"], seen["vectors"] = articles, vectors
        return original(articles, vectors, *rest)

    analyse.facts = capture
    try:
        digest([article_from_dict(a, cluster["id"]) for a in cluster["articles"]], cluster_id=cluster["id"])
    finally:
        analyse.facts = original
    if "articles" not in seen:
        return []
    articles, vectors = seen["articles"], seen["vectors"]
    sentences = [s for a in articles for s in a.sentences]
    before = {(s.article, s.index): a.sentences[s.index - 1].text if s.index else "" for a in articles
              for s in a.sentences}
    bags = [set(content_words(s)) for s in sentences]
    numbers = [figures(s) for s in sentences]
    negated = [agree.negated(s) for s in sentences]
    usable = [agree.usable(s, bags[i]) for i, s in enumerate(sentences)]
    sim = vectors @ vectors.T
    rows = []
    for i in range(len(sentences)):
        for j in range(i + 1, len(sentences)):
            a, b = sentences[i], sentences[j]
            if a.article == b.article or not (usable[i] and usable[j]) or sim[i, j] < agree.SIMILARITY_FLOOR:
                continue
            if (numbers[i] and numbers[j] and numbers[i] != numbers[j]) or negated[i] != negated[j]:
                continue
            rows.append({
                "cluster": cluster["id"], "key": pair_key(a, b),
                "features": agree.features(a, b, float(sim[i, j]), bags[i], bags[j], numbers[i], numbers[j]),
                "rule": bool(same_by_rule(float(sim[i, j]), bags[i], bags[j])
                             or same_by_rule(float(sim[i, j]), bags[j], bags[i])),
                "a": a.text, "b": b.text, "a_before": before[(a.article, a.index)],
                "b_before": before[(b.article, b.index)]})
    return rows


def build() -> None:
    with PAIRS.open("w") as out:
        for n, cluster in enumerate(build_clusters()):
            for row in cluster_pairs(cluster):
                out.write(json.dumps(row) + "\n")
            print(n + 1, cluster["id"], file=sys.stderr)


def sample(n: int, seed: int = 7, above: float | None = None) -> None:
    """Pairs to read: per cluster, up to three the earlier rule paired and three it did not (the
    nearest in meaning more likely), then trimmed at random to ``n``. With ``above``, the pairs
    read by neither set that the shipped model scores at least that, in random order: the pairs
    a fact would cite, where its mistakes are."""
    rows = [json.loads(line) for line in PAIRS.open()]
    rng = random.Random(seed)
    if above is not None:
        from storylens import agree

        read = {r["key"] for path in (LABELS, FIRED) for r in map(json.loads, path.open())}
        # (two sentences told word for word say the same: nothing to read)
        rows = [r for r in rows if r["key"] not in read and r["a"] != r["b"]
                and agree.probability(r["features"]) >= above]
        rng.shuffle(rows)
        _write_sample(rows[:n], len(rows))
        return
    by_cluster: dict[str, list[dict]] = {}
    for row in rows:
        by_cluster.setdefault(row["cluster"], []).append(row)
    picked = []
    for group in by_cluster.values():
        paired = [r for r in group if r["rule"]]
        others = sorted((r for r in group if not r["rule"]), key=lambda r: -r["features"][0] + rng.random() * 0.1)
        picked += rng.sample(paired, min(3, len(paired))) + others[:3]
    rng.shuffle(picked)
    _write_sample(picked[:n], len(picked))


def _write_sample(rows: list[dict], of: int) -> None:
    with TO_READ.open("w") as out:
        for row in rows:
            out.write(json.dumps({k: row[k] for k in ("key", "a_before", "a", "b_before", "b")}) + "\n")
    print(f"{len(rows)} of {of} pairs → {TO_READ}")


def labelled() -> tuple[list[dict], np.ndarray]:
    labels = {r["key"]: r["label"] for r in map(json.loads, LABELS.open())}
    rows = [r for r in map(json.loads, PAIRS.open()) if r["key"] in labels]
    return rows, np.array([labels[r["key"]] == "same" for r in rows], dtype=int)


def fit_model(x: np.ndarray, y: np.ndarray):
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(x)
    return scaler, LogisticRegression(C=1.0, max_iter=1000).fit(scaler.transform(x), y)


def cross_validated(rows: list[dict], y: np.ndarray, folds: int = 6, seed: int = 0, fit=None) -> np.ndarray:
    """Each row's probability from a model (``fit``, by default :func:`fit_model`) trained on the
    other folds, the folds made of whole clusters (``rows[i]["cluster"]``) in an order drawn from
    ``seed``. ``scripts/train_lead.py`` uses it too."""
    fit = fit or fit_model
    clusters = sorted({r["cluster"] for r in rows})
    random.Random(seed).shuffle(clusters)
    fold_of = {c: k % folds for k, c in enumerate(clusters)}
    x = np.array([r["features"] for r in rows])
    fold = np.array([fold_of[r["cluster"]] for r in rows])
    out = np.zeros(len(rows))
    for k in range(folds):
        scaler, model = fit(x[fold != k], y[fold != k])
        out[fold == k] = model.predict_proba(scaler.transform(x[fold == k]))[:, 1]
    return out


def threshold_for(prob: np.ndarray, y: np.ndarray) -> float:
    """The lowest threshold whose reported pairs keep ``PRECISION``."""
    for t in np.arange(0.3, 0.96, 0.01):
        chosen = prob >= t
        if chosen.sum() and y[chosen].mean() >= PRECISION:
            return float(round(t, 2))
    return 0.95


def check() -> None:
    rows, y = labelled()
    rule = np.array([r["rule"] for r in rows])
    print(f"{len(rows)} pairs read in {len({r['cluster'] for r in rows})} clusters, {y.sum()} the same statement")
    print(f"earlier rule: {rule.sum()} paired, precision {y[rule].mean():.2f}, recall {y[rule].sum() / y.sum():.2f}")
    for seed in range(3):
        prob = cross_validated(rows, y, seed=seed)
        for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
            chosen = prob >= t
            print(f"seed {seed} at {t}: {chosen.sum()} paired, precision {y[chosen].mean():.2f}, "
                  f"recall {y[chosen].sum() / y.sum():.2f}")
        print(f"seed {seed}: threshold for precision {PRECISION}: {threshold_for(prob, y)}")
    fired_check()


def fired_check() -> None:
    """The shipped model on the pairs read where it fires (:data:`FIRED`)."""
    from storylens import agree

    labels = {r["key"]: r["label"] for r in map(json.loads, FIRED.open())}
    rows = [r for r in map(json.loads, PAIRS.open()) if r["key"] in labels]
    y = np.array([labels[r["key"]] == "same" for r in rows])
    prob = np.array([agree.probability(r["features"]) for r in rows])
    print(f"shipped model on {len(rows)} pairs read where it scores 0.3 or more, {y.sum()} the same statement:")
    for t in sorted({0.4, 0.5, 0.6, 0.7, 0.8, agree.threshold()}):
        chosen = prob >= t
        print(f"  at {t}: {chosen.sum()} paired, precision {y[chosen].mean():.2f}, "
              f"recall {y[chosen].sum() / y.sum():.2f}")


def fit() -> None:
    from storylens.agree import FEATURES

    rows, y = labelled()
    prob = np.mean([cross_validated(rows, y, seed=s) for s in range(3)], axis=0)
    x = np.array([r["features"] for r in rows])
    scaler, model = fit_model(x, y)
    MODEL.write_text(json.dumps({
        "features": FEATURES, "mean": scaler.mean_.tolist(), "scale": scaler.scale_.tolist(),
        "coef": model.coef_[0].tolist(), "intercept": float(model.intercept_[0]),
        "threshold": threshold_for(prob, y), "pairs": len(rows), "same": int(y.sum())}, indent=1) + "\n")
    print(f"wrote {MODEL}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["build", "sample", "check", "fit"])
    parser.add_argument("n", nargs="?", type=int, default=600)
    parser.add_argument("--above", type=float, help="with sample: unread pairs the shipped model scores at least this")
    args = parser.parse_args()
    {"build": build, "check": check, "fit": fit}.get(args.command, lambda: sample(args.n, above=args.above))()


if __name__ == "__main__":
    main()
