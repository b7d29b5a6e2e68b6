"""Hostile inputs, generated with Hypothesis, and the rule every entry point must keep.

The rule: an input gives a digest or one clear error — never a traceback, never an HTTP 500.
The strategies make random bytes and text, every encoding trick, deep and huge JSON, run-on
text, many lines, long runs without a space, many tiny articles, lone surrogates, control
characters, markup and hostile URLs. ``scale`` sizes the large ones: the test suite uses a
small scale to stay fast; ``bench/hostile.py`` runs hundreds of inputs at full scale.
"""

from __future__ import annotations

import codecs
import gzip
import json
from typing import Any

from hypothesis import strategies as st

WORDS = ["the", "police", "said", "on", "Monday", "that", "20", "people", "were", "arrested", "in", "Karachi",
         "after", "a", "raid", "headquarters", "of", "party", "whose", "leader", "denied", "it", "and",
         "officials", "added", "five", "more"]
MARKUP = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<html><body>", "<!doctype html><p>", "{", "[",
          "\x00", "\ufeff", "\ud800", "|||||", "[x](javascript:1)"]
URLS = ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "\x01javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>", "http://[::1", "http://example.com:99999/",
        "http://" + "a" * 300 + ".com/", "http://127.0.0.1:1/", "http://[::127.0.0.1]/", "http://[64:ff9b::a9fe:a9fe]/",
        "http://2130706433/", "file:///etc/passwd", "http://a\\b/", "https://", "http://[fec0::1]/", ""]
# Weighted towards what gets read, so that many inputs go all the way through the pipeline.
SUFFIXES = [".txt"] * 5 + [".json"] * 2 + [".md", ".html", ".htm", ".jsonl", ".txt.gz", ".json.gz", ".pdf", ""]
ENCODINGS = ["utf-8"] * 5 + ["utf-16", "utf-32", "latin-1", "bom"]


def prose(max_sentences: int = 12) -> st.SearchStrategy[str]:
    sentence = st.lists(st.sampled_from(WORDS), min_size=3, max_size=25).map(lambda w: " ".join(w).capitalize() + ".")
    return st.lists(sentence, min_size=1, max_size=max_sentences).map(" ".join)


def texts(scale: int = 1) -> st.SearchStrategy[str]:
    """Article texts, from plain to hostile. ``scale`` multiplies the sizes of the big ones."""
    n = 1_000 * scale
    return st.one_of(
        prose(),
        st.text(max_size=300),
        st.text(alphabet=st.characters(categories=["Cs", "Cc", "Zs", "Lu", "Mn", "So"]), max_size=300),
        st.integers(n // 10, 3 * n).map(lambda k: " ".join(["word"] * k)),  # one run-on sentence
        st.integers(n, 20 * n).map(lambda k: "x\n" * k),  # many short lines
        st.integers(n, 10 * n).map(lambda k: "A" * k),  # a run without a space
        st.integers(n, 10 * n).map(lambda k: "A." * k),
        st.tuples(prose(3), st.integers(2, 40)).map(lambda p: "\n|||||\n".join([p[0]] * p[1])),  # tiny articles
        st.tuples(st.sampled_from(MARKUP), prose(4)).map(lambda p: p[0] + " " + p[1] + " " + p[0]),
        st.tuples(prose(6), st.integers(1, 50)).map(lambda p: (p[0] + "\n\n") * p[1]),
    )


def json_values(depth_leaves: int = 12) -> st.SearchStrategy[Any]:
    leaves = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40)
    return st.recursive(leaves, lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c, max_size=4),
                        max_leaves=depth_leaves)


def articles(scale: int = 1) -> st.SearchStrategy[dict[str, Any]]:
    field = st.none() | st.text(max_size=60) | st.sampled_from(URLS) | st.text(min_size=300, max_size=400)
    article = st.fixed_dictionaries({"text": texts(scale)}, optional={
        "title": field, "url": st.sampled_from(URLS) | field, "source": field, "published": field})
    # Mostly articles (odd ones), so that many inputs reach the pipeline; some not articles at all.
    return weighted([(article, 8), (st.fixed_dictionaries({"text": json_values()}), 1), (json_values(), 1)])


def clusters(scale: int = 1) -> st.SearchStrategy[Any]:
    cluster = st.fixed_dictionaries({"articles": st.lists(articles(scale), min_size=1, max_size=4)},
                                    optional={"id": st.text(max_size=20) | st.integers(), "words": st.integers()})
    many = st.fixed_dictionaries({"articles": st.lists(st.fixed_dictionaries({"text": prose(2)}), min_size=21,
                                                       max_size=30)})
    return weighted([(cluster, 6), (st.fixed_dictionaries({"articles": st.lists(articles(scale), max_size=4)}), 1),
                     (many, 1), (json_values(), 1)])


def weighted(choices: list[tuple[st.SearchStrategy, int]]) -> st.SearchStrategy:
    """One of the strategies, picked in proportion to its weight (``one_of`` favours some branches)."""
    table = [strategy for strategy, weight in choices for _ in range(weight)]
    return st.integers(0, len(table) - 1).flatmap(lambda i: table[i])


