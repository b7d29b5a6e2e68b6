"""The web app's digest workers: a fixed number of processes, each holding one digest at a time.

- A digest over the time limit is stopped: its worker is killed and replaced.
- A worker that dies (killed, out of memory) is replaced at once; a digest it held is tried
  once more on another worker, then answered 503.
- At most ``max_pending`` requests wait for a free worker, each for at most the time limit;
  more get 503 with Retry-After.
- :meth:`Pool.state` is what ``/api/health`` reports: workers ready, busy and starting.
"""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from typing import Any

from storylens.model import Options, RawArticle
from storylens.workers import WARM_TEXT, Worker, WorkerDied

RESTART_DELAYS = (0.0, 1.0, 5.0, 30.0)  # after 1, 2, 3, 4+ workers in a row died before they were ready


class ServerBusy(Exception):
    """No worker came free in time, or too many requests are waiting; the client should try again."""


class DigestTimeout(Exception):
    """The digest ran over the time limit and was stopped."""


class PoolFailure(Exception):
    """The workers died under this digest twice; the client may try again."""


def work(job: tuple[list[dict[str, Any]], Options, list[str]]) -> dict[str, Any]:
    """Run in a worker process: digest and render every format (notes: inputs that were skipped)."""
    from storylens.pipeline import digest
    from storylens.render import to_dict, to_html, to_markdown

    raw, options, notes = job
    result = digest([RawArticle(**r) for r in raw], **asdict(options))
    result.warnings[:0] = notes
    return {"digest": to_dict(result), "markdown": to_markdown(result), "report": to_html(result),
            "fragment": to_html(result, standalone=False)}


def warm() -> None:
    """Load the models and digest a sentence, so that a worker's first real digest is not its slowest."""
    work(([asdict(RawArticle(WARM_TEXT))], Options(words=50), []))


class Pool:
    """``size`` digest workers. Create it inside the event loop; :meth:`start`, then :meth:`run`."""

    def __init__(self, size: int, timeout: float, max_pending: int) -> None:
        self.size, self.timeout, self.max_pending = size, timeout, max_pending
        self.idle: asyncio.Queue[Worker] = asyncio.Queue()
        self.workers: dict[int, Worker] = {}  # by pid: every live worker, whatever it is doing
        self.starting: set[int] = set()  # pids loading their models
        self.ready: set[int] = set()  # pids waiting in ``idle`` for a digest
        self.waiting = 0
        self.failures = 0  # workers in a row that died before they were ready
        self.closed = False
        self.threads = ThreadPoolExecutor(max_workers=2 * size + 2, thread_name_prefix="storylens-pool")

    async def start(self) -> None:
        """Start every worker and wait until all have loaded their models."""
        await asyncio.gather(*(self._spawn() for _ in range(self.size)))

    async def run(self, raw: list[RawArticle], options: Options, notes: list[str] | None = None) -> dict[str, Any]:
        """The rendered digest of ``raw``, from the first free worker (``notes`` head its warnings)."""
        job = ([asdict(r) for r in raw], options, list(notes or []))
        for attempt in range(2):
            worker = await self._take()
            try:
                return await self._call(worker, job)
            except WorkerDied:
                if attempt == 1:
                    raise PoolFailure() from None
        raise AssertionError("unreachable")

    def state(self) -> dict[str, Any]:
        """The workers as they are now. ``status``: ok (all usable), degraded (some are starting or
        restarting; requests wait for them) or down (no worker is alive)."""
        alive = {pid for pid, w in self.workers.items() if w.alive}
        starting, ready = len(alive & self.starting), len(alive & self.ready)
        usable = len(alive) - starting
        status = "ok" if usable >= self.size else "degraded" if alive else "down"
        return {"status": status, "workers": self.size, "ready": ready, "busy": usable - ready,
                "starting": starting, "waiting": self.waiting, "max_pending": self.max_pending,
                "timeout": self.timeout}

    def close(self) -> None:
        self.closed = True
        for worker in list(self.workers.values()):
            worker.kill()
        self.threads.shutdown(wait=False, cancel_futures=True)

    async def _take(self) -> Worker:
        """A ready worker: a free one at once, else waiting at most ``timeout`` seconds, and only
        when fewer than ``max_pending`` requests are waiting already."""
        while not self.idle.empty():
            worker = self.idle.get_nowait()
            self.ready.discard(worker.pid)
            if worker.alive:
                return worker
        if self.waiting >= self.max_pending:
            raise ServerBusy()
        self.waiting += 1
        deadline = time.monotonic() + self.timeout
        try:
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise ServerBusy()
                try:
                    worker = await asyncio.wait_for(self.idle.get(), left)
                except asyncio.TimeoutError:
                    raise ServerBusy() from None
                self.ready.discard(worker.pid)
                if worker.alive:
                    return worker
        finally:
            self.waiting -= 1

    async def _call(self, worker: Worker, job: Any) -> dict[str, Any]:
        loop = asyncio.get_running_loop()
        reply = loop.run_in_executor(self.threads, worker.call, job)
        reply.add_done_callback(_retrieve)
        try:
            result = await asyncio.wait_for(asyncio.shield(reply), self.timeout)
        except asyncio.TimeoutError:
            worker.kill()  # the only way to stop a digest; its death starts a replacement
            raise DigestTimeout() from None
        except asyncio.CancelledError:
            worker.kill()  # the request went away; its worker must not stay busy with it
            raise
        except WorkerDied:
            raise
        except Exception:
            self._release(worker)  # the digest failed (bad input); the worker is fine
            raise
        self._release(worker)
        return result

    def _release(self, worker: Worker) -> None:
        self.ready.add(worker.pid)
        self.idle.put_nowait(worker)

    async def _spawn(self) -> None:
        """Start a worker (from the event loop's thread: Linux kills it with that thread's process)."""
        if self.closed:
            return
        worker = Worker(work, warm)
        self.workers[worker.pid] = worker
        self.starting.add(worker.pid)
        loop = asyncio.get_running_loop()
        loop.add_reader(worker.process.sentinel, self._ended, worker)
        ready = await loop.run_in_executor(self.threads, worker.wait_ready)
        self.starting.discard(worker.pid)
        if ready and worker.alive:
            self.failures = 0
            self._release(worker)

    def _ended(self, worker: Worker) -> None:
        """A worker process ended (its sentinel became readable): forget it and start another."""
        loop = asyncio.get_running_loop()
        loop.remove_reader(worker.process.sentinel)
        worker.process.join(1)
        self.workers.pop(worker.pid, None)
        self.ready.discard(worker.pid)
        if worker.pid in self.starting:
            self.failures += 1  # died while loading: restart more slowly each time in a row
            self.starting.discard(worker.pid)
        if self.closed:
            return
        delay = RESTART_DELAYS[min(self.failures, len(RESTART_DELAYS) - 1)]
        loop.call_later(delay, lambda: asyncio.ensure_future(self._spawn()))


def _retrieve(future: asyncio.Future) -> None:
    """Mark a worker call's outcome as seen (it may end after its request has given up on it)."""
    if not future.cancelled():
        future.exception()
