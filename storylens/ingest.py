"""Ingest: read articles from files, directories, JSON, Multi-News files, HTML or standard input.

Every reader returns :class:`~storylens.model.RawArticle` objects in input order; anything
unreadable raises :class:`~storylens.errors.InputError` with a message naming the input.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from storylens.errors import InputError
from storylens.model import RawArticle

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json", ".jsonl"}
MULTI_NEWS_SEPARATOR = "|||||"
ARTICLE_KEYS = ("text", "title", "url", "source", "published")
SHORT_MAIN_TEXT = 80  # words: a main text shorter than this may have missed an article kept in structured data


def read_paths(paths: Iterable[str]) -> list[RawArticle]:
    """Read every path (a file, a directory, or ``-`` for standard input) in order."""
    articles: list[RawArticle] = []
    for name in paths:
        if name == "-":
            articles.extend(read_text(_decode(sys.stdin.buffer.read(), "<stdin>"), "<stdin>"))
            continue
        path = Path(name)
        if not path.exists():
            raise InputError(name, "no such file or directory")
        if path.is_dir():
            articles.extend(_read_directory(path))
        else:
            articles.extend(read_file(path))
    if not articles:
        raise InputError(", ".join(paths) or "input", "no articles found")
    return articles


def _read_directory(path: Path) -> list[RawArticle]:
    """Files of a directory in name order; files of other kinds (images, notes) are skipped."""
    files = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
    readable = [p for p in files if p.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES]
    articles: list[RawArticle] = []
    for file in readable:
        try:
            articles.extend(read_file(file))
        except InputError as err:
            # A JSON file that holds no article (an annotation file beside the articles) is
            # not an error in a directory, only when named on its own.
            if file.suffix.lower() in JSON_SUFFIXES and "no article" in err.reason:
                continue
            raise
    if not articles:
        raise InputError(str(path), "directory holds no .txt, .md, .html or .json articles")
    return articles


def read_file(path: Path) -> list[RawArticle]:
    """Read one file by its extension."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(str(path), f"cannot read ({err.strerror})") from None
    return read_bytes(data, str(path))


def read_bytes(data: bytes, name: str) -> list[RawArticle]:
    """Read the bytes of a file called ``name`` (a path or an upload's file name) by its extension."""
    path = Path(name)
    suffix = path.suffix.lower()
    if path.name.endswith(".gz"):
        data = _gunzip(data, name)
        suffix = Path(path.stem).suffix.lower()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES:
        raise InputError(name, f"unknown file type '{suffix or path.name}' (expected .txt, .md, .html, .json)")
    text = _decode(data, name)
    if suffix in HTML_SUFFIXES:
        return [read_html(text, name, source=path.name)]
    if suffix in JSON_SUFFIXES:
        return read_json(text, name)
    return read_text(text, name, source=path.name)


def read_text(text: str, name: str = "<text>", source: str | None = None) -> list[RawArticle]:
    """Plain text: one article, or several separated by ``|||||`` (Multi-News), or JSON/HTML
    when the text looks like it (standard input carries no file name to tell)."""
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        return read_json(text, name)
    if stripped[:200].lower().startswith(("<!doctype html", "<html")):
        return [read_html(text, name)]
    parts = [p.strip() for p in text.split(MULTI_NEWS_SEPARATOR)] if MULTI_NEWS_SEPARATOR in text else [text]
    articles = [RawArticle(text=p, source=source) for p in parts if p.strip()]
    if not articles:
        raise InputError(name, "empty input")
    if len(articles) > 1 and source:
        for i, article in enumerate(articles):
            article.source = f"{source}#{i + 1}"
    return articles


def read_html(html: str, name: str = "<html>", url: str | None = None, source: str | None = None) -> RawArticle:
    """Extract an HTML page's main text with trafilatura, keeping title, date and site."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False)
    text = structured_text(html, (doc.text or "") if doc is not None else "")
    if doc is None or not text.strip():
        raise InputError(name, "no article text found in the HTML page")
    text = text.strip()
    if doc.title and text.startswith(doc.title):
        text = text[len(doc.title):].lstrip()  # trafilatura repeats the headline as the first line
    return RawArticle(text=text or doc.text, title=doc.title, url=url or doc.url,
                      source=doc.sitename or doc.hostname or source, published=doc.date)


def structured_text(html: str, main: str) -> str:
    """The page's main text, or — when that comes back short — the text its structured data gives
    (schema.org ``articleBody`` in JSON-LD, ``itemprop="articleBody"``), as trafilatura's baseline
    extractor reads it, when that is much longer."""
    if len(main.split()) >= SHORT_MAIN_TEXT:
        return main
    import trafilatura

    _, fallback, _ = trafilatura.baseline(html)
    return fallback if len(fallback.split()) >= 2 * max(len(main.split()), 1) else main


def read_json(text: str, name: str = "<json>") -> list[RawArticle]:
    """One article object, a list of them, a cluster ``{"articles": [...]}``, or JSON lines."""
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError:
        data = list(_json_lines(text, name))
    items = data.get("articles", [data]) if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise InputError(name, "expected an article object or a list of articles")
    articles = [article_from_dict(item, f"{name}[{i}]") for i, item in enumerate(items)]
    if not articles:
        raise InputError(name, "no article in the JSON")
    return articles


def _json_lines(text: str, name: str) -> Iterator[Any]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{name}:{n}", f"invalid JSON ({err.msg}, column {err.colno})") from None


def article_from_dict(item: Any, where: str) -> RawArticle:
    """Build an article from a JSON object with keys text, title, url, source, published."""
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise InputError(where, "no article: expected an object with a 'text' string")
    if not item["text"].strip():
        raise InputError(where, "article text is empty")
    fields = {k: (str(item[k]) if item.get(k) is not None else None) for k in ARTICLE_KEYS[1:]}
    return RawArticle(text=item["text"], **fields)


def iter_clusters(path: str) -> Iterator[tuple[int, str | None, Any]]:
    """Lines of a batch file (JSONL, optionally gzip): ``(line number, id or None, parsed or error)``.

    A line that is not valid JSON yields its error message in place of the object, so that a
    batch can report it and go on.
    """
    opener = gzip.open if path.endswith(".gz") else open
    try:
        handle = opener(path, "rt", encoding="utf-8")
    except OSError as err:
        raise InputError(path, err.strerror or str(err)) from None
    with handle:
        try:
            for n, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as err:
                    yield n, None, f"invalid JSON ({err.msg})"
                    continue
                yield n, (str(obj.get("id")) if isinstance(obj, dict) and obj.get("id") is not None else None), obj
        except (UnicodeDecodeError, gzip.BadGzipFile, EOFError) as err:
            raise InputError(path, f"unreadable batch file ({err.__class__.__name__})") from None


def _decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise InputError(name, "empty file")
    if b"\x00" in data[:8192]:
        raise InputError(name, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(name, f"not UTF-8 text (bad byte at offset {err.start})") from None


def _gunzip(data: bytes, name: str) -> bytes:
    try:
        return gzip.decompress(data)
    except (OSError, EOFError):
        raise InputError(name, "not a valid gzip file") from None
