"""``panchangam muhurtham``: JSON or a readable list of good (and optionally rejected) days."""

from __future__ import annotations

import argparse
import json

from panchangam.json_view import interval_json
from panchangam.muhurtham import BirthStars, MuhurthamSearch, find_muhurtham
from panchangam.places import Place


def run_muhurtham(args: argparse.Namespace, place: Place) -> str:
    """Run the search the arguments describe and render it."""
    birth = BirthStars.from_names(args.birth_nakshatra, args.birth_rashi)
    search = find_muhurtham(
        args.kind, args.first, args.last, place, birth=birth, traditional_sunrise=args.traditional
    )
    if args.json:
        return json.dumps(search_json(search, with_rejected=args.rejected), ensure_ascii=False, indent=2)
    return search_text(search, with_rejected=args.rejected)


def search_json(search: MuhurthamSearch, *, with_rejected: bool) -> object:
    """A list of ``{date, windows, reasons}``; with rejected days, ``{good, rejected}``."""
    good = [
        {
            "date": day.date.isoformat(),
            "windows": [interval_json(w) for w in day.windows],
            "reasons": day.reasons,
        }
        for day in search.good
    ]
    if not with_rejected:
        return good
    rejected = [{"date": r.date.isoformat(), "rule": r.rule, "reason": r.reason} for r in search.rejected]
    return {"good": good, "rejected": rejected}


def search_text(search: MuhurthamSearch, *, with_rejected: bool) -> str:
    """One line per good day with its windows (and per rejected day with its rule)."""
    lines = [f"{search.kind.name.en} / {search.kind.name.te}: {len(search.good)} good days"]
    for day in search.good:
        windows = ", ".join(f"{w.start:%H:%M}-{w.end:%H:%M}" for w in day.windows)
        lines.append(f"{day.date:%Y-%m-%d %a}  {windows}")
    if with_rejected:
        lines += [f"{r.date:%Y-%m-%d} rejected by {r.rule}: {r.reason}" for r in search.rejected]
    return "\n".join(lines)
