"""What the calendar's forms send, as typed: empty strings mean "not given" (docs/api/calendar.graphql)."""

from __future__ import annotations

from dataclasses import dataclass, field

from eventxperts_app.features.calendar.models import EventKind, LineItemKind, MuhurthamKind, Nakshatra


@dataclass(frozen=True)
class LineItemForm:
    kind: LineItemKind = LineItemKind.STOCK
    stock_item_id: str = ""
    description: str = ""
    quantity: str = ""
    price_rupees: str = ""


@dataclass(frozen=True)
class ScheduleForm:
    """Local dates (YYYY-MM-DD) and times (HH:MM) in India; set-up and tear-down may stay empty."""

    start_date: str = ""
    start_time: str = ""
    end_date: str = ""
    end_time: str = ""
    setup_date: str = ""
    setup_time: str = ""
    teardown_date: str = ""
    teardown_time: str = ""


@dataclass(frozen=True)
class BookingForm:
    event_name: str = ""
    kind: EventKind = EventKind.WEDDING
    schedule: ScheduleForm = field(default_factory=ScheduleForm)
    address: str = ""
    district: str = ""
    state_code: str = "36"
    pin_code: str = ""
    map_link: str = ""
    client_name: str = ""
    phones: str = ""  # one or more, separated by commas
    email: str = ""
    birth_nakshatra: Nakshatra | None = None
    line_items: tuple[LineItemForm, ...] = ()
    agreed_total_rupees: str = ""
    advance_rupees: str = ""
    details: str = ""
    notes: str = ""
    # A new booking with a hold date is a tentative hold until then; without, an enquiry.
    hold_date: str = ""
    hold_time: str = ""


@dataclass(frozen=True)
class StockItemForm:
    name: str = ""
    unit: str = ""
    quantity: str = ""
    daily_rent_rupees: str = ""
    parts: tuple[tuple[str, str], ...] = ()  # (stock item id, quantity per unit)


@dataclass(frozen=True)
class MuhurthamQuery:
    kind: MuhurthamKind = MuhurthamKind.MARRIAGE
    first_day: str = ""
    last_day: str = ""
    birth_nakshatras: tuple[Nakshatra, ...] = ()


@dataclass(frozen=True)
class ReturnLineForm:
    stock_item_id: str
    returned: str
    damaged: str
    lost: str
    charge_rupees: str
