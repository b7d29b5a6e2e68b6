"""Permalinks: digests kept in a local SQLite file, addressed by a hash of the request, never changed."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storylens.model import Options

SCHEMA = """
CREATE TABLE IF NOT EXISTS digests (
    id TEXT PRIMARY KEY,
    created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    body TEXT NOT NULL,
    markdown TEXT NOT NULL,
    report TEXT NOT NULL,
    fragment TEXT NOT NULL
)
"""


def request_key(articles: list[dict[str, Any]], options: Options) -> str:
    """A permalink id for a whole request: every field of every article in order, the options
    (summary length, dispute threshold) and the storylens version (a new version makes a new
    digest, not a changed one)."""
    from storylens import __version__

    request = {"articles": articles, "words": options.words, "version": __version__}
    if options.min_confidence is not None:  # the default's key stays what it was
        request["min_confidence"] = options.min_confidence
    text = json.dumps(request, sort_keys=True, ensure_ascii=True)  # ASCII: lone surrogates cannot break it
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@dataclass
class Stored:
    """A stored digest: its JSON and its Markdown, standalone HTML and page fragment."""

    id: str
    digest: dict[str, Any]
    markdown: str
    report: str
    fragment: str
    created: str


class DigestStore:
    """A small, thread-safe key-value store of digest JSON documents."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(SCHEMA)
        self._db.commit()

    def save(self, key: str, digest: dict[str, Any], markdown: str, report: str, fragment: str) -> Stored:
        """Store a digest under ``key`` unless one is already there; return what is stored.

        A stored digest never changes: a second save under the same key (the same request,
        digested twice at once) keeps the first.
        """
        body = json.dumps(digest, ensure_ascii=False)
        with self._lock, self._db:
            self._db.execute("INSERT OR IGNORE INTO digests (id, body, markdown, report, fragment) "
                             "VALUES (?, ?, ?, ?, ?)", (key, body, markdown, report, fragment))
        stored = self.get(key)
        assert stored is not None
        return stored

    def get(self, key: str) -> Stored | None:
        """The digest stored under ``key``, or None."""
        with self._lock:
            row = self._db.execute("SELECT body, markdown, report, fragment, created FROM digests WHERE id = ?",
                                   (key,)).fetchone()
        return Stored(key, json.loads(row[0]), *row[1:]) if row else None

    def close(self) -> None:
        with self._lock:
            self._db.close()
