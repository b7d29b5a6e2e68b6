"""Ingest: read articles from files, directories, JSON, Multi-News files, HTML or standard input.

Every reader returns :class:`~storylens.model.RawArticle` objects in input order; anything
unreadable raises :class:`~storylens.errors.InputError` with a message naming the input.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from storylens.errors import InputError
from storylens.limits import MAX_FIELD_CHARS, MAX_INPUT_BYTES, plain_text
from storylens.model import RawArticle

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json", ".jsonl"}
MULTI_NEWS_SEPARATOR = "|||||"
ARTICLE_KEYS = ("text", "title", "url", "source", "published")
# Longest first: the UTF-32 little-endian mark begins with the UTF-16 one.
BOMS = [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]
SHORT_MAIN_TEXT = 80  # words: a main text shorter than this may have missed an article kept in structured data


def read_paths(paths: Iterable[str]) -> list[RawArticle]:
    """Read every path (a file, a directory, or ``-`` for standard input) in order."""
    articles: list[RawArticle] = []
    for name in paths:
        if name == "-":
            articles.extend(read_text(_decode(_read_capped(sys.stdin.buffer, "<stdin>"), "<stdin>"), "<stdin>"))
            continue
        if not name:
            raise InputError("''", "empty path (give a file, a directory or -)")
        if name.startswith(("http://", "https://")):
            raise InputError(name, "a web address: save the page and give its file, or give the URL to the web "
                                   "app (storylens serve) or to POST /api/digest as \"urls\"")
        path = Path(name)
        if not _exists(path):
            raise InputError(name, "no such file or directory")
        if path.is_dir():
            articles.extend(_read_directory(path))
        else:
            articles.extend(read_file(path))
    if not articles:
        raise InputError(", ".join(paths) or "input", "no articles found")
    return articles


def _exists(path: Path) -> bool:
    try:
        path.stat()
    except FileNotFoundError:
        return False
    except OSError as err:  # a name too long, a loop of links, a folder we may not enter
        raise InputError(str(path), f"cannot read ({err.strerror})") from None
    return True


def _read_directory(path: Path) -> list[RawArticle]:
    """Files of a directory in name order; files of other kinds (images, notes, pipes) are skipped."""
    try:
        files = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
    except OSError as err:
        raise InputError(str(path), f"cannot read the folder ({err.strerror})") from None
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
    """Read one regular file by its extension; devices, pipes and sockets are refused, not read."""
    try:
        # O_NONBLOCK: opening a pipe with no writer must not hang; it is refused just below.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as err:
        raise InputError(str(path), f"cannot read ({err.strerror})") from None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InputError(str(path), "not a regular file (a device, pipe or socket)")
        try:
            data = _read_capped(handle, str(path))
        except OSError as err:
            raise InputError(str(path), f"cannot read ({err.strerror})") from None
    return read_bytes(data, str(path))


def _read_capped(handle: BinaryIO, name: str) -> bytes:
    data = handle.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(name, f"larger than {MAX_INPUT_BYTES:,} bytes")
    return data


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

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False)
        text = structured_text(html, (doc.text or "") if doc is not None else "")
    except Exception as err:  # noqa: BLE001 - a page the HTML parser chokes on is bad input, not a crash
        raise InputError(name, f"cannot read the HTML page ({err.__class__.__name__})") from None
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
    except json.JSONDecodeError as whole:
        if not _json_line(text):  # one document broken on a later line, not JSON lines: say where
            raise InputError(f"{name}:{whole.lineno}", f"invalid JSON ({whole.msg}, column {whole.colno})") from None
        data = list(_json_lines(text, name))
    except (ValueError, RecursionError) as err:
        raise InputError(name, f"invalid JSON ({_json_problem(err)})") from None
    items = data.get("articles", [data]) if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise InputError(name, "expected an article object or a list of articles")
    articles = [article_from_dict(item, f"{name}[{i}]") for i, item in enumerate(items)]
    if not articles:
        raise InputError(name, "no article in the JSON")
    return articles


def _json_line(text: str) -> bool:
    """Whether the text's first non-blank line is a JSON value of its own, as in JSON lines."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    try:
        json.loads(first)
    except (ValueError, RecursionError):
        return False
    return True


def _json_lines(text: str, name: str) -> Iterator[Any]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{name}:{n}", f"invalid JSON ({err.msg}, column {err.colno})") from None
        except (ValueError, RecursionError) as err:
            raise InputError(f"{name}:{n}", f"invalid JSON ({_json_problem(err)})") from None


def _json_problem(err: Exception) -> str:
    """What is wrong with JSON that Python's parser refuses without a JSONDecodeError."""
    if isinstance(err, json.JSONDecodeError):
        return err.msg
    if isinstance(err, RecursionError):
        return "nested too deeply"
    return "a number too large to read" if "digits" in str(err) else err.__class__.__name__


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

    A line that is not valid JSON, or longer than :data:`MAX_INPUT_BYTES`, yields its error
    message in place of the object, so that a batch can report it and go on.
    """
    opener = gzip.open if path.endswith(".gz") else open
    try:
        handle = opener(path, "rb")
    except OSError as err:
        raise InputError(path, err.strerror or str(err)) from None
    with handle:
        try:
            for n, line in enumerate(_lines(handle), 1):
                if line is None:
                    yield n, None, f"line longer than {MAX_INPUT_BYTES:,} bytes"
                    continue
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line.decode("utf-8-sig"))
                except UnicodeDecodeError as err:
                    yield n, None, f"not UTF-8 text (bad byte at offset {err.start})"
                    continue
                except (ValueError, RecursionError) as err:
                    yield n, None, f"invalid JSON ({_json_problem(err)})"
                    continue
                yield n, _cluster_id(obj), obj
        except (OSError, EOFError, zlib.error) as err:
            raise InputError(path, f"unreadable batch file ({err.__class__.__name__})") from None


def _lines(handle: BinaryIO) -> Iterator[bytes | None]:
    """The lines of a binary file, each read with a cap; an over-long line is skipped and is None."""
    while True:
        line = handle.readline(MAX_INPUT_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_INPUT_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of it, a piece at a time
                line = handle.readline(MAX_INPUT_BYTES)
            yield None
            continue
        yield line


def _cluster_id(obj: Any) -> str | None:
    if not isinstance(obj, dict) or obj.get("id") is None:
        return None
    return plain_text(str(obj["id"])[:MAX_FIELD_CHARS])


def _decode(data: bytes, name: str) -> str:
    """Text from bytes: UTF-8 (with or without a BOM), or UTF-16/32 when a BOM says so."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError:
                raise InputError(name, f"not {codec.upper()} text despite its byte order mark") from None
            if not text.strip():
                raise InputError(name, "empty file")
            return text
    if not data.strip():
        raise InputError(name, "empty file")
    if b"\x00" in data[:8192]:
        raise InputError(name, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(name, f"not UTF-8 text (bad byte at offset {err.start})") from None


def _gunzip(data: bytes, name: str) -> bytes:
    """Decompress in steps, refusing once the output passes :data:`MAX_INPUT_BYTES` (a gzip bomb)."""
    out = bytearray()
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
            while chunk := handle.read(1 << 20):
                out += chunk
                if len(out) > MAX_INPUT_BYTES:
                    raise InputError(name, f"expands to more than {MAX_INPUT_BYTES:,} bytes")
    except (OSError, EOFError, zlib.error):
        raise InputError(name, "not a valid gzip file") from None
    return bytes(out)
