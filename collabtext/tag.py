"""Label passages against the collaboration frameworks, with the words that earned each label.

The Tagger is built once per process (``get_tagger()``) on the shared pipeline of
``collabtext.nlp``. For speed a whole batch of passages is tokenised as ONE spaCy Doc (passages
joined by blank lines, which are clause and match boundaries), matched once, and the hits are
handed back to their passages by character offset.

Example:
    >>> from collabtext.tag import get_tagger
    >>> tp = get_tagger().tag_text("There is still no shared vision for the county.")
    >>> tp.labels["themes"], tp.labels["factors"]
    (('common_purpose',), ('barrier.motivations',))
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from .fast_tokens import FastTokenizer
from .lexicon import Lexicon, load_lexicon
from .negation import DEFAULT_CUES, compute_scopes
from .power import WE_RE
from .records import (
    SCHEMA_VERSION,
    Document,
    Evidence,
    LexiconInfo,
    OfDocument,
    Passage,
    TaggedPassage,
    skip_reason,
)
from .tag_match import CompiledLexicon, Hit
from .tag_rules import (
    ACTIVITY_CUE,
    Emitter,
    decide_labels,
    drop_excluded,
    longest_per_framework,
    rules_may_label,
)

BATCH_CHARS = 400_000
JOIN = "\n\n"
# A plan's objective title ("Objective 3 – Working together for a greener county.") names an
# aspiration, not an activity, so nothing in it is evidence.
TITLE_RE = re.compile(
    r"^\s*(?:well-?being\s+)?(?:objective|priority|theme|goal|outcome)\s+\d+[a-z]?\s*[:–—-][^.\n]{0,120}[.\n]",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Piece:
    index: int  # passage index in the batch
    start: int  # char offset in the batch text
    end: int
    offset: int  # char offset of the piece in the passage text


class Tagger:
    """Lexicon matcher plus rules; ``tag_passage`` / ``tag_passages`` / ``tag_text``."""

    def __init__(
        self, lexicon: Lexicon | None = None, nlp: Any = None, include_welsh: bool = False
    ) -> None:
        from .nlp import get_nlp

        self.lexicon = lexicon or load_lexicon()
        # The fast tokenizer reproduces the default English tokenizer only; a pipeline the caller
        # brings may have its own rules, so it keeps its own make_doc.
        self.make_doc = FastTokenizer(get_nlp()) if nlp is None else nlp.make_doc
        self.nlp = nlp or get_nlp()
        self.include_welsh = include_welsh
        cues = {k: tuple(v) for k, v in DEFAULT_CUES.items()}
        for k, v in self.lexicon.cues.items():
            cues[k] = cues.get(k, ()) + tuple(v)
        cues["party"] = cues.get("party", ()) + gazetteer_names()
        self.compiled = CompiledLexicon(self.lexicon, self.nlp, cues)

    @property
    def info(self) -> LexiconInfo:
        return self.lexicon.info

    def tag_text(self, text: str) -> TaggedPassage:
        """Tag a text as one passage (Welsh sentences in it skipped, as ``tag --text`` does)."""
        from .lang import passage_from_text

        return self.tag_passage(passage_from_text(text))

    def tag_passage(self, p: Passage) -> TaggedPassage:
        return self.tag_passages([p])[0]

    def tag_passages(
        self, passages: Sequence[Passage], include_welsh: bool | None = None
    ) -> tuple[TaggedPassage, ...]:
        """Tag passages in batches of about BATCH_CHARS characters (one Doc per batch)."""
        welsh = self.include_welsh if include_welsh is None else include_welsh
        out: list[TaggedPassage] = []
        batch: list[Passage] = []
        size = 0
        for p in passages:
            batch.append(p)
            size += len(p.text)
            if size >= BATCH_CHARS:
                out.extend(self._tag_batch(batch, welsh))
                batch, size = [], 0
        if batch:
            out.extend(self._tag_batch(batch, welsh))
        return tuple(out)

    @staticmethod
    def _spans(p: Passage, welsh: bool) -> tuple[tuple[int, int], ...]:
        spans = p.english_spans(welsh)
        m = TITLE_RE.match(p.text)
        if m:
            spans = tuple((max(s, m.end()), e) for s, e in spans if e > m.end())
        return spans

    def _tag_batch(self, batch: list[Passage], welsh: bool) -> list[TaggedPassage]:
        parts: list[str] = []
        pieces: list[_Piece] = []
        pos = 0
        for i, p in enumerate(batch):
            for s, e in self._spans(p, welsh):
                chunk = p.text[s:e]
                if not chunk.strip():
                    continue
                pieces.append(_Piece(i, pos, pos + len(chunk), s))
                parts.append(chunk)
                pos += len(chunk) + len(JOIN)
        text = JOIN.join(parts)
        doc = self.compiled.prepare(self.make_doc(text))
        hits = self.compiled.match(doc, text)
        cues = [(h.category, h.start, h.end) for h in hits if h.kind == "cue"]
        scopes = compute_scopes(doc, cues)
        per = _by_piece(hits, pieces)
        by_passage: dict[int, list[tuple[_Piece, list[Hit]]]] = {}
        for k, pc in enumerate(pieces):
            by_passage.setdefault(pc.index, []).append((pc, per.get(k, [])))
        return [self._decide(p, by_passage.get(i), scopes) for i, p in enumerate(batch)]

    def _decide(
        self, p: Passage, pieces: list[tuple[_Piece, list[Hit]]] | None, scopes: Any
    ) -> TaggedPassage:
        if pieces is None:
            return TaggedPassage(p, self.empty_labels(), (), skip_reason(p))
        hits = [h for _pc, hs in pieces for h in hs]
        if p.kind == "heading":
            # a heading names a topic; it describes no joint activity (no level term, no verb)
            hits = [
                h
                for h in hits
                if h.framework != "power_spectrum"
                and not (h.kind == "cue" and h.category == ACTIVITY_CUE)
            ]
        if not any(h.kind == "cat" for h in hits) and not rules_may_label(hits):
            # Fast path: with no category hit only the rules reading cues can label a passage
            # (two parties doing a generic activity: "the council and the charity will fund ...")
            return TaggedPassage(p, self.empty_labels(), ())
        bases = [(pc.start, pc.start - pc.offset) for pc, _ in pieces]
        starts = [b[0] for b in bases]

        def to_passage(c: int) -> int:
            return c - bases[bisect_right(starts, c) - 1][1]

        hits = longest_per_framework(drop_excluded(hits))
        em = Emitter(self.lexicon, to_passage)
        labels = decide_labels(self.lexicon, hits, scopes, em, lambda: bool(WE_RE.search(p.text)))
        # a total order: evidence comes from a set, and ties on start/framework/category would
        # otherwise come out in a different order from run to run
        ev = tuple(sorted(set(em.evidence), key=_evidence_order))
        return TaggedPassage(p, labels, ev)

    def empty_labels(self) -> dict[str, Any]:
        return dict(self._empty)

    @property
    def _empty(self) -> dict[str, Any]:
        e = getattr(self, "_empty_cache", None)
        if e is None:
            e = {
                fid: (None if fw.kind == "single" else ())
                for fid, fw in self.lexicon.frameworks.items()
            }
            self._empty_cache = e
        return e


def _evidence_order(e: Evidence) -> tuple[Any, ...]:
    return (e.start, e.framework, e.category, e.end, e.term, e.source, e.negated, e.score)


def _by_piece(hits: list[Hit], pieces: list[_Piece]) -> dict[int, list[Hit]]:
    """Hits grouped by the piece that contains them (vectorised: hits come sorted by start)."""
    if not hits or not pieces:
        return {}
    starts = np.fromiter((pc.start for pc in pieces), dtype=np.int64, count=len(pieces))
    ends = np.fromiter((pc.end for pc in pieces), dtype=np.int64, count=len(pieces))
    cs = np.fromiter((h.cstart for h in hits), dtype=np.int64, count=len(hits))
    ce = np.fromiter((h.cend for h in hits), dtype=np.int64, count=len(hits))
    k = np.searchsorted(starts, cs, side="right") - 1
    ok = (k >= 0) & (ce <= ends[np.maximum(k, 0)])
    idx = np.flatnonzero(ok)
    if len(idx) == 0:
        return {}
    ks = k[idx]
    cuts = np.flatnonzero(np.diff(ks)) + 1
    per: dict[int, list[Hit]] = {}
    for lo, hi in zip([0, *cuts.tolist()], [*cuts.tolist(), len(idx)], strict=True):
        per.setdefault(int(ks[lo]), []).extend(hits[i] for i in idx[lo:hi].tolist())
    return per


@lru_cache(maxsize=1)
def gazetteer_names() -> tuple[str, ...]:
    """Organisation names from the gazetteer (collabtext.orgs), matched as party cues so that the
    power rules can count the bodies a passage names without a per-passage gazetteer lookup."""
    try:
        from .orgs import load_gazetteer

        gz = load_gazetteer()
    except Exception:  # noqa: BLE001 - tagging works without the gazetteer (generic cues remain)
        return ()
    names: set[str] = set()
    for o in gz.orgs:
        names |= {
            n for n in (o.canonical, *getattr(o, "aliases", ()), *getattr(o, "welsh", ())) if n
        }
        names |= {a for a in getattr(o, "abbreviations", ()) if len(a) >= 3 and a.isupper()}
    # Cues match case-insensitively, so drop abbreviations that are also English words ("CAN").
    words = _english_words()
    return tuple(sorted(n for n in names if not (n.isupper() and n.lower() in words)))


def _english_words() -> set[str]:
    from .nlp import get_nlp

    try:
        table = get_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    except (KeyError, ValueError):
        return set()
    return {v.lower() for v in table.values() if isinstance(v, str)}


@lru_cache(maxsize=8)
def _cached_tagger(extra: tuple[str, ...], include_welsh: bool) -> Tagger:
    tagger = Tagger(load_lexicon(extra), include_welsh=include_welsh)
    # The lexicon, matchers and lemma tables (hundreds of thousands of objects) live as long as the
    # process; left in the collector's generations, every full collection walks them again, which
    # cost about 15% of tagging time. Freezing moves what exists now out of the collector's view.
    gc.freeze()
    return tagger


def get_tagger(extra: tuple[str, ...] = (), include_welsh: bool = False) -> Tagger:
    """The cached Tagger for the default lexicon set (plus ``extra`` user files)."""
    return _cached_tagger(tuple(str(e) for e in extra), include_welsh)


@dataclass(frozen=True)
class TagResult(OfDocument):
    """A tagged document: passages with labels and evidence, a summary and the lexicon used."""

    document: Document
    passages: tuple[TaggedPassage, ...]
    summary: dict[str, Any] = field(default_factory=dict)
    lexicon: LexiconInfo | None = None

    def to_dict(self) -> dict[str, Any]:
        d = self.document
        return {
            "path": d.path,
            "sha256": d.sha256,
            "schema_version": SCHEMA_VERSION,
            "format": d.format,
            "pages": d.pages,
            "title": d.title,
            "lexicon": self.lexicon.to_dict() if self.lexicon else None,
            "summary": self.summary,
            "passages": [p.to_dict() for p in self.passages],
            "warnings": list(d.warnings),
        }


def summarise(tagged: Iterable[TaggedPassage], lexicon: Lexicon) -> dict[str, Any]:
    """Counts per framework category, and the share of analysed passages with collaboration."""
    from .power import LEVELS

    counts: dict[str, dict[str, int]] = {fid: {} for fid in lexicon.frameworks}
    analysed = collab = skipped = 0
    for tp in tagged:
        if tp.skipped:
            skipped += 1
            continue
        analysed += 1
        for fid, v in tp.labels.items():
            for c in v if isinstance(v, tuple) else ((v,) if v else ()):
                counts.setdefault(fid, {})[c] = counts.setdefault(fid, {}).get(c, 0) + 1
        lvl = LEVELS.get(tp.labels.get("power_spectrum") or "", 0)
        if lvl >= LEVELS["coordination"] or "collaboration" in tp.labels.get("ways_of_working", ()):
            collab += 1
    return {
        "passages": analysed + skipped,
        "analysed": analysed,
        "skipped": skipped,
        "collaboration_passages": collab,
        "collaboration_share": round(collab / analysed, 4) if analysed else None,
        "counts": {fid: dict(sorted(c.items())) for fid, c in counts.items()},
    }


def tag_document(
    doc: Document,
    *,
    tagger: Tagger | None = None,
    include_welsh: bool = False,
    method: str = "auto",
) -> TagResult:
    """Tag every passage of ``doc``. ``method``: lexicon, model, hybrid or auto (see
    ``collabtext.learn.apply_method``; auto uses the lexicon alone when models/ holds no models)."""
    t = tagger or get_tagger()
    tagged = t.tag_passages(doc.passages, include_welsh=include_welsh or t.include_welsh)
    # H-MODELS (issue 9): relabel with the trained models of models/ unless --method lexicon
    # (auto falls back to the lexicon when no models are installed; a MethodTagger has done it).
    if method != "lexicon" and not isinstance(getattr(t, "method", None), str):
        from .learn import apply_method

        tagged = tuple(apply_method(tagged, method))
    return TagResult(doc, tagged, summarise(tagged, t.lexicon), t.info)
