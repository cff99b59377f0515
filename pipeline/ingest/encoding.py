"""Bytes to text for plain-text and HTML reports, whatever encoding the sender used.

UTF-8 (with or without BOM) and BOM-marked UTF-16/32 are decided without
guessing; anything else goes to charset-normalizer. Binary files are refused
instead of being decoded into garbage.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import charset_normalizer

from pipeline.errors import RecsError

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
DETECTION_SAMPLE_BYTES = 256 * 1024  # charset-normalizer sees a sample; the whole file is then decoded strictly
BINARY_SAMPLE_CHARS = 64 * 1024
MAX_CONTROL_SHARE = 0.01
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Single-byte Latin code pages that charset-normalizer confuses on short English text;
# an English report in one of them is, in practice, Windows-1252.
_LATIN_SINGLE_BYTE = frozenset(
    {"cp1250", "cp1252", "cp1254", "cp1257", "cp1258", "latin_1", "iso8859_15", "iso8859_2", "cp850", "cp437", "mac_roman"}
)


def _detect(data: bytes, path: Path) -> str:
    """The encoding charset-normalizer finds most plausible, preferring cp1252 among Latin code pages."""
    matches = charset_normalizer.from_bytes(data[:DETECTION_SAMPLE_BYTES])
    best = matches.best()
    if best is None:
        raise RecsError("looks like a binary file, not text (no text encoding fits)", path)
    if best.encoding in _LATIN_SINGLE_BYTE and any(
        "cp1252" in (match.encoding, *match.could_be_from_charset) for match in matches
    ):
        return "cp1252"
    return best.encoding


def decode_bytes(data: bytes, path: Path) -> str:
    """Decode a report's bytes; raise :class:`RecsError` for empty, binary or undecodable input."""
    if not data or data.isspace():
        raise RecsError("is empty", path)
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding is None:
        if b"\x00" in data[:DETECTION_SAMPLE_BYTES]:
            encoding = _detect(data, path)  # NUL bytes: UTF-16/32 without a BOM, or binary
            if not encoding.startswith(("utf_16", "utf_32")):
                raise RecsError("looks like a binary file, not text (NUL bytes)", path)
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                encoding = _detect(data, path)
            else:
                encoding = "utf-8"
    if encoding != "utf-8":
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            raise RecsError(f"cannot be decoded as {encoding} (byte {error.start}): not a text file?", path) from None
    sample = text[:BINARY_SAMPLE_CHARS]
    if len(_CONTROL.findall(sample)) > MAX_CONTROL_SHARE * max(len(sample), 1):
        raise RecsError("looks like a binary file, not text (control characters)", path)
    return text.lstrip("\ufeff")
