"""Text clean-up shared by every reader: odd characters, line-end hyphens, page furniture.

All functions are pure and work on plain strings, so the PDF reader (which knows positions) and the
text readers (which do not) give the same results for the same words.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
    "\u0132": "IJ",
    "\u0133": "ij",
}
# Zero-width characters, soft hyphens, BOMs and the marks PDFium uses for line-end hyphens are
# dropped; odd spaces become plain spaces. Line feeds and tabs survive (callers split on them).
_DROP = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffe\u0002\u00ad"), None)
_SPACES = dict.fromkeys(
    map(
        ord,
        "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
        "\u202f\u205f\u3000\r\x0b\x0c",
    ),
    " ",
)
_TABLE = {**{ord(k): v for k, v in _LIGATURES.items()}, **_DROP, **_SPACES}
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# any character that _TABLE changes: most non-ASCII lines (curly quotes, accents) have none, and
# str.translate with a dict costs a lookup per character
_IN_TABLE = re.compile("[" + "".join(re.escape(chr(k)) for k in _TABLE) + "]")
_MULTISPACE = re.compile(r"[ \t]{2,}")


def normalise_text(s: str) -> str:
    """Normalise ligatures, zero-width characters, soft hyphens and odd spaces; NFC the result.

    Runs of spaces inside a line collapse to one and trailing spaces go; indentation and line
    breaks are kept.

    Example:
        >>> normalise_text("e\ufb03cient\u00a0 co\u00adoperation\u200b ")
        'efficient cooperation'
    """
    if not s:
        return ""
    if s.isascii() and not _CONTROL.search(s):  # fast path: most lines of most documents
        if (
            "  " not in s
            and "\t" not in s
            and "\r" not in s
            and "\x0b" not in s
            and "\x0c" not in s
        ):
            return (
                s.rstrip() if "\n" not in s else "\n".join(part.rstrip() for part in s.split("\n"))
            )
    if _IN_TABLE.search(s):
        s = s.translate(_TABLE)
    s = unicodedata.normalize("NFC", _CONTROL.sub("", s))
    # collapse runs of spaces inside lines but keep indentation (text readers use it)
    return "\n".join(_collapse(part) for part in s.split("\n"))


def _collapse(line: str) -> str:
    body = line.lstrip(" \t")
    return line[: len(line) - len(body)] + _MULTISPACE.sub(" ", body).rstrip()


_WORD = re.compile(r"[^\W\d_]+(?:[-\u2010\u2011][^\W\d_]+)*", re.UNICODE)
# Prefixes that English writers usually keep hyphenated ("well-being", "co-production", ...), used
# only when the document itself gives no evidence either way.
_KEEP_PREFIXES = frozenset(
    "well self cross non ex co long short full part mid multi half all semi anti "
    "year day age one two three four five six high low end decision cost place "
    "evidence community".split()
)
_HYPHENS = ("-", "\u2010", "\u2011", "\u00ad")
_HYPHEN_END = re.compile(r"([^\W\d_]+)[-\u2010\u2011\u00ad]$")
_FIRST_WORD = re.compile(r"^([^\W\d_]+)")
_BROKEN_TAIL = re.compile(r"[^\W\d_]+[-\u00ad]\n")
_CJK = re.compile("[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]")
_URL_TAIL = re.compile(r"(?:https?://|www\.)\S*$")


def document_vocabulary(lines: Iterable[str]) -> tuple[set[str], set[str]]:
    """Return (plain words, hyphenated words) seen inside lines, lower-cased.

    Words cut by a line-end hyphen are excluded so that a broken word cannot vouch for itself.
    """
    text = "\n".join(lines).lower().replace("\u2010", "-").replace("\u2011", "-") + "\n"
    found = set(_WORD.findall(_drop_broken_tails(text)))
    hyphenated = {w for w in found if "-" in w}
    words = found - hyphenated
    for w in hyphenated:
        words.update(w.split("-"))
    return words, hyphenated


def _drop_broken_tails(text: str) -> str:
    """``_BROKEN_TAIL.sub("\\n", text)``, run only on the lines that end in a hyphen.

    A match ends at a line feed and cannot cross one, so other lines are never changed; scanning
    only the hyphenated ones keeps the whole-document regex pass off most of the text.
    """
    parts = text.split("\n")
    changed = False
    for i in range(len(parts) - 1):  # the last part is not followed by a line feed
        part = parts[i]
        if part.endswith(("-", "\u00ad")):
            parts[i] = _BROKEN_TAIL.sub("\n", part + "\n")[:-1]
            changed = True
    return "\n".join(parts) if changed else text


def join_hyphenated(left: str, right: str, vocab: tuple[set[str], set[str]] | None = None) -> str:
    """Join the last word of ``left`` (which ends in a hyphen) with the first word of ``right``.

    Keeps the hyphen when the word is known hyphenated ("well-being") or ``right`` starts with a
    capital or digit; drops it when the joined word is known, or by default.
    """
    m = _HYPHEN_END.search(left)
    first = _FIRST_WORD.match(right)
    if not m or not first:
        return left + right
    a, b = m.group(1), first.group(1)
    words, hyphenated = vocab if vocab is not None else (set(), set())
    joined, with_hyphen = (a + b).lower(), f"{a}-{b}".lower()
    keep = False
    if not b[0].islower():
        keep = True
    elif with_hyphen in hyphenated and joined not in words:
        keep = True
    elif joined in words:
        keep = False
    elif a.lower() in _KEEP_PREFIXES:
        keep = True
    head = left[:-1]
    return f"{head}-{right}" if keep else head + right


def dehyphenate_lines(lines: Sequence[str], vocab: tuple[set[str], set[str]] | None = None) -> str:
    """Join the lines of one paragraph, rejoining words split by a line-end hyphen.

    Args:
        lines: the lines of a paragraph in reading order (already normalised or not).
        vocab: (words, hyphenated words) of the whole document; built from ``lines`` if None.

    Example:
        >>> dehyphenate_lines(["Partners agreed closer collabo-", "ration on well-", "being."])
        'Partners agreed closer collaboration on well-being.'
    """
    parts = [ln.strip() for ln in lines if ln and ln.strip()]
    if not parts:
        return ""
    out = parts[0]
    for nxt in parts[1:]:
        if out.endswith(_HYPHENS) and _HYPHEN_END.search(out) and _FIRST_WORD.match(nxt):
            if vocab is None:  # built only when a line really ends in a hyphen
                vocab = document_vocabulary(parts)
            out = join_hyphenated(out, nxt, vocab)
        elif (
            out.endswith(("-", "\u2013"))
            and len(out) > 1
            and out[-2].isalnum()
            and nxt[:1].isalnum()
        ):
            out += (
                nxt  # "2023-" + "2028", "737–" + "9": a hyphen or dash inside a compound, no space
            )
        elif out.endswith("/") and _URL_TAIL.search(out) and not nxt[:1].isspace():
            out += nxt  # a URL broken after a slash
        elif _CJK.match(out[-1]) and _CJK.match(nxt[0]):
            out += nxt  # Chinese, Japanese and Korean lines join without a space
        else:
            out = f"{out} {nxt}"
    return out


_PAGE_NUMBER = re.compile(
    r"""^\s*(?:
        [-\u2013\u2014(\[]?\s*\d{1,4}\s*[-\u2013\u2014)\]]?          # 3, - 3 -, (3)
      | (?:page|pg\.?|p\.|tudalen|tud\.?)\s*\d{1,4}
            (?:\s*(?:of|o|/|\u2044)\s*\d{1,4})?                      # Page 3 of 9, Tudalen 3 o 9
      | \d{1,4}\s*(?:/|of|o)\s*\d{1,4}                               # 3/9, 3 of 9
      | (?=[ivxlc])c{0,3}(?:x[cl]|l?x{0,3})(?:i[xv]|v?i{0,3})       # roman folios
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


def is_page_number_line(s: str) -> bool:
    """True when ``s`` is only a page number ("3", "- 3 -", "Page 3 of 9", "Tudalen 3", "iv")."""
    s = s.strip()
    return bool(s) and len(s) <= 24 and bool(_PAGE_NUMBER.match(s))


_DIGITS = re.compile(r"\d+")
_ROMAN_WORD = re.compile(r"\b(?=[ivx])(?:x{0,3})(?:i[xv]|v?i{0,3})\b$")


def furniture_key(s: str) -> str:
    """A key under which running headers/footers match across pages ("Page 3" ~ "Page 4")."""
    s = _DIGITS.sub("#", normalise_text(s).lower())
    return _ROMAN_WORD.sub("#", re.sub(r"\s+", " ", s)).strip()


def furniture_mask(
    bands: Sequence[Sequence[str]],
    min_share: float = 0.3,
    positions: Sequence[Sequence[float]] | None = None,
) -> list[list[bool]]:
    """Mark band lines (top/bottom lines of each page) that are page furniture.

    A line is furniture when it is a page number, or when its key (digits normalised) occurs in
    the bands of at least two pages and at least ``min_share`` of the pages. A one-page document
    therefore keeps everything except bare page numbers.

    Args:
        bands: per page, the candidate lines (those near the top or bottom edge).
        positions: optional, per page, each candidate's vertical position; running headers sit at
            the same place on every page, so lines only match within about 10 points. This keeps
            numbered headings ("2. Objective 2") that happen to start several pages.
    """
    n_pages = len(bands)
    counts: Counter[tuple[str, int]] = Counter()
    keyed: list[list[tuple[str, int]]] = []
    for p, lines in enumerate(bands):
        pos = positions[p] if positions is not None else [0.0] * len(lines)
        keys = [(furniture_key(s), int(y // 10)) for s, y in zip(lines, pos, strict=False)]
        keyed.append(keys)
        counts.update({k for k, s in zip(keys, lines, strict=False) if s.strip()})
    need = max(2, int(min_share * n_pages + 0.999))
    out: list[list[bool]] = []
    for lines, keys in zip(bands, keyed, strict=False):
        out.append(
            [
                is_page_number_line(s)
                or (n_pages > 1 and sum(counts[(k, b + d)] for d in (-1, 0, 1)) >= need)
                for s, (k, b) in zip(lines, keys, strict=False)
            ]
        )
    return out


def remove_repeated_furniture(
    pages_of_lines: Sequence[Sequence[str]], band: int = 3
) -> list[list[str]]:
    """Drop running headers, footers and page numbers from pages of text lines.

    Only the first and last ``band`` non-blank lines of each page are candidates, so body text that
    happens to repeat is kept.

    Example:
        >>> pages = [["Annual Report", "Text one.", "Page 1 of 2"],
        ...          ["Annual Report", "Text two.", "Page 2 of 2"]]
        >>> remove_repeated_furniture(pages)
        [['Text one.'], ['Text two.']]
    """
    bands: list[list[str]] = []
    positions: list[list[int]] = []
    for lines in pages_of_lines:
        idx = [i for i, s in enumerate(lines) if s.strip()]
        chosen = sorted(set(idx[:band] + idx[-band:]))
        positions.append(chosen)
        bands.append([lines[i] for i in chosen])
    mask = furniture_mask(bands)
    out: list[list[str]] = []
    for lines, chosen, flags in zip(pages_of_lines, positions, mask, strict=False):
        drop = {i for i, f in zip(chosen, flags, strict=False) if f}
        out.append([s for i, s in enumerate(lines) if i not in drop])
    return out
