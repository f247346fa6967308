"""Compile a Lexicon into spaCy matchers once, and run them over one Doc per document.

Terms are matched on a case-insensitive lemma: the lemma from the pipeline's lookup table, taken
of the lower-case form. Computing it is vectorised (one dict lookup per token, then
``Doc.from_array``) because the pipeline's own lemmatizer component runs at about the speed of the
tokenizer and would halve throughput. Pattern docs get their lemmas the same way, so the two sides
always agree. ``exact`` terms are matched on LOWER only. Token patterns (few) use the Matcher.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np
from spacy.attrs import IDX, LEMMA, LENGTH, LOWER, ORTH
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from .errors import LexiconError
from .lexicon import Lexicon
from .negation import FAMILY, SURFACE_HEDGE_WORDS
from .tag_index import TokenIndex

SEP = "\t"


class Hit(NamedTuple):
    """One lexicon match in the document doc: token span, char span and what it is.

    A NamedTuple rather than a frozen dataclass: a batch makes tens of thousands of these, and
    tuple construction is several times cheaper than a frozen dataclass's ``__init__``."""

    kind: str  # "cat", "cue" or "excl"
    framework: str
    category: str
    start: int  # token index
    end: int
    cstart: int  # char offset in the big doc
    cend: int
    text: str


_US = [
    (re.compile(r"is(e|ed|es|ing|ation|ations)\b"), r"iz\1"),
    (re.compile(r"our(s|ed|ing)?\b"), r"or\1"),
    (re.compile(r"tre\b"), "ter"),
    (re.compile(r"tres\b"), "ters"),
    (re.compile(r"programme"), "program"),
]
_OUR_STEMS = ("behaviour", "labour", "neighbour", "favour", "colour", "honour", "endeavour")


def variants(term: str) -> set[str]:
    """Spelling variants of a term: hyphenated/spaced/joined, and American spellings."""
    t = " ".join(term.lower().split())
    out = {t}
    if "-" in t:
        out |= {t.replace("-", " "), t.replace("-", "")}
    if " " in t and len(t.split()) == 2 and not any(c in t for c in "'&"):
        out.add(t.replace(" ", "-"))
    us = set()
    for v in out:
        w = v
        w = _US[0][0].sub(_US[0][1], w)
        if any(s in w for s in _OUR_STEMS):
            w = _US[1][0].sub(_US[1][1], w)
        for rx, rep in _US[2:]:
            w = rx.sub(rep, w)
        us.add(w)
    return out | us


# Lookup-table lemmas that merge different words: "as" -> "a" made "as guests" match "a guest",
# "second" -> "2" made "will second" match "2 years"; comparatives fold into other words
# (more -> much, better -> well). These words are matched as themselves, as are all words whose
# table lemma is a numeral.
KEEP_SURFACE = frozenset(
    "as does number putting better best less least more most worse worst further furthest "
    "later latest".split()
)


