"""Every reader on real files built here from one report, with its page furniture; and every bad input."""

from __future__ import annotations

import random

import pytest

from pipeline.errors import RecsError
from pipeline.ingest import read_document
from tests.fixtures.ingest import sample_report as sample

BUILDERS = {
    "report.pdf": sample.write_pdf,
    "report.docx": sample.write_docx,
    "report.html": sample.write_html,
    "utf8.txt": lambda path: sample.write_txt(path, "utf-8"),
    "utf8-bom.txt": lambda path: sample.write_txt(path, "utf-8-sig"),
    "utf16.txt": lambda path: sample.write_txt(path, "utf-16"),
    "cp1252.txt": lambda path: sample.write_txt(path, "cp1252"),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("formats")
    return {name: build(folder / name) for name, build in BUILDERS.items()}


@pytest.fixture(scope="module")
def rows(built):
    return {name: read_document(path) for name, path in built.items()}


@pytest.mark.parametrize("name", BUILDERS)
def test_every_format_reads_back_the_same_clean_text(rows, name):
    assert rows[name]["text"] == sample.EXPECTED_TEXT


@pytest.mark.parametrize("name", BUILDERS)
def test_every_format_yields_the_masthead_metadata(rows, name):
    row = rows[name]
    assert {key: row[key] for key in sample.EXPECTED_METADATA} == sample.EXPECTED_METADATA
    assert row["language"] == "en"


def test_same_document_in_any_format_has_one_id(rows):
    assert len({row["doc_id"] for row in rows.values()}) == 1


def test_format_and_page_counts(rows):
    assert rows["report.pdf"]["format"] == "pdf"
    assert rows["report.pdf"]["pages"] == len(sample.printed_pages()) > 1
    assert rows["utf8.txt"]["pages"] == len(sample.printed_pages())  # form feeds separate pages
    assert rows["report.docx"]["format"] == "docx" and rows["report.docx"]["pages"] == 2  # one explicit page break
    assert rows["report.html"]["format"] == "html" and rows["report.html"]["pages"] == 1


def test_pdf_furniture_is_gone_and_the_symbol_kept_once(rows):
    text = rows["report.pdf"]["text"]
    for furniture in (sample.JOB_NUMBER, sample.BARCODE, sample.RUNNING_HEADER, "Page 2 of"):
        assert furniture not in text
    assert text.count(sample.SYMBOL) == 1


def test_pdf_page_break_and_hyphenation_are_repaired(rows):
    text = rows["report.pdf"]["text"]
    assert "in order to trace, seize and confiscate" in text
    assert "the coordination of search" in text
    assert "a multi-agency and whole-of-society approach" in text


def test_encodings_are_really_different_on_disk(built):
    cp1252 = built["cp1252.txt"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        cp1252.decode("utf-8")
    assert built["utf16.txt"].read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    assert built["utf8-bom.txt"].read_bytes()[:3] == b"\xef\xbb\xbf"
    assert "“Smuggling of Migrants Protocol”" in read_document(built["cp1252.txt"])["text"]


def test_html_scripts_styles_and_comments_are_not_text(rows):
    text = rows["report.html"]["text"]
    for hidden in ("should not appear", "injected", "color: red", "a comment", "Enable JavaScript"):
        assert hidden not in text


# --- bad input: one clear line naming the file -------------------------------------------------


def _error(path) -> str:
    with pytest.raises(RecsError) as caught:
        read_document(path)
    message = str(caught.value)
    assert "\n" not in message and str(path) in message
    return message


def test_empty_and_blank_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("\n  \n\t\n", encoding="utf-8")
    assert "is empty" in _error(tmp_path / "empty.txt")
    assert "is empty" in _error(tmp_path / "blank.txt")


def test_only_furniture_is_no_text(tmp_path):
    path = tmp_path / "furniture.txt"
    path.write_text("V.21-01234 (E)\n\n*2101234*\n\n- 2 -\n", encoding="utf-8")
    assert "has no text" in _error(path)


def test_binary_file_named_txt(tmp_path):
    path = tmp_path / "image.txt"
    generator = random.Random(7)
    path.write_bytes(bytes(generator.randrange(256) for _ in range(20_000)))
    assert "binary" in _error(path)


def test_pdf_without_text_layer(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    for _ in range(2):
        pdf.add_page()
        pdf.rect(20, 20, 120, 160, style="F")  # what a scan looks like to a text extractor
    path = tmp_path / "scanned.pdf"
    pdf.output(str(path))
    assert "has no text layer (scanned?) — run OCR first" in _error(path)


def test_corrupt_and_truncated_pdf(tmp_path, built):
    garbage = tmp_path / "garbage.pdf"
    generator = random.Random(3)
    garbage.write_bytes(b"%PDF-1.7\n" + bytes(generator.randrange(256) for _ in range(5000)))
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(built["report.pdf"].read_bytes()[:400])
    assert "not a readable PDF" in _error(garbage)
    message = _error(truncated)
    assert "not a readable PDF" in message or "no text layer" in message


def test_corrupt_docx(tmp_path):
    path = tmp_path / "report.docx"
    path.write_text("this is not a zip archive", encoding="utf-8")
    assert "not a readable .docx" in _error(path)


def test_unsupported_extension_and_missing_path(tmp_path):
    path = tmp_path / "report.odt"
    path.write_text("States parties should act.", encoding="utf-8")
    assert "unsupported file type '.odt'" in _error(path)
    assert "no such file or directory" in _error(tmp_path / "absent.txt")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "French",
            "1. Les États parties devraient renforcer la coopération internationale afin de prévenir et de combattre "
            "la traite des personnes, en particulier des femmes et des enfants, et protéger les victimes.\n\n"
            "2. Le Groupe de travail a recommandé que le secrétariat continue de recueillir des informations.",
        ),
        (
            "Spanish",
            "1. Los Estados partes deberían fortalecer la cooperación internacional para prevenir y combatir la trata "
            "de personas, especialmente de mujeres y niños, y proteger a las víctimas.\n\n"
            "2. El Grupo de trabajo recomendó que la secretaría siguiera reuniendo información.",
        ),
    ],
)
def test_report_not_in_english(tmp_path, language, text):
    path = tmp_path / "rapport.txt"
    path.write_text(text, encoding="utf-8")
    assert f"report is in {language}; the pipeline reads English reports only" in _error(path)


@pytest.mark.slow
def test_fifty_megabyte_text_file_is_read_whole_and_clean(tmp_path):
    """Speed is measured in benchmarks/; here: nothing lost or left behind at that size."""
    page = sample.pdftotext_style()
    path = tmp_path / "huge.txt"
    copies = 0
    with open(path, "w", encoding="utf-8") as handle:
        while handle.tell() < 50_000_000:
            handle.write(page.replace("twelfth session", f"session {copies}"))
            copies += 1
    row = read_document(path)
    assert row["text"].count("in order to trace, seize and confiscate") == copies
    assert sample.JOB_NUMBER not in row["text"]
