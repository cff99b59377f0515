"""The CSVs behind `dvc plots show`: modality distribution, theme frequencies, cluster sizes.

They hold the same counts the report draws, so DVC's plots and the report never disagree.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from pipeline.atomic import write_text
from pipeline.spreadsheet import csv_cell

PLOT_FILES = {
    "modality": ("modality.csv", ("modality", "recommendations")),
    "themes": ("themes.csv", ("theme", "recommendations")),
    "cluster_sizes": ("cluster_sizes.csv", ("cluster", "recommendations")),
}


def write_plot_csvs(plots: dict[str, list[tuple[str, int]]], plots_dir: Path) -> list[Path]:
    """Write one CSV per computed plot (a plot whose table is missing gets a header-only CSV)."""
    written = []
    for key, (file_name, header) in PLOT_FILES.items():
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(header)
        writer.writerows([csv_cell(label), count] for label, count in plots.get(key, []))
        target = plots_dir / file_name
        write_text(target, buffer.getvalue())
        written.append(target)
    return written
