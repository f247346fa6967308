"""The per-file loop and output handling every command shares (the CLI contract of DESIGN.md)."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import IO, Any

import click

from ..errors import CollabtextError
from ..records import FileFailure


class ExitState:
    """Remembers whether any input failed, so the command can exit 1 after writing everything."""

    def __init__(self) -> None:
        self.failed = 0


def fail_line(failure: FileFailure) -> None:
    click.echo(f"{failure.code} {failure.path}: {failure.message}", err=True)


def _debug() -> bool:
    ctx = click.get_current_context(silent=True)
    while ctx is not None:
        if ctx.obj and isinstance(ctx.obj, dict) and ctx.obj.get("debug"):
            return True
        ctx = ctx.parent
    return False


def process_paths(
    paths: Iterable[str], fn: Callable[[str], Any], state: ExitState
) -> Iterator[Any]:
    """Yield ``fn(path)`` for each path, or a FileFailure (also printed on stderr) when it fails."""
    for path in paths:
        try:
            yield fn(path)
        except CollabtextError as e:
            if _debug():
                import traceback

                traceback.print_exc()
            f = FileFailure(path, e.code, e.message)
            state.failed += 1
            fail_line(f)
            yield f
        except (MemoryError, RecursionError) as e:
            f = FileFailure(path, "CT107", f"file too complex to process ({type(e).__name__})")
            state.failed += 1
            fail_line(f)
            yield f
        except Exception as e:  # noqa: BLE001 - one bad file must never stop a batch
            if _debug():
                raise
            f = FileFailure(
                path, "CT199", f"unexpected error ({type(e).__name__}: {e}); rerun with --debug"
            )
            state.failed += 1
            fail_line(f)
            yield f


@contextmanager
def open_output(output: str) -> Iterator[IO[str]]:
    if output in ("-", None):
        yield sys.stdout
        return
    with open(output, "w", encoding="utf-8", newline="") as fh:
        yield fh


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)


def emit(
    results: Iterable[Any],
    fmt: str,
    output: str,
    table: Callable[[list[Any], IO[str]], None] | None = None,
) -> None:
    """Write results in ``fmt``. jsonl streams as files finish; json and table collect first."""
    with open_output(output) as out:
        if fmt == "jsonl":
            for r in results:
                out.write(dumps(r.to_dict()) + "\n")
                out.flush()
            return
        items = list(results)
        if fmt == "json":
            objs = [r.to_dict() for r in items]
            out.write(
                json.dumps(
                    objs[0] if len(objs) == 1 else objs, ensure_ascii=False, indent=2, default=str
                )
            )
            out.write("\n")
            return
        if table is None:
            raise click.UsageError(f"--format {fmt} is not available for this command")
        table([r for r in items if not isinstance(r, FileFailure)], out)


def finish(state: ExitState) -> None:
    if state.failed:
        sys.exit(1)


def require_inputs(paths: tuple[str, ...], text: str | None = None) -> None:
    if not paths and text is None:
        raise click.UsageError("give one or more files (or --text)")


def load_method_models(method: str) -> Any:
    """Load the trained models ``--method`` needs (None for lexicon, or when none are installed).

    A scikit-learn version mismatch is printed as one warning line; ``model``/``hybrid`` without
    models is an error that says how to get them.
    """
    if method == "lexicon":
        return None
    from ..learn import load_models_quiet

    models, notes = load_models_quiet()
    for note in notes:
        click.echo(f"warning: {note}", err=True)
    if models is None and method in ("model", "hybrid"):
        raise click.ClickException(
            "CT301 no trained models in models/: run `collabtext train` or use --method lexicon"
        )
    return models


def load_orgs(files: tuple[str, ...]) -> Any:
    """The gazetteer with the ``--orgs`` files added (None when none is given: the default)."""
    if not files:
        return None
    from ..orgs import load_gazetteer

    try:
        return load_gazetteer(tuple(os.path.abspath(f) for f in files))
    except CollabtextError as e:
        raise click.ClickException(f"{e.code} {e}") from None
