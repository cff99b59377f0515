"""Paths of the real reports the tests read, inside the repository (CI has no /work/shared).

The seed is the reference corpus (`data/raw/`); the 2010 opening is a verbatim copy
of the project's dev file, kept under tests/fixtures/real/.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_REPORT = ROOT / "data" / "raw" / "wg-tip-2020-draft-report-addendum.txt"
DEV_REPORT = ROOT / "tests" / "fixtures" / "real" / "wg-tip-2010-report-opening.txt"
