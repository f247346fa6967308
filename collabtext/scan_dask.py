"""The Dask executor: the same per-file task on a Dask distributed cluster.

With no scheduler address a ``LocalCluster`` of ``jobs`` single-threaded worker processes is
started. Results stream back with ``as_completed`` and the client (main process) writes the
database, exactly as with the local pool. Payloads cross the wire as JSON strings.

A worker that dies on a file (segfault, memory limit of the nanny) makes Dask raise
``KilledWorker`` for that task once ``allowed-failures`` is spent; the file is recorded as failed.
A Dask task cannot be interrupted, so the per-file time limit is enforced by the extractor's own
child process (``ExtractSettings.isolate``), which the scan turns on for Dask.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from .scan_pool import ScanError
from .scan_worker import DEFAULT_TASK, failure, resolve


def dask_task(task: dict[str, Any], options_json: str) -> str:
    """Run the scan task in a Dask worker (set-up is cached per worker process)."""
    options = json.loads(options_json)
    resolve(options.get("init", "collabtext.scan_worker:init_worker"))(options)
    payload = resolve(options.get("task", DEFAULT_TASK))(task, options)
    return json.dumps(payload, ensure_ascii=False, default=str)


def _import_dask() -> Any:
    try:
        import dask
        from dask import distributed
    except ImportError as e:
        raise ScanError(
            "--executor dask needs Dask distributed: pip install 'collabtext[dask]'"
        ) from e
    return dask, distributed


class DaskExecutor:
    """Run tasks on a Dask cluster.

    Args:
        options: JSON-ready worker options.
        jobs: workers of the LocalCluster (ignored with ``scheduler``).
        scheduler: address of a running scheduler ("tcp://host:8786") or None for a LocalCluster.
        memory_mb: per-worker memory limit of the LocalCluster (the nanny restarts a worker over it).
        allowed_failures: how often a task may kill a worker before it is recorded as failed.
    """

    def __init__(
        self,
        options: dict[str, Any],
        jobs: int = 1,
        scheduler: str | None = None,
        memory_mb: float | None = None,
        allowed_failures: int = 1,
    ) -> None:
        self.options_json = json.dumps(options)
        self.jobs = jobs
        self.scheduler = scheduler
        self.memory_mb = memory_mb
        self.allowed_failures = allowed_failures

    def _client(self, distributed: Any) -> tuple[Any, Any]:
        if self.scheduler:
            try:
                return distributed.Client(self.scheduler, timeout="30s"), None
            except (OSError, TimeoutError) as e:
                raise ScanError(f"cannot reach Dask scheduler {self.scheduler}: {e}") from e
        cluster = distributed.LocalCluster(
            n_workers=self.jobs,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            memory_limit=f"{int(self.memory_mb)}MiB" if self.memory_mb else "auto",
        )
        return distributed.Client(cluster), cluster

    def run(self, tasks: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        """Yield one payload per task as tasks finish."""
        dask, distributed = _import_dask()
        # worker.daemon False lets the extractor fork its time-limit child inside Dask workers;
        # worker-saturation 1.0 gives each single-threaded worker one task at a time, so that a
        # dying worker holds (and is blamed for) only the file it was working on.
        config = {
            "distributed.scheduler.allowed-failures": self.allowed_failures,
            "distributed.scheduler.worker-saturation": 1.0,
            "distributed.worker.daemon": False,
            "distributed.logging.distributed": "error",
        }
        with dask.config.set(config):
            client, cluster = self._client(distributed)
            try:
                suspects: list[dict[str, Any]] = []
                yield from self._stream(client, list(tasks), distributed, suspects)
                # Dask blames every task a dead worker held; re-run those one at a time so that
                # only a file that really kills its worker is recorded as failed.
                for task in suspects:
                    yield from self._stream(client, [task], distributed, None)
            finally:
                client.close()
                if cluster is not None:
                    cluster.close()

    def _stream(
        self,
        client: Any,
        tasks: list[dict[str, Any]],
        distributed: Any,
        suspects: list[dict[str, Any]] | None,
    ) -> Iterator[dict[str, Any]]:
        """Submit ``tasks`` and yield payloads as they finish; killed ones go to ``suspects``."""
        futures = {}
        for task in tasks:
            fut = client.submit(dask_task, task, self.options_json, pure=False)
            futures[fut.key] = (fut, task)
        for fut in distributed.as_completed([f for f, _ in futures.values()]):
            task = futures.pop(fut.key)[1]
            try:
                payload = json.loads(fut.result())
            except distributed.KilledWorker:
                if suspects is not None:
                    suspects.append(task)
                    continue
                payload = failure(
                    task, "CT109", "Dask worker died while processing this file (crash or memory limit)"
                )
            except Exception as e:  # noqa: BLE001 - one bad file must never stop a batch
                payload = failure(task, "CT199", f"Dask task failed ({type(e).__name__}: {e})")
            yield payload
