"""Muhurtham search: good days and windows for an event, with the engine's reasons; open to every
signed-in user (families plan dates before they choose an organizer)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import panchangam
from panchangam import MuhurthamSearch, PanchangamError
from panchangam.muhurtham import BirthStars
from servicekit.auth import Caller
from servicekit.bounded_threads import BoundedThreads

from calendar_service.domain.errors import CalendarError, CalendarErrorCode
from calendar_service.domain.vocabulary import Nakshatra, nakshatra_number
from calendar_service.panchangam_places import CalendarPlace, default_place, place_named

# A year and a bit: what a family plans ahead, and a bounded cost (about 1 s of engine time).
MAX_SEARCH_DAYS = 400
# Searches run on their own thread, apart from the month and day views' (ENGINE_THREADS), and never
# queue: a burst of searches is refused TOO_BUSY at once instead of holding the views' threads for
# seconds each. One request runs one search (the resolver claims it as its expensive operation).
SEARCH_THREADS = BoundedThreads(workers=1, queue_limit=0, name="muhurtham", niceness=10)


@dataclass(frozen=True)
class SearchMuhurtham:
    caller: Caller
    kind: str
    first_day: date
    last_day: date
    birth_nakshatras: tuple[Nakshatra, ...] = ()
    place: str | None = None


@dataclass(frozen=True)
class MuhurthamFound:
    place: CalendarPlace
    search: MuhurthamSearch
    kind_names: dict[str, panchangam.Name] = field(default_factory=dict)


async def search_muhurtham(command: SearchMuhurtham) -> MuhurthamFound:
    if not command.caller.is_authenticated:
        raise CalendarError(CalendarErrorCode.NOT_AUTHENTICATED, "Sign in to search for muhurthams.")
    _check_range(command.first_day, command.last_day)
    place = place_named(command.place, field="place") if command.place else default_place()
    birth = BirthStars(nakshatras=tuple(nakshatra_number(star) for star in command.birth_nakshatras))
    try:
        search = await SEARCH_THREADS.run(
            _find, command.kind, command.first_day, command.last_day, place, birth
        )
    except PanchangamError as error:
        raise _calendar_error(error) from None
    return MuhurthamFound(place, search)


def _find(kind: str, first: date, last: date, place: CalendarPlace, birth: BirthStars) -> MuhurthamSearch:
    return panchangam.find_muhurtham(kind, first, last, place.place, birth=birth)


def _check_range(first: date, last: date) -> None:
    if last < first:
        raise CalendarError(
            CalendarErrorCode.INVALID_DATE_RANGE, "The last day is before the first.", "lastDay"
        )
    if last - first >= timedelta(days=MAX_SEARCH_DAYS):
        raise CalendarError(
            CalendarErrorCode.RANGE_TOO_LONG, f"Search at most {MAX_SEARCH_DAYS} days at a time.", "lastDay"
        )


def _calendar_error(error: PanchangamError) -> CalendarError:
    codes = {
        "unknown_kind": (CalendarErrorCode.UNKNOWN_MUHURTHAM_KIND, "kind"),
        "unknown_star": (CalendarErrorCode.UNKNOWN_NAKSHATRA, "birthNakshatras"),
        "unknown_place": (CalendarErrorCode.UNKNOWN_PLACE, "place"),
    }
    code, field_name = codes.get(error.code, (CalendarErrorCode.DATE_OUT_OF_RANGE, "firstDay"))
    return CalendarError(code, error.message, field_name)
