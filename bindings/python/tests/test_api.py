"""The Python API: extract, pipe, errors, extractors, and batches without the GIL."""

from __future__ import annotations

import datetime
import json
import threading
import time

import pytest

import khabar

AR = "قُتل 43 ألف شخص منذ عام 2014 في العراق، وقدمت الأمم المتحدة 95% من المساعدات الأسبوع الماضي."


@pytest.fixture(scope="module")
def ex() -> khabar.Extractor:
    return khabar.Extractor()


def test_extract_gives_spec_entities(ex: khabar.Extractor) -> None:
    entities = ex.extract(AR, lang="ar", reference_date="2017-08-23")
    assert [(e["kind"], e["text"]) for e in entities] == [
        ("number", "43 ألف"),
        ("date", "عام 2014"),
        ("location", "العراق"),
        ("organization", "الأمم المتحدة"),
        ("number", "95%"),
        ("date", "الأسبوع الماضي"),
    ]
    first = entities[0]
    assert first["value"] == 43000 and isinstance(first["value"], int)
    assert first["subtype"] == "cardinal" and first["extractor"] == "ar.numbers"
    for e in entities:
        assert AR[e["start"] : e["end"]] == e["text"]
        assert AR.encode()[e["byte_start"] : e["byte_end"]].decode() == e["text"]
    assert entities[-1]["value"] == "2017-W33" and entities[-1]["grain"] == "week"
    assert entities[2]["canonical"] == "Iraq" and entities[2]["country"] == "IQ"


def test_reference_date_as_date_and_defaults(ex: khabar.Extractor) -> None:
    text = "The talks ended last week."
    assert ex.extract(text, lang="en")[0]["value"] is None  # today is never assumed
    by_str = ex.extract(text, lang="en", reference_date="2021-06-29")
    by_date = ex.extract(text, lang="en", reference_date=datetime.date(2021, 6, 29))
    assert by_str == by_date and by_str[0]["value"] == "2021-W25"
    dated = khabar.Extractor(reference_date="2021-06-29", lang="en")
    assert dated.extract(text) == by_str


def test_module_level_extract_and_extractors() -> None:
    assert [e["text"] for e in khabar.extract("Iraq got $20 billion.", lang="en")] == ["Iraq", "$20 billion"]
    ids = [e["id"] for e in khabar.extractors()]
    assert ids == sorted(ids) and {"en.dates", "ar.numbers", "bn.locations"} <= set(ids)
    assert all(e["description"] for e in khabar.extractors())


def test_selection_by_glob_and_list() -> None:
    text = "Iraq got $20 billion in 2014."
    only_numbers = khabar.Extractor(extractors="*.numbers").extract(text, lang="en")
    assert {e["kind"] for e in only_numbers} == {"number"}
    two = khabar.Extractor(extractors=["en.numbers", "en.locations"]).extract(text, lang="en")
    assert {e["kind"] for e in two} == {"number", "location"}


def test_config_errors_carry_the_engine_message() -> None:
    with pytest.raises(khabar.ConfigError, match="prefer: `sideways` is not past or future"):
        khabar.Extractor(prefer="sideways")
    with pytest.raises(khabar.ConfigError, match=r"^khabar.Extractor: unknown extractor `xx.nothing`; registered: ar.dates"):
        khabar.Extractor(extractors="xx.nothing")
    with pytest.raises(khabar.ConfigError, match="cannot read config"):
        khabar.Extractor(config="/nonexistent/khabar.toml")
    assert issubclass(khabar.ConfigError, khabar.KhabarError)
    assert issubclass(khabar.KhabarError, ValueError)


def test_document_errors_raise(ex: khabar.Extractor) -> None:
    with pytest.raises(khabar.DocumentError, match=r"invalid lang `english`: expected a 2- or 3-letter ISO 639 code"):
        ex.extract("text", lang="english")
    with pytest.raises(khabar.DocumentError, match="invalid reference_date"):
        ex.extract("text", reference_date="2021-13-01")
    with pytest.raises(khabar.DocumentError, match="invalid prefer `soon`"):
        ex.extract("text", prefer="soon")


