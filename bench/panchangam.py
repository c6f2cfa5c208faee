"""Benchmark: a year of daily panchangam and a year's marriage muhurtham search at Hyderabad.

Ours (libs/panchangam, skyfield + DE421) against drik-panchanga 2.0.0 (Swiss Ephemeris), both cold
(a fresh interpreter: imports, ephemeris load, first run; the clock starts before the first import)
and warm (best of 5 in one process), in the same run. drik-panchanga is AGPL and runs only in its
own venv (bench/panchangam_env). The run also compares the tithi and nakshatra end times of the two
engines over the year.

Cold runs of the two engines alternate, so load from other work on the machine hits both alike,
and are reported as min and median. A cold start costs very different amounts depending on whether
Python finds compiled bytecode, so it is measured twice, for both engines alike:

- "as installed": the environment as it is (on our dev machines uv installs without compiling
  bytecode and PYTHONDONTWRITEBYTECODE=1 stops Python caching it, so every module of numpy,
  skyfield and the engine is compiled at every start; the run prints what it found);
- "bytecode cached": a private PYTHONPYCACHEPREFIX filled by one unmeasured run, as after
  `pip install`, `uv sync --compile-bytecode` or any earlier run where bytecode may be written.

    uv run python bench/panchangam.py [--year 2026] [--runs 5] [--no-install]
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

# This script is itself named panchangam.py: keep its folder off the path so that
# `import panchangam` finds the library.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent.resolve()]

ENV_DIR = Path(__file__).parent / "panchangam_env"
TASKS = {"year": "year of daily panchangam", "muhurtham": "marriage muhurtham search, 1 year"}
DRIK_MODES = ("lahiri", "citra")
CONDITIONS = {"installed": "cold, as installed", "cached": "cold, bytecode cached"}
DRIK_PYTHON = ENV_DIR / ".venv" / "bin" / "python"

OURS_COLD = """
import time
start = time.perf_counter()
import json, sys
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


def child_environment(condition: str, cache_dir: Path) -> dict[str, str]:
    """The environment of a cold run: inherited as is, or with a private bytecode cache."""
    env = dict(os.environ)
    if condition == "cached":
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(cache_dir)
    return env


def describe_installed() -> str:
    import numpy

    compiled = (Path(numpy.__file__).parent / "__pycache__").is_dir()
    writes = "off (PYTHONDONTWRITEBYTECODE)" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "on"
    return f"as installed here: numpy byte-compiled: {'yes' if compiled else 'no'}; bytecode caching {writes}"


