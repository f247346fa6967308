"""Settings dataclasses, validated on creation; ``resolve`` accepts None, a dict or an instance."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, TypeVar

# How passages are labelled (``--method`` of tag, evaluate and scan). Defined here, not in
# ``learn``, so that choosing a method does not import scikit-learn.
METHODS = ("lexicon", "model", "hybrid", "auto")

T = TypeVar("T", bound="_Resolvable")


class _Resolvable:
    @classmethod
    def resolve(cls: type[T], value: Any = None) -> T:
        if value is None:
            return cls()
        if isinstance(value, cls):
            return value
        if isinstance(value, dict):
            names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
            unknown = set(value) - names
            if unknown:
                raise ValueError(f"unknown {cls.__name__} keys: {', '.join(sorted(unknown))}")
            return cls(**value)
        raise TypeError(f"cannot make {cls.__name__} from {type(value).__name__}")


@dataclass(frozen=True, slots=True)
class ExtractSettings(_Resolvable):
    """Limits and options for reading one file.

    ``isolate`` runs the reader in a child process so that ``timeout`` holds even inside C code.
    """

    timeout: float = 120.0
    max_pages: int = 2000
    max_mb: float = 200.0
    password: str | None = None
    ocr: bool = True
    isolate: bool = True
    tables: bool = True

    def __post_init__(self) -> None:
        if self.timeout <= 0:
            raise ValueError("timeout must be positive")
        if self.max_pages < 1:
            raise ValueError("max_pages must be at least 1")
        if self.max_mb <= 0:
            raise ValueError("max_mb must be positive")
