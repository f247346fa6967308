"""Read labelled-passage files in the gold/FORMAT.md format (JSONL: ``text``, ``labels``, ...).

``evaluate`` (hand labels) and ``learn`` (training data) read the same format through this one
reader, so both give the same error, with file and line, for a bad record.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import FileMissing, GoldFormatError


def iter_records(
    path: str | Path, *, require_labels: bool = False
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(line number, record)`` for every non-blank line of ``path``.

    Raises:
        FileMissing: when ``path`` is not a file.
        GoldFormatError: for invalid JSON, or a record without a string ``text`` and an object
            ``labels`` (``labels`` may be left out unless ``require_labels``).
    """
    p = Path(path)
    if not p.is_file():
        raise FileMissing("no such file", path=str(p))
    with p.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                raise GoldFormatError(f"line {n}: invalid JSON ({e.msg})", path=str(p)) from None
            labels = d.get("labels") if isinstance(d, dict) else None
            if (
                not isinstance(d, dict)
                or not isinstance(d.get("text"), str)
                or not (isinstance(labels, dict) or (labels is None and not require_labels))
            ):
                raise GoldFormatError(
                    f"line {n}: each line needs 'text' (string) and 'labels' (object)", path=str(p)
                )
            yield n, d