def ours_cold(task: str, year: int, env: dict[str, str]) -> float:
    out = subprocess.run(
        [sys.executable, "-c", OURS_COLD, task, str(year)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    ).stdout
    return float(json.loads(out)["cold"])


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


def drik(task: str, year: int, ayanamsa: str, env: dict[str, str]) -> dict[str, object]:
    out = subprocess.run(
        [str(DRIK_PYTHON), str(ENV_DIR / "drik_year.py"), task, str(year), ayanamsa],
        check=True,
        capture_output=True,
        text=True,
        env=env,
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


Cold = dict[tuple[str, str, str], list[float]]  # (engine, task, condition) -> seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--year", type=int, default=2026)
    parser.add_argument("--runs", type=int, default=5, help="cold processes per measurement")
    parser.add_argument("--no-install", action="store_true")
    args = parser.parse_args()
    year = args.year
    print(f"load before: {_load()}; {describe_installed()}")
    why_missing = ensure_drik_env(not args.no_install)
    engines = ["ours"] + ([f"drik {mode}" for mode in DRIK_MODES] if why_missing is None else [])
    cold, warm, drik_days = measure_cold(engines, year, args.runs)
    warm["ours", "year"], warm["ours", "muhurtham"] = ours_warm(year)
    print(f"load after: {_load()}\n")
    print_timings(year, args.runs, engines, cold, warm)
    if why_missing is not None:
        print(f"drik-panchanga comparison missing: {why_missing}")
        return
    print("\nEnd times, ours vs drik-panchanga (seconds; drik: Swiss Ephemeris, SIDM_LAHIRI)")
    print(f"{'limb':<12}{'ends':>6}{'median':>9}{'p90':>9}{'max':>9}")
    for limb, count, median, q90, worst in agreement(year, drik_days):
        print(f"{limb:<12}{count:>6}{median:>9.1f}{q90:>9.1f}{worst:>9.1f}")


def measure_cold(
    engines: list[str], year: int, runs: int
) -> tuple[Cold, dict[tuple[str, str], float], list[dict[str, list[float]]]]:
    """Cold runs of every engine and task under both conditions, alternating engines."""
    cold: Cold = {}
    warm: dict[tuple[str, str], float] = {}
    drik_days: list[dict[str, list[float]]] = []
    with tempfile.TemporaryDirectory(prefix="panchangam-bench-pyc-") as cache_dir:
        for condition in CONDITIONS:
            env = child_environment(condition, Path(cache_dir))
            if condition == "cached":  # fill the cache; not measured
                for task in TASKS:
                    ours_cold(task, year, env)
                    if len(engines) > 1:
                        drik(task, year, DRIK_MODES[0], env)
            for _ in range(runs):
                for task in TASKS:
                    for engine in engines:
                        cold.setdefault((engine, task, condition), []).append(
                            _cold_run(engine, task, year, env, warm, drik_days)
                        )
    return cold, warm, drik_days


def _cold_run(
    engine: str,
    task: str,
    year: int,
    env: dict[str, str],
    warm: dict[tuple[str, str], float],
    drik_days: list[dict[str, list[float]]],
) -> float:
    """One cold process of ``engine``; drik's runs also report warm times and the year's limbs."""
    if engine == "ours":
        return ours_cold(task, year, env)
    run = drik(task, year, engine.removeprefix("drik "), env)
    warm[engine, task] = min(warm.get((engine, task), float("inf")), float(run["warm"]))  # type: ignore[arg-type]
    if engine == "drik lahiri" and task == "year" and not drik_days:
        drik_days.extend(run["days"])  # type: ignore[arg-type]
    return float(run["cold"])  # type: ignore[arg-type]


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


def print_timings(
    year: int,
    runs: int,
    engines: list[str],
    cold: Cold,
    warm: dict[tuple[str, str], float],
) -> None:
    print(f"Hyderabad, {year}. ours: libs/panchangam (skyfield + DE421); drik: drik-panchanga 2.0.0")
    print(f"cold = fresh interpreter incl. imports, min and median of {runs} alternating runs;")
    print("warm = best of 5 in one process; ratio = drik median / our median (above 1: we are faster)")
    header = f"{'task':<58}{'ours min':>9}{'median':>8}"
    for engine in engines[1:]:
        header += f"{engine:>14}{'median':>8}{'ratio':>7}"
    print(header)
    for task in TASKS:
        for condition, label in CONDITIONS.items():
            mine = cold["ours", task, condition]
            line = f"{TASKS[task] + ' (' + label + ')':<58}{min(mine):>9.3f}{statistics.median(mine):>8.3f}"
            for engine in engines[1:]:
                theirs = cold[engine, task, condition]
                ratio = statistics.median(theirs) / statistics.median(mine)
                line += f"{min(theirs):>14.3f}{statistics.median(theirs):>8.3f}{ratio:>6.2f}x"
            print(line)
        line = f"{TASKS[task] + ' (warm)':<58}{warm['ours', task]:>9.3f}{'':>8}"
        for engine in engines[1:]:
            line += f"{warm[engine, task]:>14.3f}{'':>8}{warm[engine, task] / warm['ours', task]:>6.2f}x"
        print(line)


if __name__ == "__main__":
    main()
