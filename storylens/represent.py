"""Represent: one unit-length vector per sentence (WordLlama), in batches of similar length.

WordLlama pads every sentence of a batch to the longest one, so memory is batch size times
the longest sentence: sentences are batched by length, and only the first
:data:`~storylens.limits.MAX_VECTOR_TOKENS` tokens of a sentence make its vector.
"""

from __future__ import annotations

import numpy as np

from storylens.limits import MAX_VECTOR_TOKENS
from storylens.model import Article
from storylens.models import wordllama

BATCH = 256


def sentence_vectors(articles: list[Article]) -> np.ndarray:
    """Rows follow the articles' sentences in order; shape (sentences, 256), L2-normalised."""
    texts = [s.text for a in articles for s in a.sentences]
    if not texts:
        return np.zeros((0, 256), dtype=np.float32)
    model = wordllama()
    model.tokenizer.enable_truncation(max_length=MAX_VECTOR_TOKENS)
    by_length = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    vectors = np.zeros((len(texts), 256), dtype=np.float32)
    for start in range(0, len(texts), BATCH):
        rows = by_length[start:start + BATCH]
        vectors[rows] = model.embed([texts[i] for i in rows], norm=True, batch_size=BATCH)
    return np.nan_to_num(vectors)  # a sentence of unknown tokens has a zero vector, not NaN
