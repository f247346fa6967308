"""The fast tokenizer must give exactly the tokens, whitespace and offsets of spaCy's make_doc."""

from __future__ import annotations

import pytest

from collabtext.fast_tokens import FastTokenizer
from collabtext.nlp import get_nlp
from collabtext.resources import shared_dir

AWKWARD = [
    "e.g. U.K. Dr. etc. we're don't co-located 2023-2028 £5m 10% (the) \"x,\" partners' it's",
    "well-being/health 3.5 a.m. St. Cllr. No. 5. ToR. UK. PSBs. (8) 8) a) x8) ):",
    "  leading spaces\n\nand a blank line \n\n then  two spaces\tand a tab\n",
    "Cyngor Sir Ynys Môn – ‘Llesiant’ “dyfodol”… www.example.gov.uk/plan?id=3 info@psb.wales",
    "RESOLVED that the Board (i) notes; (ii) agrees — with 46/23 and 18.11.3 — the plan.",
    "",
    "   ",
    "word",
]


def _tokens(doc):
    return [(t.text, t.idx, t.whitespace_) for t in doc]


@pytest.fixture(scope="module")
def pair():
    nlp = get_nlp()
    return nlp, FastTokenizer(nlp)


@pytest.mark.parametrize("text", AWKWARD)
def test_same_tokens_as_spacy(pair, text):
    nlp, fast = pair
    doc = fast(text)
    assert doc.text == text
    assert _tokens(doc) == _tokens(nlp.make_doc(text))


def test_cached_chunks_give_the_same_result_twice(pair):
    nlp, fast = pair
    text = " ".join(AWKWARD)
    first = _tokens(fast(text))
    assert _tokens(fast(text)) == first == _tokens(nlp.make_doc(text))


def test_long_punctuation_runs(pair):
    nlp, fast = pair
    text = "-" * 200 + " " + "!?" * 80 + " ....."
    assert _tokens(fast(text)) == _tokens(nlp.make_doc(text))


def test_agrees_on_real_documents(pair):
    root = shared_dir()
    if root is None:
        pytest.skip("../shared/corpus is not beside this checkout")
    files = sorted((root / "corpus").rglob("*.txt"))[:80]
    if not files:
        pytest.skip("no text files in the corpus")
    nlp, fast = pair
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        assert _tokens(fast(text)) == _tokens(nlp.make_doc(text)), f.name
