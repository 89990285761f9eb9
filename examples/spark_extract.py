"""Entities of a Parquet of articles with PySpark: ``mapInArrow`` over khabar's ``extract_arrow``.

    PYSPARK_PYTHON=$(which python) python examples/spark_extract.py articles.parquet entities/ \
        --master 'local[2]' --text-col maintext --lang-col language --date-col date_publish --id-col url

Each Spark task hands khabar Arrow record batches of at most ``--batch-size`` rows
(``spark.sql.execution.arrow.maxRecordsPerBatch``) and gets back one row per entity, typed as
``khabar.entity_schema()`` (the CLI's Parquet columns). Every Python worker builds one
extractor (``khabar.shared_extractor``) and reuses it for all its batches; it uses one thread,
since Spark already runs one task per core. Executors must run a Python with khabar and
pyarrow installed: ``PYSPARK_PYTHON`` says which (this script sets it to its own
interpreter unless it is set, which is right for ``local`` masters).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Iterator, Optional


def entity_batches(
    batches: Iterator["pyarrow.RecordBatch"],
    text_col: str,
    lang_col: Optional[str],
    date_col: Optional[str],
    id_col: Optional[str],
    on_error: str,
) -> Iterator["pyarrow.RecordBatch"]:
    import khabar

    ex = khabar.shared_extractor(threads=1)
    for batch in batches:
        table = ex.extract_arrow(
            batch, text_col=text_col, lang_col=lang_col, date_col=date_col, id_col=id_col, on_error=on_error
        )
        yield from table.to_batches()


def main(argv: Optional[list[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="a Parquet file or directory of articles")
    parser.add_argument("output", help="the Parquet directory of entities to write (overwritten)")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--batch-size", type=int, default=1024, help="rows per Arrow batch (default 1024)")
    parser.add_argument("--text-col", default="text")
    parser.add_argument("--lang-col", default="lang")
    parser.add_argument("--date-col", default="reference_date")
    parser.add_argument("--id-col", default="id")
    parser.add_argument("--on-error", choices=["raise", "skip"], default="raise")
    args = parser.parse_args(argv)

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    import khabar
    from pyspark.sql import SparkSession
    from pyspark.sql.pandas.types import from_arrow_schema

    spark = (
        SparkSession.builder.master(args.master)
        .appName("khabar-extract")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", str(args.batch_size))
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    try:
        articles = spark.read.parquet(args.input)
        present = set(articles.columns)
        optional = lambda name: name if name in present else None  # noqa: E731
        text_col, lang_col, date_col, id_col = (
            args.text_col,
            optional(args.lang_col),
            optional(args.date_col),
            optional(args.id_col),
        )
        on_error = args.on_error
        entities = articles.mapInArrow(
            lambda batches: entity_batches(batches, text_col, lang_col, date_col, id_col, on_error),
            from_arrow_schema(khabar.entity_schema()),
        )
        entities.write.mode("overwrite").parquet(args.output)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
