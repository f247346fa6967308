"""Find the data folders (``lexicons/``, ``models/``) in a source checkout or an installed wheel."""

from __future__ import annotations

import os
from importlib import resources as ir
from pathlib import Path

from .errors import DataNotFound

_ENV = {"lexicons": "COLLABTEXT_LEXICONS", "models": "COLLABTEXT_MODELS"}


def find(kind: str, explicit: str | os.PathLike[str] | None = None) -> Path:
    """Return the folder for ``kind`` ("lexicons" or "models").

    Tries, in order: ``explicit``, the environment variable, the copy installed in the wheel
    (``collabtext/_data/<kind>``) and the source checkout (``<repo>/<kind>``).

    Raises:
        DataNotFound: listing every place tried.
    """
    tried: list[str] = []
    candidates: list[Path] = []
    if explicit is not None:
        candidates.append(Path(explicit))
    env = os.environ.get(_ENV.get(kind, ""), "")
    if env:
        candidates.append(Path(env))
    try:
        candidates.append(Path(str(ir.files("collabtext") / "_data" / kind)))
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - zipimport edge cases
        pass
    candidates.append(Path(__file__).resolve().parents[1] / kind)
    for c in candidates:
        tried.append(str(c))
        if c.is_dir():
            return c
    raise DataNotFound(f"no {kind} folder found; tried: {', '.join(tried)}")


def repo_root() -> Path:
    return Path(__file__).resolve().parents[1]


def shared_dir() -> Path | None:
    """``../shared`` beside a source checkout, where the project's shared material lives."""
    p = repo_root().parent / "shared"
    return p if p.is_dir() else None
