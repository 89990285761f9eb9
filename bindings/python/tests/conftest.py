"""Shared paths for the khabar Python tests."""

from __future__ import annotations

import os
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def root() -> pathlib.Path:
    return ROOT


@pytest.fixture(scope="session")
def khabar_bin() -> pathlib.Path:
    """The CLI to compare against: $KHABAR_BIN, else target/release/khabar (never skipped)."""
    path = pathlib.Path(os.environ.get("KHABAR_BIN", ROOT / "target" / "release" / "khabar"))
    assert path.is_file(), f"{path} missing: build it with cargo build --release -p khabar-runner"
    return path
