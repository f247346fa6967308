"""``collabtext kwic``."""

from __future__ import annotations

import json
from pathlib import Path

from collabtext.cli import cli


def test_kwic_category_json_and_table(runner, tmp_path: Path) -> None:
    f = tmp_path / "m.txt"
    f.write_text(
        "Partners lack trust.\n\nThe council will pool budgets with the health board.\n",
        encoding="utf-8",
    )
    r = runner.invoke(cli, ["kwic", str(f), "--category", "factors", "--format", "json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    matches = {ln["match"] for ln in d["lines"]}
    assert "trust" in matches and any("pool" in m for m in matches)  # "will pool"/"pool budgets"
    assert "page" in d["lines"][0] and "section" in d["lines"][0]
    r = runner.invoke(cli, ["kwic", str(f), "--term", "pool*"])
    assert r.exit_code == 0 and "pool" in r.stdout


def test_kwic_usage(runner) -> None:
    assert runner.invoke(cli, ["kwic", "--text", "x"]).exit_code == 2
    assert (
        runner.invoke(cli, ["kwic", "--text", "x", "--term", "a", "--category", "b"]).exit_code == 2
    )
    r = runner.invoke(
        cli, ["kwic", "--text", "We will co-ordinate.", "--term", "co-ordinat*", "--format", "json"]
    )
    assert json.loads(r.stdout)["lines"][0]["match"] == "co-ordinate"


def test_kwic_unknown_category_is_a_usage_error(runner):
    from collabtext.cli import cli

    result = runner.invoke(cli, ["kwic", "--text", "Partners pooled budgets.", "--category", "nonsense"])
    assert result.exit_code == 2
    assert "no category or framework 'nonsense'" in result.stderr
