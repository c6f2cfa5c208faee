"""Maps the month view, availability and muhurtham search answers to typed results (pure)."""

from __future__ import annotations

from collections.abc import Mapping

from eventxperts_app.api.json_fields import (
    as_list,
    as_object,
    enum_member,
    required_bool,
    required_date,
    required_datetime,
    required_int,
    required_str,
)
from eventxperts_app.api.parsing import payload_of
from eventxperts_app.features.calendar.models import (
    AvailabilityDay,
    BookingStatus,
    DayBooking,
    DayPanchangam,
    DayView,
    EventKind,
    ItemAvailability,
    ItemDayUse,
    LocalizedName,
    MonthView,
    MuhurthamDay,
    MuhurthamKind,
    MuhurthamResult,
    PanchangamPeriod,
    PeakWarning,
    TimeWindow,
)
from eventxperts_app.features.calendar.parsing import objects, parse_ref


def parse_name(raw: object) -> LocalizedName:
    obj = as_object(raw, "name")
    return LocalizedName(en=required_str(obj, "en"), te=required_str(obj, "te"))


def parse_window(raw: object) -> TimeWindow:
    obj = as_object(raw, "window")
    return TimeWindow(starts_at=required_datetime(obj, "startsAt"), ends_at=required_datetime(obj, "endsAt"))


def parse_period(obj: Mapping[str, object]) -> PanchangamPeriod:
    paksha = obj.get("paksha")
    return PanchangamPeriod(
        name=parse_name(obj.get("name")),
        number=required_int(obj, "number"),
        starts_at=required_datetime(obj, "startsAt"),
        ends_at=required_datetime(obj, "endsAt"),
        paksha=None if paksha is None else parse_name(paksha),
    )


def parse_panchangam(raw: object) -> DayPanchangam:
    obj = as_object(raw, "panchangam")
    return DayPanchangam(
        vara=parse_name(obj.get("vara")),
        tithi=tuple(parse_period(p) for p in objects(obj.get("tithi"), "tithi")),
        nakshatra=tuple(parse_period(p) for p in objects(obj.get("nakshatra"), "nakshatra")),
        rahu_kalam=parse_window(obj.get("rahuKalam")),
        yamagandam=parse_window(obj.get("yamagandam")),
        durmuhurtham=tuple(parse_window(w) for w in objects(obj.get("durmuhurtham"), "durmuhurtham")),
        festivals=tuple(parse_name(f) for f in objects(obj.get("festivals"), "festivals")),
        muhurthams=tuple(
            enum_member(MuhurthamKind, m.get("kind"), "muhurthams")
            for m in objects(obj.get("muhurthams"), "muhurthams")
        ),
    )


def parse_day_use(obj: Mapping[str, object]) -> ItemDayUse:
    return ItemDayUse(
        item=parse_ref(obj.get("item")),
        usable=required_int(obj, "usable"),
        confirmed=required_int(obj, "confirmed"),
        held=required_int(obj, "held"),
        free=required_int(obj, "free"),
        short=required_bool(obj, "short"),
    )


def parse_day_booking(obj: Mapping[str, object]) -> DayBooking:
    schedule = as_object(obj.get("schedule"), "schedule")
    return DayBooking(
        id=required_str(obj, "id"),
        event_name=required_str(obj, "eventName"),
        kind=enum_member(EventKind, obj.get("kind"), "kind"),
        status=enum_member(BookingStatus, obj.get("status"), "status"),
        starts_at=required_datetime(schedule, "startsAt"),
        ends_at=required_datetime(schedule, "endsAt"),
        district=required_str(as_object(obj.get("venue"), "venue"), "district"),
        client_name=required_str(as_object(obj.get("client"), "client"), "name"),
    )


def parse_day(obj: Mapping[str, object]) -> DayView:
    return DayView(
        date=required_date(obj, "date"),
        panchangam=parse_panchangam(obj.get("panchangam")),
        bookings=tuple(parse_day_booking(b) for b in objects(obj.get("bookings"), "bookings")),
        is_peak_day=required_bool(obj, "isPeakDay"),
        peak_items=tuple(parse_day_use(u) for u in objects(obj.get("peakItems"), "peakItems")),
    )


def parse_month_view(data: Mapping[str, object]) -> MonthView:
    month = payload_of(data, "monthView")
    return MonthView(
        year=required_int(month, "year"),
        month=required_int(month, "month"),
        place=parse_name(as_object(month.get("place"), "place").get("name")),
        days=tuple(parse_day(day) for day in objects(month.get("days"), "days")),
        peak_warnings=tuple(
            PeakWarning(
                date=required_date(w, "date"),
                item=parse_ref(w.get("item")),
                free=required_int(w, "free"),
                usable=required_int(w, "usable"),
            )
            for w in objects(month.get("peakWarnings"), "peakWarnings")
        ),
    )


def parse_availability(data: Mapping[str, object]) -> tuple[ItemAvailability, ...]:
    availability = payload_of(data, "availability")
    return tuple(
        ItemAvailability(
            item=parse_ref(item.get("item")),
            short_days=tuple(
                required_date({"day": d}, "day") for d in as_list(item.get("shortDays"), "shortDays")
            ),
            days=tuple(
                AvailabilityDay(
                    date=required_date(d, "date"),
                    usable=required_int(d, "usable"),
                    confirmed=required_int(d, "confirmed"),
                    held=required_int(d, "held"),
                    free=required_int(d, "free"),
                    short=required_bool(d, "short"),
                )
                for d in objects(item.get("days"), "days")
            ),
        )
        for item in objects(availability.get("items"), "items")
    )


def parse_muhurtham_result(data: Mapping[str, object]) -> MuhurthamResult:
    result = payload_of(data, "muhurthamSearch")
    return MuhurthamResult(
        kind=enum_member(MuhurthamKind, result.get("kind"), "kind"),
        place=parse_name(as_object(result.get("place"), "place").get("name")),
        days=tuple(
            MuhurthamDay(
                date=required_date(d, "date"),
                windows=tuple(parse_window(w) for w in objects(d.get("windows"), "windows")),
                reasons=tuple(str(r) for r in as_list(d.get("reasons"), "reasons")),
            )
            for d in objects(result.get("days"), "days")
        ),
    )
