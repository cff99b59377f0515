"""One reader per file format: extract the text of each page, nothing more.

Every reader returns :class:`Extracted` (the page texts) and turns a library's
failure on a bad file into a one-line :class:`RecsError` naming the file.
Cleaning is format-independent and happens afterwards.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import RecsError
from pipeline.ingest.encoding import decode_bytes

FORM_FEED = "\f"


@dataclass(frozen=True)
class Extracted:
    """The raw text of a document, one string per page (formats without pages have one)."""

    pages: list[str]


def _one_line(error: Exception) -> str:
    return " ".join(f"{type(error).__name__}: {error}".split())


def read_txt(path: Path) -> Extracted:
    """Plain text in any common encoding; form feeds separate pages (as pdftotext writes them)."""
    pages = decode_bytes(path.read_bytes(), path).split(FORM_FEED)
    if len(pages) > 1 and not pages[-1].strip():
        pages.pop()  # a final form feed ends the last page, it does not open a new one
    return Extracted(pages)


@contextlib.contextmanager
def _quiet(logger_name: str) -> Iterator[None]:
    """Silence a library's warnings about recoverable damage; real failures still raise."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def read_pdf(path: Path) -> Extracted:
    """The PDF's text layer, page by page (pypdf: BSD-licensed and fast enough)."""
    from pypdf import PdfReader

    try:
        with _quiet("pypdf"):
            reader = PdfReader(path)
            if reader.is_encrypted and not reader.decrypt(""):
                raise RecsError("is an encrypted PDF; remove the password first", path)
            pages = [page.extract_text() or "" for page in reader.pages]
    except RecsError:
        raise
    except Exception as error:  # pypdf raises many types on damaged files
        raise RecsError(f"is not a readable PDF (corrupt or truncated): {_one_line(error)}", path) from None
    if not pages:
        raise RecsError("is a PDF without pages", path)
    if not any(page.strip() for page in pages):
        raise RecsError("has no text layer (scanned?) — run OCR first", path)
    return Extracted(pages)


def _docx_pages(document) -> list[str]:
    """Body paragraphs and table cells in order, split at explicit page breaks.

    Headers and footers live outside the body, so they are never read.
    """
    from docx.table import Table

    pages: list[list[str]] = [[]]
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                seen: set[int] = set()
                for cell in row.cells:  # a merged cell is returned once per grid column
                    if id(cell._tc) not in seen:
                        seen.add(id(cell._tc))
                        pages[-1].append(cell.text)
            continue
        if item.paragraph_format.page_break_before and any(pages[-1]):
            pages.append([])
        pages[-1].append(item.text)
        if item._p.xpath('.//w:br[@w:type="page"]'):
            pages.append([])
    if len(pages) > 1 and not any(pages[-1]):
        pages.pop()
    return ["\n\n".join(page) for page in pages]


def read_docx(path: Path) -> Extracted:
    """Word documents through python-docx."""
    import docx

    try:
        document = docx.Document(str(path))
        pages = _docx_pages(document)
    except Exception as error:  # python-docx raises zip, XML and key errors on damaged files
        raise RecsError(f"is not a readable .docx file: {_one_line(error)}", path) from None
    return Extracted(pages)


_HTML_DROPPED = ["script", "style", "noscript", "template", "head", "svg", "iframe", "object", "button", "form"]
_HTML_BLOCKS = [
    "address",
    "article",
    "aside",
    "blockquote",
    "caption",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "tr",
    "ul",
]
_BLOCK_MARK = "\u2029"  # paragraph separator: never in report text, so it can mark block boundaries
_LINE_MARK = "\u2028"


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, one block per block element, whitespace collapsed as a browser does."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup(_HTML_DROPPED):
        tag.decompose()
    for br in soup("br"):
        br.replace_with(_LINE_MARK)
    for tag in soup(_HTML_BLOCKS):
        tag.insert_before(_BLOCK_MARK)
        tag.insert_after(_BLOCK_MARK)
    blocks = []
    for chunk in soup.get_text().split(_BLOCK_MARK):
        lines = (" ".join(part.split()) for part in chunk.split(_LINE_MARK))
        block = "\n".join(line for line in lines if line)
        if block:
            blocks.append(block)
    return "\n\n".join(blocks)


def read_html(path: Path) -> Extracted:
    """HTML pages (as saved from the UN documents site) through BeautifulSoup."""
    return Extracted([html_to_text(decode_bytes(path.read_bytes(), path))])


READERS: dict[str, tuple[str, Callable[[Path], Extracted]]] = {
    ".txt": ("txt", read_txt),
    ".pdf": ("pdf", read_pdf),
    ".docx": ("docx", read_docx),
    ".html": ("html", read_html),
    ".htm": ("html", read_html),
}
