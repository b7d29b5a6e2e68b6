"""Train the summary sentence scorer (LightGBM) on Multi-News+ training clusters.

Each candidate sentence (see :mod:`storylens.features`) is labelled by how much of the human
summary it covers: the mean of its ROUGE-1 and ROUGE-2 F1 against the reference (Porter
stemming, the same tokenizer as ``rouge-score``). A LightGBM regressor learns that label from
the features; the model is written to ``storylens/resources/scorer.txt``.

    python scripts/train_scorer.py ../shared/data/multinews-plus/train.jsonl.gz --clusters 6000

The training data is lower-cased and truncated (see ``../shared/data/README.md``); the
features avoid letter case for that reason.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import multiprocessing as mp
import re
import time
from collections import Counter
from functools import lru_cache
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parent.parent / "storylens" / "resources" / "scorer.txt"


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    from nltk.stem import porter

    return _stemmer(porter).stem(word)


@lru_cache(maxsize=1)
def _stemmer(porter):
    return porter.PorterStemmer()


def tokens(text: str) -> list[str]:
    """rouge-score's tokenisation: lower-case alphanumerics, Porter-stemmed."""
    return [_stem(w) if len(w) > 3 else w for w in re.findall(r"[a-z0-9]+", text.lower())]


def overlaps(sentence: list[str], ref_uni: Counter, ref_bi: Counter) -> list[float]:
    """Unigram and bigram overlap counts of a sentence with the reference, and its sizes."""
    uni, bi = Counter(sentence), Counter(zip(sentence, sentence[1:]))
    return [sum((uni & ref_uni).values()), sum(uni.values()), sum((bi & ref_bi).values()), sum(bi.values())]


def label(stats: np.ndarray, bigram_weight: float = 2.0) -> np.ndarray:
    """How much of a sentence is in the human summary: ROUGE-1 and (more heavily weighted)
    ROUGE-2 precision. Precision, not F1, because the summary has a word budget: a long
    sentence must earn its length."""
    uni = stats[:, 0] / np.maximum(stats[:, 1], 1)
    bi = stats[:, 2] / np.maximum(stats[:, 3], 1)
    return ((uni + bigram_weight * bi) / (1 + bigram_weight)).astype(np.float32)


def grades(y: np.ndarray, sizes: np.ndarray, levels: int = 5) -> np.ndarray:
    """Labels as relevance grades 0..levels-1 by quantile within each cluster (for lambdarank)."""
    out = np.zeros(len(y), dtype=np.int32)
    start = 0
    for n in sizes:
        part = y[start:start + n]
        ranks = part.argsort().argsort() / max(n - 1, 1)
        out[start:start + n] = np.minimum((ranks * levels).astype(int), levels - 1)
        start += n
    return out


def featurise(line: str) -> tuple[np.ndarray, np.ndarray] | None:
    """Features and labels of one training cluster (None when it has no usable candidate)."""
    from storylens.annotate import annotate
    from storylens.clean import clean
    from storylens.features import candidates
    from storylens.ingest import article_from_dict
    from storylens.represent import sentence_vectors

    obj = json.loads(line)
    try:
        raw = [article_from_dict(a, "train") for a in obj["articles"]]
    except Exception:  # noqa: BLE001 - skip malformed training clusters
        return None
    articles = annotate([clean(r) for r in raw])
    cands = candidates(articles, sentence_vectors(articles))
    if not cands.sentences:
        return None
    ref = tokens(re.sub(r"^\s*[–—-]\s*", "", obj["summary"]))
    ref_uni, ref_bi = Counter(ref), Counter(zip(ref, ref[1:]))
    stats = np.array([overlaps(tokens(s.text), ref_uni, ref_bi) for s in cands.sentences], dtype=np.float32)
    return cands.features, stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("train", help="Multi-News+ train.jsonl.gz")
    parser.add_argument("--clusters", type=int, default=6000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--trees", type=int, default=300)
    parser.add_argument("--cache", help="an .npz file keeping the features between runs")
    parser.add_argument("--bigram-weight", type=float, default=2.0)
    parser.add_argument("--objective", choices=["regression", "lambdarank"], default="regression")
    args = parser.parse_args()
    import lightgbm

    from storylens.features import FEATURE_NAMES

    started = time.time()
    if args.cache and Path(args.cache).is_file():
        cached = np.load(args.cache)
        x, stats, sizes = cached["x"], cached["stats"], cached["sizes"]
    else:
        with gzip.open(args.train, "rt", encoding="utf-8") as handle:
            lines = list(itertools.islice(handle, args.clusters))
        with mp.get_context("fork").Pool(args.workers) as pool:
            results = [r for r in pool.imap(featurise, lines, chunksize=8) if r is not None]
        x = np.vstack([f for f, _ in results])
        stats = np.vstack([st for _, st in results])
        sizes = np.array([len(st) for _, st in results])
        if args.cache:
            np.savez_compressed(args.cache, x=x, stats=stats, sizes=sizes)
    y = label(stats, args.bigram_weight)
    print(f"{len(sizes)} clusters, {len(y)} sentences featurised in {time.time() - started:.0f}s")
    cut = int(len(sizes) * 0.9)
    n_train = int(sizes[:cut].sum())
    if args.objective == "lambdarank":
        y = grades(y, sizes)
    data = lightgbm.Dataset(x[:n_train], y[:n_train], feature_name=FEATURE_NAMES,
                            group=sizes[:cut] if args.objective == "lambdarank" else None)
    valid = lightgbm.Dataset(x[n_train:], y[n_train:], reference=data,
                             group=sizes[cut:] if args.objective == "lambdarank" else None)
    params = {"objective": args.objective, "learning_rate": 0.05, "num_leaves": 31, "min_data_in_leaf": 50,
              "feature_fraction": 0.9, "bagging_fraction": 0.8, "bagging_freq": 1, "verbose": -1,
              "num_threads": args.workers}
    model = lightgbm.train(params, data, args.trees, valid_sets=[valid],
                           callbacks=[lightgbm.log_evaluation(100)])
    OUT.write_text(model.model_to_string(), encoding="utf-8")
    gain = dict(zip(FEATURE_NAMES, model.feature_importance("gain").round(0)))
    print("feature gain:", sorted(gain.items(), key=lambda kv: -kv[1]))
    print(f"model -> {OUT} ({OUT.stat().st_size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
