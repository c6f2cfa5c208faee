"""Maps the calendar service's bookings and stock answers to typed results (pure)."""

from __future__ import annotations

from collections.abc import Mapping

from eventxperts_app.api.json_fields import (
    as_list,
    as_object,
    enum_member,
    optional_datetime,
    optional_int,
    optional_str,
    required_bool,
    required_date,
    required_datetime,
    required_int,
    required_str,
)
from eventxperts_app.api.parsing import parse_errors, payload_of
from eventxperts_app.features.calendar.models import (
    ActivityAction,
    ActivityEntry,
    Booking,
    BookingPage,
    BookingRef,
    BookingResult,
    BookingStatus,
    CapacityResult,
    CapacityUnit,
    Client,
    DailyCapacity,
    EventKind,
    FieldChange,
    IcsFeedResult,
    LineItem,
    LineItemKind,
    Nakshatra,
    Schedule,
    StockItem,
    StockItemRef,
    StockItemResult,
    StockPart,
    StockShortage,
    Venue,
)


def objects(raw: object, what: str) -> list[Mapping[str, object]]:
    return [as_object(item, what) for item in as_list(raw, what)]


def parse_ref(raw: object) -> StockItemRef:
    obj = as_object(raw, "item")
    return StockItemRef(
        id=required_str(obj, "id"), name=required_str(obj, "name"), unit=required_str(obj, "unit")
    )


def parse_booking_ref(obj: Mapping[str, object]) -> BookingRef:
    return BookingRef(
        id=required_str(obj, "id"),
        event_name=required_str(obj, "eventName"),
        status=enum_member(BookingStatus, obj.get("status"), "status"),
        starts_at=required_datetime(obj, "startsAt"),
        ends_at=required_datetime(obj, "endsAt"),
    )


def parse_shortage(obj: Mapping[str, object]) -> StockShortage:
    item = obj.get("item")
    return StockShortage(
        item=None if item is None else parse_ref(item),
        day=required_date(obj, "day"),
        wanted=required_int(obj, "wanted"),
        available=required_int(obj, "available"),
        short_by=required_int(obj, "shortBy"),
        held_by=tuple(parse_booking_ref(ref) for ref in objects(obj.get("heldBy"), "heldBy")),
    )


def parse_shortages(raw: object) -> tuple[StockShortage, ...]:
    return () if raw is None else tuple(parse_shortage(s) for s in objects(raw, "shortages"))


def parse_schedule(raw: object) -> Schedule:
    obj = as_object(raw, "schedule")
    return Schedule(
        starts_at=required_datetime(obj, "startsAt"),
        ends_at=required_datetime(obj, "endsAt"),
        setup_starts_at=required_datetime(obj, "setupStartsAt"),
        teardown_ends_at=required_datetime(obj, "teardownEndsAt"),
    )


def parse_venue(raw: object) -> Venue:
    obj = as_object(raw, "venue")
    state = as_object(obj.get("state"), "state")
    return Venue(
        address=required_str(obj, "address"),
        district=required_str(obj, "district"),
        state_code=required_str(state, "code"),
        state_name=required_str(state, "name"),
        pin_code=required_str(obj, "pinCode"),
        map_link=optional_str(obj, "mapLink"),
    )


def parse_client(raw: object) -> Client:
    obj = as_object(raw, "client")
    star = obj.get("birthNakshatra")
    return Client(
        name=required_str(obj, "name"),
        phones=tuple(str(p) for p in as_list(obj.get("phones"), "phones")),
        email=optional_str(obj, "email"),
        birth_nakshatra=None if star is None else enum_member(Nakshatra, star, "birthNakshatra"),
    )


def parse_line_item(obj: Mapping[str, object]) -> LineItem:
    stock = obj.get("stockItem")
    return LineItem(
        kind=enum_member(LineItemKind, obj.get("kind"), "kind"),
        description=required_str(obj, "description"),
        quantity=required_int(obj, "quantity"),
        agreed_price_paise=required_int(obj, "agreedPricePaise"),
        stock_item=None if stock is None else parse_ref(stock),
    )


def parse_activity(raw: object) -> tuple[ActivityEntry, ...]:
    if raw is None:
        return ()
    return tuple(
        ActivityEntry(
            at=required_datetime(entry, "at"),
            action=enum_member(ActivityAction, entry.get("action"), "action"),
            note=optional_str(entry, "note"),
            changes=tuple(
                FieldChange(required_str(c, "field"), optional_str(c, "before"), optional_str(c, "after"))
                for c in objects(entry.get("changes"), "changes")
            ),
        )
        for entry in objects(as_object(raw, "activity").get("items"), "items")
    )


