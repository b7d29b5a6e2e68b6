"""Analyse: corroborated facts, disputes, entities and quotes, added to a digest.

Entities come first: speakers and attributions are resolved to their canonical names.
"""

from __future__ import annotations

import numpy as np

from storylens.claims import extract
from storylens.disputes import Context, find_disputes
from storylens.entities import canonical_lookup, merge
from storylens.features import content_words
from storylens.model import Article, Cite, Cited, Digest
from storylens.quotes import find_quotes
from storylens.triage import reports

FACT_SIMILARITY = 0.85
FACT_OVERLAP = 0.5
MAX_FACTS = 12


def analyse(result: Digest, vectors: np.ndarray) -> Digest:
    """Fill ``facts``, ``disputes``, ``entities`` and ``quotes`` of a digest in place."""
    articles, vectors = reports(result.articles, vectors)  # excluded articles take no part
    result.entities = merge(articles)
    canonical = canonical_lookup(result.entities)
    result.quotes = find_quotes(articles, canonical)
    if len(articles) > 1:
        result.facts = facts(articles, vectors)
    ctx = Context(articles, vectors, canonical)
    result.disputes = find_disputes(extract(articles), ctx)
    return result


def facts(articles: list[Article], vectors: np.ndarray) -> list[Cited]:
    """Statements that two or more articles make: each sentence with its matches elsewhere."""
    sentences = [s for a in articles for s in a.sentences]
    if len(sentences) < 2:
        return []
    art = np.array([int(s.article[1:]) for s in sentences])
    sim = vectors @ vectors.T
    sim[art[:, None] == art[None, :]] = 0  # only agreement across articles counts
    bags = [set(content_words(s)) for s in sentences]
    used: set[int] = set()
    found: list[tuple[int, Cited]] = []
    for i in np.argsort(-(sim >= FACT_SIMILARITY).sum(axis=1)):
        if i in used or sentences[i].heading or sentences[i].words < 6:
            continue
        partners = {}
        for j in np.nonzero(sim[i] >= FACT_SIMILARITY)[0]:
            overlap = len(bags[i] & bags[j]) / max(min(len(bags[i]), len(bags[j])), 1)
            if overlap >= FACT_OVERLAP and j not in used:
                partners.setdefault(art[j], j)  # the first (best-ranked) sentence per article
        if not partners:
            continue
        group = [i, *partners.values()]
        used.update(group)
        cites = [Cite(sentences[k].article, sentences[k].index) for k in group]
        found.append((len(group), Cited(text=sentences[i].text, cites=cites)))
    found.sort(key=lambda x: -x[0])
    return [c for _, c in found[:MAX_FACTS]]
