"""The local executor: a pool of worker processes that survives crashed and hung workers.

``concurrent.futures.ProcessPoolExecutor`` marks the whole pool broken when one worker dies and
cannot stop one hung task, so this pool keeps one pipe per worker instead. The main process knows
which file each worker holds and its deadline: a worker that dies (segfault, ``os._exit``, the
kernel's OOM killer) or overruns ``timeout`` is killed and replaced, and only its file is recorded
as failed. Messages are JSON bytes (no pickle). Workers are recycled after ``max_tasks`` files so
that memory stays bounded whatever the corpus size.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any

from .errors import CollabtextError
from .scan_worker import DEFAULT_TASK, failure, resolve

_STARTUP_TIMEOUT = 300.0
_MAX_STARTUP_FAILURES = 3


class ScanError(CollabtextError):
    """The scan machinery itself failed (workers cannot start, bad executor settings)."""

    code = "CT110"


def worker_main(conn: Connection, options_json: str, main_pid: int) -> None:
    """Entry point of a worker process: set up once, then answer tasks until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is handled by the main process
    _detach(main_pid)
    options = json.loads(options_json)
    try:
        resolve(options.get("init", "collabtext.scan_worker:init_worker"))(options)
    except BaseException as e:  # noqa: BLE001 - report why start-up failed, then stop
        conn.send_bytes(json.dumps({"startup_error": f"{type(e).__name__}: {e}"}).encode())
        return
    task_fn = resolve(options.get("task", DEFAULT_TASK))
    conn.send_bytes(b'{"ready": true}')
    while True:
        try:
            msg = conn.recv_bytes()
        except EOFError:
            return
        if not msg:
            return
        payload = task_fn(json.loads(msg), options)
        conn.send_bytes(json.dumps(payload, ensure_ascii=False, default=str).encode())


def _detach(main_pid: int) -> None:
    """Own process group, so that killing a worker on timeout takes its OCR and isolation
    children too; and a watchdog thread that ends the group if the main process dies (a killed
    scan must not leave a worker spinning on a hostile file: the fork server cannot help, since
    every worker holds its alive-pipe open)."""
    import threading

    try:
        os.setpgrp()
    except OSError:
        pass

    def watch() -> None:
        while True:
            time.sleep(1.0)
            try:
                os.kill(main_pid, 0)
            except ProcessLookupError:
                os.killpg(os.getpgrp(), signal.SIGKILL)
            except PermissionError:
                pass

    threading.Thread(target=watch, name="collabtext-watchdog", daemon=True).start()


# The pool names its labelling method here before the fork server starts (the server inherits the
# environment of that moment, and scan_preload reads it): a --method lexicon scan then forks its
# workers without the models.
PRELOAD_METHOD_ENV = "COLLABTEXT_PRELOAD_METHOD"


def _signal_name(code: int | None) -> str:
    if code is None:
        return "no exit status"
    if code < 0:
        try:
            return signal.Signals(-code).name
        except ValueError:
            return f"signal {-code}"
    return f"exit status {code}"


class _Worker:
    def __init__(self, ctx: Any, options_json: str) -> None:
        self.conn, child = ctx.Pipe()
        # Not daemonic, so that the extractor may fork its own isolation child; a worker exits by
        # itself when the main process goes away (its pipe reaches EOF).
        self.proc = ctx.Process(
            target=worker_main, args=(child, options_json, os.getpid()), daemon=False
        )
        self.proc.start()
        child.close()
        self.ready = False
        self.started = time.monotonic()
        self.task: dict[str, Any] | None = None
        self.deadline = float("inf")
        self.done = 0

    def send(self, task: dict[str, Any], timeout: float | None) -> None:
        self.task = task
        self.deadline = time.monotonic() + timeout if timeout else float("inf")
        self.conn.send_bytes(json.dumps(task).encode())

    def stop(self, kill: bool = False) -> None:
        if kill:
            self._kill_group()
        else:
            try:
                self.conn.send_bytes(b"")
            except OSError:
                self.proc.kill()
        self.proc.join(5)
        if self.proc.is_alive():
            self._kill_group()
            self.proc.join(5)
        self.conn.close()

    def _kill_group(self) -> None:
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (OSError, TypeError):
            self.proc.kill()


