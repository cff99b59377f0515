"""Generate a large, realistic, reproducible corpus of UN working-group reports.

Why: the benchmarks and the robustness tests need far more text than the two
real reports we have, in both layouts real reports use, with the page furniture
PDF conversion leaves behind — without ever tuning to the seed's exact strings.

Every report is built from its own RNG seeded by ``(seed, index)``, so report
``i`` is the same whatever the corpus size: the 10x corpus contains the 1x one.

Layouts (see /work/shared/data/README.md):
  * ``heading``   — "Recommendation N" headings above each recommendation (2020 seed style);
  * ``paragraph`` — numbered paragraphs under a recommendations chapter, with
    sub-headings whose numbers clash with the paragraph numbers, often run
    together on one line (2010 dev style).

Output (``--out DIR``): ``txt/<name>.txt`` for every report, ``pdf/<name>.pdf`` for a
``--pdf-share`` of them (rendered with fpdf2, real page headers/footers),
``truth.jsonl`` (one line per report: layout, the recommendation numbers and
clean texts) and ``manifest.json`` (sizes and arguments).

Usage: python benchmarks/generate_corpus.py --reports 2000 --recs-per-report 50 --out /tmp/corpus
"""

from __future__ import annotations

import argparse
import datetime
import json
import multiprocessing
import random
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_vocab as vocab
from pipeline.atomic import write_json, write_text

PAGE_CHARS = (2800, 4200)  # characters of body text per page, drawn per page


@dataclass
class Block:
    """One printed block: a heading (never split across pages) or a paragraph (may be cut by a page break)."""

    kind: str  # "heading" | "para"
    text: str
    join: str = "\n\n"  # what separates this block from the previous one in the text conversion


@dataclass
class Recommendation:
    number: str
    text: str
    truncated: bool = False


@dataclass
class Report:
    name: str
    layout: str
    body: str
    symbol: str
    date: str
    job_number: str
    barcode: str
    blocks: list[Block] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)


# ---------------------------------------------------------------- wording


def gerund(verb: str) -> str:
    """'establish' -> 'establishing', 'ensure' -> 'ensuring'; irregular ones come from the vocabulary."""
    if verb in vocab.GERUNDS:
        return vocab.GERUNDS[verb]
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    return verb + "ing"


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def legal_reference(rng: random.Random) -> str:
    """An article of UNTOC or a Protocol, a Conference decision or a resolution, phrased as reports do."""
    kind = rng.random()
    if kind < 0.55:
        instrument, articles = rng.choice(vocab.INSTRUMENTS)
        article = rng.randint(1, articles)
        shape = rng.random()
        if shape < 0.5:
            return f"article {article} of {instrument}"
        if shape < 0.8:
            return f"article {article}, paragraph {rng.randint(1, 6)}, of {instrument}"
        other = min(articles, article + rng.randint(1, 4))
        return f"articles {article} and {other} of {instrument}" if other != article else f"article {article} of {instrument}"
    if kind < 0.75:
        session, number = rng.randint(1, 11), rng.randint(1, 9)
        return rng.choice(
            (
                f"Conference decision {session}/{number}",
                f"decision {session}/{number} of the Conference",
                f"resolution {session}/{number} of the Conference",
            )
        )
    if kind < 0.92:
        return f"General Assembly resolution {rng.randint(55, 79)}/{rng.randint(1, 300)}"
    return rng.choice(
        (
            "Security Council resolution 2331 (2016)",
            "Security Council resolution 2388 (2017)",
            f"Economic and Social Council resolution {rng.randint(2004, 2024)}/{rng.randint(10, 40)}",
        )
    )


def action(rng: random.Random, topic: str, un_actor: bool) -> tuple[str, str]:
    if un_actor:
        verb, obj = rng.choice(vocab.UN_ACTIONS)
        return verb, obj.format(topic=vocab.TOPIC_PHRASES[topic])
    return rng.choice(vocab.ACTIONS[topic])


