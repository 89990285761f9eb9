"""The package's types hold under `mypy --strict`, and a type error is caught."""

from __future__ import annotations

import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent


def mypy(path: pathlib.Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(path)],
        capture_output=True,
        text=True,
    )


def test_typed_usage_passes_mypy_strict() -> None:
    result = mypy(HERE / "typed_usage.py")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_catches_a_misuse(tmp_path: pathlib.Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text('import khabar\nx: int = khabar.Extractor().extract(3)\n')
    result = mypy(bad)
    assert result.returncode == 1 and "extract" in result.stdout, result.stdout
