"""Recognise bodies that no gazetteer holds from the form of their names.

"X County Council", "X Leisure Trust", "Coleg X" (Welsh: college), "Cartrefi X" (homes), "Menter
Iaith X"... A name is a run of capitalised words (with "of", "and", "for", "&" between) that ends
in a head word or starts with a Welsh head word. In running text the run must also contain a word
that is not ordinary English (a place or proper name), so that "Community Connector Service" or
"Data Sharing Group" are not taken for bodies; names given as such (attendance cells) need not.
"""

from __future__ import annotations

import gzip
import json
import os
import re
from functools import lru_cache

from .orgs_data import Org

HEADS = {
    "Council", "Board", "Association", "College", "University", "Homes", "Housing", "Trust",
    "Service", "Services", "Partnership", "Action", "Group", "Forum", "Network", "Foundation",
    "Centre", "Center", "Society", "Police", "Agency", "Authority", "Commission", "Commissioner",
    "Alliance", "Cymru", "Wales", "Federation", "Institute", "Company", "CIC", "Ltd", "Limited",
    "Cyf", "Co-operative", "Cooperative", "Constabulary", "School", "Academy", "Hospital",
    "Surgery", "Practice", "Committee", "CVS", "CVC", "PSB", "RPB", "CBC", "CC", "UHB", "HA",
    "Club", "Charity", "Enterprise", "Consortium", "Collective", "Project",
}
# Welsh (and a few English) words that open a body's name: "Coleg Hafren", "University of X".
PREFIX_HEADS = {
    "Coleg", "Cartrefi", "Cyngor", "Tai", "Menter", "Grŵp", "Grwp", "Prifysgol", "Bwrdd",
    "Cymdeithas", "Ysgol", "Heddlu", "Gwasanaeth", "Mudiad", "Ymddiriedolaeth",
    "Awdurdod", "Fforwm", "Partneriaeth", "Rhwydwaith", "Cronfa",
}
# Capitalised English words the lemma table lacks (it holds inflectable forms only).
_COMMON = {
    "Countryside", "Wildlife", "Environment", "Act", "Democratic", "Civic", "Public", "Social",
    "Strategic", "Regional", "Local", "National", "Voluntary", "Digital", "Mental", "Early",
    "Healthy", "Safer", "Active", "Rural", "Urban", "Green", "Corporate", "Executive", "Scrutiny",
    "Overview", "Integrated", "Municipal", "Annual", "General", "Special", "Joint", "Civil",
    "Democratic", "Children", "Adult", "Adults", "Youth", "Older", "People", "Education",
    "Health", "Care", "Housing", "Transport", "Economic", "Economy", "Planning", "Safety",
    "Advice", "Support", "Learning", "Skills", "Employment", "Welfare", "Futures", "Future",
    "Generations", "Well-being", "Wellbeing", "Recovery", "Nature", "Climate", "Energy",
}
_ADJ_SUFFIXES = ("ic", "al", "ive", "ary", "ous", "ful", "ant", "ory", "ed", "ing", "ly", "ion",
                 "ity", "ism", "ness", "ment", "ship", "ise", "ize", "able", "ible")
_PREFIX_OF = {"University", "College", "Office", "Council", "Association", "Federation", "Society",
              "Department", "Friends", "Ministry", "Institute", "Centre", "Trust", "Board"}
CONNECTORS = {"of", "and", "for", "&", "the", "in", "on", "a", "ac", "y", "yr", "ar", "dros",
              "i", "o"}
