"""``panchangam day | month | muhurtham | places``: the command line of the engine.

Bad input ends with a one-line message on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import calendar
import json
import sys
from collections.abc import Sequence
from datetime import date
from typing import Any

from panchangam import days, festivals_of_year
from panchangam.day_text import day_text
from panchangam.errors import PanchangamError
from panchangam.json_view import day_json, name_json
from panchangam.month_table import month_table
from panchangam.places import Place, find_place, gazetteer, make_place

USAGE_ERROR = 2


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not a real date (YYYY-MM-DD)") from error


def _add_place_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--place", help="a gazetteer name, e.g. hyderabad (see `panchangam places`)")
    parser.add_argument("--lat", type=float, help="latitude in degrees, north positive")
    parser.add_argument("--lon", type=float, help="longitude in degrees, east positive")
    parser.add_argument("--tz", default="Asia/Kolkata", help="IANA time zone (default Asia/Kolkata)")
    parser.add_argument(
        "--traditional", action="store_true", help="centre-of-disc sunrise without refraction"
    )
    parser.add_argument("--json", action="store_true", help="print JSON")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for the docs and tests)."""
    parser = argparse.ArgumentParser(prog="panchangam", description="Telugu panchangam (DP conventions)")
    commands = parser.add_subparsers(dest="command", required=True)
    day = commands.add_parser("day", help="one day's panchangam")
    day.add_argument("--date", type=_iso_date, required=True)
    day.add_argument("--lang", choices=("en", "te"), default="en")
    _add_place_options(day)
    month = commands.add_parser("month", help="a month, one line per day")
    month.add_argument("--year", type=int, required=True)
    month.add_argument("--month", type=int, required=True)
    month.add_argument("--lang", choices=("en", "te"), default="en")
    _add_place_options(month)
    muhurtham = commands.add_parser("muhurtham", help="good days and windows for an event")
    muhurtham.add_argument("--kind", required=True, help="marriage, gruhapravesam, upanayanam, ...")
    muhurtham.add_argument("--from", dest="first", type=_iso_date, required=True)
    muhurtham.add_argument("--to", dest="last", type=_iso_date, required=True)
    muhurtham.add_argument("--birth-nakshatra", action="append", default=[], help="repeatable")
    muhurtham.add_argument("--birth-rashi", action="append", default=[], help="repeatable")
    muhurtham.add_argument("--rejected", action="store_true", help="also list rejected days")
    _add_place_options(muhurtham)
    festivals = commands.add_parser("festivals", help="the year's festivals and their rules")
    festivals.add_argument("--year", type=int, required=True)
    festivals.add_argument("--lang", choices=("en", "te"), default="en")
    _add_place_options(festivals)
    commands.add_parser("places", help="list the gazetteer")
    return parser


def _place(args: argparse.Namespace) -> Place:
    if args.place:
        return find_place(args.place)
    if args.lat is None or args.lon is None:
        raise PanchangamError("missing_place", "give --place NAME or both --lat and --lon")
    return make_place(args.lat, args.lon, args.tz)


def _run(args: argparse.Namespace) -> str:
    if args.command == "places":
        return "\n".join(f"{p.name}\t{p.latitude}\t{p.longitude}" for p in gazetteer().values())
    place = _place(args)
    if args.command == "day":
        (result,) = days(args.date, args.date, place, traditional_sunrise=args.traditional)
        return _dump(day_json(result)) if args.json else day_text(result, args.lang)
    if args.command == "festivals":
        return _festivals(args, place)
    if args.command == "month":
        first = _month_start(args.year, args.month)
        last = first.replace(day=calendar.monthrange(args.year, args.month)[1])
        month = days(first, last, place, traditional_sunrise=args.traditional)
        return _dump([day_json(d) for d in month]) if args.json else month_table(month, args.lang)
    from panchangam.muhurtham_cli import run_muhurtham

    return run_muhurtham(args, place)


def _festivals(args: argparse.Namespace, place: Place) -> str:
    first = _month_start(args.year, 1)
    found = festivals_of_year(first.year, place)
    if args.json:
        return _dump([{"date": on.isoformat(), "name": name_json(f.name), "rule": f.rule} for on, f in found])
    return "\n".join(f"{on.isoformat()}  {f.name.text(args.lang)}  ({f.rule})" for on, f in found)


def _month_start(year: int, month: int) -> date:
    try:
        return date(year, month, 1)
    except ValueError as error:
        raise PanchangamError("invalid_date", f"no month {year}-{month}") from error


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``panchangam`` console script; returns the exit code."""
    args = build_parser().parse_args(argv)
    try:
        print(_run(args))
    except PanchangamError as error:
        print(f"panchangam: error: {error.message} [{error.code}]", file=sys.stderr)
        return USAGE_ERROR
    except BrokenPipeError:  # `panchangam month ... | head`: the reader left, nothing to report
        sys.stderr.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
