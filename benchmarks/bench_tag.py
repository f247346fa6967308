"""Tagging throughput on a long document: prints words per second on one core.

Usage: python benchmarks/bench_tag.py [--words 500000]

Times are CPU time of this process (time.process_time), so a busy machine does not skew them.

The text is the English well-being documents of ../shared/corpus (repeated to the length asked
for), split into passages at blank lines, as a long plan would be; without the corpus a generated
text is used. Build time (lexicon load + matcher compile) is printed separately.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from collabtext.records import Passage  # noqa: E402
from collabtext.resources import shared_dir  # noqa: E402

FILLER = (
    "The Board will work with housing associations and the health board to pool budgets. "
    "There is still no shared vision, and partners lack trust. Residents told us what matters. "
)


def corpus_text() -> str:
    d = shared_dir()
    files = sorted((d / "corpus" / "wellbeing").glob("*_en.txt")) if d else []
    files += sorted((d / "corpus" / "wellbeing").glob("*plan*.txt")) if d else []
    text = "\n\n".join(
        f.read_text(encoding="utf-8", errors="replace") for f in dict.fromkeys(files)
    )
    return text or FILLER * 50


def passages(words: int) -> list[Passage]:
    base = [p.strip() for p in corpus_text().split("\n\n") if p.strip()]
    out: list[Passage] = []
    n = 0
    while n < words:
        for para in base:
            out.append(Passage(id=f"p{len(out) + 1:06d}", text=para))
            n += len(para.split())
            if n >= words:
                break
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=500_000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    t0 = time.process_time()
    from collabtext.tag import get_tagger

    tagger = get_tagger()  # the cached tagger, as the CLI and scan workers use it
    print(
        f"build: {time.process_time() - t0:.2f} s ({tagger.compiled.n_terms} phrase patterns, "
        f"{tagger.compiled.n_patterns} token patterns)"
    )
    ps = passages(a.words)
    words = sum(len(p.text.split()) for p in ps)
    tagger.tag_passages(ps[:200])  # warm the tokenizer cache
    # The tokenizer alone, on the same batches, is the ceiling (the issue quotes ~500k words/s).
    texts = ["\n\n".join(p.text for p in ps[i : i + 2000]) for i in range(0, len(ps), 2000)]
    tok = 0.0
    for _ in range(a.repeat):
        t = time.process_time()
        for x in texts:
            tagger.nlp.make_doc(x)
        tok = max(tok, words / (time.process_time() - t))
    best = 0.0
    for _ in range(a.repeat):
        t = time.process_time()
        tagged = tagger.tag_passages(ps)
        dt = time.process_time() - t
        best = max(best, words / dt)
    labelled = sum(1 for tp in tagged if any(tp.labels.values()))
    print(
        f"tag: {words:,} words in {len(ps):,} passages; best of {a.repeat}: {best:,.0f} words/s "
        f"({labelled:,} passages labelled)"
    )
    print(
        f"spaCy tokenizer alone: {tok:,.0f} words/s; tagging runs at {best / tok:.0%} of its speed"
    )


if __name__ == "__main__":
    main()
