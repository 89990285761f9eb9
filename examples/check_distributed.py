"""Checks that the Spark (or Ray) example writes the same entity table as the CLI.

    python examples/check_distributed.py --engine spark --khabar target/release/khabar

Writes every fixture document (``fixtures/**/*.jsonl``) to one Parquet of articles, runs
``khabar extract articles.parquet -o entities.parquet`` (a CLI built with the ``parquet``
feature) and the example over the same file, and compares the two tables: the same columns
and types, and the same rows (as a multiset, since a cluster writes its parts in any order).
Exits 1 with the first difference.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import subprocess
import sys
import tempfile

import pyarrow as pa
import pyarrow.parquet as pq

ROOT = pathlib.Path(__file__).resolve().parents[1]


def articles(path: pathlib.Path) -> int:
    rows = []
    for fixture in sorted((ROOT / "fixtures").rglob("*.jsonl")):
        for line in fixture.read_text(encoding="utf-8").splitlines():
            if line.strip():
                doc = json.loads(line)
                rows.append({k: doc.get(k) for k in ("id", "lang", "reference_date", "text")})
    schema = pa.schema([(k, pa.string()) for k in ("id", "lang", "reference_date", "text")])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
    return len(rows)


def rows(table: pa.Table) -> list[tuple[object, ...]]:
    return sorted((tuple(r.values()) for r in table.to_pylist()), key=repr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=["spark", "ray"], required=True)
    parser.add_argument("--khabar", default=str(ROOT / "target" / "release" / "khabar"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="khabar-check-") as scratch:
        tmp = pathlib.Path(scratch)
        docs = articles(tmp / "articles.parquet")
        subprocess.run(
            [args.khabar, "extract", str(tmp / "articles.parquet"), "-o", str(tmp / "cli.parquet")], check=True
        )
        script = ROOT / "examples" / f"{args.engine}_extract.py"
        subprocess.run([sys.executable, str(script), str(tmp / "articles.parquet"), str(tmp / "out")], check=True)
        cli = pq.read_table(tmp / "cli.parquet")
        ours = pq.read_table(tmp / "out")
        errors = pq.read_table(tmp / "cli.errors.parquet")
        if errors.num_rows:
            print(f"the CLI failed documents: {errors.to_pylist()}")
            return 1
        cli_types = [(f.name, f.type) for f in cli.schema]
        our_types = [(f.name, f.type) for f in ours.schema]
        if cli_types != our_types:
            print(f"columns differ:\n  cli:  {cli_types}\n  {args.engine}: {our_types}")
            return 1
        a, b = rows(cli), rows(ours)
        if a != b:
            missing = [r for r in a if r not in b][:3]
            extra = [r for r in b if r not in a][:3]
            print(f"rows differ: cli {len(a)}, {args.engine} {len(b)}\n  only cli: {missing}\n  only {args.engine}: {extra}")
            return 1
        print(f"{args.engine}: {len(a)} entity rows from {docs} documents, equal to the CLI's")
    return 0


if __name__ == "__main__":
    sys.exit(main())
