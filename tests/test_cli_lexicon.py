"""``collabtext lexicon list|show|validate|import``."""

from __future__ import annotations

import json
from pathlib import Path

from collabtext.cli import cli


def test_list_and_show(runner) -> None:
    r = runner.invoke(cli, ["lexicon", "list", "--format", "json"])
    assert r.exit_code == 0
    d = json.loads(r.stdout)
    assert d["lexicon"]["name"] == "collabtext" and len(d["frameworks"]) >= 8
    r = runner.invoke(cli, ["lexicon", "show", "factors.barrier.structures", "--format", "json"])
    d = json.loads(r.stdout)
    assert [c["id"] for c in d["categories"]][:1] == ["barrier.structures"] and d["categories"][0][
        "line"
    ] > 0
    r = runner.invoke(cli, ["lexicon", "show", "themes"])
    assert r.exit_code == 0 and "common_purpose" in r.stdout
    assert runner.invoke(cli, ["lexicon", "show", "nope"]).exit_code == 2


def test_validate(runner, tmp_path: Path) -> None:
    r = runner.invoke(cli, ["lexicon", "validate"])
    assert r.exit_code == 0 and "OK" in r.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "framework: x\ncategories:\n  a:\n    terms: [ok]\n    weight: heavy\n", encoding="utf-8"
    )
    r = runner.invoke(cli, ["lexicon", "validate", str(bad)])
    assert r.exit_code == 1 and f"{bad}: line 5" in r.stderr


def test_import_round_trip(runner, tmp_path: Path) -> None:
    src = tmp_path / "d.dic"
    src.write_text("%\n1\tteam\n%\nteam*\t1\nwork together\t1\n", encoding="utf-8")
    out = tmp_path / "team.yaml"
    r = runner.invoke(
        cli, ["lexicon", "import", str(src), "--framework", "liwc_team", "-o", str(out)]
    )
    assert r.exit_code == 0, r.output
    r = runner.invoke(cli, ["lexicon", "validate", str(out)])
    assert r.exit_code == 0
    r = runner.invoke(
        cli, ["tag", "--text", "Teams work together.", "--lexicon", str(out), "--format", "json"]
    )
    assert json.loads(r.stdout)["passages"][0]["labels"]["liwc_team"] == ["team"]
    r = runner.invoke(cli, ["lexicon", "import", str(tmp_path / "none.dic"), "--framework", "x"])
    assert r.exit_code == 1
