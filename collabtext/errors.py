"""Domain errors with stable codes: CT1xx input, CT2xx data (lexicons, gold files), CT3xx models.

Messages name the file and say how to fix the problem. The CLI prints ``CODE path: message`` on one
line; tracebacks appear only with ``--debug``.
"""

from __future__ import annotations


class CollabtextError(Exception):
    """Base class. ``code`` is stable and documented; ``path`` names the input concerned."""

    code = "CT100"

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(CollabtextError):
    code = "CT100"


class FileMissing(InputError):
    code = "CT101"


class UnsupportedType(InputError):
    code = "CT102"


class EncryptedDocument(InputError):
    code = "CT103"


class CorruptDocument(InputError):
    code = "CT104"


class EmptyDocument(InputError):
    code = "CT105"


class NoTextLayer(InputError):
    """A scanned PDF with no text: OCR needed."""

    code = "CT106"


class LimitExceeded(InputError):
    """Size, page or time limit hit (also zip bombs)."""

    code = "CT107"


class ExtractionTimeout(LimitExceeded):
    code = "CT108"


class WorkerCrashed(InputError):
    code = "CT109"


class DataError(CollabtextError):
    code = "CT200"


class DataNotFound(DataError):
    code = "CT201"


class LexiconError(DataError):
    """A lexicon file is invalid; the message gives file and line."""

    code = "CT202"


class GoldFormatError(DataError):
    code = "CT203"


class DatabaseError(DataError):
    code = "CT204"


class ModelError(CollabtextError):
    code = "CT300"


class ModelNotFound(ModelError):
    code = "CT301"


class UnsafeModel(ModelError):
    code = "CT302"
