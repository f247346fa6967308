"""The README and --help stay true: every command has help text, appears in the README, and the
README's example commands on examples/ run and exit 0."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from collabtext.cli import COMMANDS, cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_and_is_in_readme(runner, name):
    result = runner.invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.stdout and len(result.stdout) > 200
    assert f"collabtext {name}" in README, f"README does not show `collabtext {name}`"


def test_readme_starts_with_two_setup_commands():
    first_block = README.split("```bash", 1)[1].split("```", 1)[0].strip().splitlines()
    assert len(first_block) == 2
    assert "pip install" in first_block[0] and "examples" in first_block[0]
    assert "pytest" in first_block[1]


def _readme_commands() -> list[str]:
    cmds = []
    for line in README.splitlines():
        m = re.match(r"^\$ (collabtext .+)$", line)
        if m and "examples/" in m.group(1) and "&&" not in m.group(1) and "|" not in m.group(1):
            cmds.append(m.group(1))
    return cmds


@pytest.mark.slow
@pytest.mark.parametrize("command", _readme_commands())
def test_readme_example_commands_run(runner, command, monkeypatch):
    monkeypatch.chdir(ROOT)
    args = shlex.split(command)[1:]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output[-2000:]
    assert result.stdout.strip()