def clause(rng: random.Random, plural: bool, un_actor: bool, topic: str) -> str:
    """A modal verb phrase for a subject already written: 'should consider establishing ...'."""
    modal_plural, modal_singular, complement, negated = rng.choice(vocab.MODALS)
    while negated and (un_actor or topic not in vocab.NEGATED_ACTIONS):
        modal_plural, modal_singular, complement, negated = rng.choice(vocab.MODALS)
    modal = modal_plural if plural else modal_singular
    verb, obj = rng.choice(vocab.NEGATED_ACTIONS[topic]) if negated else action(rng, topic, un_actor)
    if complement == "gerund" and verb == "consider":
        modal, complement = "should", "base"
    verb_form = gerund(verb) if complement == "gerund" else verb
    return f"{modal} {verb_form} {obj}"


def ref_suffix(rng: random.Random) -> str:
    return rng.choice(vocab.REF_SUFFIXES).format(ref=legal_reference(rng)) if rng.random() < 0.25 else ""


def draw_actor(rng: random.Random) -> tuple[str, bool, bool]:
    """(subject, plural, is a United Nations actor); States are asked most often, as in real reports."""
    if rng.random() < 0.15:
        return (*rng.choice(vocab.UN_ACTORS), True)
    return (*rng.choice(vocab.STATE_ACTORS), False)


def sentence(rng: random.Random, topic: str, allow_opening: bool = True) -> str:
    """One recommendation sentence: actor, modal, action, optional reference, qualifier, purpose, second clause."""
    actor, plural, un_actor = draw_actor(rng)
    if allow_opening and rng.random() < 0.12:
        verb, obj = action(rng, topic, un_actor)
        head = f"{rng.choice(vocab.OPENINGS)} {actor} to {verb} {obj}"
    else:
        prefix = rng.choice(vocab.REF_PREFIXES).format(ref=legal_reference(rng)) if rng.random() < 0.12 else ""
        subject = actor if prefix else capitalise(actor)
        if not prefix and rng.random() < 0.06:
            subject = f"The Working Group recommended that {actor}"
        head = f"{prefix}{subject} {clause(rng, plural, un_actor, topic)}"
    qualifier, purpose = rng.choice(vocab.QUALIFIERS), rng.choice(vocab.PURPOSES)
    text = head + ref_suffix(rng) + qualifier + ("," if qualifier and purpose else "") + purpose
    if rng.random() < 0.25:
        other_topic = rng.choice(list(vocab.ACTIONS)) if rng.random() < 0.3 else topic
        text += f", and {clause(rng, plural, un_actor, other_topic)}"
    return text + "."


def listed_recommendation(rng: random.Random, topic: str) -> str:
    """The '(a) ...; (b) ...; and (c) ...' form: items on their own lines under one modal stem."""
    actor, plural = rng.choice(vocab.STATE_ACTORS)
    stem = f"{capitalise(actor)} {'should' if rng.random() < 0.6 else ('are encouraged to' if plural else 'is encouraged to')}:"
    picks = rng.sample(vocab.ACTIONS[topic], k=min(len(vocab.ACTIONS[topic]), rng.randint(2, 4)))
    items = []
    for position, (verb, obj) in enumerate(picks):
        ending = "." if position == len(picks) - 1 else ("; and" if position == len(picks) - 2 else ";")
        items.append(f"({'abcdefgh'[position]}) {capitalise(verb)} {obj}{ending}")
    return "\n\n".join([stem, *items])


def recommendation_text(rng: random.Random, topic: str) -> str:
    if rng.random() < 0.05:
        return listed_recommendation(rng, topic)
    text = sentence(rng, topic)
    if rng.random() < 0.18:
        link = rng.choice(("In this regard, ", "To that end, ", "Furthermore, ", "In doing so, "))
        follow = sentence(rng, topic, allow_opening=False)
        keep_capital = follow.startswith(("UNODC", "States", "Member"))
        text += " " + link + (follow if keep_capital else follow[0].lower() + follow[1:])
    return text


