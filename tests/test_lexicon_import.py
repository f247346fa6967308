"""LIWC .dic and quanteda YAML dictionaries -> collabtext lexicon files that load and match."""

from __future__ import annotations

from pathlib import Path

import pytest

from collabtext.errors import LexiconError
from collabtext.lexicon import build_lexicon, default_files
from collabtext.lexicon_import import dump_lexicon, import_dictionary

DIC = (
    "%\n1\tTeamwork\n2\tConflict\n%\nwork together\t1\ncollaborat*\t1\nfeud*\t2\nrow\t2\nwe\t1 2\n"
)
QUANTEDA = (
    "trust:\n  - trust*\n  - good faith\nconflict:\n  open:\n    - row\n  hidden:\n    - grudg?\n"
)


def _round_trip(tmp_path: Path, data: dict) -> object:
    from collabtext.tag import Tagger

    out = tmp_path / "imported.yaml"
    out.write_text(dump_lexicon(data), encoding="utf-8")
    return Tagger(build_lexicon(default_files(), (str(out),)))


def test_liwc_multiword_and_wildcards(tmp_path: Path) -> None:
    src = tmp_path / "x.dic"
    src.write_text(DIC, encoding="utf-8")
    data = import_dictionary(src, "liwc")
    cats = data["categories"]
    assert cats["teamwork"]["terms"] == ["work together", "we"]
    assert cats["teamwork"]["patterns"] == [[{"LOWER": {"REGEX": "^collaborat.*$"}}]]
    assert cats["conflict"]["terms"] == ["row", "we"]
    tp = _round_trip(tmp_path, data).tag_text(
        "Staff collaborated and worked together despite the feuding."
    )
    assert tp.labels["liwc"] == ("conflict", "teamwork")


def test_quanteda_nested_keys_become_subcategories(tmp_path: Path) -> None:
    src = tmp_path / "d.yml"
    src.write_text(QUANTEDA, encoding="utf-8")
    data = import_dictionary(src, "Quanteda Dict")
    assert data["framework"] == "quanteda_dict"
    assert set(data["categories"]) == {"trust", "conflict.open", "conflict.hidden"}
    tp = _round_trip(tmp_path, data).tag_text("Trusting partners bear no grudge.")
    assert "trust" in tp.labels["quanteda_dict"] and "conflict.hidden" in tp.labels["quanteda_dict"]


def test_bad_liwc_header(tmp_path: Path) -> None:
    src = tmp_path / "bad.dic"
    src.write_text("1 posemo\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="line 1"):
        import_dictionary(src, "x")
