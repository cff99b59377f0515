"""Property-based tests: ingest, segment and tag never crash and never lose text.

Strategies build report-like text (chapters, "Recommendation N" headings,
numbered paragraphs, page furniture cutting sentences, wrapped lines) from a
UN vocabulary, and also throw arbitrary Unicode and bytes at every stage.
Examples are derandomized so a failure reproduces on every run.
"""

from __future__ import annotations

import random
import re
import string
import textwrap
import unicodedata
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks import corpus_vocab
from benchmarks.generate_corpus import build_report, render_text
from pipeline.errors import RecsError
from pipeline.schemas import TAGGED
from tests.segment_expectations import as_segmented

FAST = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
SLOWER = settings(FAST, max_examples=25)

# ---------------------------------------------------------------- strategies

_VOCAB_TEXT = " ".join(
    [obj for actions in corpus_vocab.ACTIONS.values() for _verb, obj in actions]
    + [actor for actor, _plural in corpus_vocab.STATE_ACTORS]
    + list(corpus_vocab.QUALIFIERS)
    + list(corpus_vocab.PURPOSES)
    + list(corpus_vocab.NON_RECOMMENDATION_PARAGRAPHS)
)
WORDS = sorted(set(re.findall(r"[A-Za-z][a-z]+", _VOCAB_TEXT)))
MODALS = ["should", "shall", "should consider", "are encouraged to", "may consider", "are invited to", "must", "should strive to"]

vocab_word = st.sampled_from(WORDS)
odd_word = st.text(alphabet=string.ascii_letters + "éçñüß", min_size=1, max_size=12)
word = st.one_of(vocab_word, vocab_word, vocab_word, vocab_word, odd_word)


@st.composite
def sentences(draw, modal: bool | None = None) -> str:
    """An English-looking sentence; with a modal verb (always, never or at random) it reads as a request."""
    actor = draw(st.sampled_from([a for a, _ in corpus_vocab.STATE_ACTORS]))
    body = " ".join(draw(st.lists(word, min_size=3, max_size=25)))
    punctuation = draw(st.sampled_from([", ", " ", "; ", " (", ") "]))
    tail = " ".join(draw(st.lists(word, min_size=0, max_size=8)))
    if modal if modal is not None else draw(st.booleans()):
        text = f"{actor[0].upper()}{actor[1:]} {draw(st.sampled_from(MODALS))} {body}{punctuation}{tail}".strip()
    else:
        text = f"{body[0].upper()}{body[1:]}{punctuation}{tail}".strip()
    return text.rstrip(" (;,") + "."


paragraphs = st.lists(sentences(), min_size=1, max_size=3).map(" ".join)
requests = st.tuples(sentences(modal=True), st.lists(sentences(), max_size=2)).map(lambda parts: " ".join([parts[0], *parts[1]]))
titles = st.lists(vocab_word, min_size=1, max_size=7).map(lambda words: " ".join(words).capitalize())

furniture_lines = st.one_of(
    st.builds(lambda year, job: f"V.{year:02d}-{job:05d} (E)", st.integers(0, 99), st.integers(0, 99999)),
    st.builds(lambda digits: f"*{digits}*", st.integers(1_000_000, 9_999_999)),
    st.builds(
        lambda wg, year, n: f"CTOC/COP/WG.{wg}/{year}/L.{n}", st.integers(1, 9), st.integers(2009, 2030), st.integers(1, 9)
    ),
    st.builds(lambda page, pages: f"{page}/{pages}", st.integers(1, 30), st.integers(30, 60)),
)