def test_pipe_keeps_order_over_10k_documents(ex: khabar.Extractor) -> None:
    docs = [{"id": i, "lang": "en", "text": f"Item {i}: {i * 7} people in Iraq."} for i in range(10_000)]
    records = list(ex.pipe(docs, batch_size=512))
    assert len(records) == 10_000
    for i, record in enumerate(records):
        assert record["id"] == i
        numbers = [e["value"] for e in record["entities"] if e["kind"] == "number"]
        assert numbers == [i, i * 7] if i > 0 else numbers == [0, 0]


def test_pipe_strings_dicts_and_threads(ex: khabar.Extractor) -> None:
    docs: list[khabar.Document] = [
        "Iraq got $20 billion.",
        {"text": AR, "id": "ar1", "reference_date": "2017-08-23", "extra": [1, 2]},
    ]
    one = list(ex.pipe(docs, n_threads=1, batch_size=1))
    two = list(ex.pipe(docs, n_threads=2))
    assert one == two
    assert one[0]["id"] is None and one[0]["lang"] == "en"
    assert one[1]["id"] == "ar1" and one[1]["entities"] == ex.extract(AR, lang="ar", reference_date="2017-08-23")
    assert list(ex.pipe([])) == []
    dated = next(ex.pipe([{"text": "Talks ended last week.", "lang": "en", "reference_date": datetime.date(2021, 6, 29)}]))
    assert dated["reference_date"] == "2021-06-29" and dated["entities"][0]["value"] == "2021-W25"


def test_pipe_error_records_and_raise(ex: khabar.Extractor) -> None:
    docs = [{"id": "a", "text": "one"}, {"id": "b", "lang": "english", "text": "two"}, {"id": "c"}, "three"]
    records = list(ex.pipe(docs))
    assert [r["id"] for r in records] == ["a", "b", "c", None]
    assert "error" not in records[0] and "error" not in records[3]
    assert records[1] == {
        "id": "b",
        "lang": None,
        "reference_date": None,
        "entities": [],
        "error": "docs[1]: invalid lang `english`: expected a 2- or 3-letter ISO 639 code",
    }
    assert records[2]["error"] == "docs[2]: malformed document: missing field `text`"
    with pytest.raises(khabar.DocumentError, match=r"^docs\[1\]: invalid lang"):
        list(ex.pipe(docs, on_error="raise"))
    with pytest.raises(TypeError, match=r"docs\[0\]: expected a str or a dict"):
        list(ex.pipe([42]))  # type: ignore[list-item]


def test_batches_run_without_the_gil() -> None:
    """While one thread is inside a native batch call, another keeps running Python code.

    The main thread spins while the worker is in the call. Holding the GIL, the call would
    let it run at most one switch interval (5 ms); released, it runs for the whole call.
    """
    ex = khabar.Extractor(lang="en", threads=1)
    docs = [(f"On March {i % 28 + 1}, 2014, {i} people left Iraq for Jordan.", False) for i in range(60_000)]
    ex._engine.batch_json(docs[:10], 0)  # tables loaded before timing

    def spin(seconds: float) -> int:
        ticks, end = 0, time.perf_counter() + seconds
        while time.perf_counter() < end:
            ticks += 1
        return ticks

    rate = spin(0.1) / 0.1  # iterations per second with the GIL to itself
    in_call = threading.Event()
    done = threading.Event()
    call_seconds: list[float] = []

    def run_batch() -> None:
        in_call.set()
        t0 = time.perf_counter()
        ex._engine.batch_json(docs, 0)
        call_seconds.append(time.perf_counter() - t0)
        done.set()

    worker = threading.Thread(target=run_batch)
    worker.start()
    in_call.wait()
    ticks = 0
    while not done.is_set():
        time.perf_counter()
        ticks += 1
    worker.join()
    assert call_seconds[0] > 0.3, f"the call ({call_seconds[0]:.2f} s) is long enough to measure"
    ran_for = ticks / rate
    assert ran_for > 0.25 * call_seconds[0], (
        f"the main thread ran for {ran_for:.3f} s of a {call_seconds[0]:.2f} s call"
    )


def test_records_render_back_to_json(ex: khabar.Extractor) -> None:
    record = next(ex.pipe([{"id": 7, "lang": "ar", "reference_date": "2017-08-23", "text": AR}]))
    line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    assert line.startswith('{"id":7,"lang":"ar","reference_date":"2017-08-23","entities":[{"kind":"number"')
