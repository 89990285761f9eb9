"""extract_arrow: one typed row per entity, equal to the records' entities."""

from __future__ import annotations

import datetime

import pyarrow as pa
import pytest

import khabar

AR = "قُتل 43 ألف شخص منذ عام 2014 في العراق، وقدمت الأمم المتحدة 95% من المساعدات الأسبوع الماضي."


def test_rows_match_records() -> None:
    ex = khabar.Extractor()
    table = pa.table(
        {
            "id": ["ar1", "en1", "en2"],
            "lang": ["ar", "en", None],
            "reference_date": ["2017-08-23", None, "2021-06-29"],
            "text": [AR, "Nothing here.", "Iraq got $20 billion last week, 0.6 of it from Daesh Ministry of Water."],
        }
    )
    out = ex.extract_arrow(table)
    assert out.schema == khabar.entity_schema()
    assert out.schema.names == [name for name, _ in khabar.ENTITY_COLUMNS]
    rows = out.to_pylist()
    records = list(ex.pipe(table.to_pylist()))
    expected = [(r["id"], e) for r in records for e in r["entities"]]
    assert len(rows) == len(expected) > 6
    for row, (doc_id, e) in zip(rows, expected):
        assert row["doc_id"] == doc_id
        for key in ("kind", "start", "end", "byte_start", "byte_end", "text", "grain", "subtype", "currency",
                    "bound", "relative", "canonical", "country", "lat", "lon", "extractor", "reason"):
            assert row[key] == e.get(key), key
        assert row["id"] == e.get("id")
        assert row["value_max"] == e.get("value_max")
        if e["kind"] == "number":
            assert row["value_num"] == e["value"] and row["value_str"] == str(e["value"])
        else:
            assert row["value_num"] is None
            assert row["value_str"] == (e["value"] if isinstance(e.get("value"), str) else None)
        if "confidence" in e:
            assert row["confidence"] == pytest.approx(e["confidence"])
    assert {r["lang"] for r in rows} == {"ar", "en"}


def test_column_mapping_types_and_errors() -> None:
    ex = khabar.Extractor()
    table = pa.table(
        {
            "maintext": ["Iraq got $20 billion last week."],
            "language": ["en"],
            "date_publish": pa.array([datetime.date(2021, 6, 29)], pa.date32()),
            "n": [17],
        }
    )
    out = ex.extract_arrow(table, text_col="maintext", lang_col="language", date_col="date_publish", id_col="n")
    assert out.column("doc_id").to_pylist() == ["17"] * out.num_rows
    assert "2021-W25" in out.column("value_str").to_pylist()
    no_ids = ex.extract_arrow(table.rename_columns(["text", "lang", "reference_date", "x"]))
    assert set(no_ids.column("doc_id").to_pylist()) == {"0"}
    with pytest.raises(KeyError, match="no column 'text'"):
        ex.extract_arrow(table)
    bad = pa.table({"text": ["a 1", "b 2"], "lang": ["english", "en"], "id": ["x", "y"]})
    with pytest.raises(khabar.DocumentError, match="document x: invalid lang `english`"):
        ex.extract_arrow(bad)
    skipped = ex.extract_arrow(bad, on_error="skip")
    assert set(skipped.column("doc_id").to_pylist()) == {"y"}
    empty = ex.extract_arrow(pa.table({"text": pa.array([], pa.string())}))
    assert empty.num_rows == 0 and empty.schema == khabar.entity_schema()
