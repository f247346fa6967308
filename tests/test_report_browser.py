"""The report in a real browser (headless Chromium): no console errors, hostile text inert, filters.

A real ``collabtext scan`` of a folder with hostile documents (markup in the text and in the file
name) feeds the report. Screenshots are saved to ``tmp_path`` and to ``$COLLABTEXT_ARTEFACTS``
(default ``benchmarks/out/``). Browser tests skip cleanly when Chromium, chromedriver or
selenium is absent.
"""

from __future__ import annotations

import base64
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from collabtext.cli import cli

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=2">'
PLAN = f"""Well-being Plan 2024 {SCRIPT}

Our well-being objectives

Objective 1: Healthy homes {IMG}

Step 1.1: Bro Hafren Council and the Health Board will pool their budgets and commission the service jointly {SCRIPT} so that we co-design support with residents.

Step 1.2: The Council will continue to deliver its existing grant programme. There is still no shared vision and trust is low.

We will take a long-term approach and invest in prevention and early intervention {IMG}.

Partners will break down silos <b onmouseover="window.__pwned=4">between services</b> through shared data.
"""
MINUTES = f"""Minutes of the Bro Hafren Public Services Board held on 21 January 2025

Present: Cllr Ann Jones (Chair), Bro Hafren Council; Dr Bob Evans, Hywel Dda University Health Board
Apologies: Cy Price, Natural Resources Wales

1. Data sharing {SCRIPT}
Members agreed a data-sharing protocol. RESOLVED that the protocol be adopted.
ACTION: Ann Jones and Bob Evans to draft the joint commissioning plan by 30 May 2025.
"""


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from click.testing import CliRunner

    from collabtext.report.html import write_report

    root = tmp_path_factory.mktemp("hostile")
    folder = root / "docs"
    folder.mkdir()
    (folder / f"plan {IMG}.txt").write_text(PLAN, encoding="utf-8")
    (folder / "psb_minutes_2025-01-21.txt").write_text(MINUTES, encoding="utf-8")
    db = root / "results.db"
    r = CliRunner().invoke(cli, ["scan", str(folder), "--db", str(db), "-j", "1"])
    assert r.exit_code == 0, r.output
    out = root / "report.html"
    write_report(str(db), out, title="Hostile <script>window.__pwned=9</script> report")
    return out


def test_hostile_text_is_escaped_in_html(hostile_report: Path) -> None:
    page = hostile_report.read_text(encoding="utf-8")
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;" in page
    assert (
        "plan &lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;.txt" in page
    )  # the file name
    assert page.count("<script") == 1 and "<img" not in page and "<b onmouseover" not in page


def _driver(tmp: Path) -> Any:
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    from selenium.webdriver.chrome.service import Service

    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        pytest.skip("chromium/chromedriver not installed")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1200,900",
        f"--user-data-dir={tmp}",
    ):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        return webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    except Exception as e:  # noqa: BLE001 - a browser that cannot start is an environment gap
        pytest.skip(f"headless chromium did not start: {e}")


@pytest.fixture()
def driver(tmp_path: Path) -> Iterator[Any]:
    d = _driver(tmp_path / "profile")
    try:
        yield d
    finally:
        d.quit()


def save_screenshot(driver: Any, name: str, tmp_path: Path) -> Path:
    """Full-page PNG to tmp_path and to the artefacts folder."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot",
        {
            "format": "png",
            "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": 1200, "height": min(int(height), 16000), "scale": 1},
        },
    )
    png = base64.b64decode(shot["data"])
    (tmp_path / name).write_bytes(png)
    out_dir = Path(
        os.environ.get("COLLABTEXT_ARTEFACTS")
        or Path(__file__).resolve().parents[1] / "benchmarks" / "out"
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / name).write_bytes(png)
    return tmp_path / name


def _errors(driver: Any) -> list[dict[str, Any]]:
    return [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


@pytest.mark.browser
def test_browser_no_errors_and_hostile_text_inert(
    driver: Any, hostile_report: Path, tmp_path: Path
) -> None:
    driver.get(hostile_report.as_uri())
    assert _errors(driver) == []
    assert driver.execute_script("return typeof window.__pwned") == "undefined"
    body = driver.find_element("tag name", "body").text
    assert SCRIPT in body and IMG in body
    assert driver.execute_script("return document.querySelectorAll('img').length") == 0
    assert driver.title.startswith("Hostile <script>")
    png = save_screenshot(driver, "report-hostile.png", tmp_path)
    assert png.stat().st_size > 10_000


@pytest.mark.browser
def test_browser_filters_hide_non_matching_rows(driver: Any, hostile_report: Path) -> None:
    from selenium.webdriver.support.ui import Select

    driver.get(hostile_report.as_uri())
    rows = driver.find_elements("css selector", "li.ev")
    assert len(rows) >= 3
    assert driver.find_element("id", "ev-filters").is_displayed()  # the script revealed it
    tokens = [set((r.get_attribute("data-labels") or "").split()) for r in rows]
    framework = "ways_of_working"
    assert any(any(t.startswith(framework + ":") for t in ts) for ts in tokens)
    assert any(not any(t.startswith(framework + ":") for t in ts) for ts in tokens)
    Select(driver.find_element("id", "f-fw")).select_by_value(framework)
    for row, ts in zip(rows, tokens, strict=False):
        assert row.is_displayed() == any(t.startswith(framework + ":") for t in ts)
    category = sorted(t for ts in tokens for t in ts if t.startswith(framework + ":"))[0]
    Select(driver.find_element("id", "f-cat")).select_by_value(category)
    shown = [r for r in rows if r.is_displayed()]
    assert shown and all(
        any(t == category or t.startswith(category + ".") for t in ts)
        for r, ts in zip(rows, tokens, strict=False)
        if r.is_displayed()
    )
    count = driver.find_element("id", "ev-count").text
    assert count == f"{len(shown)} of {len(rows)} passages shown"
    marks_on = driver.find_elements("css selector", "li.ev mark.on")
    assert marks_on and all(
        any(
            t == category or t.startswith(category + ".")
            for t in (m.get_attribute("data-l") or "").split()
        )
        for m in marks_on
    )
    driver.find_element("id", "f-reset").click()
    assert all(r.is_displayed() for r in rows)
    assert _errors(driver) == []


@pytest.mark.browser
@pytest.mark.corpus
@pytest.mark.slow
def test_browser_report_of_synthetic_corpus(driver: Any, corpus_dir: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from collabtext.report.html import write_report

    db = tmp_path / "synthetic.db"
    r = CliRunner().invoke(cli, ["scan", str(corpus_dir / "synthetic"), "--db", str(db), "-j", "2"])
    assert r.exit_code == 0, r.output
    out = tmp_path / "synthetic.html"
    data = write_report(str(db), out)
    assert {d.kind for d in data.documents} >= {"plan", "minutes"}
    driver.get(out.as_uri())
    assert _errors(driver) == []
    assert driver.find_elements("css selector", "#plan svg.chart") and driver.find_elements(
        "css selector", "#minutes svg.chart"
    )
    save_screenshot(driver, "report-synthetic.png", tmp_path)
