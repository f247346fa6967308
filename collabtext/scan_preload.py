"""Imported once by the scan's fork server: warm the default pipeline before any worker forks.

Every local-pool worker is forked from the fork server, so it inherits the spaCy pipeline, the
compiled lexicon matchers and the gazetteer already built (copy-on-write; shared pages) and starts
in milliseconds instead of seconds, also when a crashed or recycled worker is replaced. Warming is
best effort: any error is left for the worker's own set-up to report clearly.
"""

from __future__ import annotations


def _warm() -> None:
    try:
        import os

        from .scan_pool import PRELOAD_METHOD_ENV
        from .scan_worker import warm_defaults

        warm_defaults(method=os.environ.get(PRELOAD_METHOD_ENV) or "auto")
    except Exception:  # noqa: BLE001 - the worker's init_worker reports the real error
        pass


_warm()
