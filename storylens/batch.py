"""Batch: digest the clusters of a JSONL file in worker processes, one output line per cluster.

Output lines follow input lines. Each is written whole with one ``write`` and flushed, so a
killed batch leaves complete lines (and at most one partial last line, which ``--resume``
drops). A worker that dies takes only its own cluster with it: that cluster becomes an error
record, the worker is replaced, and the batch goes on.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import asdict
from multiprocessing.connection import wait
from pathlib import Path
from typing import Any, NamedTuple

from storylens.errors import InputError
from storylens.ingest import article_from_dict, iter_clusters
from storylens.model import Options, RawArticle
from storylens.render import to_dict
from storylens.workers import WARM_TEXT, Worker, WorkerDied


class Job(NamedTuple):
    """One batch line for a worker: where it is, its articles (or why it has none) and how to digest it."""

    line: int
    cluster_id: str | None
    raw: list[RawArticle] | str
    options: Options


def prepare(line: int, cluster_id: str | None, obj: Any) -> list[RawArticle] | str:
    """A batch line's articles, or why there are none. Done before a worker gets the line, so
    that what a worker is sent is flat (a deep JSON value cannot be pickled)."""
    where = _where(line, cluster_id)
    try:
        if isinstance(obj, str):
            raise InputError(where, obj)
        if not isinstance(obj, dict) or not isinstance(obj.get("articles"), list) or not obj["articles"]:
            raise InputError(where, "expected an object with a non-empty 'articles' list")
        return [article_from_dict(a, f"{where} article {i}") for i, a in enumerate(obj["articles"])]
    except InputError as err:
        return str(err)
    except RecursionError:
        return f"{where}: nested too deeply"


def digest_record(job: Job) -> dict[str, Any]:
    """Digest one batch line; a bad line becomes ``{"id", "line", "error"}`` instead of an exception."""
    from storylens.pipeline import digest

    where = _where(job.line, job.cluster_id)
    if isinstance(job.raw, str):
        return error_record(job, job.raw)
    try:
        return to_dict(digest(job.raw, cluster_id=job.cluster_id, **asdict(job.options)))
    except InputError as err:  # the pipeline's own errors name the whole input: say which line
        return error_record(job, f"{where}: {err.reason}" if err.where == "input" else str(err))
    except Exception as err:  # noqa: BLE001 - one broken cluster must not stop a batch
        return error_record(job, f"{where}: {err.__class__.__name__}: {err}")


def _where(line: int, cluster_id: str | None) -> str:
    return f"line {line}" + (f" (id {cluster_id})" if cluster_id else "")


def error_record(job: Job, message: str) -> dict[str, Any]:
    return {"id": job.cluster_id, "line": job.line, "error": message}


def _warm() -> None:
    """Load the models (and everything a digest imports) before the first cluster."""
    digest_record(Job(0, None, [RawArticle(WARM_TEXT)], Options(words=50)))


def run_batch(path: str, words: int, workers: int = 1, analyse: bool = True,
              progress: bool | None = None, limit: int | None = None,
              done: list[str | None] | None = None, min_confidence: float | None = None) -> Iterator[dict[str, Any]]:
    """Yield each cluster's digest (or error record) in input order, for the first ``limit`` lines.

    ``done`` holds the ids of records already written by an earlier run (``--resume``): that
    many clusters are skipped, after checking that their ids match.
    """
    clusters = itertools.islice(iter_clusters(path), limit)
    _skip(clusters, done or [])
    options = Options(words, analyse, min_confidence)
    jobs = (Job(n, cid, prepare(n, cid, obj), options) for n, cid, obj in clusters)
    show = sys.stderr.isatty() if progress is None else progress
    if workers <= 1:
        _warm()
        yield from _progress(map(digest_record, jobs), show, len(done or []))
        return
    yield from _progress(_in_workers(jobs, workers), show, len(done or []))


def _skip(clusters: Iterator[tuple[int, str | None, Any]], done: list[str | None]) -> None:
    """Consume the clusters an earlier run has written, refusing an output that is not this input's."""
    for k, written in enumerate(done):
        line, cluster_id, _ = next(clusters, (None, None, None))
        if line is None or cluster_id != written:
            found = "no more lines" if line is None else f"id {cluster_id!r} at line {line}"
            raise InputError("--resume", f"the output does not continue this input: its record {k + 1} has id "
                                         f"{written!r}, the input has {found}")


def _in_workers(jobs: Iterator[Job], count: int) -> Iterator[dict[str, Any]]:
    """Run jobs on ``count`` worker processes, ``count`` at a time, yielding results in job order."""
    idle = deque(Worker(digest_record, _warm) for _ in range(count))
    busy: dict[Any, tuple[Worker, int, Job]] = {}
    done: dict[int, dict[str, Any]] = {}
    queue = enumerate(jobs)
    next_out = 0
    try:
        while True:
            while idle and (item := next(queue, None)) is not None:
                seq, job = item
                if isinstance(job.raw, str):  # a bad line: its error record needs no worker
                    done[seq] = digest_record(job)
                    continue
                worker = _send(idle.popleft(), job)
                busy[worker.conn] = (worker, seq, job)
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
            if not busy:
                return
            for conn in wait(list(busy)):
                worker, seq, job = busy.pop(conn)
                try:
                    done[seq] = worker.receive()
                except WorkerDied as err:
                    done[seq] = error_record(job, f"line {job.line}: {err}")
                    worker.kill()
                    worker = Worker(digest_record, _warm)
                except Exception as err:  # noqa: BLE001 - the worker's own failure, reported as a record
                    done[seq] = error_record(job, f"line {job.line}: {err}")
                idle.append(worker)
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
    finally:
        for worker in [*idle, *(w for w, _, _ in busy.values())]:
            worker.kill()


def _send(worker: Worker, job: Job) -> Worker:
    """Give ``worker`` the job; a worker found dead before it got it is replaced (the job is not lost)."""
    try:
        worker.send(job)
    except WorkerDied:
        worker.kill()
        worker = Worker(digest_record, _warm)
        worker.send(job)
    return worker


def _progress(results: Iterator[dict[str, Any]], show: bool, initial: int = 0) -> Iterator[dict[str, Any]]:
    if not show:
        yield from results
        return
    from tqdm import tqdm

    yield from tqdm(results, unit="cluster", file=sys.stderr, initial=initial)


def write_jsonl(records: Iterator[dict[str, Any]], fd: int) -> int:
    """Write records as JSON lines to a file descriptor, each with one ``write``; return how many were errors."""
    failed = 0
    for record in records:
        failed += "error" in record
        data = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8", "replace")
        while data:
            data = data[os.write(fd, data):]
    return failed


def written_ids(path: Path) -> list[str | None]:
    """The ids of the complete records of an earlier run's output, for ``--resume``.

    A last line without its newline is what a killed run was writing: it is cut off the file.
    """
    try:
        return _written_ids(path)
    except OSError as err:
        raise InputError(str(path), f"cannot resume ({err.strerror or err})") from None


def _written_ids(path: Path) -> list[str | None]:
    ids: list[str | None] = []
    with open(path, "rb+") as handle:
        end = 0
        for n, line in enumerate(handle, 1):
            if not line.endswith(b"\n"):
                break
            try:
                record = json.loads(line)
            except (ValueError, RecursionError):
                raise InputError(str(path), f"line {n} is not a batch record; cannot resume") from None
            if not isinstance(record, dict):
                raise InputError(str(path), f"line {n} is not a batch record; cannot resume")
            ids.append(record.get("id"))
            end += len(line)
        handle.truncate(end)
    return ids
