"""Find the files of a scan: recursive walk, include/exclude globs, content hash, type sniffing."""

from __future__ import annotations

import fnmatch
import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

_CHUNK = 1 << 20

# Files a folder walk passes over unless --include asks for them: data, code and media that are
# never partnership documents (a corpus folder often holds answer keys, scripts and READMEs' data).
NON_DOCUMENT_SUFFIXES = frozenset(
    ".py .pyc .pyo .ipynb .js .css .json .jsonl .yaml .yml .toml .ini .cfg .csv .tsv .xml "
    ".png .jpg .jpeg .gif .bmp .svg .webp .ico .mp3 .mp4 .wav .zip .gz .bz2 .xz .tar .7z "
    ".db .sqlite .sqlite3 .db-wal .db-shm .parquet .exe .dll .so .dylib .o .a .whl .lock".split()
)


@dataclass(frozen=True, slots=True)
class FileEntry:
    """One file found by the walk. ``sha256`` is None when the file could not be read."""

    path: str
    size: int | None
    sha256: str | None
    error: str | None = None


def _matches(path: str, patterns: Iterable[str]) -> bool:
    name = os.path.basename(path)
    posix = Path(path).as_posix()
    return any(
        fnmatch.fnmatch(name, p) or fnmatch.fnmatch(posix, p) or fnmatch.fnmatch(posix, f"*/{p}")
        for p in patterns
    )


def iter_paths(
    paths: Iterable[str], include: tuple[str, ...] = (), exclude: tuple[str, ...] = ()
) -> Iterator[str]:
    """Yield files under ``paths`` (files given directly are always kept), sorted per folder.

    ``include`` globs (on the file name or the path) keep only matching files found in folders;
    ``exclude`` globs drop files and whole folders. Hidden files and folders are skipped in walks,
    and so, unless ``include`` is given, are data, code and media files (NON_DOCUMENT_SUFFIXES).
    """
    for root in paths:
        if not os.path.isdir(root):
            yield root  # a file, or a missing path (recorded as failed)
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(
                d
                for d in dirnames
                if not d.startswith(".") and not _matches(os.path.join(dirpath, d), exclude)
            )
            for fn in sorted(filenames):
                full = os.path.join(dirpath, fn)
                if fn.startswith(".") or not os.path.isfile(full):
                    continue
                if include and not _matches(full, include):
                    continue
                if not include and Path(fn).suffix.lower() in NON_DOCUMENT_SUFFIXES:
                    continue
                if exclude and _matches(full, exclude):
                    continue
                yield full


def hash_file(path: str) -> FileEntry:
    """sha256 of the file's bytes (streamed: huge files are not read into memory)."""
    h = hashlib.sha256()
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(_CHUNK), b""):
                h.update(chunk)
    except FileNotFoundError:
        return FileEntry(path, None, None, "file not found")
    except OSError as e:
        return FileEntry(path, None, None, f"cannot read file ({e.strerror or e})")
    return FileEntry(path, size, h.hexdigest())


def sniff_format(path: str) -> str | None:
    """The file type by content (``collabtext.extract.detect`` when installed), else by suffix.

    Informative only (for the ``format`` column of failed files): extraction decides.
    """
    try:
        from .extract.detect import detect_type
    except ImportError:
        detect_type = None
    if detect_type is not None:
        try:
            with open(path, "rb") as fh:
                return str(detect_type(fh.read(8192), path))
        except Exception:  # noqa: BLE001 - an unreadable or odd file has no format to report
            return None
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix or None
