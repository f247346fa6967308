"""HTML reader: visible text only, in reading order, with headings, list items and table rows."""

from __future__ import annotations

from pathlib import Path

from collabtext.extract.html import blocks_from_html, decode_html, read_html

PAGE = """<!DOCTYPE html><html><head><title>Title only</title><script>var secret = 1;</script>
<style>p { color: red }</style></head><body>
<a href="#main" class="skip">Skip to main content</a>
<nav><ul><li><a href="/">Home</a></li><li>Committees</li></ul></nav>
<header>Site banner</header>
<div class="side-menu"><ul><li>Menu entry</li></ul></div>
<h1>Agenda and minutes</h1>
<p>The Board <b>agreed</b> the plan.<br>Second line of the paragraph.</p>
<h2>Attendance</h2>
<ul><li><p>Cllr Ann Jones</p></li><li>Dr Huw Price</li></ul>
<div role="navigation">Breadcrumb trail</div><div hidden>Hidden div</div>
<p style="display:none">invisible</p>
<table><tr><th>Item</th><th>Decision</th></tr><tr><td>Plan</td><td>Approved</td></tr></table>
<noscript>Enable JS</noscript><form><input value="search"></form>
<div>Closing text <span>with a span</span></div>
<footer>Copyright footer</footer></body></html>"""


def test_html_visible_blocks() -> None:
    got = [(b.kind, b.level, b.text) for b in blocks_from_html(PAGE)]
    assert got == [
        ("heading", 1, "Agenda and minutes"),
        ("paragraph", None, "The Board agreed the plan.\nSecond line of the paragraph."),
        ("heading", 2, "Attendance"),
        ("list_item", None, "Cllr Ann Jones"),
        ("list_item", None, "Dr Huw Price"),
        ("table_row", None, "Item | Decision"),
        ("table_row", None, "Plan | Approved"),
        ("paragraph", None, "Closing text with a span"),
    ]


def test_html_main_element_preferred() -> None:
    html = (
        "<html><body><div>Outside menu junk</div>"
        "<main><h1>Report</h1><p>Body.</p></main></body></html>"
    )
    assert [b.text for b in blocks_from_html(html)] == ["Report", "Body."]


def test_html_layout_tables_are_read_as_content() -> None:
    html = (
        "<html><body><table><tr><td><h1>Minutes</h1>"
        "<ul><li>One</li></ul></td></tr></table></body></html>"
    )
    assert [(b.kind, b.text) for b in blocks_from_html(html)] == [
        ("heading", "Minutes"),
        ("list_item", "One"),
    ]


def test_html_declared_charset(tmp_path: Path) -> None:
    data = (
        '<html><head><meta charset="windows-1252"></head>'
        "<body><p>Partners’ plan – agreed</p></body></html>"
    )
    f = tmp_path / "p.html"
    f.write_bytes(data.encode("cp1252"))
    blocks, _, warnings = read_html(str(f))
    assert blocks[0].text == "Partners’ plan – agreed" and warnings == []
    text, _ = decode_html("<p>caf\u00e9</p>".encode())
    assert "café" in text
