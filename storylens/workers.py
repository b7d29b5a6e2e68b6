"""Worker processes that run one job at a time, can be killed, and die with their parent.

The batch runner and the web app both use them. Because each worker holds one job, a job
that hangs or a worker that crashes is known by its worker: that job alone fails, the worker
is replaced, and nothing else is lost. A worker started on Linux asks the kernel to kill it
when its parent dies (even by ``kill -9``), and it exits when its pipe to the parent closes.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing as mp
import os
import signal
import sys
from collections.abc import Callable
from typing import Any

from threadpoolctl import threadpool_limits

from storylens.errors import InputError

PR_SET_PDEATHSIG = 1
READY = ("ready", None)
WARM_TEXT = "The bridge over the river reopened on Monday after two weeks of repairs, officials said."


class WorkerDied(Exception):
    """The worker process ended while it held a job (killed, out of memory, crashed)."""

    def __init__(self, exitcode: int | None) -> None:
        how = f"killed by signal {-exitcode}" if exitcode and exitcode < 0 else f"exit code {exitcode}"
        super().__init__(f"the worker process stopped ({how})")


class Worker:
    """One worker process and the pipe to it. Start it, wait until ready, then ``call`` jobs."""

    def __init__(self, target: Callable[[Any], Any], warm: Callable[[], Any] | None = None) -> None:
        ctx = mp.get_context("spawn")  # a fresh interpreter: no threads or locks copied from a busy parent
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, target, warm, os.getpid()), daemon=True,
                                   name="storylens-worker")
        self.process.start()
        child.close()  # only the worker holds its end: when the worker dies, our reads end

    @property
    def pid(self) -> int | None:
        return self.process.pid

    @property
    def alive(self) -> bool:
        return self.process.is_alive()

    def wait_ready(self) -> bool:
        """Block until the worker has loaded its models; False if it died first."""
        try:
            return self.conn.recv() == READY
        except (EOFError, OSError):
            return False

    def send(self, job: Any) -> None:
        """Hand the worker a job (it starts once its models are loaded); :class:`WorkerDied` if it has ended."""
        try:
            self.conn.send(job)
        except OSError:
            raise self._died() from None

    def receive(self) -> Any:
        """The result of the job sent last; re-raises an :class:`InputError` the job raised.

        Raises :class:`WorkerDied` when the process ended first (which :meth:`kill` causes).
        """
        try:
            message = self.conn.recv()
            while message == READY:
                message = self.conn.recv()
        except (EOFError, OSError):
            raise self._died() from None
        kind, value = message
        if kind == "input":
            raise InputError(*value)
        if kind == "error":
            raise RuntimeError(value)
        return value

    def call(self, job: Any) -> Any:
        """Run ``job`` on the worker and return its result (:meth:`send`, then :meth:`receive`)."""
        self.send(job)
        return self.receive()

    def _died(self) -> WorkerDied:
        self.process.join(5)
        return WorkerDied(self.process.exitcode)

    def stop(self) -> None:
        """Let the worker finish: closing the pipe ends its loop; kill it if it does not go."""
        self.conn.close()
        self.process.join(10)
        self.kill()

    def kill(self) -> None:
        """Stop the worker now (a job that ran too long cannot be interrupted any other way)."""
        # The pipe stays open: a thread may be reading it, and gets end-of-file from the death.
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)


def _serve(conn, target: Callable[[Any], Any], warm: Callable[[], Any] | None, parent: int) -> None:
    """The worker's loop: run each job it receives and send back ``(kind, value)``."""
    _die_with(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the parent decides
    # One core's share of the work each: BLAS and OpenMP threads of their own would make the
    # workers fight over the cores (two BLAS threads spend half as much CPU again on the same parses).
    threadpool_limits(1)
    if warm:
        warm()
    conn.send(READY)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return  # the parent has gone
        try:
            reply: tuple[str, Any] = ("ok", target(job))
        except InputError as err:
            reply = ("input", (err.where, err.reason))
        except Exception as err:  # noqa: BLE001 - reported to the parent, which decides
            reply = ("error", f"{err.__class__.__name__}: {err}")
        try:
            conn.send(reply)
        except (EOFError, OSError):
            return


def _die_with(parent: int) -> None:
    """Ask Linux to kill this process when its parent dies; exit now if that already happened."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(0)