# ---------------------------------------------------------------- report assembly


@dataclass
class Meta:
    body: vocab.Body
    venue: str
    year: int
    month: str
    day1: int
    day2: int
    symbol: str
    job_number: str
    barcode: str

    @property
    def date(self) -> str:
        return f"{self.day2} {self.month} {self.year}"


def draw_meta(rng: random.Random, index: int) -> Meta:
    body = rng.choice(vocab.BODIES)
    year = rng.randint(2009, 2030)
    day1 = rng.randint(1, 26)
    number = rng.randint(1, 9)
    job = f"{year % 100:02d}-{rng.randint(0, 99999):05d}"
    symbol = (
        f"{body.symbol}/{year}/{number}"
        if rng.random() < 0.6
        else f"{body.symbol}/{year}/L.{number}" + ("/Add.1" if rng.random() < 0.5 else "")
    )
    return Meta(
        body,
        rng.choice(vocab.VENUES),
        year,
        rng.choice(vocab.MONTHS),
        day1,
        day1 + rng.randint(1, 3),
        symbol,
        f"V.{job}",
        job.replace("-", ""),
    )


def split_sections(rng: random.Random, count: int) -> list[int]:
    """Sizes of 1..5 sections that add up to ``count``."""
    sections = max(1, min(count, rng.randint(1, 5)))
    cuts = sorted(rng.sample(range(1, count), sections - 1)) if sections > 1 else []
    bounds = [0, *cuts, count]
    return [b - a for a, b in zip(bounds, bounds[1:])]


def fill(template: str, meta: Meta, rng: random.Random) -> str:
    short = meta.body.name.removeprefix("Working Group on ").removeprefix("Working Group of ")
    return template.format(
        body=meta.body.name,
        body_short=short,
        venue=meta.venue,
        day1=meta.day1,
        day2=meta.day2,
        month=meta.month,
        year=meta.year,
        ordinal=rng.choice(vocab.ORDINALS),
        decision=f"{rng.randint(1, 10)}/{rng.randint(1, 9)}",
        item=rng.randint(2, 6),
    )


def section_topics(rng: random.Random, meta: Meta, sections: int) -> list[str]:
    return [rng.choice(meta.body.topics) if rng.random() < 0.85 else rng.choice(list(vocab.ACTIONS)) for _ in range(sections)]


def closing_chapter(rng: random.Random, meta: Meta, first_number: int, roman: str) -> list[Block]:
    """The non-recommendation chapter that follows the recommendations (statements, attendance)."""
    blocks = [Block("heading", f"{roman}. Organization of the meeting" + (" (continued)" if rng.random() < 0.4 else ""))]
    number = first_number
    for letter, title in zip("ABCD", ("Opening of the meeting", "Statements", "Attendance", "Adoption of the report")):
        if rng.random() < 0.3 and letter != "A":
            continue
        blocks.append(Block("heading", f"{letter}. {title}"))
        for _ in range(rng.randint(1, 2)):
            blocks.append(Block("para", f"{number}. {fill(rng.choice(vocab.NON_RECOMMENDATION_PARAGRAPHS), meta, rng)}"))
            number += 1
    return blocks


