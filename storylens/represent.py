"""Represent: one unit-length vector per sentence (WordLlama), in one batch per cluster."""

from __future__ import annotations

import numpy as np

from storylens.model import Article
from storylens.models import wordllama


def sentence_vectors(articles: list[Article]) -> np.ndarray:
    """Rows follow the articles' sentences in order; shape (sentences, 256), L2-normalised."""
    texts = [s.text for a in articles for s in a.sentences]
    if not texts:
        return np.zeros((0, 256), dtype=np.float32)
    vectors = np.asarray(wordllama().embed(texts, norm=True, batch_size=256), dtype=np.float32)
    return np.nan_to_num(vectors)  # a sentence of unknown tokens has a zero vector, not NaN
