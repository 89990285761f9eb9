"""khabar: dates, numbers, organizations and locations from English, Arabic and Bengali news.

Every result is khabar's JSON record (SPEC §1) as Python dicts, the same fields and values
the ``khabar`` command line writes. ``json.dumps(record, ensure_ascii=False,
separators=(",", ":"))`` gives back exactly the CLI's line.

    >>> import khabar
    >>> ex = khabar.Extractor(reference_date="2017-08-23")
    >>> [e["text"] for e in ex.extract("43 ألف شخص منذ عام 2014")]
    ['43 ألف', 'عام 2014']
"""

from __future__ import annotations

import functools
import json
import os
from datetime import date
from itertools import islice
from typing import TYPE_CHECKING, Any, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple, Union

from ._khabar import ConfigError, DocumentError, KhabarError, NativeEngine, __version__
from ._khabar import extractors as _extractors

if TYPE_CHECKING:
    import pyarrow

__all__ = [
    "ConfigError",
    "Document",
    "DocumentError",
    "ENTITY_COLUMNS",
    "Entity",
    "Extractor",
    "KhabarError",
    "Record",
    "__version__",
    "entity_schema",
    "extract",
    "extractors",
    "shared_extractor",
]

Entity = Dict[str, Any]
Record = Dict[str, Any]
Document = Union[str, Mapping[str, Any]]

#: The columns of `Extractor.extract_arrow`'s table and of the CLI's Parquet output, in order,
#: with their Arrow types.
ENTITY_COLUMNS: Tuple[Tuple[str, str], ...] = (
    ("doc_id", "string"),
    ("lang", "string"),
    ("kind", "string"),
    ("start", "int64"),
    ("end", "int64"),
    ("byte_start", "int64"),
    ("byte_end", "int64"),
    ("text", "string"),
    ("value_str", "string"),
    ("value_num", "float64"),
    ("value_max", "float64"),
    ("grain", "string"),
    ("subtype", "string"),
    ("currency", "string"),
    ("bound", "string"),
    ("relative", "string"),
    ("calendar", "string"),
    ("part", "string"),
    ("canonical", "string"),
    ("id", "string"),
    ("country", "string"),
    ("feature", "string"),
    ("lat", "float64"),
    ("lon", "float64"),
    ("confidence", "float32"),
    ("extractor", "string"),
    ("reason", "string"),
)


def entity_schema() -> "pyarrow.Schema":
    """The Arrow schema of `ENTITY_COLUMNS` (needs pyarrow)."""
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "float32": pa.float32()}
    non_null = {"doc_id", "kind", "start", "end", "byte_start", "byte_end", "text", "extractor", "reason"}
    return pa.schema([pa.field(name, types[t], nullable=name not in non_null) for name, t in ENTITY_COLUMNS])


def _date(value: Union[str, date, None]) -> Optional[str]:
    if value is None or isinstance(value, str):
        return value
    return value.isoformat()


def _selection(extractors: Union[str, Sequence[str], None]) -> Optional[str]:
    if extractors is None or isinstance(extractors, str):
        return extractors
    return ",".join(extractors)