def heading_layout(
    rng: random.Random, meta: Meta, recs: list[Recommendation], topics: list[str], sizes: list[int]
) -> list[Block]:
    addendum = rng.random() < 0.5
    blocks = [
        Block(
            "heading",
            "Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
            join="\n\n\n\n",
        ),
        Block("heading", f"Distr.: {rng.choice(('Limited', 'General'))}\n{meta.date}"),
        Block("heading", "Original: English"),
        Block("heading", meta.body.name),
        Block("heading", f"{meta.venue}, {meta.day1}–{meta.day2} {meta.month} {meta.year}"),
        Block("heading", rng.choice(("Draft Report", "Draft report", "Report"))),
    ]
    if addendum:
        blocks.append(Block("heading", "Addendum"))
    blocks.append(Block("heading", "II. Recommendations" + (" (*continued*)" if addendum and rng.random() < 0.7 else "")))
    blocks.append(Block("para", f"1. {fill(rng.choice(vocab.PARAGRAPH_INTROS), meta, rng)}"))
    position = 0
    for section, (topic, size) in enumerate(zip(topics, sizes)):
        title = "General recommendations" if section == 0 and rng.random() < 0.5 else rng.choice(vocab.SECTION_TITLES[topic])
        if section > 0 and rng.random() < 0.5:
            title = f"Recommendations on {title[0].lower()}{title[1:]}" + ("." if rng.random() < 0.5 else "")
        blocks.append(Block("heading", f"{'ABCDEFGH'[section]}. {title}"))
        for rec in recs[position : position + size]:
            blocks.append(Block("heading", f"Recommendation {rec.number}"))
            blocks.extend(Block("para", part) for part in rec.text.split("\n\n"))
        position += size
    blocks.extend(closing_chapter(rng, meta, 2, "IV" if addendum else "III"))
    return blocks


def paragraph_layout(
    rng: random.Random, meta: Meta, recs: list[Recommendation], topics: list[str], sizes: list[int]
) -> list[Block]:
    run_on = rng.random() < 0.5  # a web page's text conversion runs headings and paragraphs together
    inline = " " if run_on else "\n\n"
    blocks = [
        Block("heading", meta.symbol, join=""),
        Block("heading", f"Distr.: General {meta.date}"),
        Block("heading", "Original: English"),
        Block("heading", f"{meta.body.name} {meta.venue}, {meta.day1}-{meta.day2} {meta.month} {meta.year}"),
        Block(
            "heading",
            f"Report on the meeting of the {meta.body.name} held in {meta.venue}, {meta.day1}-{meta.day2} {meta.month} {meta.year}",
        ),
        Block("heading", "I. Introduction"),
        Block(
            "para",
            f"1. In its decision {rng.randint(1, 10)}/{rng.randint(1, 9)}, the Conference of the Parties to the United Nations Convention against Transnational Organized Crime decided that the {meta.body.name} should report on its activities to the Conference at its next session.",
            join=inline,
        ),
        Block(
            "heading",
            rng.choice(
                ("II. Recommendations adopted by the Working Group", "II. Recommendations", "II. Conclusions and recommendations")
            ),
        ),
        Block("para", f"2. {fill(rng.choice(vocab.PARAGRAPH_INTROS), meta, rng)}", join=inline),
    ]
    sub_headings = rng.random() < 0.5
    position = 0
    for section, (topic, size) in enumerate(zip(topics, sizes)):
        blocks.append(Block("heading", f"{'ABCDEFGH'[section]}. {rng.choice(vocab.SECTION_TITLES[topic])}"))
        sub_number = 0
        for offset, rec in enumerate(recs[position : position + size]):
            if sub_headings and (offset == 0 or rng.random() < 0.1):
                sub_number += 1
                title = (
                    "General recommendations" if offset == 0 and rng.random() < 0.5 else rng.choice(vocab.SECTION_TITLES[topic])
                )
                blocks.append(Block("heading", f"{sub_number}. {title}", join=inline))
            parts = rec.text.split("\n\n")
            blocks.append(Block("para", f"{rec.number}. {parts[0]}", join=inline))
            blocks.extend(Block("para", part) for part in parts[1:])
        position += size
    if recs and recs[-1].truncated:
        return blocks
    blocks.extend(closing_chapter(rng, meta, int(recs[-1].number) + 1 if recs else 3, "III"))
    return blocks


