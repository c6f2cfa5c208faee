"""Benchmark: a year of daily panchangam and a year's marriage muhurtham search at Hyderabad.

Ours (libs/panchangam, skyfield + DE421) against drik-panchanga 2.0.0 (Swiss Ephemeris), both cold
(a fresh interpreter: imports, ephemeris load, first run) and warm (best of 5 in one process), in
the same run. drik-panchanga is AGPL and runs only in its own venv (bench/panchangam_env).
The run also compares the tithi and nakshatra end times of the two engines over the year.

    uv run python bench/panchangam.py [--year 2026] [--no-install]
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

# This script is itself named panchangam.py: keep its folder off the path so that
# `import panchangam` finds the library.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent.resolve()]

ENV_DIR = Path(__file__).parent / "panchangam_env"
TASKS = {"year": "year of daily panchangam", "muhurtham": "marriage muhurtham search, 1 year"}
DRIK_MODES = ("lahiri", "citra")
RUNS = 3  # processes per measurement; the best is kept
DRIK_PYTHON = ENV_DIR / ".venv" / "bin" / "python"

OURS_COLD = """
import json, sys, time
start = time.perf_counter()
from datetime import date
import panchangam
place = panchangam.find_place("hyderabad")
year = int(sys.argv[2])
if sys.argv[1] == "year":
    panchangam.days(date(year, 1, 1), date(year, 12, 31), place)
else:
    panchangam.find_muhurtham("marriage", date(year, 1, 1), date(year, 12, 31), place)
