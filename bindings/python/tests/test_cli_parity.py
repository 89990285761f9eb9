"""Python records equal the CLI's output byte for byte, on every fixture."""

from __future__ import annotations

import json
import pathlib
import subprocess

import pytest

import khabar

ROOT = pathlib.Path(__file__).resolve().parents[3]
FIXTURES = sorted(p.relative_to(ROOT) for p in (ROOT / "fixtures").rglob("*.jsonl"))


def test_fixtures_found() -> None:
    assert len(FIXTURES) >= 9


@pytest.mark.parametrize("fixture", FIXTURES, ids=str)
def test_pipe_matches_cli(fixture: pathlib.Path, khabar_bin: pathlib.Path) -> None:
    cli = subprocess.run(
        [str(khabar_bin), "extract", str(fixture)], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    docs = []
    for n, line in enumerate((ROOT / fixture).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            doc = json.loads(line)
            doc.setdefault("id", f"{fixture}:{n}")  # the CLI names a document by its place
            docs.append(doc)
    ours = "".join(
        json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in khabar.Extractor().pipe(docs)
    )
    assert ours == cli
    assert sum(len(json.loads(line)["entities"]) for line in cli.splitlines()) > 0


@pytest.mark.parametrize("fixture", FIXTURES, ids=str)
def test_extract_matches_cli(fixture: pathlib.Path, khabar_bin: pathlib.Path) -> None:
    cli = subprocess.run(
        [str(khabar_bin), "extract", str(fixture)], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    ex = khabar.Extractor()
    lines = [line for line in (ROOT / fixture).read_text(encoding="utf-8").splitlines() if line.strip()]
    for line, expected in zip(lines, cli.splitlines()):
        doc = json.loads(line)
        entities = ex.extract(
            doc["text"], lang=doc.get("lang"), reference_date=doc.get("reference_date"), prefer=doc.get("prefer")
        )
        assert json.dumps(entities, ensure_ascii=False, separators=(",", ":")) == json.dumps(
            json.loads(expected)["entities"], ensure_ascii=False, separators=(",", ":")
        )
