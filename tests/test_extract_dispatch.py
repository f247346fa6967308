"""extract_document: type sniffing, limits, zip bombs, worker isolation (timeouts, crashes)."""

from __future__ import annotations

import os
import time
import zipfile
from pathlib import Path

import pytest

import collabtext.extract as ex
from collabtext.errors import (
    CorruptDocument,
    EmptyDocument,
    ExtractionTimeout,
    FileMissing,
    LimitExceeded,
    UnsupportedType,
    WorkerCrashed,
)
from collabtext.extract import extract_document
from collabtext.records import Block


def test_dispatch_text_document_fields(tmp_path: Path) -> None:
    f = tmp_path / "notes.md"
    f.write_text("# Notes\n\nThe Board met.\n", encoding="utf-8")
    doc = extract_document(str(f))
    assert doc.format == "text" and doc.title == "Notes" and doc.path == str(f)
    import hashlib

    assert doc.sha256 == hashlib.sha256(f.read_bytes()).hexdigest()
    assert doc.size == f.stat().st_size and doc.seconds is not None
    d = doc.to_dict()
    assert set(d) >= {"path", "sha256", "schema_version", "format", "pages", "passages", "warnings"}
    assert d["passages"][1] == {
        "id": "p0002",
        "page": None,
        "section": ["Notes"],
        "kind": "paragraph",
        "lang": "en",
        "text": "The Board met.",
    }


def test_dispatch_mislabelled_pdf_is_text(tmp_path: Path) -> None:
    f = tmp_path / "minutes.pdf"
    f.write_text("Minutes of the meeting.\n\nThe Chair welcomed members.\n", encoding="utf-8")
    doc = extract_document(str(f))
    assert doc.format == "text"
    assert any("file named .pdf is plain text" in w for w in doc.warnings)


def test_dispatch_html_sniffed(tmp_path: Path) -> None:
    f = tmp_path / "page.txt"
    f.write_text(
        "<!doctype html><html><body><h1>Board</h1><p>Met.</p></body></html>", encoding="utf-8"
    )
    doc = extract_document(str(f))
    assert doc.format == "html" and doc.passages[0].kind == "heading"


def test_dispatch_stray_tag_in_text_is_still_text(tmp_path: Path) -> None:
    f = tmp_path / "dump.txt"
    f.write_text(
        "Source: x\n\n<p>Diwygio Llywodraeth Leol</p>\n\nMae'r gwaith yn bwysig.\n",
        encoding="utf-8",
    )
    assert extract_document(str(f)).format == "text"


def test_dispatch_random_bytes_docx(tmp_path: Path) -> None:
    f = tmp_path / "junk.docx"
    f.write_bytes(os.urandom(4096))
    with pytest.raises(CorruptDocument) as e:
        extract_document(str(f))
    assert "corrupt" in e.value.message and e.value.path == str(f)


def test_dispatch_random_bytes_unknown_suffix(tmp_path: Path) -> None:
    f = tmp_path / "junk.bin"
    f.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(UnsupportedType):
        extract_document(str(f))


def test_dispatch_empty_and_missing(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    with pytest.raises(EmptyDocument):
        extract_document(str(f))
    (tmp_path / "blank.docx").write_bytes(b"  \n\n")
    with pytest.raises(EmptyDocument):
        extract_document(str(tmp_path / "blank.docx"))
    with pytest.raises(FileMissing):
        extract_document(str(tmp_path / "nope.pdf"))


def test_dispatch_size_limit(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text("The Board met. " * 20000, encoding="utf-8")
    with pytest.raises(LimitExceeded) as e:
        extract_document(str(f), {"max_mb": 0.1})
    assert "--max-mb" in e.value.message


def test_dispatch_zip_bomb_docx(tmp_path: Path, make_docx) -> None:
    src = make_docx([("Normal", "Hello")])
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))
        zout.writestr("word/media/padding.bin", b"\0" * (30 * 1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(LimitExceeded) as e:
        extract_document(str(bomb), {"max_mb": 1})
    assert "zip bomb" in e.value.message


def test_dispatch_other_zip_unsupported(tmp_path: Path) -> None:
    f = tmp_path / "archive.docx"
    with zipfile.ZipFile(f, "w") as z:
        z.writestr("readme.txt", "hello")
    with pytest.raises(UnsupportedType):
        extract_document(str(f))


def test_dispatch_truncated_docx(tmp_path: Path, make_docx) -> None:
    src = make_docx([("Normal", "Hello " * 500)])
    f = tmp_path / "cut.docx"
    f.write_bytes(src.read_bytes()[:2000])
    with pytest.raises(CorruptDocument):
        extract_document(str(f))


def _slow_reader(path, settings):
    time.sleep(30)
    return [], None, []


def _crashing_reader(path, settings):
    os._exit(3)


def _good_reader(path, settings):
    return [Block("From the child", kind="heading", level=1), Block("Body", page=2)], 2, ["note"]


def _raising_reader(path, settings):
    raise KeyError("word/document.xml")


@pytest.fixture()
def fake_reader(monkeypatch, tmp_path: Path):
    f = tmp_path / "doc.txt"
    f.write_text("placeholder text\n", encoding="utf-8")
    monkeypatch.setattr(ex, "_INLINE_BYTES", 0)  # isolate even tiny files

    def use(fn):
        monkeypatch.setattr(ex, "_reader", lambda fmt, path: fn)
        return str(f)

    return use


def test_isolation_timeout_kills_worker(fake_reader) -> None:
    path = fake_reader(_slow_reader)
    started = time.monotonic()
    with pytest.raises(ExtractionTimeout) as e:
        extract_document(path, {"timeout": 0.5})
    assert time.monotonic() - started < 10
    assert "--timeout" in e.value.message


def test_isolation_crash_is_reported(fake_reader) -> None:
    path = fake_reader(_crashing_reader)
    with pytest.raises(WorkerCrashed) as e:
        extract_document(path)
    assert "exit code 3" in e.value.message


def test_isolation_result_comes_back(fake_reader) -> None:
    doc = extract_document(fake_reader(_good_reader))
    assert [p.text for p in doc.passages] == ["From the child", "Body"]
    assert (
        doc.pages == 2 and "note" in doc.warnings and doc.passages[1].section == ("From the child",)
    )


def test_isolation_unexpected_error_becomes_corrupt(fake_reader) -> None:
    path = fake_reader(_raising_reader)
    with pytest.raises(CorruptDocument) as e:
        extract_document(path)
    assert "KeyError" in e.value.message
    with pytest.raises(CorruptDocument):
        extract_document(path, {"isolate": False})


def test_dispatch_page_limit(fake_reader) -> None:
    with pytest.raises(LimitExceeded):
        extract_document(fake_reader(_good_reader), {"max_pages": 1})


def test_issue_2_api_extract_callable_after_subpackage_import(tmp_path: Path) -> None:
    import collabtext
    import collabtext.extract  # noqa: F401 - rebinds collabtext.extract to the subpackage

    f = tmp_path / "n.txt"
    f.write_text("The Board met.\n", encoding="utf-8")
    assert collabtext.extract(f).passages[0].text == "The Board met."
