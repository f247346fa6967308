"""`collabtext extract`: exit codes, JSON shape, failure objects, one-line errors; the corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from collabtext.cli import cli
from collabtext.resources import shared_dir


@pytest.fixture()
def two_files(tmp_path: Path) -> tuple[Path, Path]:
    a = tmp_path / "a.md"
    a.write_text("# Plan\n\nWe will work together.\n\n- pool budgets\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("Presennol / Present\n\nCytunwyd ar y cynllun.\n", encoding="utf-8")
    return a, b


def test_cli_extract_json_shape(runner, two_files) -> None:
    a, _ = two_files
    r = runner.invoke(cli, ["extract", str(a), "--format", "json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert {"path", "sha256", "schema_version", "format", "pages", "passages", "warnings"} <= set(d)
    assert (
        d["path"] == str(a)
        and d["schema_version"] == "1"
        and d["format"] == "text"
        and d["pages"] is None
    )
    assert d["passages"][0] == {
        "id": "p0001",
        "page": None,
        "section": [],
        "kind": "heading",
        "lang": "en",
        "text": "Plan",
        "level": 1,
    }
    assert d["passages"][2]["kind"] == "list_item" and d["passages"][2]["section"] == ["Plan"]


def test_cli_extract_jsonl_with_failure(runner, two_files, tmp_path: Path) -> None:
    a, b = two_files
    missing = tmp_path / "missing.docx"
    r = runner.invoke(cli, ["extract", str(a), str(missing), str(b), "--format", "jsonl"])
    assert r.exit_code == 1
    lines = [json.loads(line) for line in r.stdout.splitlines()]
    assert [x["path"] for x in lines] == [str(a), str(missing), str(b)]
    assert lines[1] == {
        "path": str(missing),
        "schema_version": "1",
        "error": {"code": "CT101", "message": "no such file"},
    }
    assert [p["lang"] for p in lines[2]["passages"]] == ["cy", "en", "cy"]
    err = r.stderr.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("CT101 ") and str(missing) in err[0]
    assert "Traceback" not in r.stderr


def test_cli_extract_json_list_for_several(runner, two_files) -> None:
    r = runner.invoke(cli, ["extract", *map(str, two_files), "--format", "json"])
    assert r.exit_code == 0
    assert isinstance(json.loads(r.stdout), list)


def test_cli_extract_table_and_text(runner, two_files, tmp_path: Path) -> None:
    a, _ = two_files
    r = runner.invoke(cli, ["extract", str(a)])
    assert r.exit_code == 0 and "p0001" in r.stdout and "heading" in r.stdout
    out = tmp_path / "out.txt"
    r = runner.invoke(cli, ["extract", str(a), "--format", "text", "-o", str(out)])
    assert r.exit_code == 0
    assert (
        out.read_text(encoding="utf-8") == "# Plan\n\nWe will work together.\n\n- pool budgets\n\n"
    )


def test_cli_extract_junk_one_line_error(runner, tmp_path: Path) -> None:
    f = tmp_path / "junk.pdf"
    f.write_bytes(bytes(range(256)) * 4)
    r = runner.invoke(cli, ["extract", str(f), "--format", "json"])
    assert r.exit_code == 1
    assert json.loads(r.stdout)["error"]["code"] == "CT104"
    assert len(r.stderr.strip().splitlines()) == 1


def test_cli_extract_usage_errors(runner) -> None:
    assert runner.invoke(cli, ["extract"]).exit_code == 2
    assert runner.invoke(cli, ["extract", "x.txt", "--format", "csv"]).exit_code == 2
    assert runner.invoke(cli, ["extract", "x.txt", "--timeout", "0"]).exit_code == 2


def test_cli_extract_help_has_example(runner) -> None:
    r = runner.invoke(cli, ["extract", "--help"])
    assert r.exit_code == 0 and "collabtext extract" in r.stdout and "--max-mb" in r.stdout


def _corpus_files() -> list[Path]:
    root = shared_dir()
    if root is None or not (root / "corpus").is_dir():
        return []
    files: list[Path] = []
    for sub in ("minutes", "wellbeing", "other", "synthetic"):
        files += sorted(
            p
            for p in (root / "corpus" / sub).iterdir()
            if p.is_file() and not p.name.endswith((".key.json", "README.md"))
        )
    return files


CORPUS = _corpus_files()


@pytest.mark.slow
@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS, reason="../shared/corpus is absent")
def test_cli_extract_whole_corpus_exit_0(runner) -> None:
    """Done-criterion of issue 2: every corpus document extracts with exit 0."""
    r = runner.invoke(cli, ["extract", *map(str, CORPUS), "--format", "jsonl"])
    assert r.stderr == ""
    assert r.exit_code == 0
    docs = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(docs) == len(CORPUS)
    for d in docs:
        assert d["passages"], d["path"]
        assert [p["id"] for p in d["passages"]] == [
            f"p{i:04d}" for i in range(1, len(d["passages"]) + 1)
        ]


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS, reason="../shared/corpus is absent")
def test_cli_extract_corpus_non_pdf_exit_0(runner) -> None:
    """The fast part of the corpus check (PDFs, some needing OCR, are in the slow test)."""
    files = [p for p in CORPUS if p.suffix.lower() != ".pdf"]
    r = runner.invoke(cli, ["extract", *map(str, files), "--format", "jsonl"])
    assert r.exit_code == 0 and r.stderr == ""
    assert len(r.stdout.splitlines()) == len(files)


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS, reason="../shared/corpus is absent")
def test_extract_bilingual_corpus_documents_separate_languages() -> None:
    from collabtext.extract import extract_document

    mixed = [p for p in CORPUS if "mixed-en-cy" in p.name]
    assert mixed
    for path in mixed:
        doc = extract_document(str(path))
        assert {"en", "cy"} <= {p.lang for p in doc.passages}, path.name
        for p in doc.passages:
            if p.lang == "cy" and len(p.text) > 60:
                # a Welsh passage holds no English sentence of any length
                assert not [s for s in p.sentences if s.lang == "en" and s.end - s.start > 60], (
                    p.text[:80]
                )
