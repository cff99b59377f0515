"""From paths to DOCUMENTS rows: walk folders, read each report, drop duplicates.

``read_document`` is the unit (one file, one row, or a RecsError);
``iter_documents`` is the batch (failures reported and counted, the rest goes on),
yielding rows one at a time so callers can stream them to Parquet.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pipeline.batch import BatchReport
from pipeline.errors import RecsError
from pipeline.ingest.cleaning import clean_pages, split_lines
from pipeline.ingest.language import require_english
from pipeline.ingest.metadata import RAW_HEAD_LINES, extract_metadata
from pipeline.ingest.readers import READERS

SUPPORTED_SUFFIXES = tuple(READERS)


def doc_id_of(text: str) -> str:
    """The document id: the first 16 hex digits of the SHA-256 of the clean text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _raw_head(pages: list[list[str]]) -> list[str]:
    head: list[str] = []
    for page in pages:
        head.extend(line for line in page if line)
        if len(head) >= RAW_HEAD_LINES:
            break
    return head[:RAW_HEAD_LINES]


def read_document(path: Path) -> dict[str, Any]:
    """Read one report into a DOCUMENTS row; raise :class:`RecsError` on any bad input."""
    path = Path(path)
    if not path.exists():
        raise RecsError("no such file or directory", path)
    if not path.is_file():
        raise RecsError("is not a file", path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        expected = ", ".join(SUPPORTED_SUFFIXES)
        raise RecsError(f"unsupported file type '{path.suffix or '(none)'}' (expected {expected})", path)
    file_format, read = reader
    try:
        extracted = read(path)
    except OSError as error:
        raise RecsError(f"cannot be read: {error.strerror or error}", path) from None
    pages = [split_lines(page) for page in extracted.pages]
    # Page-edge detection finds running headers when there are pages; a .txt that lost
    # its page breaks can only be cleaned of them by counting repeated lines.
    text = clean_pages(pages, count_repeats=file_format == "txt" and len(pages) == 1)
    if not text:
        raise RecsError("has no text (only page furniture or whitespace)", path)
    language = require_english(text, path)
    metadata = extract_metadata(text, _raw_head(pages))
    return {
        "doc_id": doc_id_of(text),
        "source": str(path),
        "format": file_format,
        **metadata.as_row(),
        "language": language,
        "text": text,
        "pages": len(extracted.pages),
    }


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def collect_files(paths: Iterable[Path], report: BatchReport) -> list[Path]:
    """Expand folders into their reports (recursively, sorted); keep named files as given.

    Unsupported files inside a folder are reported and counted as skipped; hidden
    files (``.gitkeep``, ``.DS_Store``) are not reports and are ignored. A named
    file is kept even if unsupported or missing, so reading it fails loudly.
    """
    files: list[Path] = []
    for path in map(Path, paths):
        if not path.is_dir():
            files.append(path)
            continue
        for child in sorted(path.rglob("*")):
            if not child.is_file() or _is_hidden(child, path):
                continue
            if child.suffix.lower() in SUPPORTED_SUFFIXES:
                files.append(child)
            else:
                report.skip(f"{child}: unsupported file type")
    return files


def iter_documents(paths: Iterable[Path], report: BatchReport) -> Iterator[dict[str, Any]]:
    """Yield one DOCUMENTS row per distinct report; failures go to ``report`` and the batch goes on.

    The same document given twice (same clean text) is kept once and the
    duplicate counted as skipped.
    """
    first_source: dict[str, str] = {}
    for path in paths:
        for file in collect_files([path], report):
            try:
                row = read_document(file)
            except RecsError as error:
                report.fail(error)
                continue
            if row["doc_id"] in first_source:
                report.skip(f"{file}: same document as {first_source[row['doc_id']]}")
                continue
            first_source[row["doc_id"]] = row["source"]
            report.processed += 1
            yield row
