"""Limits: how much one digest reads, the same for the command line, batch and the web app.

Every stage is linear in what it reads except the comparisons of sentences with each other,
which are bounded by the caps on articles and on sentences per article. The caps are far
above real news (the Multi-News dev set's longest article is 48,000 characters, its largest
cluster 9 articles) and are documented in the README.
"""

from __future__ import annotations

import re
from dataclasses import replace

from storylens.errors import InputError
from storylens.model import RawArticle

MAX_ARTICLES = 20  # articles in one digest; more is an error
MAX_ARTICLE_CHARS = 100_000  # characters read of each article; the rest is cut, with a warning
MAX_ARTICLE_SENTENCES = 500  # sentences kept of each article; the rest are dropped, with a warning
MAX_RUN_CHARS = 200  # a run of characters without a space longer than this is broken (links, data blobs)
MAX_FIELD_CHARS = 1_000  # characters kept of a title, url, source or published date
MAX_VECTOR_TOKENS = 256  # WordLlama tokens of a sentence that make its vector
MAX_INPUT_BYTES = 20_000_000  # one file, standard input, a .gz file's expansion, one batch line

SURROGATE = re.compile("[\ud800-\udfff]")
CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
LONG_RUN = re.compile(rf"\S{{{MAX_RUN_CHARS + 1},}}")


def within_limits(raw: list[RawArticle], warnings: list[str]) -> list[RawArticle]:
    """The articles cut to the caps, with lone surrogates and control characters replaced.

    More than :data:`MAX_ARTICLES` articles is an :class:`InputError`: which ones to drop is
    the caller's choice, not ours.
    """
    if len(raw) > MAX_ARTICLES:
        raise InputError("input", f"{len(raw)} articles; at most {MAX_ARTICLES} can be digested together")
    out = []
    for i, article in enumerate(raw):
        text = article.text
        if len(text) > MAX_ARTICLE_CHARS:
            warnings.append(f"article {i + 1} is very long; only its first {MAX_ARTICLE_CHARS:,} characters were read")
            text = text[:MAX_ARTICLE_CHARS]
        fields = {k: _field(getattr(article, k)) for k in ("title", "url", "source", "published")}
        out.append(replace(article, text=_break_runs(plain_text(text)), **fields))
    return out


def plain_text(text: str) -> str:
    """``text`` with lone surrogates (invalid in UTF-8) as U+FFFD and control characters as spaces."""
    if SURROGATE.search(text):
        # A valid pair (from JSON's "\\ud83d\\ude00") becomes its character; a lone half becomes U+FFFD.
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return CONTROL.sub(" ", text)


def _field(value: str | None) -> str | None:
    return None if value is None else plain_text(value[:MAX_FIELD_CHARS])


def _break_runs(text: str) -> str:
    """Break over-long runs without a space: pattern matching on them costs the square of their length."""
    return LONG_RUN.sub(lambda m: " ".join(m[0][i:i + MAX_RUN_CHARS] for i in range(0, len(m[0]), MAX_RUN_CHARS)),
                        text)
