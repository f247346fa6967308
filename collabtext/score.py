"""Collaborative-language scoring per passage, speaker and document.

Counts "we" and "I" exactly by ``gold/FORMAT.md``, the markers of McDermott and Hall (2016) with
evidence, who acts in commitments (agency), inclusive or exclusive "we", speakers' own words in
minutes, language style matching between speakers, and a composite index whose formula is in
``score_index`` (and in ``collabtext score --help``).

Counting runs compiled regexes over the text (no spaCy pass per passage), so it scores well over a
million words a second on one core (``benchmarks/bench_score.py``).

Example:
    >>> from collabtext.score import count_pronouns
    >>> count_pronouns("We will do it; I'm sure of it. Phase I starts in May.")
    (1, 1)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from .agency import passage_agency, we_type
from .lsm import lsm_report
from .markers import count_markers, find_markers
from .records import Document, Passage, skip_reason
from .score_index import FORMULA, components, index
from .score_lexicon import MARKER_KEYS, LanguageLexicon, load_language
from .score_pronouns import count_in_spans, count_words, pronoun_spans, tokenise
from .score_records import PassageScores, ScoreResult, SpeakerScores, per_100, share
from .score_welsh import passage_from_text, passage_spans, text_spans
from .speakers import Turn, attribute_speakers

__all__ = [
    "FORMULA",
    "MARKER_KEYS",
    "PassageScores",
    "ScoreResult",
    "Scorer",
    "SpeakerScores",
    "count_pronouns",
    "score_document",
]


def count_pronouns(text: str, include_welsh: bool = False) -> tuple[int, int]:
    """(we, i) in ``text`` by the rules of gold/FORMAT.md; Welsh sentences are skipped."""
    return count_in_spans(text, text_spans(text, include_welsh))


class Scorer:
    """Scores passages. Holds the compiled language lexicon; cheap to keep and reuse.

    Args:
        nlp: unused by counting (kept for the shared interface; tokenising is regex-based).
        include_welsh: analyse Welsh sentences too.
        lexicon: path of a language lexicon YAML (default ``lexicons/language.yaml``).
        use_orgs: recognise named bodies with ``collabtext.orgs`` when installed.
    """

    def __init__(
        self,
        nlp: Any = None,
        include_welsh: bool = False,
        lexicon: str | None = None,
        use_orgs: bool = True,
    ) -> None:
        self.nlp = nlp
        self.include_welsh = include_welsh
        self.lex: LanguageLexicon = load_language(lexicon)
        self.use_orgs = use_orgs

    def score_spans(
        self,
        text: str,
        spans: tuple[tuple[int, int], ...],
        kind: str | None = None,
        passage: Passage | None = None,
    ) -> PassageScores:
        """Score ``text`` within ``spans`` (offsets refer to ``text``)."""
        lex = self.lex
        tok = tokenise(text, spans)
        prons = tuple(pronoun_spans(text, spans, lex, tok))
        we = sum(1 for k, _, _ in prons if k == "we")
        evidence = tuple(find_markers(text, spans, kind=kind, lex=lex, tok=tok))
        agency, ag_ev = passage_agency(
            text, spans, lex=lex, use_orgs=self.use_orgs, vocab=tok.vocab
        )
        wt, wt_ev = we_type(text, spans, we, lex=lex)
        return PassageScores(
            words=len(tok),
            we=we,
            i=len(prons) - we,
            markers=count_markers(evidence),
            evidence=evidence,
            agency=agency,
            agency_evidence=ag_ev,
            we_type=wt,
            we_type_evidence=wt_ev,
            pronoun_spans=prons,
            passage=passage,
        )

    def score_passage(self, p: Passage) -> PassageScores:
        spans = passage_spans(p, self.include_welsh)
        if not spans and p.text.strip():
            return PassageScores(
                0, 0, 0, dict.fromkeys(MARKER_KEYS, 0), passage=p, skipped=skip_reason(p)
            )
        return self.score_spans(p.text, spans, p.kind, p)

    def score_text(self, text: str) -> PassageScores:
        return self.score_passage(passage_from_text(text))

    def count_pronouns(self, text: str) -> tuple[int, int]:
        return count_in_spans(text, text_spans(text, self.include_welsh), self.lex)


def _aggregate(scores: Iterable[PassageScores]) -> dict[str, Any]:
    scores = [s for s in scores if not s.skipped]
    words = sum(s.words for s in scores)
    we = sum(s.we for s in scores)
    i = sum(s.i for s in scores)
    markers: Counter[str] = Counter(dict.fromkeys(MARKER_KEYS, 0))
    for s in scores:
        markers.update(s.markers)
    agency = Counter(s.agency for s in scores if s.agency)
    wtypes = Counter(s.we_type for s in scores if s.we_type)
    comps = components(words, we, i, markers, agency)
    return {
        "words": words,
        "we": we,
        "i": i,
        "we_per_100": per_100(we, words),
        "i_per_100": per_100(i, words),
        "we_share": share(we, i),
        "markers": dict(markers),
        "index": index(comps),
        "components": comps,
        "agency": {k: agency.get(k, 0) for k in ("collective", "single", "mixed")},
        "we_type": {k: wtypes.get(k, 0) for k in ("inclusive", "exclusive", "unknown")},
        "passages_scored": len(scores),
    }


def _speaker_scores(
    turns: list[Turn], scorer: Scorer
) -> tuple[tuple[SpeakerScores, ...], dict[str, str]]:
    """Aggregate turns per speaker: direct speakers by first quote, then reported-only ones."""
    first: dict[str, tuple[int, int]] = {}
    for n, t in enumerate(turns):
        key = (0 if t.direct else 1, n)
        if t.speaker not in first or key < first[t.speaker]:
            first[t.speaker] = key
    out, own_text = [], {}
    for name in sorted(first, key=first.__getitem__):
        mine = [t for t in turns if t.speaker == name]
        direct = [
            scorer.score_spans(t.text, text_spans(t.text, scorer.include_welsh))
            for t in mine
            if t.direct
        ]
        agg = _aggregate(direct)
        reported = [t for t in mine if not t.direct]
        own_text[name] = "\n".join(t.text for t in mine if t.direct)
        out.append(
            SpeakerScores(
                name=name,
                words=agg["words"],
                we=agg["we"],
                i=agg["i"],
                markers=agg["markers"],
                direct_turns=len(direct),
                reported_turns=len(reported),
                reported_words=sum(count_words(t.text, ((0, len(t.text)),)) for t in reported),
                passages=tuple(dict.fromkeys(t.passage_id for t in mine)),
                index=agg["index"],
                components=agg["components"],
            )
        )
    return tuple(out), own_text


def score_document(
    doc: Document,
    *,
    scorer: Scorer | None = None,
    include_welsh: bool = False,
    lsm_min_words: int = 20,
) -> ScoreResult:
    """Score every passage of ``doc``, then its speakers and their language style matching.

    Args:
        doc: an extracted document.
        scorer: a Scorer to reuse (its ``include_welsh`` then applies).
        include_welsh: analyse Welsh sentences too (when no scorer is given).
        lsm_min_words: speakers with fewer words of their own are left out of LSM.
    """
    scorer = scorer or Scorer(include_welsh=include_welsh)
    passages = tuple(scorer.score_passage(p) for p in doc.passages)
    turns = attribute_speakers(doc.passages)
    speakers, own_text = _speaker_scores(turns, scorer)
    direct_texts = {n: t for n, t in own_text.items() if t}
    return ScoreResult(
        document=doc,
        document_scores=_aggregate(passages) | {"speakers": len(speakers), "formula": FORMULA},
        passages=passages,
        speakers=speakers,
        lsm=lsm_report(direct_texts, scorer.lex, min_words=lsm_min_words),
        lexicon=scorer.lex.info,
    )