def truncate(rng: random.Random, rec: Recommendation) -> None:
    """Cut the last recommendation mid-word, as a partial web conversion does."""
    cut = rng.randint(len(rec.text) // 3, max(len(rec.text) // 3 + 1, len(rec.text) - 5))
    rec.text = rec.text[:cut].rstrip(" (;,.")
    rec.truncated = True


def build_report(seed: int, index: int, recs_per_report: int) -> Report:
    rng = random.Random(f"{seed}-{index}")
    meta = draw_meta(rng, index)
    layout = "heading" if rng.random() < 0.5 else "paragraph"
    count = rng.randint(max(1, recs_per_report // 2), max(1, recs_per_report + recs_per_report // 2))
    sizes = split_sections(rng, count)
    topics = section_topics(rng, meta, len(sizes))
    first = 1 if layout == "heading" else 3
    recs: list[Recommendation] = []
    for topic, size in zip(topics, sizes):
        recs.extend(Recommendation(str(first + len(recs)), recommendation_text(rng, topic)) for _ in range(size))
    if layout == "paragraph" and rng.random() < 0.03:
        truncate(rng, recs[-1])
    blocks = (heading_layout if layout == "heading" else paragraph_layout)(rng, meta, recs, topics, sizes)
    slug = meta.body.symbol.lower().replace("/", "-").replace(".", "")
    return Report(
        f"{slug}-{meta.year}-{index:06d}",
        layout,
        meta.body.name,
        meta.symbol,
        meta.date,
        meta.job_number,
        meta.barcode,
        blocks,
        recs,
    )


# ---------------------------------------------------------------- rendering


def furniture(rng: random.Random, report: Report, page: int) -> str:
    """What a PDF-to-text conversion leaves at a page break: job number, barcode, running symbol, page number."""
    style = rng.random()
    if style < 0.25:
        return "\n\n\n\n"  # a bare break, as in the seed
    if page == 1 or style < 0.45:
        return f"\n\n{report.job_number} (E)\n\n*{report.barcode}*\n\n{report.symbol}\n\n"
    if style < 0.7:
        return f"\n\n{report.symbol}\n\n{report.job_number} {page + 1}\n\n"
    return f"\n\n{page}/{'{pages}'} {report.job_number}\n\n{report.symbol}\n\n"


def render_text(report: Report, rng: random.Random) -> str:
    """Join the blocks and insert page breaks every ~3,500 characters, cutting paragraphs mid-sentence."""
    pieces: list[str] = []
    room = rng.randint(*PAGE_CHARS)
    page = 1
    for block in report.blocks:
        pieces.append(block.join)
        text = block.text
        while len(text) > room and block.kind == "para":
            cut = text.rfind(" ", 0, room)
            if cut <= 0:
                break
            pieces.extend([text[:cut], furniture(rng, report, page)])
            page += 1
            text = text[cut + 1 :]
            room = rng.randint(*PAGE_CHARS)
        if len(text) > room:  # a heading never splits: the break goes before it
            pieces.append(furniture(rng, report, page).rstrip("\n") + "\n\n")
            page += 1
            room = rng.randint(*PAGE_CHARS)
        pieces.append(text)
        room -= len(text)
    return "".join(pieces).replace("{pages}", str(page)) + "\n"


FIXED_PDF_DATE = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
PDF_CHARS = str.maketrans({"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "*": ""})


def render_pdf(report: Report, path: Path) -> None:
    """Render the report as a real PDF with UN page furniture in headers and footers (fpdf2, core fonts)."""
    from fpdf import FPDF

    class UnDocument(FPDF):
        def header(self) -> None:
            if self.page_no() > 1:
                self.set_font("Helvetica", size=8)
                self.cell(0, 6, report.symbol, align="L" if self.page_no() % 2 == 0 else "R")
                self.ln(10)

        def footer(self) -> None:
            self.set_y(-18)
            self.set_font("Helvetica", size=8)
            label = f"{self.page_no()}/{{nb}}"
            if self.page_no() == 1:
                self.cell(0, 5, f"{report.job_number} (E)", new_x="LMARGIN", new_y="NEXT")
                self.set_font("Courier", size=10)
                self.cell(0, 5, f"*{report.barcode}*")
            else:
                self.cell(
                    0, 5, f"{label} {report.job_number}" if self.page_no() % 2 == 0 else f"{report.job_number} {label}", align="C"
                )

    pdf = UnDocument(format="A4")
    pdf.set_creation_date(FIXED_PDF_DATE)  # the same report gives the same bytes
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(auto=True, margin=22)
    pdf.add_page()
    for block in report.blocks:
        text = block.text.translate(PDF_CHARS).encode("latin-1", "replace").decode("latin-1")
        pdf.set_font("Helvetica", style="B" if block.kind == "heading" else "", size=10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# ---------------------------------------------------------------- command line


@dataclass
class Job:
    seed: int
    recs_per_report: int
    pdf_share: float
    out: Path


def generate_one(job: Job, index: int) -> dict:
    """Build, write and describe report ``index`` (a pure function of seed and index)."""
    report = build_report(job.seed, index, job.recs_per_report)
    rng = random.Random(f"{job.seed}-{index}-render")
    text_path = job.out / "txt" / f"{report.name}.txt"
    text_path.write_text(render_text(report, rng), encoding="utf-8")
    pdf_path = None
    if rng.random() < job.pdf_share:
        pdf_path = job.out / "pdf" / f"{report.name}.pdf"
        render_pdf(report, pdf_path)
    return {
        "name": report.name,
        "txt": str(text_path.relative_to(job.out)),
        "pdf": str(pdf_path.relative_to(job.out)) if pdf_path else None,
        "layout": report.layout,
        "symbol": report.symbol,
        "recommendations": [asdict(rec) for rec in report.recommendations],
    }


def _work(args: tuple[Job, int]) -> dict:
    return generate_one(*args)


def generate(out: Path, reports: int, recs_per_report: int, seed: int = 0, pdf_share: float = 0.0, jobs: int = 1) -> dict:
    """Write the corpus under ``out`` and return its manifest."""
    (out / "txt").mkdir(parents=True, exist_ok=True)
    job = Job(seed, recs_per_report, pdf_share, out)
    tasks = [(job, index) for index in range(reports)]
    counts = {"reports": 0, "recommendations": 0, "pdf_reports": 0, "heading": 0, "paragraph": 0}
    truth_lines = []
    with multiprocessing.Pool(jobs) if jobs > 1 else _Serial() as pool:
        for entry in pool.imap(_work, tasks, chunksize=8):
            counts["reports"] += 1
            counts["recommendations"] += len(entry["recommendations"])
            counts["pdf_reports"] += entry["pdf"] is not None
            counts[entry["layout"]] += 1
            truth_lines.append(json.dumps(entry, ensure_ascii=False, sort_keys=True))
    write_text(out / "truth.jsonl", "\n".join(truth_lines) + "\n")
    manifest = {"seed": seed, "recs_per_report": recs_per_report, "pdf_share": pdf_share, **counts}
    write_json(out / "manifest.json", manifest)
    return manifest


class _Serial:
    """A stand-in for multiprocessing.Pool when --jobs 1 (no fork, easier to debug)."""

    def __enter__(self) -> "_Serial":
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def imap(self, func, items, chunksize: int = 1):
        return map(func, items)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=2000, help="number of reports (default 2000)")
    parser.add_argument(
        "--recs-per-report",
        type=int,
        default=50,
        help="mean recommendations per report; each report draws 0.5x-1.5x (default 50)",
    )
    parser.add_argument("--out", type=Path, required=True, help="output folder (txt/, pdf/, truth.jsonl, manifest.json)")
    parser.add_argument("--pdf-share", type=float, default=0.0, help="share of reports also rendered to PDF, 0..1 (default 0)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--jobs", type=int, default=multiprocessing.cpu_count(), help="worker processes (default: all cores)")
    args = parser.parse_args(argv)
    if not 0.0 <= args.pdf_share <= 1.0:
        parser.error("--pdf-share must be between 0 and 1")
    manifest = generate(args.out, args.reports, args.recs_per_report, args.seed, args.pdf_share, args.jobs)
    print(json.dumps(manifest, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