@st.composite
def report_texts(draw) -> tuple[str, str]:
    """(clean text, the same text as a PDF conversion leaves it: furniture at page breaks, wrapped lines)."""
    blocks: list[str] = [draw(titles)]
    headed = draw(st.booleans())
    blocks.append(
        f"II. {draw(st.sampled_from(['Recommendations', 'Conclusions and recommendations', 'Recommendations adopted by the Working Group']))}"
    )
    number = 1 if headed else 3
    for section in "ABC"[: draw(st.integers(1, 3))]:
        blocks.append(f"{section}. {draw(titles)}")
        for _ in range(draw(st.integers(1, 4))):
            if headed:
                blocks += [f"Recommendation {number}", draw(paragraphs)]
            else:
                blocks.append(f"{number}. {draw(requests)}")
            number += 1
    if draw(st.booleans()):
        blocks += ["III. Organization of the meeting", f"{number}. {draw(paragraphs)}"]
    clean = "\n\n".join(blocks)

    width = draw(st.sampled_from([0, 60, 75, 90]))  # 0: one line per paragraph, as a web conversion
    wrapped = "\n\n".join(
        textwrap.fill(block, width, break_on_hyphens=False, break_long_words=False) if width else block for block in blocks
    )
    words = wrapped.split(" ")
    cuts = sorted(set(draw(st.lists(st.integers(1, max(1, len(words) - 1)), max_size=4))))
    pieces, previous = [], 0
    for cut in cuts:
        lines = draw(st.lists(furniture_lines, min_size=0, max_size=3))
        pieces.append(" ".join(words[previous:cut]) + "\n\n" + "\n\n".join(lines) + "\n\n")
        previous = cut
    pieces.append(" ".join(words[previous:]))
    return clean, "".join(pieces)


arbitrary_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=2000)
printable_text = st.text(alphabet=string.printable + "–—’“”•§¶", max_size=2000)


def word_tokens(text: str) -> list[str]:
    """Words compared the way a reader sees them: NFKC (ligatures spelled out), case-folded, punctuation dropped."""
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold())


def is_subsequence(needle: list[str], haystack: list[str]) -> bool:
    remaining = iter(haystack)
    return all(any(item == candidate for candidate in remaining) for item in needle)


# ---------------------------------------------------------------- ingest


@pytest.fixture(scope="module")
def read_document():
    from pipeline.ingest import read_document

    return read_document


def _ingest(read_document, folder: Path, data: bytes, suffix: str = ".txt") -> dict | None:
    path = folder / f"doc-{len(list(folder.iterdir()))}{suffix}"
    path.write_bytes(data)
    try:
        return read_document(path)
    except RecsError:
        return None  # a clear, user-facing refusal is a valid outcome; anything else is a crash


@FAST
@given(text=st.one_of(arbitrary_text, printable_text))
def test_ingest_never_crashes_on_arbitrary_text(read_document, tmp_path_factory, text):
    row = _ingest(read_document, tmp_path_factory.mktemp("ingest"), text.encode("utf-8"))
    if row is not None:
        assert isinstance(row["text"], str)
        pa.Table.from_pylist([row])  # a row the DOCUMENTS writer can take


@FAST
@given(data=st.binary(max_size=3000))
def test_ingest_never_crashes_on_arbitrary_bytes(read_document, tmp_path_factory, data):
    for suffix in (".txt", ".pdf"):
        _ingest(read_document, tmp_path_factory.mktemp("ingest"), data, suffix)


@FAST
@given(texts=report_texts())
def test_ingest_cleaning_never_loses_a_word(read_document, tmp_path_factory, texts):
    clean, converted = texts
    row = _ingest(read_document, tmp_path_factory.mktemp("ingest"), converted.encode("utf-8"))
    assert row is not None, "an English report-like text was refused"
    expected, output = word_tokens(clean), word_tokens(row["text"])
    assert is_subsequence(expected, output), f"words lost or reordered:\n{clean}\n---\n{row['text']}"


# ---------------------------------------------------------------- segment


def check_segments(text: str, rows: list[dict]) -> None:
    """Offsets inside the document, text equal to the slice, no overlap, unique ids."""
    previous_end = 0
    for row in rows:
        assert 0 <= row["start"] < row["end"] <= len(text)
        assert row["text"] == text[row["start"] : row["end"]]
        assert row["start"] >= previous_end, "recommendations overlap or are out of reading order"
        assert re.fullmatch(r"\d+(?:bis|ter|quater)?(?:\([a-z]\))?", row["number"])
        previous_end = row["end"]
    assert len({row["rec_id"] for row in rows}) == len(rows)


