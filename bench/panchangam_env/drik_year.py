"""drik-panchanga 2.0.0 side of bench/panchangam.py. Runs ONLY in bench/panchangam_env/.venv.

drik-panchanga is AGPL: it is never imported by the workspace, only run here as a separate
process. Prints one JSON object: timings (cold = import + first year, warm = best of repeats)
and, for the accuracy comparison, the tithi and nakshatra current at each sunrise with its end.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

START = time.perf_counter()
import panchanga  # noqa: E402
from datetime_helper import gregorian_to_jd  # noqa: E402

IMPORTED = time.perf_counter()
HYDERABAD = panchanga.Place(17.38405, 78.45636, 5.5)
REPEATS = 5
MARRIAGE_NAKSHATRAS = {4, 5, 10, 12, 13, 15, 17, 19, 21, 26, 27}
AVOIDED_TITHIS = {4, 8, 9, 14, 19, 23, 24, 29, 30}
AVOIDED_YOGAS = {1, 6, 9, 10, 13, 15, 17, 19, 27}


def year_of_days(year: int) -> list[dict[str, Any]]:
    """Daily panchangam as drik-panchanga computes it (its own sunrise convention)."""
    from datetime import date, timedelta

    first = date(year, 1, 1)
    rows = []
    for offset in range((date(year + 1, 1, 1) - first).days):
        jd = gregorian_to_jd(first + timedelta(days=offset))
        tithi = panchanga.tithi(jd, HYDERABAD)
        nakshatra = panchanga.nakshatra(jd, HYDERABAD)
        masa = panchanga.masa(jd, HYDERABAD, amanta=True, tithi_number=tithi[0])
        rows.append(
            {
                "jd": jd,
                "sunrise": panchanga.sunrise(jd, HYDERABAD),
                "sunset": panchanga.sunset(jd, HYDERABAD),
                "vara": panchanga.vaara(jd),
                "tithi": tithi,
                "nakshatra": nakshatra,
                "yoga": panchanga.yoga(jd, HYDERABAD),
                "karana": panchanga.karana(jd, HYDERABAD),
                "masa": masa,
                "samvatsara": panchanga.samvatsara(jd, masa[0]),
                "rahu": panchanga.rahu_kalam(jd, HYDERABAD),
                "yama": panchanga.yamaganda_kalam(jd, HYDERABAD),
                "gulika": panchanga.gulika_kalam(jd, HYDERABAD),
                "durmuhurtam": panchanga.durmuhurtam(jd, HYDERABAD),
                "abhijit": panchanga.abhijit_muhurta(jd, HYDERABAD),
            }
        )
    return rows


def marriage_days(rows: list[dict[str, Any]]) -> list[float]:
    """The same day-level marriage rules, applied to drik-panchanga's sunrise values."""
    good = []
    for row in rows:
        masa_number, adhika = row["masa"][0], row["masa"][1]
        if adhika or masa_number == 4:  # adhika masa, Ashadha
            continue
        limbs_ok = (
            row["nakshatra"][0] in MARRIAGE_NAKSHATRAS
            and row["tithi"][0] not in AVOIDED_TITHIS
            and row["yoga"][0] not in AVOIDED_YOGAS
        )
        if limbs_ok:
            good.append(float(row["jd"]))
    return good


def timed(task, repeats: int) -> float:  # type: ignore[no-untyped-def]
    """Best of ``repeats`` runs with drik-panchanga's memo caches emptied before each."""
    best = float("inf")
    for _ in range(repeats):
        panchanga._planet_longitude_cached.cache_clear()
        panchanga.sunset.cache_clear()
        began = time.perf_counter()
        task()
        best = min(best, time.perf_counter() - began)
    return best


def main() -> None:
    mode, year = sys.argv[1], int(sys.argv[2])
    # "lahiri" is the ayanamsa DP and libs/panchangam use; drik-panchanga's default, "citra"
    # (true Chitrapaksha), looks up the star Spica at every step and is much slower.
    panchanga.set_chosen_ayanamsa(sys.argv[3])
    if mode == "year":
        rows = year_of_days(year)
        cold = time.perf_counter() - START  # interpreter already up: import + first year
        warm = timed(lambda: year_of_days(year), REPEATS)
        days = [{"tithi": r["tithi"], "nakshatra": r["nakshatra"]} for r in rows]
    else:
        marriage_days(year_of_days(year))
        cold = time.perf_counter() - START
        warm = timed(lambda: marriage_days(year_of_days(year)), REPEATS)
        days = []
    print(json.dumps({"cold": cold, "warm": warm, "import": IMPORTED - START, "days": days}))


if __name__ == "__main__":
    main()
