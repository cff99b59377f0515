"""Realistic processed tables for the report tests, written through the public schemas, and `recs report` run on them.

Two sessions of a working group (a 2010 numbered-paragraph report and a 2020
"Recommendation N" report), tagged and clustered, plus a new session's assignments.
One recommendation quotes markup, to prove the report shows it as text.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import Result
from typer.testing import CliRunner

from pipeline import schemas
from pipeline.atomic import write_json, write_parquet
from pipeline.cli import app

# The report's sections, by their id in the page.
SECTIONS = ["overview", "modality", "actors", "legal-refs", "themes", "clusters", "metrics", "new-session", "recommendations"]

HOSTILE_TEXT = 'States parties should report attempts to inject <script>alert(1)</script> & "quoted" markup into case databases.'

DOCS = [
    {
        "doc_id": "a1b2c3d4e5f60718",
        "source": "data/raw/wg-tip-2010-report.pdf",
        "format": "pdf",
        "body": "Working Group on Trafficking in Persons",
        "symbol": "CTOC/COP/WG.4/2010/6",
        "date": "2010-02-16",
        "venue": "Vienna",
        "title": "Report on the meeting held in Vienna, 27-29 January 2010",
        "language": "en",
        "text": "...",
        "pages": 9,
    },
    {
        "doc_id": "f0e1d2c3b4a59687",
        "source": "data/raw/wg-tip-2020-addendum.txt",
        "format": "txt",
        "body": "Working Group on Trafficking in Persons",
        "symbol": "CTOC/COP/WG.4/2020/L.1/Add.1",
        "date": "2020-09-11",
        "venue": "Vienna",
        "title": "Draft Report",
        "language": "en",
        "text": "...",
        "pages": 4,
    },
]

# (doc index, number, text, modality, addressee, actors, legal refs, themes, groups, cluster)
RECS = [
    (
        0,
        "3",
        "States parties should make better use of UNODC and other tools, such as the OHCHR Recommended Principles and Guidelines on Human Rights and Human Trafficking.",
        "should",
        "states_parties",
        ["states_parties", "unodc", "ohchr"],
        ["TIP_PROTOCOL"],
        ["capacity_building_training"],
        ["partnership"],
        "C01",
    ),
    (
        0,
        "4",
        "States parties should consider ratifying the Trafficking in Persons Protocol and bringing domestic legislation into line with article 5 of the Protocol.",
        "should_consider",
        "states_parties",
        ["states_parties"],
        ["TIP_PROTOCOL", "TIP_PROTOCOL art. 5", "domestic_law"],
        ["legislation_criminalization"],
        ["prosecution"],
        "C02",
    ),
    (
        0,
        "7",
        "States parties may wish to make use of the UNODC Model Law against Trafficking in Persons when drafting national legislation.",
        "may",
        "states_parties",
        ["states_parties", "unodc"],
        ["domestic_law"],
        ["legislation_criminalization", "national_framework_policy"],
        ["prosecution", "framework"],
        "C02",
    ),
    (
        0,
        "9",
        "States parties are encouraged to cooperate with non-governmental organizations in the identification of victims of trafficking in persons.",
        "encouraged",
        "states_parties",
        ["states_parties", "civil_society", "victims"],
        [],
        ["victim_identification", "civil_society_partnership"],
        ["protection", "partnership"],
        "C03",
    ),
    (
        1,
        "1",
        "States parties should establish and periodically review national frameworks to protect and assist victims of trafficking in persons, including at the local level.",
        "should",
        "states_parties",
        ["states_parties", "victims"],
        [],
        ["national_framework_policy", "assistance_support"],
        ["framework", "protection"],
        "C03",
    ),
    (
        1,
        "2",
        "States parties should ensure the proactive and timely identification of victims of trafficking in persons so as to allow the provision of protection and assistance.",
        "should",
        "states_parties",
        ["states_parties", "victims"],
        [],
        ["victim_identification", "assistance_support"],
        ["protection", "protection"],
        "C03",
    ),
    (
        1,
        "7",
        "States parties should strive to enhance international cooperation, including by simplifying mutual legal assistance processes in line with article 18 of the UNTOC.",
        "should_consider",
        "states_parties",
        ["states_parties"],
        ["UNTOC art. 18", "mla_agreement"],
        ["international_cooperation", "mutual_legal_assistance"],
        ["partnership", "partnership"],
        "C01",
    ),
    (
        1,
        "8",
        "States parties should cooperate to identify and prosecute the full chain of perpetrators, especially the heads of criminal networks.",
        "should",
        "states_parties",
        ["states_parties", "perpetrators", "criminal_networks"],
        [],
        ["investigation_prosecution", "criminal_networks"],
        ["prosecution", "prosecution"],
        "C02",
    ),
    (
        1,
        "14",
        "States parties may consider establishing joint investigation teams with INTERPOL and Europol support, in accordance with article 19 of the Convention.",
        "may",
        "states_parties",
        ["states_parties", "joint_investigation_teams", "interpol", "europol"],
        ["UNTOC art. 19"],
        ["joint_investigations"],
        ["partnership"],
        "C01",
    ),
    (1, "26", HOSTILE_TEXT, "should", "states_parties", ["states_parties"], [], ["digital_evidence"], ["prosecution"], "C02"),
]


def rec_id(index: int) -> str:
    """The rec_id of RECS[index]: doc id + number, as the segmenter makes it."""
    doc, number = RECS[index][0], RECS[index][1]
    return f"{DOCS[doc]['doc_id']}-{number}"


def recommendation_rows() -> list[dict]:
    rows, offsets = [], {}
    for index, (doc, number, text, *_rest) in enumerate(RECS):
        start = offsets.get(doc, 120)
        rows.append(
            {
                "rec_id": rec_id(index),
                "doc_id": DOCS[doc]["doc_id"],
                "number": number,
                "section": "II. Recommendations > A. General recommendations",
                "text": text,
                "start": start,
                "end": start + len(text),
                "truncated": False,
            }
        )
        offsets[doc] = start + len(text) + 40
    return rows


def tagged_rows() -> list[dict]:
    rows = []
    for index, (doc, number, text, modality, addressee, actors, refs, themes, groups, _cluster) in enumerate(RECS):
        strength = {"mandatory": 5, "should": 4, "should_consider": 3, "encouraged": 2, "may": 1, "none": 0}[modality]
        clause = {
            "value": modality,
            "strength": strength,
            "negated": False,
            "subject": addressee,
            "verb": "ensure",
            "start": 0,
            "end": len(text),
        }
        rows.append(
            {
                "rec_id": rec_id(index),
                "doc_id": DOCS[doc]["doc_id"],
                "number": number,
                "text": text,
                "modality": modality,
                "modality_strength": strength,
                "negated": False,
                "modal_clauses": [clause],
                "addressee": addressee,
                "actors": actors,
                "legal_refs": refs,
                "themes": themes,
                "theme_groups": groups,
                "theme_scores": [0.9] * len(themes),
            }
        )
    return rows


CLUSTER_LABELS = {
    "C01": "international_cooperation · mutual legal assistance",
    "C02": "prosecution · legislation",
    "C03": "victim_identification · assistance",
}


def cluster_rows() -> list[dict]:
    return [
        {
            "rec_id": rec_id(index),
            "number": rec[1],
            "doc_id": DOCS[rec[0]]["doc_id"],
            "cluster_id": rec[9],
            "cluster_label": CLUSTER_LABELS[rec[9]],
        }
        for index, rec in enumerate(RECS)
    ]


NOVEL_TEXT = "States parties should require the marking of firearms at the time of manufacture and import."
REPEAT_TEXT = "States parties should simplify mutual legal assistance procedures, in line with article 18 of the Convention."


REPEATED_REF = "WG on Trafficking in Persons, 2020-09-11, Recommendation 7"  # RECS[6], as `recs assign` names it


def assigned_rows() -> list[dict]:
    base = {
        "source": "data/new/wg-tip-2024-report.docx",
        "modality": "should",
        "modality_strength": 4,
        "negated": False,
        "modal_clauses": [],
        "addressee": "states_parties",
        "actors": ["states_parties"],
        "theme_scores": [],
        "relation": "new",
        "repeats_id": None,
        "repeats_ref": None,
        "also_repeats": None,
        "earlier_modality": None,
        "strength_change": None,
        "addressee_change": None,
        "refs_added": None,
        "refs_dropped": None,
    }
    return [
        {
            **base,
            "id": "9f8e7d6c5b4a3921-2",
            "number": "2",
            "text": NOVEL_TEXT,
            "legal_refs": [],
            "themes": [],
            "theme_groups": [],
            "cluster_id": "C02",
            "cluster_label": CLUSTER_LABELS["C02"],
            "probability": 0.31,
            "novel": True,
            "similar_ids": [rec_id(1)],
            "similar_refs": ["WG on Trafficking in Persons, 2010-02-16, Recommendation 4"],
            "similar_scores": [0.12],
        },
        {
            **base,
            "id": "9f8e7d6c5b4a3921-5",
            "number": "5",
            "text": REPEAT_TEXT,
            "legal_refs": ["UNTOC art. 18"],
            "themes": ["mutual_legal_assistance"],
            "theme_groups": ["partnership"],
            "cluster_id": "C01",
            "cluster_label": CLUSTER_LABELS["C01"],
            "probability": 0.88,
            "novel": False,
            "relation": "repeats",
            "repeats_id": rec_id(6),
            "repeats_ref": REPEATED_REF,
            "also_repeats": [],
            "earlier_modality": "should_consider",
            "strength_change": 1,
            "addressee_change": None,
            "refs_added": ["UNTOC art. 18"],
            "refs_dropped": [],
            "similar_ids": [rec_id(6), rec_id(8), "0000000000000000-99"],
            "similar_refs": [
                REPEATED_REF,
                "WG on Trafficking in Persons, 2020-09-11, Recommendation 14",
                "unknown body, undated, Recommendation 99",
            ],
            "similar_scores": [0.81, 0.34, 0.2],
        },
    ]


TAGGING_METRICS = {
    "modality_accuracy": 0.923,
    "addressee_accuracy": 0.96,
    "n": 86,
    "actors": {"precision": 0.9, "recall": 0.85, "f1": 0.874},
    "per_theme": {
        "victim_identification": {"precision": 1.0, "recall": 0.8, "f1": 0.889, "support": 5},
        "mutual_legal_assistance": {"precision": 0.75, "recall": 1.0, "f1": 0.857, "support": 3},
    },
}
TRAIN_METRICS = {"cv_accuracy": 0.71, "cv_macro_f1": 0.66, "novelty_threshold": 0.42, "features": "tfidf+tags"}


def write_tables(root: Path, *, tagged: bool = True, clusters: bool = True, assigned: bool = True, metrics: bool = True) -> Path:
    """Write the processed tables (and optionally the later stages' ones) under ``root``; return ``root``."""
    processed = root / "data" / "processed"
    write_parquet(processed / "documents.parquet", DOCS, schemas.DOCUMENTS)
    write_parquet(processed / "recommendations.parquet", recommendation_rows(), schemas.RECOMMENDATIONS)
    if tagged:
        write_parquet(processed / "tagged.parquet", tagged_rows(), schemas.TAGGED)
    if clusters:
        write_parquet(processed / "clusters.parquet", cluster_rows(), schemas.CLUSTERS)
    if assigned:
        write_parquet(processed / "assigned.parquet", assigned_rows(), schemas.ASSIGNED)
    if metrics:
        write_json(root / "metrics" / "tagging.json", TAGGING_METRICS)
        write_json(root / "metrics" / "train.json", TRAIN_METRICS)
    return root


def run_report(root: Path, *extra: str) -> Result:
    """`recs report` on the tables :func:`write_tables` wrote under ``root`` (page: reports/index.html), plus ``extra`` options."""
    return CliRunner().invoke(
        app,
        [
            "report",
            "--processed",
            str(root / "data/processed"),
            "--metrics",
            str(root / "metrics"),
            "--assigned",
            str(root / "data/processed/assigned.parquet"),
            "--out",
            str(root / "reports/index.html"),
            *extra,
        ],
    )
