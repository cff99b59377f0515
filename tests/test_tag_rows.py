"""The TAGGED row and the span record of one tagged text: the record is the row without ``modal_clauses`` (its
spans hold each clause with offsets) plus ``theme_sources`` and ``spans``, in both tagger modes."""

from __future__ import annotations

import pytest

from pipeline.schemas import TAGGED
from pipeline.tagging.api import tag_rows
from tests.tag_support import assembled, rule_only_assembled

TEXT = "States parties should not detain victims of trafficking and should consider adopting measures under article 6."


@pytest.mark.parametrize("tagger", [assembled, rule_only_assembled], ids=["parsed", "rule-only"])
def test_record_is_the_row_without_clauses_plus_spans(tagger):
    [(row, record)] = list(tag_rows(tagger(), [{"rec_id": "r1", "doc_id": "d1", "number": "4", "text": TEXT}]))
    assert list(row) == TAGGED.names  # the table's column order
    assert set(record) == (set(TAGGED.names) - {"modal_clauses"}) | {"theme_sources", "spans"}
    assert {key: record[key] for key in row if key != "modal_clauses"} == {
        key: value for key, value in row.items() if key != "modal_clauses"
    }
    clauses = record["spans"]["modal_clauses"]
    assert [span["label"] for span in clauses] == [clause["value"] for clause in row["modal_clauses"]]
    for span, clause in zip(clauses, row["modal_clauses"]):
        assert (span["start"], span["end"]) == (clause["start"], clause["end"])
        assert {key: span[key] for key in ("strength", "negated", "subject", "verb")} == {
            key: clause[key] for key in ("strength", "negated", "subject", "verb")
        }
        assert "value" not in span  # the label holds it
    assert clauses[0]["negated"] is True and row["negated"] is True
    assert [span["role"] for span in record["spans"]["actors"] if span["label"] == "states_parties"] == ["state"]
    assert [span["canonical"] for span in record["spans"]["legal_refs"]] == ["UNTOC art. 6"]
