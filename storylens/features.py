"""Sentence features for the summary scorer: position, length, centrality and cross-source support.

The same function serves training (``scripts/train_scorer.py``) and inference, so the model
sees at run time exactly what it was trained on. Features avoid letter case, because the
training data (Multi-News+) is lower-cased.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from storylens.clean import QUOTE_MARK
from storylens.model import Article, Sentence

MAX_CANDIDATE_POSITION = 60  # summary sentences come from the first part of each article
SUPPORT_SIMILARITY = 0.75
PRONOUN_START = re.compile(r"^(?:he|she|it|they|this|that|these|those|his|her|their|its|but|and|so|also)\b",
                           re.I)

FEATURE_NAMES = [
    "position", "relative_position", "is_lead", "words", "n_articles", "article_sentences",
    "centroid", "article_centroid", "support_mean", "support_max", "support_count",
    "doc_frequency", "cluster_frequency", "numbers", "has_quote", "pronoun_start", "question",
    "earlier_duplicate", "lexrank", "lead_similarity", "starts_with_quote",
]


@dataclass
class Candidates:
    """The sentences that may enter the summary, their vectors and their feature matrix."""

    sentences: list[Sentence]
    vectors: np.ndarray
    features: np.ndarray


def content_words(sentence: Sentence) -> list[str]:
    """Lower-cased lemmas of content words (spaCy tokens when present, else a regex)."""
    if sentence.doc is not None:
        return content_lemmas(sentence.doc)
    return [w for w in re.findall(r"[a-z]+", sentence.text.lower()) if len(w) > 2]


def content_lemmas(tokens) -> list[str]:
    """Lower-cased lemmas of the content words among parsed tokens."""
    return [t.lemma_.lower() for t in tokens if t.is_alpha and not t.is_stop and len(t) > 2]


def candidates(articles: list[Article], vectors: np.ndarray) -> Candidates:
    """Pick candidate sentences (not headings or doubtful lines, sensible length, early enough) and
    featurise them."""
    rows, chosen, art_of, positions = [], [], [], []
    offset = 0
    # Short texts ("The bridge reopened. Traffic was light.") have no sentence of usual length; then
    # every body sentence is a candidate, so a short article still gets a summary.
    short = not any(6 <= s.words <= 80 for a in articles for s in a.sentences if not s.heading)
    for a, article in enumerate(articles):
        body = [s for s in article.sentences if not s.heading and not s.doubtful]
        for p, sentence in enumerate(body[:MAX_CANDIDATE_POSITION]):
            if 6 <= sentence.words <= 80 or (short and sentence.words <= 80):
                rows.append(offset + sentence.index)
                chosen.append(sentence)
                art_of.append(a)
                positions.append((p, len(body)))
        offset += len(article.sentences)
    vecs = vectors[rows] if rows else np.zeros((0, vectors.shape[1] if vectors.ndim == 2 else 256))
    return Candidates(chosen, vecs, _features(chosen, vecs, np.array(art_of, dtype=int), positions,
                                                len(articles)))


def _features(sents: list[Sentence], vecs: np.ndarray, art: np.ndarray,
              positions: list[tuple[int, int]], n_articles: int) -> np.ndarray:
    n = len(sents)
    if n == 0:
        return np.zeros((0, len(FEATURE_NAMES)), dtype=np.float32)
    sim = vecs @ vecs.T
    centroid = _unit(vecs.mean(axis=0))
    same = art[:, None] == art[None, :]
    art_centroid = np.zeros(n)
    support = np.zeros((n, max(n_articles, 1)))
    for a in np.unique(art):
        members = art == a
        art_centroid[members] = vecs[members] @ _unit(vecs[members].mean(axis=0))
        support[:, a] = np.where(members, np.nan, sim[:, members].max(axis=1))
    others = support[:, :n_articles]
    has_others = n_articles > 1 and np.isfinite(others).any()
    support_mean = np.nanmean(np.where(np.isnan(others), np.nan, others), axis=1) if has_others else np.zeros(n)
    support_mean = np.nan_to_num(support_mean)
    support_max = np.nan_to_num(np.nanmax(others, axis=1)) if has_others else np.zeros(n)
    support_count = np.nansum(others >= SUPPORT_SIMILARITY, axis=1) / max(n_articles - 1, 1)
    words = [content_words(s) for s in sents]
    df, tf = _frequencies(words, art)
    earlier = np.where(same & (np.arange(n)[None, :] < np.arange(n)[:, None]), sim, 0).max(axis=1)
    cols = [
        [min(p, 50) for p, _ in positions],
        [p / max(total, 1) for p, total in positions],
        [float(p == 0) for p, _ in positions],
        [s.words for s in sents],
        [n_articles] * n,
        [total for _, total in positions],
        vecs @ centroid,
        art_centroid,
        support_mean,
        support_max,
        support_count,
        [np.mean([df[w] for w in ws]) / n_articles if ws else 0 for ws in words],
        [np.mean([math.log1p(tf[w]) for w in ws]) if ws else 0 for ws in words],
        [len(re.findall(r"\d+", s.text)) for s in sents],
        [float(bool(QUOTE_MARK.search(s.text))) for s in sents],
        [float(bool(PRONOUN_START.match(s.text))) for s in sents],
        [float(s.text.rstrip().endswith("?")) for s in sents],
        earlier,
        _lexrank(sim),
        _lead_similarity(sim, art, positions),
        [float(s.text.lstrip()[:1] in "\"“'‘") for s in sents],
    ]
    return np.column_stack([np.asarray(c, dtype=np.float64) for c in cols]).astype(np.float32)


def _frequencies(words: list[list[str]], art: np.ndarray) -> tuple[Counter, Counter]:
    df: Counter = Counter()
    tf: Counter = Counter()
    for a in np.unique(art):
        df.update({w for ws, x in zip(words, art) if x == a for w in ws})
    for ws in words:
        tf.update(ws)
    return df, tf


def _lead_similarity(sim: np.ndarray, art: np.ndarray, positions: list[tuple[int, int]]) -> np.ndarray:
    """Mean similarity to the other articles' first candidate sentences (news leads say the most)."""
    leads = [i for i, (p, _) in enumerate(positions) if p == 0]
    out = np.zeros(len(art))
    for i in range(len(art)):
        others = [j for j in leads if art[j] != art[i]]
        out[i] = sim[i, others].mean() if others else 0.0
    return out


def _lexrank(sim: np.ndarray, threshold: float = 0.6, steps: int = 30) -> np.ndarray:
    """Eigenvector centrality of the thresholded similarity graph (LexRank), by power iteration."""
    adj = (sim >= threshold).astype(np.float64)
    adj /= adj.sum(axis=1, keepdims=True)
    n = len(adj)
    rank = np.full(n, 1.0 / n)
    for _ in range(steps):
        rank = 0.15 / n + 0.85 * rank @ adj
    return rank * n


def _unit(v: np.ndarray) -> np.ndarray:
    norm = np.linalg.norm(v)
    return v / norm if norm else v