def json_texts(scale: int = 1) -> st.SearchStrategy[str]:
    """JSON documents as text, valid or not: clusters, deep nesting, huge numbers, lone surrogate escapes."""
    return weighted([
        (clusters(scale).map(json.dumps), 4),
        (clusters(scale).map(lambda c: json.dumps(c).replace(': "', ': "\\ud800', 1)), 2),  # a lone surrogate
        (st.integers(100, 100_000).map(lambda k: "[" * k + "]" * k), 1),
        (st.integers(100, 100_000).map(lambda k: '{"a":' * k + "1" + "}" * k), 1),
        (st.integers(4_300, 20_000).map(lambda k: '{"articles": [{"text": "a b c."}], "id": ' + "9" * k + "}"), 1),
        (st.text(max_size=200), 1),
        (st.binary(max_size=200).map(lambda b: b.decode("latin-1")), 1),
    ])


def encode(text: str, how: str) -> bytes:
    if how == "utf-8":
        return text.encode("utf-8", "surrogatepass")
    if how == "utf-16":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le", "surrogatepass")
    if how == "utf-32":
        return codecs.BOM_UTF32_BE + text.encode("utf-32-be", "surrogatepass")
    if how == "latin-1":
        return text.encode("latin-1", "replace")
    return codecs.BOM_UTF8 + text.encode("utf-8", "replace")


def files(scale: int = 1) -> st.SearchStrategy[tuple[str, bytes]]:
    """``(name, bytes)`` of an input file: any suffix, any encoding, gzip or not, or random bytes."""
    body = st.one_of(
        st.tuples(texts(scale) | json_texts(scale), st.sampled_from(ENCODINGS)).map(lambda t: encode(*t)),
        st.binary(max_size=4_000),
        st.binary(max_size=200).map(lambda b: b"\x1f\x8b" + b),  # a broken gzip header
    )
    named = st.tuples(st.sampled_from(SUFFIXES), body)
    return named.map(lambda p: (f"input{p[0]}", gzip.compress(p[1]) if p[0].endswith(".gz") else p[1]))


def batch_lines(scale: int = 1) -> st.SearchStrategy[str]:
    """One line of a batch file (no newline inside)."""
    return json_texts(scale).map(lambda t: t.replace("\n", " ").replace("\r", " "))


def api_bodies(scale: int = 1) -> st.SearchStrategy[tuple[str, bytes]]:
    """``(content type, body)`` for POST /api/digest."""
    many = st.lists(st.fixed_dictionaries({"text": prose(1)}), min_size=21, max_size=25)
    words = st.integers(20, 400) | st.integers() | json_values()
    request = st.fixed_dictionaries({"articles": weighted([(st.lists(articles(scale), min_size=1, max_size=4), 6),
                                                           (many, 1)])},
                                    optional={"urls": st.lists(st.sampled_from(URLS), max_size=2), "words": words})
    odd = st.fixed_dictionaries({}, optional={"articles": json_values(), "urls": json_values(), "words": json_values()})
    as_json = weighted([(request.map(json.dumps), 6), (odd.map(json.dumps), 1), (json_texts(scale), 2)])
    return weighted([
        (st.tuples(st.just("application/json"), as_json.map(lambda t: t.encode("utf-8", "surrogatepass"))), 5),
        (st.tuples(st.sampled_from(["application/json", "text/plain", "multipart/form-data", ""]),
                   st.binary(max_size=500)), 1)])


def check_cli(exit_code: int, stdout: bytes, stderr: bytes, exception: BaseException | None = None) -> str | None:
    """What breaks the rule in one CLI run, or None: a digest (exit 0, JSON) or one error line (exit 1/2)."""
    err = stderr.decode("utf-8", "replace")
    if exception is not None and not isinstance(exception, SystemExit):
        return f"exception {exception!r}"
    if "Traceback" in err:
        return "traceback on stderr"
    if exit_code == 0:
        try:
            digest = json.loads(stdout.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as e:
            return f"exit 0 without a JSON digest ({e})"
        if not isinstance(digest, dict) or "summary" not in digest:
            return "exit 0 without a digest"
        return None
    lines = [line for line in err.splitlines() if not line.startswith("storylens: warning:")]
    if exit_code not in (1, 2) or len(lines) != 1 or not lines[0].startswith("storylens: "):
        return f"exit {exit_code} with stderr {err[-300:]!r}"
    return None


def check_http(status: int, body: bytes) -> str | None:
    """What breaks the rule in one HTTP answer, or None: 200 with a digest, or a 4xx/503/504 with a JSON error."""
    if status >= 500 and status not in (503, 504):
        return f"HTTP {status}: {body[:300]!r}"
    try:
        answer = json.loads(body)
    except ValueError:
        return f"HTTP {status} without JSON: {body[:200]!r}"
    if status == 200:
        return None if "summary" in answer and "permalink" in answer else "200 without a digest"
    return None if isinstance(answer, dict) and isinstance(answer.get("error"), str) else f"{status} without an error"
