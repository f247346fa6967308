"""Optional OCR of page images through the Tesseract command-line program.

The CLI is called directly (pytesseract is a thin wrapper around the same program), so OCR needs
only Debian's ``tesseract-ocr`` package. Each call has a time limit so a page cannot hang a worker.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from functools import lru_cache
from typing import Any

from ..clean import dehyphenate_lines, normalise_text

_DPI = 200
_PAGE_SECONDS = 60


@lru_cache(maxsize=1)
def tesseract_path() -> str | None:
    """Path of the ``tesseract`` program, or None when it is not installed."""
    return shutil.which("tesseract")


@lru_cache(maxsize=1)
def _languages() -> str:
    exe = tesseract_path()
    if exe is None:
        return "eng"
    try:
        out = subprocess.run(
            [exe, "--list-langs"], capture_output=True, text=True, timeout=20
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return "eng"
    have = {ln.strip() for ln in out.splitlines()[1:]}
    langs = [code for code in ("eng", "cym") if code in have]
    return "+".join(langs) or "eng"


def ocr_image(image: Any, timeout: float = _PAGE_SECONDS) -> list[str]:
    """Recognise text in a PIL image; return its paragraphs (blank-line separated by Tesseract).

    Raises:
        RuntimeError: Tesseract is missing, failed or ran out of time.
    """
    exe = tesseract_path()
    if exe is None:
        raise RuntimeError("tesseract is not installed")
    with tempfile.TemporaryDirectory(prefix="collabtext-ocr-") as tmp:
        png = os.path.join(tmp, "page.png")
        image.save(png)
        try:
            done = subprocess.run(
                [exe, png, "stdout", "-l", _languages(), "--psm", "3"],
                capture_output=True,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise RuntimeError("tesseract ran out of time") from exc
        if done.returncode != 0:
            raise RuntimeError(
                done.stderr.decode("utf-8", "replace").strip()[:200] or "tesseract failed"
            )
    text = normalise_text(done.stdout.decode("utf-8", "replace"))
    paras = []
    for chunk in text.split("\n\n"):
        joined = dehyphenate_lines(chunk.split("\n"))
        if any(ch.isalnum() for ch in joined):
            paras.append(joined)
    return paras


def ocr_pdf_page(page: Any, timeout: float = _PAGE_SECONDS) -> list[str]:
    """Render a pypdfium2 page at 200 dpi (capped for huge pages) and OCR it."""
    w, h = page.get_size()
    scale = min(_DPI / 72.0, 6000.0 / max(w, h, 1.0))
    image = page.render(scale=scale, grayscale=True).to_pil()
    try:
        return ocr_image(image, timeout)
    finally:
        image.close()