def parse_booking(raw: object) -> Booking:
    obj = as_object(raw, "booking")
    return Booking(
        id=required_str(obj, "id"),
        event_name=required_str(obj, "eventName"),
        kind=enum_member(EventKind, obj.get("kind"), "kind"),
        status=enum_member(BookingStatus, obj.get("status"), "status"),
        schedule=parse_schedule(obj.get("schedule")),
        venue=parse_venue(obj.get("venue")),
        client=parse_client(obj.get("client")),
        line_items=tuple(parse_line_item(item) for item in objects(obj.get("lineItems"), "lineItems")),
        agreed_total_paise=required_int(obj, "agreedTotalPaise"),
        advance_paise=required_int(obj, "advancePaise"),
        version=required_int(obj, "version"),
        exceeds_stock=required_bool(obj, "exceedsStock"),
        hold_expires_at=optional_datetime(obj, "holdExpiresAt"),
        details=optional_str(obj, "details"),
        notes=optional_str(obj, "notes"),
        cancellation_reason=optional_str(obj, "cancellationReason"),
        shortages=parse_shortages(obj.get("shortages")),
        activity=parse_activity(obj.get("activity")),
    )


def parse_booking_page(data: Mapping[str, object]) -> BookingPage:
    connection = payload_of(data, "bookings")
    cursor = connection.get("nextCursor")
    return BookingPage(
        items=tuple(parse_booking(item) for item in as_list(connection.get("items"), "items")),
        total=required_int(connection, "total"),
        next_cursor=cursor if isinstance(cursor, str) else None,
    )


def parse_booking_payload(data: Mapping[str, object], field: str) -> BookingResult:
    """`field` is the mutation that answered (createBooking, confirmBooking, ...)."""
    payload = payload_of(data, field)
    booking = payload.get("booking")
    return BookingResult(
        booking=None if booking is None else parse_booking(booking),
        shortages=parse_shortages(payload.get("shortages")),
        errors=parse_errors(payload.get("errors")),
    )


def parse_stock_item(raw: object) -> StockItem:
    obj = as_object(raw, "stockItem")
    return StockItem(
        id=required_str(obj, "id"),
        name=required_str(obj, "name"),
        unit=required_str(obj, "unit"),
        quantity=required_int(obj, "quantity"),
        usable=required_int(obj, "usable"),
        out_of_service=required_int(obj, "outOfService"),
        daily_rent_paise=optional_int(obj, "dailyRentPaise"),
        parts=tuple(
            StockPart(
                item_id=required_str(p, "itemId"),
                name=required_str(p, "name"),
                unit=required_str(p, "unit"),
                quantity=required_int(p, "quantity"),
            )
            for p in objects(obj.get("parts"), "parts")
        ),
    )


def parse_stock_items(data: Mapping[str, object]) -> tuple[StockItem, ...]:
    connection = payload_of(data, "stockItems")
    return tuple(parse_stock_item(item) for item in as_list(connection.get("items"), "items"))


def parse_stock_item_payload(data: Mapping[str, object], field: str) -> StockItemResult:
    payload = payload_of(data, field)
    item = payload.get("item")
    return StockItemResult(
        item=None if item is None else parse_stock_item(item),
        errors=parse_errors(payload.get("errors")),
    )


def parse_ics_feed(raw: object) -> str | None:
    return None if raw is None else required_str(as_object(raw, "feed"), "url")


def parse_ics_payload(data: Mapping[str, object], field: str) -> IcsFeedResult:
    payload = payload_of(data, field)
    return IcsFeedResult(url=parse_ics_feed(payload.get("feed")), errors=parse_errors(payload.get("errors")))


def parse_capacity(raw: object) -> DailyCapacity | None:
    if raw is None:
        return None
    obj = as_object(raw, "capacity")
    return DailyCapacity(CapacityUnit(required_str(obj, "unit")), required_int(obj, "perDay"))


def parse_capacity_payload(data: Mapping[str, object], field: str) -> CapacityResult:
    payload = payload_of(data, field)
    return CapacityResult(parse_capacity(payload.get("capacity")), parse_errors(payload.get("errors")))
