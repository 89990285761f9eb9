"""Checked by `mypy --strict` (test_typing.py): the package's types as a user meets them."""

from __future__ import annotations

import datetime
from typing import Any, Dict, Iterator, List

import pyarrow as pa

import khabar

ex: khabar.Extractor = khabar.Extractor(extractors=["en.*"], prefer="past", lang="en")
entities: List[Dict[str, Any]] = ex.extract("Iraq, 2014", reference_date=datetime.date(2021, 6, 29))
records: Iterator[Dict[str, Any]] = ex.pipe(["a", {"text": "b", "id": 1}], batch_size=10, n_threads=2)
table: pa.Table = ex.extract_arrow(pa.table({"text": ["Iraq"]}), id_col=None)
names: List[str] = [e["id"] for e in khabar.extractors()]
module_level: List[Dict[str, Any]] = khabar.extract("Iraq", lang="en")
schema: pa.Schema = khabar.entity_schema()
try:
    khabar.Extractor(prefer="sideways")
except khabar.ConfigError as e:
    message: str = str(e)
