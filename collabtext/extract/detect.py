"""Work out what a file really is from its bytes, not its name.

Example:
    >>> detect_type(b"%PDF-1.7 ...", "x.txt")
    'pdf'
"""

from __future__ import annotations

import re
import unicodedata
import zipfile

from ..errors import CorruptDocument, EmptyDocument, LimitExceeded, UnsupportedType

ODT_MIME = b"application/vnd.oasis.opendocument.text"
DOCUMENT_SUFFIXES = (".pdf", ".docx", ".odt", ".doc", ".rtf")
_HTML_STRONG = re.compile(rb"<\s*(!doctype\s+html|html|head|body)[\s>]", re.I)
_HTML_TAG = re.compile(
    rb"<\s*/?\s*(p|div|table|tr|td|h[1-6]|meta|title|br|span|a|ul|li|section)[\s>/]", re.I
)
_MAGIC_UNSUPPORTED = (
    (
        b"\xd0\xcf\x11\xe0",
        "a legacy Office file (.doc/.xls) or an encrypted Office document; "
        "save it as .docx or remove the password",
    ),
    (b"{\\rtf", "an RTF document; save it as .docx, .odt or PDF"),
    (b"\x89PNG", "a PNG image; OCR of images is not supported, convert it to PDF"),
    (b"\xff\xd8\xff", "a JPEG image; OCR of images is not supported, convert it to PDF"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image; convert it to PDF"),
    (b"MM\x00*", "a TIFF image; convert it to PDF"),
    (b"\x1f\x8b", "a gzip archive; unpack it first"),
    (b"7z\xbc\xaf", "a 7-Zip archive; unpack it first"),
    (b"Rar!", "a RAR archive; unpack it first"),
)


def detect_type(head: bytes, path: str) -> str:
    """Return ``pdf``, ``docx``, ``odt``, ``html`` or ``text`` for a file starting with ``head``.

    ``head`` should hold the first few KB (the whole file for ZIP checks is read from ``path``).

    Raises:
        EmptyDocument: nothing but whitespace.
        UnsupportedType: a known format collabtext does not read.
        CorruptDocument: binary data that is no known format.
    """
    if not head.strip(b" \t\r\n\f\x00"):
        raise EmptyDocument("the file is empty", path)
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_type(path)
    for magic, what in _MAGIC_UNSUPPORTED:
        if head.startswith(magic):
            raise UnsupportedType(f"this is {what}", path)
    text = sniff_text(head)
    if text is None:
        if path.lower().endswith(DOCUMENT_SUFFIXES):
            raise CorruptDocument(
                "not a readable document: the bytes match no known format (corrupt or truncated?)",
                path,
            )
        raise UnsupportedType(
            "binary file of unknown type; collabtext reads PDF, DOCX, ODT, HTML and text", path
        )
    if _HTML_STRONG.search(head[:8192]) or len(_HTML_TAG.findall(head[:8192])) >= 8:
        return "html"  # a stray "<p>" in a text dump is not enough
    return "text"


def _zip_type(path: str) -> str:
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names and z.read("mimetype").strip() == ODT_MIME:
                return "odt"
            if "content.xml" in names:
                raise UnsupportedType(
                    "an OpenDocument file that is not a text document (.odt)", path
                )
            if "xl/workbook.xml" in names or "ppt/presentation.xml" in names:
                raise UnsupportedType(
                    "a spreadsheet or presentation; save it as .docx or PDF", path
                )
    except zipfile.BadZipFile as e:
        raise CorruptDocument(f"corrupt or truncated ZIP container ({e})", path) from None
    except (OSError, RuntimeError, NotImplementedError) as e:
        raise CorruptDocument(f"unreadable ZIP container ({e})", path) from None
    raise UnsupportedType("a ZIP archive that is not a DOCX or ODT document", path)


def check_zip_limits(path: str, limit_bytes: int) -> None:
    """Refuse ZIP containers whose members would inflate beyond ``limit_bytes`` (zip bombs)."""
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except zipfile.BadZipFile as e:
        raise CorruptDocument(f"corrupt or truncated ZIP container ({e})", path) from None
    total = sum(i.file_size for i in infos)
    if total > limit_bytes or len(infos) > 100_000:
        raise LimitExceeded(
            f"the document would expand to {total / 1e6:.0f} MB "
            f"(limit {limit_bytes / 1e6:.0f} MB); "
            "possibly a zip bomb — raise --max-mb if it is genuine",
            path,
        )


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode text bytes: BOMs first, then UTF-8, then cp1252 (never raises).

    Returns:
        The text and the encoding used. Mojibake already in the file is left as it is.
    """
    for bom, enc in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    utf16 = _bomless_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        if len(data) - e.start < 4 and e.start > 0:
            return data.decode("utf-8", errors="replace"), "utf-8"  # cut off mid-character
    return data.decode("cp1252", errors="replace"), "cp1252"


def _bomless_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def sniff_text(head: bytes) -> str | None:
    """Return the decoded sample when ``head`` looks like text, else ``None``."""
    text, _ = decode_bytes(head)
    if not text:
        return None
    bad = sum(
        1
        for c in text
        if c == "\ufffd" or (unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v")
    )
    return text if bad / len(text) < 0.02 else None
