"""sha256 manifests: a saved model folder vouches for the files it was saved with.

Both saved models (the tagger, ``models/tagger/recs_manifest.json``, and the classifier,
``models/classifier/manifest.json``) record the sha256 of every file they wrote, last, and
check them before loading: a changed file that still parses would otherwise predict
differently without any error. The message names the file and the command that rebuilds it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from pathlib import Path

from pipeline.errors import RecsError


def file_sha256(path: str | Path) -> str:
    """sha256 of a file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def folder_files(folder: Path, exclude: Iterable[str] = ()) -> list[str]:
    """Every file under ``folder`` by sorted relative POSIX path, ``exclude`` (the manifest) left out."""
    skipped = set(exclude)
    found = (path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file())
    return sorted(relative for relative in found if relative not in skipped)


def file_hashes(folder: Path, names: Iterable[str]) -> dict[str, str]:
    """sha256 of each named file (relative POSIX paths), sorted by name: what a manifest records."""
    return {name: file_sha256(folder / name) for name in sorted(names)}


def check_files(folder: Path, recorded: Mapping[str, str], names: Iterable[str], remedy: str) -> None:
    """Refuse the first of ``names`` that the manifest does not list, that is missing, or whose hash differs.

    ``remedy`` ends each message: the command that rebuilds the model.
    """
    for name in sorted(set(names)):
        path = folder / name
        if name not in recorded:
            raise RecsError(f"file is not listed in the manifest; {remedy}", path)
        if not path.is_file():
            raise RecsError(f"file missing (the manifest lists it); {remedy}", path)
        if file_sha256(path) != recorded[name]:
            raise RecsError(f"sha256 does not match the manifest: the file was changed or truncated after saving; {remedy}", path)