def _segment(text: str) -> list[dict]:
    from pipeline.segment import segment_document

    try:
        return segment_document("doc", text)
    except RecsError:
        return []


@FAST
@given(text=st.one_of(arbitrary_text, printable_text))
def test_segment_never_crashes_and_keeps_offsets_on_arbitrary_text(text):
    check_segments(text, _segment(text))


@FAST
@given(texts=report_texts())
def test_segment_offsets_hold_on_report_like_text(texts):
    clean, converted = texts
    for text in (clean, converted):
        check_segments(text, _segment(text))
    assert _segment(clean), "no recommendation found in a report with recommendations"


@SLOWER
@given(seed=st.integers(0, 2**32 - 1), size=st.integers(1, 15))
def test_ingest_then_segment_finds_every_generated_recommendation(read_document, tmp_path_factory, seed, size):
    """End to end on the benchmark generator's reports: both layouts, furniture, truncation."""
    report = build_report(seed, 0, size)
    converted = render_text(report, random.Random(seed))
    row = _ingest(read_document, tmp_path_factory.mktemp("ingest"), converted.encode("utf-8"))
    assert row is not None
    rows = _segment(row["text"])
    check_segments(row["text"], rows)
    expected = [item for rec in report.recommendations for item in as_segmented(rec)]
    assert [r["number"] for r in rows] == [number for number, _, _ in expected]
    assert [r["truncated"] for r in rows] == [truncated for _, _, truncated in expected]
    for found, (_, text, _) in zip(rows, expected):
        assert " ".join(found["text"].split()) == " ".join(text.split())


# ---------------------------------------------------------------- tag


@pytest.fixture(scope="module")
def rule_only_tagger():
    from pipeline.tagging.build import build_tagger

    with pytest.warns(Warning):  # rule-only mode must say so
        return build_tagger("no_such_base_model_installed")


@pytest.fixture(scope="module")
def trained_tagger():
    from pipeline.tagging.build import build_tagger

    return build_tagger()  # the base model configs/tagger.cfg names


def _offsets_inside(record, length: int) -> None:
    """Every {start, end} pair anywhere in a JSONL record lies inside the text."""
    if isinstance(record, dict):
        if isinstance(record.get("start"), int) and isinstance(record.get("end"), int):
            assert 0 <= record["start"] <= record["end"] <= length, record
        for value in record.values():
            _offsets_inside(value, length)
    elif isinstance(record, list):
        for value in record:
            _offsets_inside(value, length)


def check_tagging(nlp, texts: list[str]) -> None:
    from pipeline.tagging.api import tag_rows

    rows = [{"rec_id": f"d-{i}", "doc_id": "d", "number": str(i), "text": text} for i, text in enumerate(texts)]
    results = list(tag_rows(nlp, rows, batch_size=8))
    assert [tagged["rec_id"] for tagged, _ in results] == [row["rec_id"] for row in rows]
    pa.Table.from_pylist([tagged for tagged, _ in results], schema=TAGGED)  # fits the public contract
    for (tagged, record), text in zip(results, texts):
        assert tagged["text"] == text
        assert 0 <= tagged["modality_strength"] <= 5
        assert len(tagged["themes"]) == len(tagged["theme_scores"])
        for clause in tagged["modal_clauses"]:
            assert 0 <= clause["start"] <= clause["end"] <= len(text)
        _offsets_inside(record, len(text))


@FAST
@given(texts=st.lists(st.one_of(arbitrary_text, printable_text, paragraphs), min_size=1, max_size=6))
def test_rule_only_tagging_never_crashes(rule_only_tagger, texts):
    check_tagging(rule_only_tagger, texts)


@settings(FAST, max_examples=15)
@given(texts=st.lists(st.one_of(printable_text, paragraphs), min_size=1, max_size=4))
def test_trained_tagging_never_crashes(trained_tagger, texts):
    check_tagging(trained_tagger, texts)
