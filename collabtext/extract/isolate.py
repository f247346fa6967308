"""Run a reader in a forked child process so that the time limit holds even inside C code.

The child sends its result back through a pipe as plain tuples (internal IPC between two copies of
this process, never a file). A child that overruns is killed (``ExtractionTimeout``); one that dies
without answering (segfault, ``os._exit``, out of memory) gives ``WorkerCrashed``.
"""

from __future__ import annotations

import multiprocessing as mp
import time
from collections.abc import Callable
from typing import Any

from .. import errors
from ..errors import CollabtextError, CorruptDocument, ExtractionTimeout, WorkerCrashed
from ..records import Block

Reader = Callable[[str, Any], "tuple[list[Block], int | None, list[str]]"]
_FIELDS = ("text", "page", "kind", "level", "cells", "size", "bold", "bbox")


def _pack(result: tuple[list[Block], int | None, list[str]]) -> tuple[Any, ...]:
    blocks, pages, warnings = result
    return tuple(tuple(getattr(b, f) for f in _FIELDS) for b in blocks), pages, tuple(warnings)


def _unpack(payload: tuple[Any, ...]) -> tuple[list[Block], int | None, list[str]]:
    rows, pages, warnings = payload
    return [Block(*row) for row in rows], pages, list(warnings)


def _error_payload(e: BaseException, fmt: str) -> tuple[str, str, str]:
    if isinstance(e, CollabtextError):
        return ("error", type(e).__name__, e.message)
    if isinstance(e, MemoryError | RecursionError):
        return ("error", "LimitExceeded", f"file too complex to process ({type(e).__name__})")
    return (
        "error",
        "CorruptDocument",
        f"could not read this {fmt.upper()} file ({type(e).__name__}: {e})",
    )


def _child(conn: Any, reader: Reader, path: str, settings: Any, fmt: str) -> None:
    try:
        msg: tuple[Any, ...] = ("ok", _pack(reader(path, settings)))
    except BaseException as e:  # noqa: BLE001 - everything must reach the parent as a message
        msg = _error_payload(e, fmt)
    conn.send(msg)
    conn.close()


def raise_from(kind: str, message: str, path: str) -> None:
    cls = getattr(errors, kind, None)
    if not (isinstance(cls, type) and issubclass(cls, CollabtextError)):
        cls = CorruptDocument
    raise cls(message, path)


def run_reader(
    reader: Reader, path: str, settings: Any, fmt: str, isolate: bool
) -> tuple[list[Block], int | None, list[str]]:
    """Call ``reader(path, settings)``, in a forked child when ``isolate`` (and fork exists)."""
    # Daemonic processes (some pool workers) may not start children: read inline there.
    if not isolate or "fork" not in mp.get_all_start_methods() or mp.current_process().daemon:
        try:
            return reader(path, settings)
        except CollabtextError as e:
            e.path = e.path or path
            raise
        except Exception as e:  # noqa: BLE001 - a parser failing means the file is bad
            _, kind, message = _error_payload(e, fmt)
            raise_from(kind, message, path)
            raise  # unreachable
    return _run_forked(reader, path, settings, fmt)


def _run_forked(
    reader: Reader, path: str, settings: Any, fmt: str
) -> tuple[list[Block], int | None, list[str]]:
    ctx = mp.get_context("fork")
    parent_conn, child_conn = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child_conn, reader, path, settings, fmt), daemon=True)
    proc.start()
    child_conn.close()  # so that the parent sees EOF if the child dies
    deadline = time.monotonic() + settings.timeout
    try:
        if not parent_conn.poll(max(0.0, deadline - time.monotonic())):
            _kill(proc)
            raise ExtractionTimeout(
                f"gave up after {settings.timeout:g} s (raise --timeout if the file is genuine)",
                path,
            )
        try:
            msg = parent_conn.recv()
        except (EOFError, OSError):
            proc.join(5)
            raise WorkerCrashed(_crash_message(proc.exitcode), path) from None
    finally:
        parent_conn.close()
    proc.join(5)
    if proc.is_alive():
        _kill(proc)
    if msg[0] == "ok":
        return _unpack(msg[1])
    raise_from(msg[1], msg[2], path)
    raise AssertionError("unreachable")


def _kill(proc: Any) -> None:
    proc.kill()
    proc.join(5)


def _crash_message(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            import signal

            name = signal.Signals(-exitcode).name
        except ValueError:
            name = str(-exitcode)
        return f"the reader crashed (signal {name}); the file may be corrupt or hostile"
    return f"the reader exited unexpectedly (exit code {exitcode}); the file may be corrupt"
