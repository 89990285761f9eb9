"""Entities of a Parquet of articles with Ray Data: ``map_batches`` with one khabar extractor per actor.

    python examples/ray_extract.py articles.parquet entities/ --actors 2 \
        --text-col maintext --lang-col language --date-col date_publish --id-col url

Ray reads the articles as Arrow blocks and hands each actor batches of ``--batch-size`` rows
(``batch_format="pyarrow"``); an actor builds its extractor once, in its constructor, and
returns one row per entity typed as ``khabar.entity_schema()`` (the CLI's Parquet columns).
One actor per core, each extracting on one thread: Ray supplies the parallelism. Ray ships
this file's class to its workers, which need khabar and pyarrow installed in the same Python
(true for a local ``ray.init``; on a cluster, install the wheel on every node or pass a
``runtime_env``).
"""

from __future__ import annotations

import argparse
import sys
from typing import Optional

import pyarrow as pa


class KhabarEntities:
    """A Ray Data actor: one extractor, built when the actor starts."""

    def __init__(self, text_col: str, lang_col: Optional[str], date_col: Optional[str], id_col: Optional[str]) -> None:
        import khabar

        self.extractor = khabar.Extractor(threads=1)
        self.columns = {"text_col": text_col, "lang_col": lang_col, "date_col": date_col, "id_col": id_col}

    def __call__(self, batch: pa.Table) -> pa.Table:
        return self.extractor.extract_arrow(batch, **self.columns)


def main(argv: Optional[list[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="a Parquet file or directory of articles")
    parser.add_argument("output", help="the Parquet directory of entities to write")
    parser.add_argument("--actors", type=int, default=2, help="extractor actors (default 2: one per core)")
    parser.add_argument("--batch-size", type=int, default=1024, help="rows per batch (default 1024)")
    parser.add_argument("--text-col", default="text")
    parser.add_argument("--lang-col", default="lang")
    parser.add_argument("--date-col", default="reference_date")
    parser.add_argument("--id-col", default="id")
    args = parser.parse_args(argv)

    import ray

    # One CPU per actor, and one more for the tasks that read and write the files.
    ray.init(num_cpus=args.actors + 1, include_dashboard=False, log_to_driver=False)
    try:
        articles = ray.data.read_parquet(args.input)
        present = set(articles.schema().names)
        optional = lambda name: name if name in present else None  # noqa: E731
        entities = articles.map_batches(
            KhabarEntities,
            batch_format="pyarrow",
            batch_size=args.batch_size,
            compute=ray.data.ActorPoolStrategy(size=args.actors),
            num_cpus=1,
            fn_constructor_kwargs={
                "text_col": args.text_col,
                "lang_col": optional(args.lang_col),
                "date_col": optional(args.date_col),
                "id_col": optional(args.id_col),
            },
        )
        entities.write_parquet(args.output)
    finally:
        ray.shutdown()


if __name__ == "__main__":
    sys.exit(main())