# Words that open a run but are not part of a name ("The Chair of Bro Hafren Council").
LEADING_NOISE = {
    "The", "A", "An", "This", "That", "These", "Those", "Our", "Their", "Its", "Each", "Every",
    "All", "Any", "Both", "Members", "Member", "Chair", "Vice", "Vice-Chair", "Leader", "Head",
    "Director", "Chief", "Executive", "Officer", "Officers", "Representative", "Representatives",
    "Cllr", "Councillor", "County", "Dr", "Mr", "Mrs", "Ms", "Miss", "Prof", "Professor", "Supt",
    "Superintendent", "Inspector", "Manager", "Clerk", "Secretary", "Apologies", "Present",
    "From", "By", "With", "To", "For", "In", "On", "At", "And", "Of", "Y", "Yr", "Mae", "Both",
    "Resolved", "Agreed", "Action", "Actions", "Minutes", "Update", "Report", "Item", "Welcome",
    "About", "Dear", "Thanks", "Thank", "Including", "Via", "Between", "Across", "Within", "Under",
    "Both", "Whilst", "While", "When", "Where", "If", "As", "Also", "Only", "Not", "Some", "Many",
}
# Standard abbreviations of a name's ending, written out in the canonical name of a generic body
# ("Bro Hafren CVC" -> "Bro Hafren County Voluntary Council").
EXPAND_TAIL = {
    "CVC": "County Voluntary Council", "CVS": "Council for Voluntary Service",
    "CBC": "County Borough Council", "CC": "County Council", "UHB": "University Health Board",
    "PSB": "Public Services Board", "RPB": "Regional Partnership Board",
    "FRS": "Fire and Rescue Service", "HA": "Housing Association",
}
# A trailing department of a gazetteer body is that body ("Conwy CBC Youth Service").
DEPARTMENT_HEADS = {"Service", "Services", "Team", "Department", "Directorate", "Unit", "Group",
                    "Committee", "Board", "Project", "Partnership", "Forum"}
# Runs that are only these words are topics or places, not bodies.
_NOT_PROPER = {"North", "South", "East", "West", "Mid", "Wales", "Cymru", "Welsh", "UK", "Local",
               "Regional", "National", "County", "Borough", "City", "Town", "Community", "Public",
               "Full", "Joint", "Annual", "General"}

_WORD = r"[A-ZÀ-ÖØ-ÞŴŶ][\w'\-]*|&"
# Two or more capitalised words with connectors between; the left boundary is checked after the
# first character so that ``re`` can skip ahead to capitals.
RUN_RE = re.compile(
    rf"[A-ZÀ-ÖØ-ÞŴŶ](?<![\w'&].)[\w'\-]*(?:[ \t]+(?:(?:of|and|for|the|&|in|on|a|ac|y|yr|ar|dros"
    rf"|i|o)[ \t]+)*(?:{_WORD}))+"
)

