"""`make bench` runs each `bench/*.py` as a script, so its directory comes first on `sys.path`: a script
named like a standard-library module (a `calendar.py`) is imported in its place by every other
benchmark (`httpx` imports `email`, which imports `calendar`), and they all fail to start."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"


def test_no_benchmark_is_named_like_a_standard_library_module() -> None:
    scripts = {path.stem for path in BENCH.glob("*.py")}
    assert scripts, "bench/ has no scripts"
    assert sorted(scripts & set(sys.stdlib_module_names)) == []
