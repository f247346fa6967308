"""Read a file of any supported type into a Document of passages.

The type comes from the file's bytes (a ``.pdf`` that is really text is read as text, with a
warning); size and ZIP-expansion limits are checked before parsing; the reader runs in a forked
child so that ``settings.timeout`` holds even inside C code.

Example:
    >>> doc = extract_document("examples/minutes.docx")  # doctest: +SKIP
    >>> doc.passages[0].kind  # doctest: +SKIP
    'heading'
"""

from __future__ import annotations

import hashlib
import importlib
import os
import sys
import time
import types
from typing import Any

from ..errors import EmptyDocument, FileMissing, InputError, LimitExceeded, UnsupportedType
from ..records import Document
from ..segment import segment
from ..settings import ExtractSettings
from .detect import check_zip_limits, detect_type
from .isolate import Reader, run_reader

__all__ = ["extract_document", "READERS"]

# format -> (module, function); imported lazily so that `collabtext extract x.txt` stays fast.
READERS = {
    "pdf": ("collabtext.extract.pdf", "read_pdf"),
    "docx": ("collabtext.extract.docx", "read_docx"),
    "odt": ("collabtext.extract.odt", "read_odt"),
    "html": ("collabtext.extract.html", "read_html"),
    "text": ("collabtext.extract.text", "read_text"),
}
_MB = 1024 * 1024
# Text and HTML parsing is pure Python over bytes already in memory-sized files: no fork needed
# below this size (fork costs a few ms; the limit still holds for big files).
_INLINE_BYTES = 256 * 1024
_ZIP_CAP = 500 * _MB
_EXTENSIONS = {
    "pdf": (".pdf",),
    "docx": (".docx",),
    "odt": (".odt",),
    "html": (".html", ".htm", ".xhtml"),
}


def extract_document(
    path: str, settings: ExtractSettings | dict[str, Any] | None = None
) -> Document:
    """Read ``path`` into a Document.

    Args:
        path: a PDF, DOCX, ODT, HTML, text or Markdown file (type detected from content).
        settings: ``ExtractSettings``, a dict of its fields, or ``None`` for the defaults.

    Returns:
        A Document with passages ``p0001``.. in reading order, the file's sha256 and warnings.

    Raises:
        FileMissing, EmptyDocument, UnsupportedType, CorruptDocument, EncryptedDocument,
        NoTextLayer, LimitExceeded, ExtractionTimeout, WorkerCrashed (all CollabtextError).
    """
    settings = ExtractSettings.resolve(settings)
    started = time.perf_counter()
    size, head, sha256 = _read_head(path, settings)
    fmt = detect_type(head, path)
    warnings = _name_warnings(path, fmt)
    if fmt in ("docx", "odt"):
        check_zip_limits(path, min(int(settings.max_mb * _MB * 20), _ZIP_CAP))
    isolate = settings.isolate and not (fmt in ("text", "html") and size <= _INLINE_BYTES)
    blocks, pages, reader_warnings = run_reader(_reader(fmt, path), path, settings, fmt, isolate)
    if pages is not None and pages > settings.max_pages:
        raise LimitExceeded(
            f"{pages} pages is over the limit of {settings.max_pages} (see --max-pages)", path
        )
    passages = segment(blocks)
    if not passages:
        raise EmptyDocument(f"no text found in this {fmt.upper()} file", path)
    title = next((p.text for p in passages if p.kind == "heading"), None)
    return Document(
        path=path,
        sha256=sha256,
        format=fmt,
        passages=passages,
        pages=pages,
        warnings=tuple(warnings + list(reader_warnings)),
        title=title,
        size=size,
        seconds=round(time.perf_counter() - started, 4),
    )


def _read_head(path: str, settings: ExtractSettings) -> tuple[int, bytes, str]:
    """Check the file exists and is within the size limit; return size, first 8 KB and sha256."""
    if not os.path.exists(path):
        raise FileMissing("no such file", path)
    if os.path.isdir(path):
        raise InputError("is a directory (give files, or use `collabtext scan` for folders)", path)
    try:
        size = os.path.getsize(path)
        if size > settings.max_mb * _MB:
            raise LimitExceeded(
                f"{size / _MB:.1f} MB is over the size limit of {settings.max_mb:g} MB "
                "(see --max-mb)",
                path,
            )
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            head = fh.read(8192)
            digest.update(head)
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except PermissionError:
        raise InputError("permission denied: cannot read this file", path) from None
    except OSError as e:
        raise InputError(f"cannot read this file ({e.strerror or e})", path) from None
    return size, head, digest.hexdigest()


def _name_warnings(path: str, fmt: str) -> list[str]:
    suffix = os.path.splitext(path)[1].lower()
    claimed = next((f for f, exts in _EXTENSIONS.items() if suffix in exts), None)
    if claimed is None or claimed == fmt:
        return []
    what = "plain text" if fmt == "text" else f"really {fmt.upper()}"
    return [f"file named {suffix} is {what}; read as {fmt}"]


def _reader(fmt: str, path: str) -> Reader:
    module, name = READERS[fmt]
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as e:
        if e.name != module:
            raise
        raise UnsupportedType(f"no {fmt.upper()} reader is installed in this build", path) from None
    return getattr(mod, name)


class _CallableModule(types.ModuleType):
    """``collabtext.extract`` is both this subpackage and the API function ``collabtext.extract``.

    Importing the subpackage rebinds the attribute ``collabtext.extract`` to the module, which would
    break ``collabtext.extract(path)``; making the module callable keeps both spellings working.
    """

    def __call__(self, path: Any, settings: Any = None) -> Document:
        return extract_document(os.fspath(path), settings)


sys.modules[__name__].__class__ = _CallableModule
