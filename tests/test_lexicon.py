"""Lexicon loading, schema errors with file and line, taxonomy ids, user files and hashing."""

from __future__ import annotations

from pathlib import Path

import pytest

from collabtext.errors import LexiconError
from collabtext.lexicon import build_lexicon, check_against_taxonomy, default_files, load_lexicon

USER = """framework: themes
mode: extend
categories:
  whole_system.place_based:
    label: Place-based working
    terms: [locality working, neighbourhood model]
"""


def test_default_lexicon_loads_with_name_and_hash() -> None:
    lex = load_lexicon()
    assert set(lex.frameworks) >= {
        "themes",
        "factors",
        "power_spectrum",
        "ways_of_working",
        "dynamics",
        "capacity",
        "disciplines",
        "lifecycle",
    }
    assert lex.info.name == "collabtext" and len(lex.info.sha256) == 16
    assert lex.frameworks["power_spectrum"].kind == "single"
    assert (
        lex.frameworks["factors"].rollup("barrier.structures.competition") == "barrier.structures"
    )


def test_every_lexicon_id_matches_taxonomy(shared: Path) -> None:
    assert check_against_taxonomy(load_lexicon(), shared / "taxonomy.yaml") == []


def test_every_category_has_label_description_source_and_terms() -> None:
    for fw in load_lexicon().frameworks.values():
        for c in fw.categories.values():
            assert c.label and c.description and c.source, (fw.id, c.id)
            assert c.terms or c.patterns, (fw.id, c.id)


def _bad(tmp_path: Path, text: str) -> LexiconError:
    p = tmp_path / "bad.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as ei:
        build_lexicon([p])
    assert str(p) in str(ei.value)
    return ei.value


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (
            "framework: x\ncategories:\n  a:\n    label: A\n    terms: [one]\n    colour: red\n",
            6,
            "unknown key",
        ),
        ("framework: x\ncategories:\n  a:\n    terms: one\n", 4, "list of strings"),
        ("framework: x\ncategories:\n  a:\n    terms: [ok, '']\n", 4, "non-empty"),
        ("framework: x\ncategories:\n  A-B:\n    terms: [x]\n", 3, "lower_snake"),
        ("framework: x\nkind: several\ncategories:\n  a:\n    terms: [x]\n", 2, "multi"),
        (
            "framework: x\ncategories:\n  a:\n    terms: [x]\n    patterns: [[LOWER]]\n",
            5,
            "token mappings",
        ),
        ("framework: x\ncategories:\n  a:\n    terms: [x\n", 5, "invalid YAML"),
        (
            "framework: x\ncategories:\n  a:\n    terms: [x]\n    on_negation: flip\n",
            5,
            "negated_as",
        ),
    ],
)
def test_schema_errors_give_file_and_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    err = _bad(tmp_path, text)
    assert f"line {line}:" in err.message and words in err.message
    assert err.code == "CT202"


def test_invalid_token_pattern_is_reported_on_compile(tmp_path: Path) -> None:
    from collabtext.tag import Tagger

    p = tmp_path / "pat.yaml"
    p.write_text(
        "framework: x\ncategories:\n  a:\n    patterns: [[{LOWER: x, OP: '%'}]]\n", encoding="utf-8"
    )
    with pytest.raises(LexiconError, match="line 3"):
        Tagger(build_lexicon(default_files(), (str(p),)))


def test_user_file_extends_or_replaces(tmp_path: Path) -> None:
    ext = tmp_path / "ext.yaml"
    ext.write_text(USER, encoding="utf-8")
    lex = build_lexicon(default_files(), (str(ext),))
    assert "whole_system.place_based" in lex.frameworks["themes"].categories
    assert "common_purpose" in lex.frameworks["themes"].categories
    assert lex.info.name == "collabtext+ext" and lex.info.sha256 != load_lexicon().info.sha256
    rep = tmp_path / "rep.yaml"
    rep.write_text(USER.replace("mode: extend\n", ""), encoding="utf-8")
    lex2 = build_lexicon(default_files(), (str(rep),))
    assert list(lex2.frameworks["themes"].categories) == ["whole_system.place_based"]


def test_new_framework_from_user_file(tmp_path: Path) -> None:
    p = tmp_path / "mine.yaml"
    p.write_text(
        "framework: digital\ncategories:\n  tools:\n    terms: [microsoft teams, shared drive]\n",
        encoding="utf-8",
    )
    lex = build_lexicon(default_files(), (str(p),))
    assert lex.frameworks["digital"].kind == "multi"
    assert list(lex.frameworks)[:1] == ["themes"]  # taxonomy order first, user frameworks after