class Extractor:
    """The extractors a config selects, built once; reuse one per process or worker.

    ``config`` is a khabar.toml path; ``extractors`` ids or globs (``"ar.*,*.numbers"`` or a
    list); ``prefer`` (``past`` or ``future``), ``lang`` (a code or ``auto``) and
    ``reference_date`` are the defaults for documents that do not say (the config's, else
    ``past``, ``auto`` and none: today's date is never assumed); ``threads`` sizes the pool of
    batch calls (default: one per core). Bad settings raise `ConfigError`.
    """

    def __init__(
        self,
        config: Union[str, "os.PathLike[str]", None] = None,
        extractors: Union[str, Sequence[str], None] = None,
        prefer: Optional[str] = None,
        *,
        lang: Optional[str] = None,
        reference_date: Union[str, date, None] = None,
        threads: Optional[int] = None,
    ) -> None:
        self._engine = NativeEngine(
            os.fspath(config) if config is not None else None,
            _selection(extractors),
            prefer,
            lang,
            _date(reference_date),
            threads,
        )

    def extract(
        self,
        text: str,
        *,
        lang: Optional[str] = None,
        reference_date: Union[str, date, None] = None,
        prefer: Optional[str] = None,
    ) -> List[Entity]:
        """The entities of one document (SPEC §1 dicts), in text order.

        Raises `DocumentError` for a bad ``lang``, ``reference_date`` or ``prefer``.
        """
        entities: List[Entity] = json.loads(
            self._engine.extract_json(text, lang, _date(reference_date), prefer)
        )
        return entities

    def pipe(
        self,
        docs: Iterable[Document],
        *,
        batch_size: int = 256,
        n_threads: Optional[int] = None,
        on_error: str = "record",
    ) -> Iterator[Record]:
        """One record per document, in input order, computed a batch at a time in parallel.

        A document is a text or a dict like a JSON Lines input line (``text``, and optionally
        ``id``, ``lang``, ``reference_date`` (a string or a `datetime.date`), ``prefer``; other
        keys are ignored). A document
        khabar cannot use gets a record with an ``error`` naming it ``docs[i]``
        (``on_error="record"``, like the CLI) or raises `DocumentError` (``"raise"``).
        Extraction runs without the GIL on ``n_threads`` threads (default: the extractor's).
        """
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        if on_error not in ("record", "raise"):
            raise ValueError(f"on_error must be 'record' or 'raise', not {on_error!r}")
        it = iter(docs)
        offset = 0
        while True:
            batch = list(islice(it, batch_size))
            if not batch:
                return
            items = [_native_doc(d, offset + i) for i, d in enumerate(batch)]
            lines = self._engine.batch_json(items, offset, n_threads, on_error == "raise")
            offset += len(batch)
            for line in lines:
                record: Record = json.loads(line)
                yield record

    def extract_arrow(
        self,
        table: "Union[pyarrow.Table, pyarrow.RecordBatch]",
        *,
        text_col: str = "text",
        lang_col: Optional[str] = "lang",
        date_col: Optional[str] = "reference_date",
        id_col: Optional[str] = "id",
        n_threads: Optional[int] = None,
        on_error: str = "raise",
    ) -> "pyarrow.Table":
        """One row per entity (`ENTITY_COLUMNS`) for the documents of an Arrow table.

        ``text_col`` is required; the other columns are used when the table has them (a
        missing id column names documents by row number, from 0). Dates may be strings,
        Arrow dates or timestamps; of a date-time, the date part is used. A document khabar cannot use raises `DocumentError`
        (``on_error="raise"``) or gives no rows (``"skip"``).
        """
        import pyarrow as pa

        if on_error not in ("raise", "skip"):
            raise ValueError(f"on_error must be 'raise' or 'skip', not {on_error!r}")
        names = table.schema.names
        if text_col not in names:
            raise KeyError(f"no column {text_col!r} in the table (columns: {', '.join(names)})")
        n = table.num_rows

        def column(name: Optional[str]) -> List[Optional[str]]:
            if name is None or name not in names:
                return [None] * n
            col = table.column(name)
            if not pa.types.is_string(col.type) and not pa.types.is_large_string(col.type):
                col = col.cast(pa.string())
            values: List[Optional[str]] = col.to_pylist()
            return values

        # A date-time's date part, as the CLI takes it (news-please's `date_publish`).
        dates = [d[:10] if d is not None and len(d) > 10 and d[10] in " T" else d for d in column(date_col)]
        columns, errors = self._engine.entity_columns(
            column(text_col), column(lang_col), dates, column(id_col), n_threads
        )
        if errors and on_error == "raise":
            doc_id, message = errors[0]
            raise DocumentError(f"document {doc_id}: {message}")
        return pa.table(columns, schema=entity_schema())


def _json_default(value: object) -> str:
    """Dates in dict documents (``reference_date=datetime.date(...)``) as ISO strings."""
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _native_doc(doc: Document, index: int) -> Tuple[str, bool]:
    if isinstance(doc, str):
        return (doc, False)
    if isinstance(doc, Mapping):
        return (json.dumps(doc, ensure_ascii=False, default=_json_default), True)
    raise TypeError(f"docs[{index}]: expected a str or a dict, not {type(doc).__name__}")


@functools.lru_cache(maxsize=None)
def shared_extractor(
    config: Optional[str] = None,
    extractors: Union[str, Tuple[str, ...], None] = None,
    prefer: Optional[str] = None,
    lang: Optional[str] = None,
    reference_date: Optional[str] = None,
    threads: Optional[int] = None,
) -> Extractor:
    """One `Extractor` per process for these settings, built on first use.

    For code a cluster ships to its workers (a Spark ``mapInArrow`` function, a Dask
    partition function): the tables are built once per worker process, not once per batch.
    """
    return Extractor(config, extractors, prefer, lang=lang, reference_date=reference_date, threads=threads)


_default: Optional[Extractor] = None


def extract(
    text: str,
    *,
    lang: Optional[str] = None,
    reference_date: Union[str, date, None] = None,
    prefer: Optional[str] = None,
) -> List[Entity]:
    """`Extractor.extract` on an extractor with every registered extractor, built on first use."""
    global _default
    if _default is None:
        _default = Extractor()
    return _default.extract(text, lang=lang, reference_date=reference_date, prefer=prefer)


def extractors() -> List[Dict[str, str]]:
    """The registered extractors (``id``, ``description``), as ``khabar extractors`` lists them."""
    return [{"id": i, "description": d} for i, d in _extractors()]