_SECTOR_RULES: list[tuple[tuple[str, ...], str, str | None]] = [
    (("police and crime commissioner", "opcc"), "police", "pcc"),
    (("police", "heddlu", "constabulary"), "police", "police"),
    (("fire", "tân"), "fire_and_rescue", "fire_and_rescue"),
    (("public services board", "public service board", "psb", "bwrdd gwasanaethau cyhoeddus"),
     "other", "psb"),
    (("regional partnership board", "rpb"), "other", "rpb"),
    (("voluntary", "cvs", "cvc", "third sector", "gwirfoddol"), "third_sector", "cvc"),
    (("health board", "uhb", "bwrdd iechyd"), "health", "health_board"),
    (("nhs", "hospital", "ambulance", "surgery", "medical practice", "health"), "health", None),
    (("homes", "housing", "cartrefi", "tai"), "housing", "housing_association"),
    (("university", "prifysgol"), "education", "university"),
    (("college", "coleg", "school", "ysgol", "academy"), "education", "college"),
    (("probation", "prison", "court", "justice", "youth offending"), "justice", None),
    (("community council", "town council", "parish council", "cyngor cymuned", "cyngor tref"),
     "local_government", "community_council"),
    (("council", "cyngor", "cbc", "cc"), "local_government", "local_authority"),
    (("national park", "natural", "environment", "wildlife"), "environment", None),
    (("government", "llywodraeth"), "other", None),
    (("trust", "charity", "foundation", "society", "action", "alliance", "forum", "network",
      "menter", "mudiad", "cymdeithas", "cic", "association", "club", "enterprise"),
     "third_sector", None),
    (("commission", "commissioner", "agency", "inspectorate"), "national_body", None),
]


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Ordinary English words (spacy-lookups-data's lemma table), to tell "Hafren" from "Data"."""
    try:
        import spacy_lookups_data

        path = os.path.join(os.path.dirname(spacy_lookups_data.__file__), "data",
                            "en_lemma_lookup.json.gz")
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            table = json.load(fh)
        from spacy.lang.en.stop_words import STOP_WORDS

        return frozenset(table) | frozenset(table.values()) | frozenset(STOP_WORDS)
    except (ImportError, OSError, ValueError):  # pragma: no cover - package is a dependency
        return frozenset()


def guess_sector(name: str) -> tuple[str, str | None]:
    """Sector and role type from the words of a name ("Bro Hafren County Voluntary Council" ->
    third_sector, cvc; "Coleg Hafren" -> education, college)."""
    low = " " + re.sub(r"[^\w&]+", " ", name.lower()) + " "
    for words, sector, typ in _SECTOR_RULES:
        for w in words:
            if f" {w} " in low:
                if typ == "local_authority" and not _looks_like_local_authority(low):
                    return sector, None
                return sector, typ
    return "other", None


def _looks_like_local_authority(low: str) -> bool:
    return not any(f" {w} " in low for w in ("youth", "sports", "arts", "business", "research",
                                             "schools", "advisory", "student", "city region"))


def _is_proper(word: str) -> bool:
    """A place or proper name ("Hafren", "Torfaen", "RCT") rather than an English word."""
    if word in _NOT_PROPER or word in HEADS or word in PREFIX_HEADS or word in _COMMON:
        return False
    if word.isupper():
        return 2 <= len(word) <= 4  # an initialism such as "RCT"; longer is a shouted heading
    low = word.lower().strip("'")
    if low.endswith(_ADJ_SUFFIXES) and len(low) > 5:
        return False
    return low not in english_words()


def _shouted(words: list[str]) -> bool:
    """A heading in capitals ("UPDATE ON PSB PRIORITIES"), not a name."""
    return any(w.isupper() and len(w) >= 5 and w not in HEADS for w in words)


def trim_run(words: list[str]) -> tuple[int, int] | None:
    """The slice ``words[i:j]`` that names a body, or None if the run names none."""
    i, j = 0, len(words)
    for k in range(len(words) - 1):
        if words[k].endswith("'s"):
            i = k + 1  # "Council's Scrutiny Committee": a part of another body
    while i < j and (words[i] in LEADING_NOISE or words[i] in CONNECTORS):
        i += 1  # "Chair of X", "Members of the X": drop the leading role and its connectors
    while j > i and words[j - 1] in CONNECTORS:
        j -= 1
    if j - i < 2:
        return None
    if words[i] in PREFIX_HEADS:
        return i, j
    if words[i] in _PREFIX_OF and j - i >= 3 and words[i + 1] in ("of", "for"):
        return i, j
    heads = [k for k in range(i + 1, j) if words[k] in HEADS]
    if not heads:
        return None
    j = heads[-1] + 1
    if words[j - 1] in ("Wales", "Cymru") and all(
            w in _NOT_PROPER or w in CONNECTORS for w in words[i:j]):
        return None
    return i, j


# Heads too common in ordinary phrases to make a body on their own ("National Services").
WEAK_HEADS = {"Service", "Services", "Group", "Project", "Committee", "Network", "Forum", "Centre",
              "Center", "Partnership", "Board", "Action", "Company", "Wales", "Cymru", "Club",
              "Enterprise", "Collective", "Consortium", "Practice", "Agency", "Authority"}


def generic_org(name: str, *, strict: bool) -> Org | None:
    """An :class:`Org` for ``name`` if its form is that of a body. ``strict`` (running text)
    also requires a proper-name word; otherwise (a name given as such, e.g. an attendance cell)
    the whole of ``name`` must be the name, and a weak head needs a proper-name word."""
    words = name.split()
    if not strict and (len(words) > 10 or any(w.endswith((",", ";", ".")) for w in words[:-1])):
        return None
    segs = _segments([(w, 0, 0) for w in words])
    words = [t[0] for t in segs[-1]] if not strict and len(segs) > 1 else words
    span = trim_run(words)
    if span is None:
        return None
    kept = words[span[0]:span[1]]
    if not strict and (span[1] < len(words) or (kept[-1] in WEAK_HEADS and not any(
            _is_proper(w) for w in kept if w not in CONNECTORS))):
        return None
    return _org(kept, strict)


def _org(kept: list[str], strict: bool) -> Org | None:
    if strict and (_shouted(kept) or not any(_is_proper(w) for w in kept if w not in CONNECTORS)):
        return None
    if kept[-1] in EXPAND_TAIL:
        kept = kept[:-1] + EXPAND_TAIL[kept[-1]].split()
    canonical = " ".join(kept)
    sector, typ = guess_sector(canonical)
    return Org(canonical=canonical, sector=sector, type=typ, source="generic")


_TOK_RE = re.compile(r"\S+")
_NO_SPLIT = {("Police", "Crime"), ("Fire", "Rescue")}


def _segments(toks: list[tuple[str, int, int]]) -> list[list[tuple[str, int, int]]]:
    """Split a run between two bodies ("X County Council and Coleg Y") and after a person or
    role ("Huw Price of Hywel Dda UHB", "Leader of X Council")."""
    out, cur = [], []
    for k, t in enumerate(toks):
        w = t[0]
        if cur and k + 1 < len(toks) and _split_here(cur, w, toks[k + 1][0]):
            out.append(cur)
            cur = []
            continue
        cur.append(t)
    if cur:
        out.append(cur)
    return out


def _split_here(cur: list[tuple[str, int, int]], w: str, right: str) -> bool:
    left = cur[-1][0]
    if w in ("and", "&"):
        if (left, right) in _NO_SPLIT:
            return False
        return (left in HEADS or right in PREFIX_HEADS or cur[0][0] in PREFIX_HEADS
                or (left.isupper() and len(left) >= 2))  # "BHCC and Bro Hafren Council"
    if w in ("of", "for"):
        return left not in HEADS and left not in _PREFIX_OF
    if w == "the":  # "the" belongs to a name only after "of"/"for"/"and" ("NPT the Board")
        return left not in CONNECTORS
    return False


def find_generic(text: str) -> list[tuple[int, int, Org]]:
    """Spans of generically recognised bodies in running text (offsets into ``text``)."""
    out: list[tuple[int, int, Org]] = []
    for m in RUN_RE.finditer(text):
        base = m.start()
        out.extend((base + i, base + j, org) for i, j, org in _run_hits(m.group(0)))
    return out


@lru_cache(maxsize=20000)
def _run_hits(run: str) -> tuple[tuple[int, int, Org], ...]:
    """Bodies in one run of capitalised words, offsets relative to the run (cached: runs recur)."""
    words = run.split()
    if not any(w in HEADS for w in words[1:]) and not any(w in PREFIX_HEADS for w in words):
        return ()
    toks = [(w.group(0), w.start(), w.end()) for w in _TOK_RE.finditer(run)]
    hits = []
    for seg in _segments(toks):
        hit = _segment_org(tuple(t[0] for t in seg))
        if hit is not None:
            i, j, org = hit
            hits.append((seg[i][1], seg[j - 1][2], org))
    return tuple(hits)


@lru_cache(maxsize=20000)
def _segment_org(words: tuple[str, ...]) -> tuple[int, int, Org] | None:
    """Cached: the same names recur through a document."""
    span = trim_run(list(words))
    if span is None:
        return None
    org = _org(list(words[span[0]:span[1]]), strict=True)
    return None if org is None else (span[0], span[1], org)
