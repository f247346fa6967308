"""The ``collabtext`` command group: options are parsed here, work is done by the library."""

from __future__ import annotations

import importlib
import sys

import click

from .. import __version__

# One module per command (collabtext/cli/cmd_<name>.py), each exposing ``command``.
COMMANDS = (
    "extract",
    "tag",
    "kwic",
    "score",
    "evaluate",
    "lexicon",
    "minutes",
    "audit",
    "scan",
    "export",
    "summary",
    "report",
    "train",
)


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return [n for n in COMMANDS if self._load(n) is not None]

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        return self._load(name) if name in COMMANDS else None

    @staticmethod
    def _load(name: str) -> click.Command | None:
        modname = f"{__name__}.cmd_{name}"
        try:
            mod = importlib.import_module(modname)
        except ModuleNotFoundError as e:
            if e.name == modname:
                return None
            raise
        return getattr(mod, "command", None)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="collabtext")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Extract, tag and score collaborative language in partnership documents.

    Well-being plans, partnership and council minutes, evaluations and board papers (PDF, DOCX,
    ODT, HTML, text; Welsh/English). Every label comes with the words that earned it.
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


def main() -> None:
    try:
        cli(prog_name="collabtext")
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
