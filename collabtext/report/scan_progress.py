"""Progress of a scan: a rich bar on a terminal, plain lines otherwise (logs, CI, pipes)."""

from __future__ import annotations

import time
from typing import IO, Any


class ScanProgress:
    """Report files, pages, rate, ETA and failures as ``ScanEvent``s arrive.

    Args:
        out: the stream to draw on (stderr, so stdout keeps the results).
        terminal: draw a live bar (True) or print a plain line every ``every`` files or
            ``seconds`` seconds (False).
    """

    def __init__(
        self, out: IO[str], terminal: bool, every: int = 25, seconds: float = 10.0
    ) -> None:
        self.out = out
        self.terminal = terminal
        self.every = every
        self.seconds = seconds
        self.total = 0
        self.done = self.pages = self.failed = self.skipped = 0
        self.start = time.monotonic()
        self._last_line = self.start
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> ScanProgress:
        if self.terminal:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self._progress = Progress(
                TextColumn("[bold]scan"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[stats]}"),
                TimeRemainingColumn(),
                console=Console(file=self.out),
                transient=False,
            )
            self._progress.__enter__()
            self._task = self._progress.add_task("scan", total=None, stats="hashing files...")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._refresh()
            self._progress.__exit__(*exc)
        elif self.done:
            self._line(final=True)

    def planned(self, total: int) -> None:
        self.total = total
        if self._progress is not None:
            self._progress.update(self._task, total=total, stats="starting workers...")
        else:
            self.out.write(f"scan: {total} files found\n")
            self.out.flush()

    def _stats(self) -> str:
        elapsed = max(time.monotonic() - self.start, 1e-6)
        return (
            f"{self.pages} pages · {self.done / elapsed:.1f} files/s · {self.pages / elapsed:.1f} pages/s"
            f" · {self.skipped} skipped · [red]{self.failed} failed[/red]"
        )

    def _refresh(self) -> None:
        self._progress.update(self._task, completed=self.done, stats=self._stats())

    def _line(self, final: bool = False) -> None:
        elapsed = time.monotonic() - self.start
        rate = self.done / elapsed if elapsed else 0.0
        eta = (self.total - self.done) / rate if rate and not final else 0.0
        self.out.write(
            f"scan: {self.done}/{self.total} files, {self.pages} pages, {rate:.1f} files/s, "
            f"{self.pages / max(elapsed, 1e-6):.1f} pages/s, {self.skipped} skipped, {self.failed} failed"
            + ("" if final else f", ETA {eta:.0f} s")
            + "\n"
        )
        self.out.flush()
        self._last_line = time.monotonic()

    def advance(self, event: Any) -> None:
        """Count one finished file; print its failure line (code path: reason) if it failed."""
        self.done += 1
        self.pages += (event.pages or 0) if event.action == "analysed" else 0
        self.skipped += event.action in ("skipped", "duplicate")
        if event.status == "failed":
            self.failed += 1
            line = f"{event.code} {event.path}: {event.message}"
            if self._progress is not None:
                self._progress.console.print(line, markup=False, highlight=False)
            else:
                self.out.write(line + "\n")
        if self._progress is not None:
            self._refresh()
        elif self.done % self.every == 0 or time.monotonic() - self._last_line >= self.seconds:
            self._line()
