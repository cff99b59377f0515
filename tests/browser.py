"""Headless Debian chromium for the report tests: find or install it, dump a page's DOM, take a screenshot.

Installing needs root and the Debian package registry; when that is impossible the
caller skips with the reason returned by :func:`ensure_chromium`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
QUIET_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--hide-scrollbars",
]


def find_chromium() -> str | None:
    """The chromium executable, if installed."""
    for candidate in CANDIDATES:
        if Path(candidate).exists():
            return candidate
    return shutil.which("chromium")


def ensure_chromium() -> tuple[str | None, str]:
    """Return (executable, "") or (None, why it is unavailable), installing Debian's chromium as root if missing."""
    found = find_chromium()
    if found:
        return found, ""
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return None, "chromium is not installed and cannot be installed here (needs root and apt-get)"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-q"], ["apt-get", "install", "-y", "-q", "chromium"]):
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=900)
        if result.returncode != 0:
            return None, f"`{' '.join(command)}` failed: {result.stderr.strip().splitlines()[-1:]}"
    found = find_chromium()
    return (found, "") if found else (None, "apt-get installed chromium but no executable was found")


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
