"""Shared by the lineage tests: the labels of the later-session fixtures, read from the dev records they copy."""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINEAGE = ROOT / "data" / "lineage"
FIXTURES = ROOT / "tests" / "fixtures" / "lineage"
NUMBERED = FIXTURES / "later-session-numbered.txt"
HEADED = FIXTURES / "later-session-headed.txt"
REFERENCE = re.compile(r"^WG on Trafficking in Persons, 2020-09-11, Recommendation (\d+)$")


def squeeze(text: str) -> str:
    return " ".join(text.split())


def dev_labels() -> dict[str, dict]:
    """Dev records by their whitespace-normalized text (the fixture reports copy dev texts verbatim)."""
    records = (json.loads(line) for line in (LINEAGE / "dev.jsonl").read_text(encoding="utf-8").splitlines() if line.strip())
    return {squeeze(record["text"]): record for record in records}


def write_pdf(text: str, path: Path) -> Path:
    """The report as a PDF text layer: wrapped lines, a page break every 45 lines (fpdf, core font)."""
    import textwrap

    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    lines = [wrapped for paragraph in text.split("\n") for wrapped in (textwrap.wrap(paragraph, 88) or [""])]
    for start in range(0, len(lines), 45):
        pdf.add_page()
        pdf.set_font("helvetica", size=10)
        for line in lines[start : start + 45]:
            pdf.cell(0, 6, line.replace("\u2013", "-").replace("\u2019", "'"), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path