class LemmaMap:
    """Lower-case surface hash -> lemma hash, restricted to the lemmas the lexicon uses."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        try:
            table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
        except (KeyError, ValueError):
            table = {}
        self._table = table
        self.map: dict[int, int] = {}

    def lemma_of(self, lower: str) -> str:
        h = self.nlp.vocab.strings.add(lower)
        v = self._table.get(h)
        if not isinstance(v, str) or lower in KEEP_SURFACE or (v.isdigit() and not lower.isdigit()):
            return lower
        return v.lower()

    def build(self, lemmas: set[str]) -> None:
        """Index every surface form in the table whose lemma is one the lexicon uses."""
        strings = self.nlp.vocab.strings
        for lem in lemmas:
            strings.add(lem)
        out: dict[int, int] = {}
        keep = {strings.add(w) for w in KEEP_SURFACE}
        for k, v in self._table.items():
            if isinstance(v, str) and k not in keep:
                lv = v.lower()
                if lv in lemmas and not (lv.isdigit() and not _is_digits(strings, k)):
                    out[k] = strings[lv]
        self.map = out

    def apply(self, doc: Doc) -> Doc:
        """Set LEMMA of every token to its lower-case lemma (vectorised: one searchsorted)."""
        if len(doc) == 0:
            return doc
        low = doc.to_array(LOWER)
        keys, vals = self._arrays()
        if len(keys):
            idx = np.searchsorted(keys, low)
            idx[idx == len(keys)] = 0
            found = keys[idx] == low
            lem = np.where(found, vals[idx], low)
        else:
            lem = low
        doc.from_array([LEMMA], lem.astype(np.uint64).reshape(-1, 1))
        return doc

    def _arrays(self) -> tuple[np.ndarray, np.ndarray]:
        cached = getattr(self, "_arr", None)
        if cached is None or cached[2] is not self.map:
            keys = np.array(sorted(self.map), dtype=np.uint64)
            vals = np.array([self.map[k] for k in keys.tolist()], dtype=np.uint64)
            cached = self._arr = (keys, vals, self.map)
        return cached[0], cached[1]


def _is_digits(strings: Any, key: int) -> bool:
    try:
        return str(strings[key]).isdigit()
    except KeyError:
        return False  # a surface form spaCy's strings do not hold: a word, not a numeral


def _pattern_lemmas(pattern: list[dict[str, Any]]) -> set[str]:
    out: set[str] = set()
    for tok in pattern:
        v = tok.get("LEMMA")
        if isinstance(v, str):
            out.add(v.lower())
        elif isinstance(v, dict):
            for op in ("IN", "NOT_IN"):
                out |= {str(x).lower() for x in v.get(op, [])}
    return out


# Words too common to gate the Matcher on (a pattern is only run near one of its rarer words).
_STOP = {
    "be",
    "the",
    "a",
    "an",
    "of",
    "to",
    "in",
    "from",
    "for",
    "each",
    "their",
    "our",
    "its",
    "on",
    "at",
    "with",
    "and",
    "or",
    "will",
    "by",
    "until",
    "before",
    "it",
    "this",
    "that",
    "one",
    "up",
    "'s",
    "'",
    "his",
    "her",
    "can",
    "not",
    "n't",
    "could",
    "have",
    "has",
    "-",
    ",",
    "so",
    "as",
}
_UNBOUNDED = 10


def _optional(tok: dict[str, Any]) -> bool:
    op = str(tok.get("OP", "1"))
    return op in ("?", "*", "!") or (
        op.startswith("{") and (op.startswith("{,") or op.startswith("{0"))
    )


def _repeats(tok: dict[str, Any]) -> bool:
    """Whether the token may match more than one word (``*``, ``+``, ``{,n}``, ``{m,n}``)."""
    op = str(tok.get("OP", "1"))
    if op in ("*", "+"):
        return True
    if not op.startswith("{"):
        return False
    hi = op.strip("{}").split(",")[-1].strip()
    return not hi.isdigit() or int(hi) > 1


def _max_len(pattern: list[dict[str, Any]]) -> int:
    n = 0
    for tok in pattern:
        op = str(tok.get("OP", "1"))
        if op in ("*", "+"):
            n += _UNBOUNDED
        elif op.startswith("{"):
            hi = op.strip("{}").split(",")[-1]
            n += int(hi) if hi.strip().isdigit() else _UNBOUNDED
        else:
            n += 1
    return n


def required_words(
    pattern: list[dict[str, Any]], stop_ok: bool = False
) -> list[tuple[int, str, set[str]]]:
    """Required tokens with literal values, fewest values first: (index, attr, values).
    Stop words are left out unless ``stop_ok`` (fine for a presence check, useless as an anchor)."""
    out: list[tuple[int, str, set[str]]] = []
    for k, tok in enumerate(pattern):
        if _optional(tok):
            continue
        for attr in ("LEMMA", "LOWER", "ORTH", "TEXT"):
            v = tok.get(attr)
            vals = (
                {v}
                if isinstance(v, str)
                else (set(map(str, v["IN"])) if isinstance(v, dict) and "IN" in v else None)
            )
            if vals and (stop_ok or not (vals & _STOP)):
                out.append((k, "ORTH" if attr == "TEXT" else attr, vals))
                break
    return sorted(out, key=lambda t: len(t[2]))


def anchor_of(pattern: list[dict[str, Any]]) -> tuple[int, str, set[str]] | None:
    """The required token with the fewest literal values (not stop words): (index, attr, values)."""
    req = required_words(pattern)
    return req[0] if req else None


MAX_EXPANSION = 400


def expand(pattern: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Replace ``{"IN": [...]}`` sets by one literal pattern per combination (C-level checks are
    far faster than the Matcher's Python set predicates), unless that makes too many patterns."""
    options: list[list[dict[str, Any]]] = []
    total = 1
    for tok in pattern:
        alts = [dict(tok)]
        if _repeats(tok):
            # "{,2}" over a set means any run of its words ("a common"); one literal per value
            # would only allow the same word repeated
            for attr in ("LEMMA", "LOWER"):
                v = tok.get(attr)
                if isinstance(v, dict) and set(v) == {"IN"}:
                    alts[0][attr] = {"IN": [str(x).lower() for x in v["IN"]]}
                elif isinstance(v, str):
                    alts[0][attr] = v.lower()
            options.append(alts)
            continue
        for attr in ("LEMMA", "LOWER"):
            v = tok.get(attr)
            if isinstance(v, dict) and set(v) == {"IN"}:
                alts = [{**a, attr: str(x).lower()} for a in alts for x in v["IN"]]
            elif isinstance(v, str):
                alts = [{**a, attr: v.lower()} for a in alts]
        options.append(alts)
        total *= len(alts)
    if total > MAX_EXPANSION:
        return [pattern]
    out: list[list[dict[str, Any]]] = [[]]
    for alts in options:
        out = [o + [a] for o in out for a in alts]
    return out


