"""Headless Debian chromium for the report tests: find it, dump a page's DOM, take a screenshot.

Chromium comes from the set-up step (`make browser`, run by .ci/run); when it is missing
the caller skips with the reason returned by :func:`ensure_chromium`.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
QUIET_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
]


def find_chromium() -> str | None:
    """The chromium executable, if installed."""
    for candidate in CANDIDATES:
        if Path(candidate).exists():
            return candidate
    return shutil.which("chromium")


def ensure_chromium() -> tuple[str | None, str]:
    """Return (executable, "") or (None, why it is unavailable); the tests never install system packages."""
    found = find_chromium()
    if found:
        return found, ""
    return None, "chromium is not installed (`make browser` installs Debian's chromium; .ci/run does it before the tests)"


def _run(executable: str, profile: Path, extra: list[str], url: str) -> subprocess.CompletedProcess:
    command = [executable, *QUIET_FLAGS, f"--user-data-dir={profile}", *extra, url]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


def dump_dom(executable: str, page: Path, profile: Path) -> str:
    """The DOM chromium builds from ``page`` (after parsing and any script), serialized as HTML."""
    return _run(executable, profile, ["--dump-dom"], page.resolve().as_uri()).stdout


def screenshot(executable: str, page: Path, target: Path, profile: Path, size: str = "1280,2400") -> Path:
    """A PNG of the top ``size`` of ``page``."""
    _run(executable, profile, [f"--screenshot={target}", f"--window-size={size}"], page.resolve().as_uri())
    return target
