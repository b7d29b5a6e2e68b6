"""Annotate: split cleaned paragraphs into sentences and find entities, with spaCy.

spaCy runs per paragraph (its sentence splitter does better on short texts) and in one
``nlp.pipe`` batch over the whole cluster. Sentence indices fixed here are the ones every
later stage cites.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from storylens.clean import TERMINAL, split_rough
from storylens.model import Article, CleanArticle, Sentence, Span
from storylens.models import nlp

MAX_ARTICLE_CHARS = 200_000  # about 35,000 words: longer inputs are cut, with a warning
MAX_PARAGRAPH_CHARS = 5_000
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}


def annotate(cleaned: list[CleanArticle], warnings: list[str] | None = None) -> list[Article]:
    """Segment and annotate every article of a cluster; ids are ``a1``, ``a2``, … in input order."""
    jobs: list[tuple[int, int, str]] = []  # (article, paragraph, text)
    for a, article in enumerate(cleaned):
        budget = MAX_ARTICLE_CHARS
        for p, paragraph in enumerate(article.paragraphs):
            if budget <= 0:
                if warnings is not None:
                    warnings.append(f"article {a + 1} is very long; only its first {MAX_ARTICLE_CHARS:,} "
                                    "characters were read")
                break
            for piece in _chunks(paragraph[:budget]):
                jobs.append((a, p, piece))
            budget -= len(paragraph)
    sentences: list[list[Sentence]] = [[] for _ in cleaned]
    docs = nlp().pipe((text for _, _, text in jobs), batch_size=64)
    for (a, p, _), doc in zip(jobs, docs):
        for sent in _merge_fragments(list(doc.sents)):
            sentences[a].append(_sentence(f"a{a + 1}", len(sentences[a]), p, sent))
    return [_article(f"a{i + 1}", art, sentences[i]) for i, art in enumerate(cleaned)]


def _chunks(paragraph: str) -> list[str]:
    """Keep spaCy's input short: long paragraphs are cut at rough sentence ends."""
    if len(paragraph) <= MAX_PARAGRAPH_CHARS:
        return [paragraph]
    chunks, current = [], ""
    for piece in split_rough(paragraph):
        if current and len(current) + len(piece) > MAX_PARAGRAPH_CHARS:
            chunks.append(current)
            current = ""
        current = f"{current} {piece}".strip()
    return chunks + ([current] if current else [])


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
    source = raw.source or (urlparse(raw.url).hostname if raw.url else None)
    return Article(id=article_id, sentences=sentences, source=source, title=raw.title, url=raw.url,
                   published=raw.published, removed=cleaned.removed)