@dataclass
class _Gated:
    """One token pattern: its Matcher, its anchor word hashes and its reach either side."""

    matcher: Matcher
    col: int
    hashes: np.ndarray
    before: int
    after: int
    # The pattern's other required words, checked cheaply (numpy) before the Matcher is run on a
    # window: a window that lacks any of them cannot match. (column, sorted hashes) each.
    others: tuple[tuple[int, np.ndarray], ...] = ()


class CompiledLexicon:
    """PhraseMatchers and a Matcher for every category, exclusion and cue of a Lexicon."""

    def __init__(self, lexicon: Lexicon, nlp: Any, cues: dict[str, tuple[str, ...]]) -> None:
        self.nlp = nlp
        self.lemmas = LemmaMap(nlp)
        self.lemma_pm = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.lower_pm = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.full_matcher = Matcher(nlp.vocab)  # patterns without an anchor word: whole doc
        self.gated: list[_Gated] = []  # patterns with one: run only near their anchor words
        self._patterns: list[list[dict[str, Any]]] = []
        self._keys: dict[int, tuple[str, ...]] = {}  # match id -> (kind, framework, category)
        self.n_terms = 0
        lemma_terms: dict[str, set[str]] = {}
        lower_terms: dict[str, set[str]] = {}
        for fw in lexicon.frameworks.values():
            for c in fw.categories.values():
                key = SEP.join(("cat", fw.id, c.id))
                lemma_terms.setdefault(key, set()).update(*(variants(t) for t in c.terms))
                lower_terms.setdefault(key, set()).update(*(variants(t) for t in c.exact))
                if c.exclusions:
                    xkey = SEP.join(("excl", fw.id, c.id))
                    lemma_terms.setdefault(xkey, set()).update(*(variants(t) for t in c.exclusions))
                for pat in c.patterns:
                    self._add_pattern(key, pat, c)
        for name, terms in cues.items():
            key = SEP.join(("cue", "", name))
            for t in terms:
                surface = FAMILY.get(name) == "hedge" and not SURFACE_HEDGE_WORDS.isdisjoint(
                    t.lower().split()
                )
                (lower_terms if surface else lemma_terms).setdefault(key, set()).update(variants(t))
        self._compile(lemma_terms, lower_terms)

    def _add_pattern(self, key: str, pat: list[dict[str, Any]], c: Any) -> None:
        anchor = anchor_of(pat)
        try:
            if anchor is None:
                self.full_matcher.add(key, [pat])
            else:
                k = anchor[0]
                m = Matcher(self.nlp.vocab)
                m.add(key, expand(pat))
                col, hashes = self._hashes(anchor[1], anchor[2])
                g = _Gated(m, col, hashes, _max_len(pat[:k]), _max_len(pat[k + 1 :]))
                others = [r for r in required_words(pat, stop_ok=True) if r[0] != k]
                g.others = tuple(self._hashes(attr, vals) for _, attr, vals in others[:4])
                self.gated.append(g)
            self._patterns.append(pat)
        except (ValueError, KeyError, TypeError) as e:
            raise LexiconError(
                f"line {c.line}: category {c.id!r} has an invalid token pattern "
                f"({str(e).splitlines()[0][:200]})",
                path=c.file,
            ) from None

    def _compile(self, lemma_terms: dict[str, set[str]], lower_terms: dict[str, set[str]]) -> None:
        make = self.nlp.make_doc
        lemmas: set[str] = set()
        docs: dict[str, list[Doc]] = {}
        for key, terms in lemma_terms.items():
            ds = [make(t) for t in sorted(terms) if t]
            for d in ds:
                lemmas |= {self.lemmas.lemma_of(t.lower_) for t in d}
            docs[key] = ds
        for p in self.matcher_patterns():
            lemmas |= _pattern_lemmas(p)
        self.lemmas.build(lemmas)
        for key, ds in docs.items():
            ds = [self.lemmas.apply(d) for d in ds if len(d)]
            if ds:
                self.lemma_pm.add(key, ds)
                self.n_terms += len(ds)
        for key, terms in lower_terms.items():
            ds = [make(t) for t in sorted(terms) if t]
            if ds:
                self.lower_pm.add(key, ds)
                self.n_terms += len(ds)

    def matcher_patterns(self) -> list[list[dict[str, Any]]]:
        return self._patterns

    @property
    def n_patterns(self) -> int:
        return len(self._patterns)

    def _hashes(self, attr: str, vals: set[str]) -> tuple[int, np.ndarray]:
        vals = {v.lower() for v in vals} if attr != "ORTH" else vals
        hashes = np.array(sorted(self.nlp.vocab.strings.add(v) for v in vals), dtype=np.uint64)
        return ("LEMMA", "LOWER", "ORTH").index(attr), hashes

    def _run_gated(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Run each pattern's Matcher only on the windows around its anchor words."""
        arr = doc.to_array([LEMMA, LOWER, ORTH])
        n = len(doc)
        # One sort per column; each pattern then tests its words against the (few thousand)
        # distinct values instead of every token.
        # The token positions of each distinct value are kept grouped (one argsort per column), so
        # finding a pattern's words costs in proportion to their occurrences, not to the doc.
        cols: dict[int, TokenIndex] = {}  # built only for the columns the patterns use

        def where(col: int, hashes: np.ndarray) -> np.ndarray:
            if col not in cols:
                cols[col] = TokenIndex(np.ascontiguousarray(arr[:, col]))
            return cols[col].positions(hashes)

        out: list[tuple[int, int, int]] = []
        for g in self.gated:
            a = b = -1
            idx = where(g.col, g.hashes)
            if len(idx) == 0:
                continue
            if g.others:
                # keep anchors whose window also holds each other required word
                w = g.before + g.after
                for col2, hashes2 in g.others:
                    pos2 = where(col2, hashes2)
                    lo_, hi_ = np.maximum(0, idx - w), np.minimum(n, idx + w + 1)
                    j = np.searchsorted(pos2, lo_)
                    ok = j < len(pos2)
                    ok[ok] = pos2[j[ok]] < hi_[ok]
                    idx = idx[ok]
                    if len(idx) == 0:
                        break
                if len(idx) == 0:
                    continue
            for i in idx.tolist():
                lo, hi = max(0, i - g.before), min(n, i + g.after + 1)
                if lo <= b:
                    b = hi
                    continue
                if b > a >= 0:
                    out += [(m, s + a, e + a) for m, s, e in g.matcher(doc[a:b])]
                a, b = lo, hi
            if b > a >= 0:
                out += [(m, s + a, e + a) for m, s, e in g.matcher(doc[a:b])]
        return out

    def prepare(self, doc: Doc) -> Doc:
        return self.lemmas.apply(doc)

    def match(self, doc: Doc, text: str | None = None) -> list[Hit]:
        """All hits in a prepared doc (unfiltered; overlaps are resolved by the tagger)."""
        strings = self.nlp.vocab.strings
        text = doc.text if text is None else text  # Doc.text walks every token: pass it when known
        pos = doc.to_array([IDX, LENGTH])
        raw = list(self.lemma_pm(doc)) + list(self.lower_pm(doc))
        if len(self.full_matcher):
            raw += list(self.full_matcher(doc))
        if self.gated:
            raw += self._run_gated(doc)
        if not raw:
            return []
        # Dedupe (expanded patterns can repeat a match) and compute char offsets in numpy.
        raw = list(dict.fromkeys(raw))  # a set is far cheaper than np.unique(axis=0) here
        mids = [m for m, _, _ in raw]
        s_tok = np.fromiter((x for _, x, _ in raw), dtype=np.int64, count=len(raw))
        e_tok = np.fromiter((x for _, _, x in raw), dtype=np.int64, count=len(raw))
        order = np.lexsort((-e_tok, s_tok))  # by start, longest first (stable, in numpy)
        s_tok, e_tok = s_tok[order], e_tok[order]
        mids = [mids[i] for i in order.tolist()]
        cs_all = pos[s_tok, 0]
        ce_all = pos[e_tok - 1, 0] + pos[e_tok - 1, 1]
        keys = self._keys
        hits = []
        for mid, s, e, cs, ce in zip(
            mids, s_tok.tolist(), e_tok.tolist(), cs_all.tolist(), ce_all.tolist(), strict=True
        ):
            key = keys.get(mid)
            if key is None:
                key = keys[mid] = tuple(strings[mid].split(SEP))
            hits.append(Hit(key[0], key[1], key[2], s, e, cs, ce, text[cs:ce]))
        return hits
