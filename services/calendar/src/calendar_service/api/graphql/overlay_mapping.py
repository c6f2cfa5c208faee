"""From the overlay's results to its GraphQL types."""

from __future__ import annotations

from datetime import datetime

import strawberry
from panchangam import AngaPeriod, DayPanchangam, Interval, Name
from panchangam.muhurtham_rules import event_kinds

from calendar_service.api.graphql.overlay_types import (
    CalendarPlaceType,
    DayPanchangamType,
    DayViewType,
    ItemDayUseType,
    LocalizedNameType,
    MonthViewType,
    MuhurthamDayType,
    MuhurthamFlagType,
    MuhurthamKindType,
    MuhurthamRejectedDayType,
    MuhurthamSearchResultType,
    PanchangamPeriodType,
    PeakWarningType,
    TimeWindowType,
)
from calendar_service.api.graphql.stock_types import StockItemRefType
from calendar_service.domain.peak import ItemDay
from calendar_service.panchangam_overlay import OverlayDay
from calendar_service.panchangam_places import CalendarPlace
from calendar_service.panchangam_search import MuhurthamFound
from calendar_service.service_layer.overlay_views import DayOverview, MonthOverview


def name_type(name: Name) -> LocalizedNameType:
    return LocalizedNameType(en=name.en, te=name.te)


def window_type(interval: Interval) -> TimeWindowType:
    return TimeWindowType(starts_at=interval.start, ends_at=interval.end)


def place_type(place: CalendarPlace) -> CalendarPlaceType:
    return CalendarPlaceType(
        name=name_type(place.name),
        latitude=place.place.latitude,
        longitude=place.place.longitude,
        from_profile=place.from_profile,
    )


def _period(period: AngaPeriod) -> PanchangamPeriodType:
    return PanchangamPeriodType(
        name=name_type(period.name),
        number=period.number,
        starts_at=period.starts_at,
        ends_at=period.ends_at,
        paksha=name_type(period.paksha) if period.paksha else None,
    )


def panchangam_type(overlay: OverlayDay) -> DayPanchangamType:
    day: DayPanchangam = overlay.panchangam
    kinds = event_kinds()
    return DayPanchangamType(
        vara=name_type(day.vara),
        sunrise=day.sunrise,
        sunset=day.sunset,
        tithi=[_period(p) for p in day.tithi],
        nakshatra=[_period(p) for p in day.nakshatra],
        masa=name_type(day.masa.name),
        samvatsara=name_type(day.samvatsara.name),
        rahu_kalam=window_type(day.rahu_kalam),
        yamagandam=window_type(day.yamagandam),
        durmuhurtham=[window_type(w) for w in day.durmuhurtham],
        festivals=[name_type(f.name) for f in day.festivals],
        is_marriage_muhurtham=overlay.is_muhurtham("marriage"),
        is_gruhapravesam_muhurtham=overlay.is_muhurtham("gruhapravesam"),
        muhurthams=[
            MuhurthamFlagType(kind=MuhurthamKindType(kind), name=name_type(kinds[kind].name))
            for kind in overlay.muhurthams
        ],
    )


def _item_ref(use: ItemDay) -> StockItemRefType:
    return StockItemRefType(id=strawberry.ID(use.item_id), name=use.name, unit=use.unit)


def item_use_type(use: ItemDay) -> ItemDayUseType:
    return ItemDayUseType(
        item=_item_ref(use),
        usable=use.usable,
        confirmed=use.confirmed,
        held=use.held,
        free=use.free,
        short=use.short,
    )


def day_view_type(day: DayOverview, now: datetime) -> DayViewType:
    return DayViewType(
        date=day.date,
        panchangam=panchangam_type(day.overlay),
        booking_list=day.bookings,
        now=now,
        stock_use=[item_use_type(u) for u in day.stock_use],
        capacity=None,
        is_peak_day=bool(day.peak_items),
        peak_items=[item_use_type(u) for u in day.peak_items],
    )


def month_view_type(month: MonthOverview, now: datetime) -> MonthViewType:
    return MonthViewType(
        year=month.year,
        month=month.month,
        place=place_type(month.place),
        days=[day_view_type(d, now) for d in month.days],
        peak_warnings=[
            PeakWarningType(date=w.day, item=_item_ref(w), free=w.free, usable=w.usable)
            for w in month.peak_warnings
        ],
    )


def search_result_type(found: MuhurthamFound) -> MuhurthamSearchResultType:
    kind = found.search.kind
    return MuhurthamSearchResultType(
        kind=MuhurthamKindType(kind.id),
        name=name_type(kind.name),
        place=place_type(found.place),
        days=[
            MuhurthamDayType(date=d.date, windows=[window_type(w) for w in d.windows], reasons=d.reasons)
            for d in found.search.good
        ],
        rejected=[
            MuhurthamRejectedDayType(date=r.date, rule=r.rule, reason=r.reason) for r in found.search.rejected
        ],
    )
