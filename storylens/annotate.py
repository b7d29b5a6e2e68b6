"""Annotate: split cleaned paragraphs into sentences and find entities, with spaCy.

spaCy runs per paragraph (its sentence splitter does better on short texts) and in one
``nlp.pipe`` batch over the whole cluster. Sentence indices fixed here are the ones every
later stage cites.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlparse

from storylens.clean import TERMINAL, split_rough
from storylens.limits import MAX_ARTICLE_SENTENCES
from storylens.model import Article, CleanArticle, Sentence, Span
from storylens.models import nlp

MAX_PARAGRAPH_CHARS = 5_000
BATCH, BATCH_CHARS = 64, 60_000  # texts and characters spaCy parses at once
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}


def annotate(cleaned: list[CleanArticle], warnings: list[str] | None = None) -> list[Article]:
    """Segment and annotate every article of a cluster; ids are ``a1``, ``a2``, … in input order.

    Each article keeps at most :data:`~storylens.limits.MAX_ARTICLE_SENTENCES` sentences (the
    ``limits`` module has already cut its characters).
    """
    sentences: list[list[Sentence]] = [[] for _ in cleaned]
    jobs = ((piece, (a, p)) for a, article in enumerate(cleaned) for p, paragraph in enumerate(article.paragraphs)
            for piece in _chunks(paragraph))
    # Lazily filtered: spaCy stops being fed an article's paragraphs once it has enough sentences.
    wanted = ((text, key) for text, key in jobs if len(sentences[key[0]]) < MAX_ARTICLE_SENTENCES)
    cut: set[int] = set()
    for doc, (a, p) in _parse(wanted):
        for sent in _merge_fragments(list(doc.sents)):
            if len(sentences[a]) >= MAX_ARTICLE_SENTENCES:
                cut.add(a)
                break
            sentence = _sentence(f"a{a + 1}", len(sentences[a]), p, sent)
            sentence.doubtful = bool(cleaned[a].doubtful) and cleaned[a].doubtful[p]
            sentences[a].append(sentence)
    if warnings is not None:
        warnings += [f"article {a + 1} is very long; only its first {MAX_ARTICLE_SENTENCES:,} sentences were read"
                     for a in sorted(cut)]
    return [_article(f"a{i + 1}", art, sentences[i]) for i, art in enumerate(cleaned)]


def _parse(jobs: Iterator[tuple[str, Any]]) -> Iterator[tuple[Any, Any]]:
    """spaCy over ``(text, key)`` pairs in batches of at most BATCH texts and BATCH_CHARS characters.

    spaCy's memory grows with the characters of a batch, not the count: 64 paragraphs of
    news are ~25,000 characters, 64 chunks of a run-on text 320,000.
    """
    batch: list[tuple[str, Any]] = []
    size = 0
    for job in jobs:
        if batch and (len(batch) == BATCH or size + len(job[0]) > BATCH_CHARS):
            yield from nlp().pipe(batch, as_tuples=True, batch_size=len(batch))
            batch, size = [], 0
        batch.append(job)
        size += len(job[0])
    if batch:
        yield from nlp().pipe(batch, as_tuples=True, batch_size=len(batch))


def _chunks(paragraph: str) -> list[str]:
    """Keep spaCy's input short: long paragraphs are cut at rough sentence ends, run-ons at spaces."""
    if len(paragraph) <= MAX_PARAGRAPH_CHARS:
        return [paragraph]
    chunks, current = [], ""
    for piece in (part for rough in split_rough(paragraph) for part in _at_spaces(rough)):
        if current and len(current) + len(piece) > MAX_PARAGRAPH_CHARS:
            chunks.append(current)
            current = ""
        current = f"{current} {piece}".strip()
    return chunks + ([current] if current else [])


def _at_spaces(text: str) -> list[str]:
    """A run-on piece longer than a chunk, cut at the last space before each chunk's end."""
    parts = []
    while len(text) > MAX_PARAGRAPH_CHARS:
        end = text.rfind(" ", 0, MAX_PARAGRAPH_CHARS)
        end = end if end > 0 else MAX_PARAGRAPH_CHARS
        parts.append(text[:end])
        text = text[end:].lstrip()
    return parts + [text]


def _merge_fragments(sents: list) -> list:
    """Join spaCy's stray pieces (a lone closing quote, "he said.", "He was 35.") to the sentence before."""
    merged: list = []
    for sent in sents:
        words = [t for t in sent if not t.is_punct]
        continues = sent.text[:1].islower() and not merged[-1].text.rstrip().endswith((".", "!", "?")) \
            if merged else False
        if merged and (len(words) < 4 or continues):
            merged[-1] = merged[-1].doc[merged[-1].start: sent.end]
        else:
            merged.append(sent)
    return merged


def _sentence(article_id: str, index: int, paragraph: int, sent) -> Sentence:
    text = re.sub(r"\s+", " ", sent.text).strip()
    offset = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
    spans = [Span(e.text, e.label_, e.start_char - offset, e.end_char - offset)
             for e in sent.ents if e.label_ in ENTITY_LABELS]
    return Sentence(article=article_id, index=index, text=text, paragraph=paragraph, entities=spans,
                    words=sum(1 for t in sent if not t.is_punct and not t.is_space),
                    heading=not TERMINAL.search(text), doc=sent)


def _article(article_id: str, cleaned: CleanArticle, sentences: list[Sentence]) -> Article:
    raw = cleaned.raw
    source = raw.source or _hostname(raw.url)
    return Article(id=article_id, sentences=sentences, source=source, title=raw.title, url=raw.url,
                   published=raw.published, removed=cleaned.removed)


def _hostname(url: str | None) -> str | None:
    """The host of a URL given with an article, or None when it has none or cannot be parsed."""
    try:
        return urlparse(url).hostname if url else None
    except ValueError:  # "http://[::1" and the like: the URL is kept, it just names no outlet
        return None
