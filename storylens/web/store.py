"""Permalinks: digests kept in a local SQLite file, addressed by a content hash."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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

    def save(self, digest: dict[str, Any], markdown: str, report: str, fragment: str) -> str:
        """Store a digest with its renderings; the same articles always get the same id."""
        body = json.dumps(digest, ensure_ascii=False)
        key = hashlib.sha256(json.dumps(digest["articles"], sort_keys=True).encode()).hexdigest()[:16]
        with self._lock, self._db:
            self._db.execute("INSERT OR REPLACE INTO digests (id, body, markdown, report, fragment) "
                             "VALUES (?, ?, ?, ?, ?)", (key, body, markdown, report, fragment))
        return key

    def get(self, key: str) -> Stored | None:
        """The digest stored under ``key``, or None."""
        with self._lock:
            row = self._db.execute("SELECT body, markdown, report, fragment, created FROM digests WHERE id = ?",
                                   (key,)).fetchone()
        return Stored(key, json.loads(row[0]), *row[1:]) if row else None

    def close(self) -> None:
        with self._lock:
            self._db.close()
