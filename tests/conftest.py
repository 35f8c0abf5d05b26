"""Shared fixtures: the repository's sample corpus and the reference article."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpora" / "sample" / "articles.jsonl"
SEEDS = ROOT.parent / "shared" / "seeds"
SEED = SEEDS / "000_0192d13fbff41adc.txt"


@pytest.fixture(scope="session")
def sample_path() -> Path:
    if not SAMPLE.is_file():
        pytest.skip("corpora/sample/articles.jsonl is missing")
    return SAMPLE


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip("reference article not found: ../shared/seeds is not beside the repository")
    return SEED.read_text(encoding="utf-8")
