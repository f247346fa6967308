"""``collabtext train`` on a tiny training file, written to tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

from collabtext.cli import cli
from collabtext.resources import repo_root


def test_cli_train_writes_models_and_card(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "tiny.jsonl"
    lines = (
        (repo_root() / "models" / "training" / "hand.jsonl")
        .read_text(encoding="utf-8")
        .splitlines(True)
    )
    data.write_text("".join(lines[60:100]), encoding="utf-8")
    out = tmp_path / "models"
    r = runner.invoke(
        cli, ["train", "--data", str(data), "--out", str(out), "--folds", "3", "--format", "json"]
    )
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert d["out"] == str(out) and d["card"]["n_passages"] == 40
    assert (out / "model.json").is_file() and (out / "weights.npz").is_file()
    r = runner.invoke(
        cli, ["train", "--data", str(data), "--out", str(tmp_path / "m2"), "--folds", "3"]
    )
    assert r.exit_code == 0 and "cross-validated" in r.stdout and "power_spectrum" in r.stdout


def test_cli_train_bad_data_is_one_line_error(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    r = runner.invoke(cli, ["train", "--data", str(bad), "--out", str(tmp_path / "m")])
    assert r.exit_code == 1 and "CT203" in r.stderr
