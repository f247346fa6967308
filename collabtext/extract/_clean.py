"""Line-level cleaning for the non-PDF readers, through ``collabtext.clean`` where it exists.

``collabtext.clean`` (shared with the PDF reader) is the reference; the small fallbacks here keep
the text readers working on their own and are used only when it cannot be imported.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

try:  # the shared cleaning module (owned by the PDF reader's author)
    from .. import clean as _shared
except ImportError:  # pragma: no cover - only before clean.py lands
    _shared = None  # type: ignore[assignment]

_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_PAGE_LINE = re.compile(
    r"^\s*[-–—(\[]?\s*(?:(?:page|tudalen|p\.|pg\.?)\s*)?\d{1,4}\s*(?:(?:of|o|/)\s*\d{1,4})?\s*[-–—)\]]?\s*$",
    re.I,
)
_DIGITS = re.compile(r"\d+")


def normalise(s: str) -> str:
    """Normalise ligatures, zero-width characters, soft hyphens and odd spaces in one string."""
    if _shared is not None and hasattr(_shared, "normalise_text"):
        return _shared.normalise_text(s)
    s = _INVISIBLE.sub("", s)
    s = _ODD_SPACES.sub(" ", s)
    for lig, rep in _LIGATURES.items():
        s = s.replace(lig, rep)
    return unicodedata.normalize("NFC", s)


def normalise_lines(lines: list[str]) -> list[str]:
    return [normalise(line).rstrip() for line in lines]


def is_page_number_line(line: str) -> bool:
    """True for "Page 3 of 10", "- 3 -", "3/10"; a bare "3." (an item number) is kept."""
    s = line.strip()
    if not s or s.endswith("."):
        return False
    if s.isdigit():
        return False  # bare numbers are item numbers in text dumps; page-edge ones go via furniture
    return bool(_PAGE_LINE.match(s)) and any(c.isdigit() for c in s)


def remove_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Drop header/footer lines repeated across pages and bare page numbers at page edges."""
    if _shared is not None and hasattr(_shared, "remove_repeated_furniture"):
        try:
            pages = [list(p) for p in _shared.remove_repeated_furniture(pages)]
        except (TypeError, ValueError):
            pages = _remove_repeated(pages)
    else:
        pages = _remove_repeated(pages)
    return [_strip_edge_numbers(p) for p in pages]


def _remove_repeated(pages: list[list[str]]) -> list[list[str]]:
    if len(pages) < 3:
        return pages
    counts: Counter[str] = Counter()
    for p in pages:
        edge = [line for line in p if line.strip()]
        counts.update({_DIGITS.sub("#", line.strip()) for line in edge[:2] + edge[-2:]})
    common = {k for k, n in counts.items() if n >= max(3, len(pages) // 2)}
    out = []
    for p in pages:
        edge_ids = _edge_indexes(p)
        out.append(
            [
                line
                for i, line in enumerate(p)
                if not (i in edge_ids and _DIGITS.sub("#", line.strip()) in common)
            ]
        )
    return out


def _edge_indexes(lines: list[str]) -> set[int]:
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    return set(nonblank[:2] + nonblank[-2:])


def _strip_edge_numbers(lines: list[str]) -> list[str]:
    edges = _edge_indexes(lines)
    return [line for i, line in enumerate(lines) if not (i in edges and line.strip().isdigit())]


def join_lines(lines: list[str]) -> str:
    """Join the lines of one paragraph, rejoining words hyphenated at line ends."""
    if len(lines) == 1:
        return lines[0].strip()
    if _shared is not None and hasattr(_shared, "dehyphenate_lines"):
        joined = _shared.dehyphenate_lines(lines)
        return joined if isinstance(joined, str) else " ".join(s.strip() for s in joined)
    out = lines[0].strip()
    for line in lines[1:]:
        line = line.strip()
        if out.endswith("-") and len(out) > 1 and out[-2].isalpha() and line[:1].islower():
            out = out[:-1] + line
        else:
            out = f"{out} {line}"
    return out
