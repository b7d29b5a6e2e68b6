"""Select: choose source sentences for the summary, order them, and cite their support.

A trained scorer (LightGBM over :mod:`storylens.features`, see ``scripts/train_scorer.py``)
ranks candidates; selection is greedy with a redundancy check across sources, opens with the
best lead sentence and stops near the word budget without cutting a sentence. Each summary
sentence cites itself and the sentences of other articles that say the same thing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import numpy as np

from storylens.features import FEATURE_NAMES, Candidates, content_words
from storylens.model import Article, Cite, Cited, Sentence

DEFAULT_WORDS = 250
REDUNDANT_SIMILARITY = 0.86
REDUNDANT_OVERLAP = 0.6
CORROBORATE_SIMILARITY = 0.82
CORROBORATE_OVERLAP = 0.35
# Datelines and leading connectives that read badly out of context; removing them adds nothing.
DATELINE = re.compile(r"^(?:[A-Z][A-Za-z .,'\-]{1,40}\s*)?\((?:AP|CNN|Reuters|AFP|UPI|CBS|NBC|ABC)[^)]*\)"
                      r"\s*(?:[-—–]+\s*)?|^[A-Z][A-Z .,'\-]{2,40}\s*[-—–]+\s+")
CONNECTIVE = re.compile(r"^(?:But|And|However|Meanwhile|Still|Also),?\s+(?=[A-Za-z])")


@lru_cache(maxsize=1)
def scorer():
    """The committed LightGBM sentence scorer, or None when it is missing (heuristic fallback)."""
    path = resources.files("storylens.resources").joinpath("scorer.txt")
    if not path.is_file():
        return None
    import lightgbm

    return lightgbm.Booster(model_str=path.read_text(encoding="utf-8"))


def score(cands: Candidates) -> np.ndarray:
    """A relevance score per candidate: the trained model, or a hand-weighted mix without it."""
    if len(cands.sentences) == 0:
        return np.zeros(0)
    model = scorer()
    if model is not None:
        return model.predict(cands.features)
    f = {name: cands.features[:, i] for i, name in enumerate(FEATURE_NAMES)}
    return (f["centroid"] + 0.5 * f["support_mean"] + 0.3 * f["doc_frequency"]
            + 0.3 / (1 + f["position"]) - 0.2 * f["pronoun_start"])


def select(cands: Candidates, scores: np.ndarray, words: int = DEFAULT_WORDS) -> list[int]:
    """Greedy choice of candidate indices by score, skipping redundant ones, up to ``words``."""
    chosen: list[int] = []
    total = 0
    bags = [set(content_words(s)) for s in cands.sentences]
    lead = _best_lead(cands, scores)
    order = ([lead] if lead is not None else []) + [int(i) for i in np.argsort(-scores) if i != lead]
    for i in order:
        length = cands.sentences[i].words
        if total + length > words + 15 and total > 0:
            continue  # would overshoot the budget: try a shorter sentence
        if any(_redundant(cands, bags, i, j) for j in chosen):
            continue
        chosen.append(i)
        total += length
        if total >= words - 10:
            break
    return chosen


def _best_lead(cands: Candidates, scores: np.ndarray) -> int | None:
    """The best-scoring opening sentence of an article: the summary starts with it."""
    leads = [i for i in range(len(cands.sentences)) if cands.features[i, FEATURE_NAMES.index("is_lead")]]
    leads = [i for i in leads if cands.features[i, FEATURE_NAMES.index("pronoun_start")] == 0] or leads
    return max(leads, key=lambda i: scores[i]) if leads else None


def _redundant(cands: Candidates, bags: list[set[str]], i: int, j: int) -> bool:
    sim = float(cands.vectors[i] @ cands.vectors[j])
    a, b = bags[i], bags[j]
    overlap = len(a & b) / max(min(len(a), len(b)), 1)
    return sim >= REDUNDANT_SIMILARITY or overlap >= REDUNDANT_OVERLAP


def order(cands: Candidates, chosen: list[int]) -> list[int]:
    """The lead stays first; the rest follow their relative position in their articles."""
    if not chosen:
        return []
    rel = FEATURE_NAMES.index("relative_position")
    head, rest = chosen[0], chosen[1:]
    return [head] + sorted(rest, key=lambda i: (round(float(cands.features[i, rel]), 1),
                                                cands.sentences[i].article, cands.sentences[i].index))


def corroborating(sentence: Sentence, vector: np.ndarray, articles: list[Article], vectors: np.ndarray,
                  row_of: dict[tuple[str, int], int]) -> list[Cite]:
    """Sentences of other articles that say the same thing as ``sentence``."""
    mine = set(content_words(sentence))
    cites = []
    for article in articles:
        if article.id == sentence.article:
            continue
        rows = [row_of[(article.id, s.index)] for s in article.sentences]
        if not rows:
            continue
        sims = vectors[rows] @ vector
        best = int(np.argmax(sims))
        other = article.sentences[best]
        theirs = set(content_words(other))
        overlap = len(mine & theirs) / max(len(mine), 1)
        if sims[best] >= CORROBORATE_SIMILARITY and overlap >= CORROBORATE_OVERLAP:
            cites.append(Cite(article.id, other.index))
    return cites


def tidy(text: str) -> str:
    """Light clean-up of a source sentence for the summary: datelines, leading connectives, and
    the missing quotation mark of a sentence taken from a quotation several sentences long."""
    out = DATELINE.sub("", text).strip()
    out = CONNECTIVE.sub("", out)
    out = out[:1].upper() + out[1:] if out else text
    return balance_quotes(out if len(out.split()) >= 4 else text)


def balance_quotes(text: str) -> str:
    """Close or open a quotation the sentence carries only one end of."""
    opening, closing = text.count("“"), text.count("”")
    if closing > opening:
        return "“" + text
    if opening > closing:
        return text + "”"
    if text.count('"') % 2:
        # A closing mark followed by the attribution ('... containers," he said.') ends a quote.
        return '"' + text if re.search(r'[.,!?]"\s+\S', text) or text.endswith('"') else text + '"'
    return text


def summarize(articles: list[Article], vectors: np.ndarray, cands: Candidates,
              words: int = DEFAULT_WORDS) -> list[Cited]:
    """The cited summary: selected, ordered, tidied sentences with their corroboration."""
    scores = score(cands)
    picked = order(cands, select(cands, scores, words))
    row_of, row = {}, 0
    for article in articles:
        for s in article.sentences:
            row_of[(article.id, s.index)] = row
            row += 1
    summary = []
    for i in picked:
        sentence = cands.sentences[i]
        cites = [Cite(sentence.article, sentence.index)]
        cites += corroborating(sentence, cands.vectors[i], articles, vectors, row_of)
        summary.append(Cited(text=tidy(sentence.text), cites=cites))
    return summary
