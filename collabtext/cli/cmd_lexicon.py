"""``collabtext lexicon list|show|validate|import``."""

from __future__ import annotations

import json
import sys

import click

from ._common import open_output


def _load(lexicons: tuple[str, ...]):  # type: ignore[no-untyped-def]
    from ..errors import CollabtextError
    from ..lexicon import load_lexicon

    try:
        return load_lexicon(lexicons)
    except CollabtextError as e:
        click.echo(f"{e.code} {e}", err=True)
        sys.exit(1)


_lex_opt = click.option(
    "--lexicon",
    "lexicons",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Add a lexicon YAML file (repeatable).",
)
_fmt_opt = click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Output format.",
)


@click.group("lexicon")
def command() -> None:
    """List, show, validate and import lexicons (one YAML file per framework; see lexicons/README.md).

    \b
    Examples:
      collabtext lexicon list
      collabtext lexicon show factors.barrier.structures
      collabtext lexicon validate my_themes.yaml
      collabtext lexicon import LIWC2015.dic --framework liwc -o lexicons_user/liwc.yaml
    """


@command.command("list")
@_lex_opt
@_fmt_opt
@click.option("-o", "--output", default="-", help="Write to FILE.")
def list_cmd(lexicons: tuple[str, ...], fmt: str, output: str) -> None:
    """Frameworks and categories of the lexicon set, with its name and content hash."""
    lex = _load(lexicons)
    rows = [
        {
            "framework": fw.id,
            "kind": fw.kind,
            "categories": len(fw.categories),
            "terms": sum(len(c.terms) + len(c.exact) for c in fw.categories.values()),
            "patterns": sum(len(c.patterns) for c in fw.categories.values()),
            "file": fw.file,
        }
        for fw in lex.frameworks.values()
    ]
    with open_output(output) as out:
        if fmt == "json":
            out.write(
                json.dumps({"lexicon": lex.info.to_dict(), "frameworks": rows}, indent=2) + "\n"
            )
            return
        from ..report.table_lexicon import render_list

        render_list(lex, rows, out)


@command.command("show")
@click.argument("ident")
@_lex_opt
@_fmt_opt
@click.option("-o", "--output", default="-", help="Write to FILE.")
def show_cmd(ident: str, lexicons: tuple[str, ...], fmt: str, output: str) -> None:
    """Show a framework (themes) or a category (factors.barrier.structures) with its terms."""
    lex = _load(lexicons)
    fw_id, _, cid = ident.partition(".")
    fw = lex.frameworks.get(fw_id)
    if fw is None:
        raise click.UsageError(f"no framework {fw_id!r}; have {', '.join(lex.frameworks)}")
    cats = [c for k, c in fw.categories.items() if not cid or k == cid or k.startswith(cid + ".")]
    if not cats:
        raise click.UsageError(f"no category {cid!r} in {fw_id}; have {', '.join(fw.categories)}")
    with open_output(output) as out:
        if fmt == "json":
            out.write(
                json.dumps(
                    {
                        "lexicon": lex.info.to_dict(),
                        "framework": fw.id,
                        "kind": fw.kind,
                        "categories": [c.to_dict() for c in cats],
                    },
                    indent=2,
                    ensure_ascii=False,
                )
                + "\n"
            )
            return
        from ..report.table_lexicon import render_show

        render_show(fw, cats, out)


@command.command("validate")
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False))
@click.option(
    "--taxonomy",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="Also check ids against this taxonomy.yaml (default: ../shared/taxonomy.yaml if present).",
)
def validate_cmd(files: tuple[str, ...], taxonomy: str | None) -> None:
    """Validate the default lexicons plus FILES; exit 1 with file and line of the first error."""
    from ..errors import CollabtextError
    from ..lexicon import build_lexicon, check_against_taxonomy, default_files
    from ..resources import shared_dir
    from ..tag import Tagger

    try:
        lex = build_lexicon(default_files(), tuple(files))
        Tagger(lex)  # compiling catches bad token patterns too
    except CollabtextError as e:
        click.echo(f"{e.code} {e}", err=True)
        sys.exit(1)
    tax = taxonomy or (
        str(shared_dir() / "taxonomy.yaml")
        if shared_dir() and (shared_dir() / "taxonomy.yaml").is_file()
        else None
    )
    problems = check_against_taxonomy(lex, tax) if tax else []
    for p in problems:
        click.echo(f"CT202 {tax}: {p}", err=True)
    n = sum(len(f.categories) for f in lex.frameworks.values())
    click.echo(
        f"{lex.info.name} {lex.info.sha256}: {len(lex.frameworks)} frameworks, {n} categories, "
        f"{len(lex.info.files)} files"
        + (f"; checked against {tax}" if tax else "")
        + (" - OK" if not problems else f" - {len(problems)} problems")
    )
    if problems:
        sys.exit(1)


@command.command("import")
@click.argument("source", type=click.Path(dir_okay=False))
@click.option("--framework", required=True, help="Framework id for the imported categories.")
@click.option(
    "--from",
    "fmt",
    type=click.Choice(["liwc", "quanteda"]),
    default=None,
    help="Input format (default: liwc for .dic, quanteda otherwise).",
)
@click.option("-o", "--output", default="-", help="Write the lexicon YAML to FILE.")
def import_cmd(source: str, framework: str, fmt: str | None, output: str) -> None:
    """Convert a LIWC .dic (multiword and * wildcard entries) or quanteda YAML dictionary."""
    from ..errors import CollabtextError
    from ..lexicon_import import dump_lexicon, import_dictionary

    try:
        data = import_dictionary(source, framework, fmt)
    except CollabtextError as e:
        click.echo(f"{e.code} {e}", err=True)
        sys.exit(1)
    with open_output(output) as out:
        out.write(dump_lexicon(data))
    if output not in ("-", None):
        n = len(data["categories"])
        click.echo(f"wrote {output}: framework {data['framework']}, {n} categories", err=True)