print(json.dumps({"cold": time.perf_counter() - start}))
"""


def ours_cold(task: str, year: int) -> float:
    """Best of ``RUNS`` fresh interpreters (the machine may be busy with other work)."""
    best = float("inf")
    for _ in range(RUNS):
        out = subprocess.run(
            [sys.executable, "-c", OURS_COLD, task, str(year)], check=True, capture_output=True, text=True
        ).stdout
        best = min(best, float(json.loads(out)["cold"]))
    return best


def ours_warm(year: int) -> tuple[float, float]:
    import panchangam

    place = panchangam.find_place("hyderabad")
    first, last = date(year, 1, 1), date(year, 12, 31)
    panchangam.days(first, first, place)
    return (
        _best(lambda: panchangam.days(first, last, place)),
        _best(lambda: panchangam.find_muhurtham("marriage", first, last, place)),
    )


def _best(task: object, repeats: int = 5) -> float:
    assert callable(task)
    best = float("inf")
    for _ in range(repeats):
        began = time.perf_counter()
        task()
        best = min(best, time.perf_counter() - began)
    return best


def ensure_drik_env(install: bool) -> str | None:
    """Return None when drik-panchanga is ready, else why it is not."""
    if DRIK_PYTHON.exists():
        return None
    if not install:
        return "bench/panchangam_env/.venv is missing (run without --no-install to create it)"
    try:
        # The Makefile exports how it runs uv (`uv`, or `python3 -m uv` where uv is not on PATH).
        uv = shlex.split(os.environ.get("UV", "uv"))
        subprocess.run([*uv, "venv", "-q", str(ENV_DIR / ".venv"), "--python", "3.11"], check=True)
        subprocess.run(
            [
                *uv,
                "pip",
                "install",
                "-q",
                "--python",
                str(DRIK_PYTHON),
                "-r",
                str(ENV_DIR / "requirements.txt"),
            ],
            check=True,
        )
    except (OSError, subprocess.CalledProcessError) as error:
        return f"could not install drik-panchanga==2.0.0: {error}"
    return None


def drik(task: str, year: int, ayanamsa: str) -> dict[str, object]:
    out = subprocess.run(
        [str(DRIK_PYTHON), str(ENV_DIR / "drik_year.py"), task, str(year), ayanamsa],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result: dict[str, object] = json.loads(out)
    return result


def _utc(jd: float) -> datetime:
    return datetime.fromtimestamp((jd - 2440587.5) * 86400.0, tz=UTC)


def agreement(
    year: int, drik_days: list[dict[str, list[float]]]
) -> list[tuple[str, int, float, float, float]]:
    """(limb, matched ends, median, 90th percentile, max) of |ours - drik| end times in seconds."""
    import panchangam

    ours = panchangam.days(date(year, 1, 1), date(year, 12, 31), panchangam.find_place("hyderabad"))
    rows = []
    for limb in ("tithi", "nakshatra"):
        ends = {(p.number, p.ends_at) for day in ours for p in getattr(day, limb)}
        gaps = []
        for entry in drik_days:
            number, end = int(entry[limb][0]), _utc(entry[limb][1])
            near = [abs((mine - end).total_seconds()) for n, mine in ends if n == number]
            if near and min(near) < 6 * 3600:
                gaps.append(min(near))
        q90 = statistics.quantiles(gaps, n=10)[-1]
        rows.append((limb, len(gaps), statistics.median(gaps), q90, max(gaps)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--year", type=int, default=2026)
    parser.add_argument("--no-install", action="store_true")
    args = parser.parse_args()
    year = args.year

    cold_year, cold_search = ours_cold("year", year), ours_cold("muhurtham", year)
    warm_year, warm_search = ours_warm(year)
    ours = {"year": (cold_year, warm_year), "muhurtham": (cold_search, warm_search)}

    why_missing = ensure_drik_env(not args.no_install)
    theirs: dict[tuple[str, str], tuple[float, float]] = {}
    drik_days: list[dict[str, list[float]]] = []
    if why_missing is None:
        for ayanamsa in DRIK_MODES:
            for task in TASKS:
                runs = [drik(task, year, ayanamsa) for _ in range(RUNS)]
                theirs[task, ayanamsa] = (
                    min(float(run["cold"]) for run in runs),  # type: ignore[arg-type]
                    min(float(run["warm"]) for run in runs),  # type: ignore[arg-type]
                )
                if ayanamsa == "lahiri" and task == "year":
                    drik_days = runs[0]["days"]  # type: ignore[assignment]
    print_timings(year, ours, theirs)
    if why_missing is not None:
        print(f"drik-panchanga comparison missing: {why_missing}")
        return
    print("\nEnd times, ours vs drik-panchanga (seconds; drik: Swiss Ephemeris, SIDM_LAHIRI)")
    print(f"{'limb':<12}{'ends':>6}{'median':>9}{'p90':>9}{'max':>9}")
    for limb, count, median, q90, worst in agreement(year, drik_days):
        print(f"{limb:<12}{count:>6}{median:>9.1f}{q90:>9.1f}{worst:>9.1f}")


def print_timings(
    year: int, ours: dict[str, tuple[float, float]], theirs: dict[tuple[str, str], tuple[float, float]]
) -> None:
    print(f"Hyderabad, {year}. ours: libs/panchangam (skyfield + DE421); drik: drik-panchanga 2.0.0")
    print(f"cold = fresh interpreter incl. imports, best of {RUNS}; warm = best of 5 in one process")
    print("ratio = drik time / our time (above 1: we are faster)")
    header = f"{'task':<42}{'ours s':>8}"
    for mode in DRIK_MODES:
        header += f"{'drik ' + mode:>14}{'ratio':>7}"
    print(header)
    for task in TASKS:
        for n, phase in enumerate(("cold", "warm")):
            mine = ours[task][n]
            line = f"{TASKS[task] + ' (' + phase + ')':<42}{mine:>8.3f}"
            for mode in DRIK_MODES:
                if (task, mode) in theirs:
                    other = theirs[task, mode][n]
                    line += f"{other:>14.3f}{other / mine:>6.2f}x"
                else:
                    line += f"{'-':>14}{'-':>7}"
            print(line)


if __name__ == "__main__":
    main()
