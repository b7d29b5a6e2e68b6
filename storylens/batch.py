"""Batch: digest the clusters of a JSONL file in worker processes, one output line per cluster."""

from __future__ import annotations

import itertools
import json
import multiprocessing as mp
import sys
from collections.abc import Iterator
from typing import Any

from storylens.errors import InputError
from storylens.ingest import article_from_dict, iter_clusters
from storylens.render import to_dict


def digest_record(job: tuple[int, str | None, Any, int, bool]) -> dict[str, Any]:
    """Digest one batch line; a bad line becomes ``{"id", "error"}`` instead of an exception."""
    line, cluster_id, obj, words, analyse = job
    from storylens.pipeline import digest

    where = f"line {line}" + (f" (id {cluster_id})" if cluster_id else "")
    try:
        if isinstance(obj, str):
            raise InputError(where, obj)
        if not isinstance(obj, dict) or not isinstance(obj.get("articles"), list) or not obj["articles"]:
            raise InputError(where, "expected an object with a non-empty 'articles' list")
        raw = [article_from_dict(a, f"{where} article {i}") for i, a in enumerate(obj["articles"])]
        return to_dict(digest(raw, words=words, cluster_id=cluster_id, analyse=analyse))
    except InputError as err:
        return {"id": cluster_id, "line": line, "error": str(err)}
    except Exception as err:  # noqa: BLE001 - one broken cluster must not stop a batch
        return {"id": cluster_id, "line": line, "error": f"{where}: {err.__class__.__name__}: {err}"}


def _warm() -> None:
    from storylens.models import nlp, wordllama

    nlp()
    wordllama()


def run_batch(path: str, words: int, workers: int = 1, analyse: bool = True,
              progress: bool | None = None, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Yield each cluster's digest (or error record) in input order, for the first ``limit`` lines."""
    jobs = ((n, cid, obj, words, analyse) for n, cid, obj in itertools.islice(iter_clusters(path), limit))
    show = sys.stderr.isatty() if progress is None else progress
    if workers <= 1:
        _warm()
        results: Any = map(digest_record, jobs)
        yield from _progress(results, show)
        return
    ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with ctx.Pool(workers, initializer=_warm) as pool:
        yield from _progress(pool.imap(digest_record, jobs, chunksize=1), show)


def _progress(results: Any, show: bool) -> Iterator[dict[str, Any]]:
    if not show:
        yield from results
        return
    from tqdm import tqdm

    yield from tqdm(results, unit="cluster", file=sys.stderr)


def write_jsonl(records: Iterator[dict[str, Any]], handle) -> int:
    """Write records as JSON lines; return how many were errors."""
    failed = 0
    for record in records:
        failed += "error" in record
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        handle.flush()
    return failed
