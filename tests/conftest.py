"""Shared fixtures: a CLI runner, the shared corpus (skipped when absent) and fixture factories."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from collabtext.resources import shared_dir


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def shared() -> Path:
    d = shared_dir()
    if d is None:
        pytest.skip("../shared is absent (fresh clone)")
    return d


@pytest.fixture(scope="session")
def corpus_dir(shared: Path) -> Path:
    d = shared / "corpus"
    if not d.is_dir():
        pytest.skip("../shared/corpus is absent")
    return d


@pytest.fixture(scope="session")
def gold_path(shared: Path) -> Path:
    p = shared / "gold" / "dev.jsonl"
    if not p.is_file():
        pytest.skip("../shared/gold/dev.jsonl is absent")
    return p


@pytest.fixture(scope="session")
def nlp():
    from collabtext.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def tagger():
    """The default tagger (built lexicons and matchers), shared by every test that tags text."""
    from collabtext.tag import get_tagger

    return get_tagger()


@pytest.fixture()
def make_pdf(tmp_path: Path):
    """Write a PDF from a list of pages, each a list of (kind, text) with kind in
    heading|paragraph|bullet|header|footer. Headers/footers repeat where given."""
    from fpdf import FPDF

    def _make(pages: list[list[tuple[str, str]]], name: str = "fixture.pdf") -> Path:
        pdf = FPDF(format="A4")
        pdf.set_auto_page_break(False)
        for items in pages:
            pdf.add_page()
            y = 30.0
            for kind, text in items:
                if kind == "header":
                    pdf.set_font("Helvetica", size=8)
                    pdf.set_xy(15, 8)
                    pdf.cell(0, 5, text)
                    continue
                if kind == "footer":
                    pdf.set_font("Helvetica", size=8)
                    pdf.set_xy(15, 285)
                    pdf.cell(0, 5, text)
                    continue
                size, style = {"heading": (16, "B"), "bullet": (11, ""), "paragraph": (11, "")}[
                    kind
                ]
                pdf.set_font("Helvetica", style=style, size=size)
                pdf.set_xy(15, y)
                body = ("- " + text) if kind == "bullet" else text
                pdf.multi_cell(180, size * 0.5, body)
                y = pdf.get_y() + 4
        out = tmp_path / name
        pdf.output(str(out))
        return out

    return _make


@pytest.fixture()
def make_docx(tmp_path: Path):
    """Write a DOCX from (style, text) pairs; style is a Word style name or 'table' with rows."""
    import docx

    def _make(items: list[tuple[str, object]], name: str = "fixture.docx") -> Path:
        d = docx.Document()
        for style, content in items:
            if style == "table":
                rows = content  # type: ignore[assignment]
                t = d.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[arg-type]
                for i, row in enumerate(rows):  # type: ignore[arg-type]
                    for j, cell in enumerate(row):
                        t.cell(i, j).text = str(cell)
            else:
                d.add_paragraph(str(content), style=style)
        out = tmp_path / name
        d.save(str(out))
        return out

    return _make