class LocalPool:
    """Run the scan task over many files in ``jobs`` worker processes.

    Args:
        options: JSON-ready worker options (see ``scan.ScanOptions.worker_options``); ``task``
            and ``init`` name the functions as "module:attr".
        jobs: number of worker processes.
        timeout: seconds per file, enforced by killing the worker; None for no limit.
        max_tasks: files per worker before it is replaced (bounds memory growth).
        context: multiprocessing start method ("forkserver", "spawn" or "fork").
    """

    def __init__(
        self,
        options: dict[str, Any],
        jobs: int = 1,
        timeout: float | None = None,
        max_tasks: int = 200,
        context: str = "forkserver",
    ) -> None:
        self.options_json = json.dumps(options)
        self.jobs = max(1, jobs)
        self.timeout = timeout
        self.max_tasks = max_tasks
        self.ctx = mp.get_context(context)
        if context == "forkserver":
            # The fork server builds the default pipeline once; every (re)started worker forks
            # from it with spaCy, lexicons and gazetteer already loaded (see scan_preload).
            self.ctx.set_forkserver_preload(["collabtext.scan_preload"])
            os.environ[PRELOAD_METHOD_ENV] = str(options.get("method") or "auto")
        self.startup_failures = 0

    def start(self, n: int | None = None) -> None:
        """Start ``n`` (default ``jobs``) workers and wait until they have loaded everything.

        Optional: ``run`` starts workers itself. Benchmarks call it to leave start-up out.
        """
        self._workers = [_Worker(self.ctx, self.options_json) for _ in range(n or self.jobs)]
        while not all(w.ready for w in self._workers):
            list(self._collect(self._workers))

    def run(self, tasks: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        """Yield one payload per task, in completion order (failures included)."""
        pending = deque(tasks)
        workers = getattr(self, "_workers", None) or [
            _Worker(self.ctx, self.options_json) for _ in range(min(self.jobs, len(pending)))
        ]
        self._workers = []
        try:
            while pending or any(w.task for w in workers):
                self._dispatch(workers, pending)
                yield from self._collect(workers)
        finally:
            for w in workers:
                w.stop(kill=w.task is not None)

    def _dispatch(self, workers: list[_Worker], pending: deque[dict[str, Any]]) -> None:
        for w in workers:
            if w.ready and w.task is None and pending:
                w.send(pending.popleft(), self.timeout)

    def _wait_timeout(self, workers: list[_Worker]) -> float:
        now = time.monotonic()
        deadlines = [w.deadline for w in workers if w.task] + [
            w.started + _STARTUP_TIMEOUT for w in workers if not w.ready
        ]
        # Wake at the next deadline, and at least every few seconds (no deadline without --timeout).
        return min(max(0.0, min(deadlines, default=now + 5.0) - now), 5.0) + 0.01

    def _collect(self, workers: list[_Worker]) -> Iterator[dict[str, Any]]:
        handles: list[Any] = [w.conn for w in workers] + [w.proc.sentinel for w in workers]
        ready = set(wait(handles, timeout=self._wait_timeout(workers)))
        for i, w in enumerate(list(workers)):
            payload = None
            if w.conn in ready or w.proc.sentinel in ready:
                payload = self._read(w)
                if payload is _DEAD:
                    payload = self._replace(workers, i, self._crash_failure(w))
            elif w.task and time.monotonic() > w.deadline:
                f = failure(
                    w.task,
                    "CT108",
                    f"timed out after {self.timeout:g} s (--timeout); worker stopped",
                )
                payload = self._replace(workers, i, f, kill=True)
            elif not w.ready and time.monotonic() > w.started + _STARTUP_TIMEOUT:
                self._replace(workers, i, None, kill=True)
            if payload is not None:
                yield payload

    def _read(self, w: _Worker) -> Any:
        try:
            if not w.conn.poll():
                return None if w.proc.is_alive() else _DEAD
            msg = json.loads(w.conn.recv_bytes())
        except (EOFError, OSError):
            return _DEAD
        if "startup_error" in msg:
            raise ScanError(f"scan worker could not start: {msg['startup_error']}")
        if msg.get("ready"):
            w.ready, self.startup_failures = True, 0
            return None
        w.task, w.done = None, w.done + 1
        if msg.pop("recycle", False) or w.done >= self.max_tasks:
            w.stop()
            w.__init__(self.ctx, self.options_json)  # type: ignore[misc]
        return msg

    def _crash_failure(self, w: _Worker) -> dict[str, Any] | None:
        w.proc.join(1)
        if w.task is None:
            self.startup_failures += 1
            if self.startup_failures > _MAX_STARTUP_FAILURES:
                raise ScanError(
                    f"scan workers keep dying at start-up ({_signal_name(w.proc.exitcode)})"
                )
            return None
        why = _signal_name(w.proc.exitcode)
        hint = " (out of memory?)" if why == "SIGKILL" else ""
        return failure(w.task, "CT109", f"worker crashed ({why}){hint} while processing this file")

    def _replace(self, workers: list[_Worker], i: int, payload: Any, kill: bool = False) -> Any:
        workers[i].stop(kill=True if kill or workers[i].proc.is_alive() else False)
        workers[i] = _Worker(self.ctx, self.options_json)
        return payload


_DEAD = object()
