"""The results database schema (SQLite), versioned with ``PRAGMA user_version``.

One row per *path* in ``documents``; everything derived from a file's content is keyed by the
content's ``sha256``, so identical files (same bytes under several paths) are analysed and stored
once, and each duplicate path row points at the same content (``duplicate_of`` names the path that
was analysed).

Tables (columns in order):

- ``meta(key, value)``: ``schema_version``, ``lexicon_sha``, ``model_version``,
  ``collabtext_version``, ``created_at``, ``updated_at``.
- ``documents``: ``path`` (primary key, as walked), ``sha256``, ``size`` (bytes), ``format``,
  ``kind`` (plan|minutes|other), ``status`` (ok|failed), ``error_code`` (CTxxx), ``error``,
  ``pages``, ``passages``, ``words``, ``seconds_extract``, ``seconds_tag``, ``seconds_score``,
  ``seconds_view``, ``seconds_total``, ``lexicon_sha``, ``model_version``, ``duplicate_of``,
  ``scanned_at`` (ISO UTC).
- ``passages``: ``sha256``, ``passage_id`` ("p0001"...), ``seq`` (reading order), ``page``,
  ``section`` (" > "-joined headings), ``kind``, ``lang``, ``speaker``, ``text``.
- ``labels``: ``sha256``, ``passage_id``, ``framework``, ``category``.
- ``evidence``: ``sha256``, ``passage_id``, ``framework``, ``category``, ``term``, ``start``,
  ``end``, ``negated``, ``overcome``, ``score``, ``source``.
- ``scores``: ``sha256``, ``passage_id``, ``words``, ``we``, ``i``, ``markers`` (JSON object),
  ``agency``, ``we_type``.
- ``document_scores``: ``sha256``, ``words``, ``we``, ``i``, ``we_per_100``, ``i_per_100``,
  ``we_share``, ``idx`` (the collaborative-language index), ``markers`` (JSON), ``json`` (all).
- ``speakers``: ``sha256``, ``name``, ``words``, ``we``, ``i``, ``markers`` (JSON), ``json``.
- ``views``: ``sha256``, ``view`` (minutes|audit), ``json`` (the whole view, as ``collabtext
  minutes`` / ``collabtext audit`` print it).
- ``actions`` (minutes views): ``sha256``, ``item``, ``text``, ``owners`` (JSON list),
  ``organisations`` (JSON list), ``due``, ``joint``.
- ``steps`` (audit views): ``sha256``, ``objective``, ``text``, ``page``, ``lead`` (JSON),
  ``partners`` (JSON), ``power_spectrum``, ``flags`` (JSON), ``json``.
"""

from __future__ import annotations

SCHEMA_VERSION = 1

CONTENT_TABLES = (
    "passages",
    "labels",
    "evidence",
    "scores",
    "document_scores",
    "speakers",
    "views",
    "actions",
    "steps",
)

DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
  path TEXT PRIMARY KEY, sha256 TEXT, size INTEGER, format TEXT, kind TEXT,
  status TEXT NOT NULL CHECK (status IN ('ok', 'failed')), error_code TEXT, error TEXT,
  pages INTEGER, passages INTEGER, words INTEGER,
  seconds_extract REAL, seconds_tag REAL, seconds_score REAL, seconds_view REAL,
  seconds_total REAL, lexicon_sha TEXT, model_version TEXT, duplicate_of TEXT, scanned_at TEXT
);
CREATE INDEX IF NOT EXISTS documents_sha ON documents(sha256);
CREATE TABLE IF NOT EXISTS passages (
  sha256 TEXT NOT NULL, passage_id TEXT NOT NULL, seq INTEGER, page INTEGER, section TEXT,
  kind TEXT, lang TEXT, speaker TEXT, text TEXT, PRIMARY KEY (sha256, passage_id)
);
CREATE TABLE IF NOT EXISTS labels (
  sha256 TEXT NOT NULL, passage_id TEXT NOT NULL, framework TEXT NOT NULL, category TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS labels_sha ON labels(sha256, passage_id);
CREATE INDEX IF NOT EXISTS labels_cat ON labels(framework, category);
CREATE TABLE IF NOT EXISTS evidence (
  sha256 TEXT NOT NULL, passage_id TEXT NOT NULL, framework TEXT, category TEXT, term TEXT,
  start INTEGER, "end" INTEGER, negated INTEGER, overcome INTEGER, score REAL, source TEXT
);
CREATE INDEX IF NOT EXISTS evidence_sha ON evidence(sha256, passage_id);
CREATE TABLE IF NOT EXISTS scores (
  sha256 TEXT NOT NULL, passage_id TEXT NOT NULL, words INTEGER, we INTEGER, i INTEGER,
  markers TEXT, agency TEXT, we_type TEXT, PRIMARY KEY (sha256, passage_id)
);
CREATE TABLE IF NOT EXISTS document_scores (
  sha256 TEXT PRIMARY KEY, words INTEGER, we INTEGER, i INTEGER, we_per_100 REAL,
  i_per_100 REAL, we_share REAL, idx REAL, markers TEXT, json TEXT
);
CREATE TABLE IF NOT EXISTS speakers (
  sha256 TEXT NOT NULL, name TEXT, words INTEGER, we INTEGER, i INTEGER, markers TEXT, json TEXT
);
CREATE INDEX IF NOT EXISTS speakers_sha ON speakers(sha256);
CREATE TABLE IF NOT EXISTS views (sha256 TEXT PRIMARY KEY, view TEXT, json TEXT);
CREATE TABLE IF NOT EXISTS actions (
  sha256 TEXT NOT NULL, item TEXT, text TEXT, owners TEXT, organisations TEXT, due TEXT,
  joint INTEGER
);
CREATE INDEX IF NOT EXISTS actions_sha ON actions(sha256);
CREATE TABLE IF NOT EXISTS steps (
  sha256 TEXT NOT NULL, objective TEXT, text TEXT, page INTEGER, lead TEXT, partners TEXT,
  power_spectrum TEXT, flags TEXT, json TEXT
);
CREATE INDEX IF NOT EXISTS steps_sha ON steps(sha256);
"""

# Column lists for inserts, in table order; ``documents`` is written separately (one row per path).
COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": (
        "path",
        "sha256",
        "size",
        "format",
        "kind",
        "status",
        "error_code",
        "error",
        "pages",
        "passages",
        "words",
        "seconds_extract",
        "seconds_tag",
        "seconds_score",
        "seconds_view",
        "seconds_total",
        "lexicon_sha",
        "model_version",
        "duplicate_of",
        "scanned_at",
    ),
    "passages": (
        "sha256",
        "passage_id",
        "seq",
        "page",
        "section",
        "kind",
        "lang",
        "speaker",
        "text",
    ),
    "labels": ("sha256", "passage_id", "framework", "category"),
    "evidence": (
        "sha256",
        "passage_id",
        "framework",
        "category",
        "term",
        "start",
        "end",
        "negated",
        "overcome",
        "score",
        "source",
    ),
    "scores": ("sha256", "passage_id", "words", "we", "i", "markers", "agency", "we_type"),
    "document_scores": (
        "sha256",
        "words",
        "we",
        "i",
        "we_per_100",
        "i_per_100",
        "we_share",
        "idx",
        "markers",
        "json",
    ),
    "speakers": ("sha256", "name", "words", "we", "i", "markers", "json"),
    "views": ("sha256", "view", "json"),
    "actions": ("sha256", "item", "text", "owners", "organisations", "due", "joint"),
    "steps": (
        "sha256",
        "objective",
        "text",
        "page",
        "lead",
        "partners",
        "power_spectrum",
        "flags",
        "json",
    ),
}
