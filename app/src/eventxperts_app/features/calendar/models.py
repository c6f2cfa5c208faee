"""What the calendar section reads from the calendar service (docs/api/calendar.graphql), typed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from eventxperts_app.api.models import ApiError


class EventKind(StrEnum):
    WEDDING = "WEDDING"
    ENGAGEMENT = "ENGAGEMENT"
    GRUHAPRAVESAM = "GRUHAPRAVESAM"
    UPANAYANAM = "UPANAYANAM"
    NAMING_CEREMONY = "NAMING_CEREMONY"
    HALF_SAREE = "HALF_SAREE"
    BIRTHDAY = "BIRTHDAY"
    CORPORATE = "CORPORATE"
    FESTIVAL = "FESTIVAL"
    OTHER = "OTHER"


class BookingStatus(StrEnum):
    ENQUIRY = "ENQUIRY"
    TENTATIVE = "TENTATIVE"
    HOLD_EXPIRED = "HOLD_EXPIRED"
    CONFIRMED = "CONFIRMED"
    COMPLETED = "COMPLETED"
    CANCELLED = "CANCELLED"


class ActivityAction(StrEnum):
    CREATED = "CREATED"
    UPDATED = "UPDATED"
    HELD = "HELD"
    CONFIRMED = "CONFIRMED"
    RESCHEDULED = "RESCHEDULED"
    ITEMS_CHANGED = "ITEMS_CHANGED"
    HOLD_EXPIRED = "HOLD_EXPIRED"
    CANCELLED = "CANCELLED"
    COMPLETED = "COMPLETED"
    DISPATCHED = "DISPATCHED"
    RETURNED = "RETURNED"


class MuhurthamKind(StrEnum):
    MARRIAGE = "MARRIAGE"
    GRUHAPRAVESAM = "GRUHAPRAVESAM"
    UPANAYANAM = "UPANAYANAM"
    SHOP_OPENING = "SHOP_OPENING"


class LineItemKind(StrEnum):
    SERVICE = "SERVICE"
    STOCK = "STOCK"


class Nakshatra(StrEnum):
    ASHWINI = "ASHWINI"
    BHARANI = "BHARANI"
    KRITTIKA = "KRITTIKA"
    ROHINI = "ROHINI"
    MRIGASHIRA = "MRIGASHIRA"
    ARDRA = "ARDRA"
    PUNARVASU = "PUNARVASU"
    PUSHYA = "PUSHYA"
    ASHLESHA = "ASHLESHA"
    MAGHA = "MAGHA"
    PURVA_PHALGUNI = "PURVA_PHALGUNI"
    UTTARA_PHALGUNI = "UTTARA_PHALGUNI"
    HASTA = "HASTA"
    CHITRA = "CHITRA"
    SWATI = "SWATI"
    VISHAKHA = "VISHAKHA"
    ANURADHA = "ANURADHA"
    JYESHTHA = "JYESHTHA"
    MULA = "MULA"
    PURVA_ASHADHA = "PURVA_ASHADHA"
    UTTARA_ASHADHA = "UTTARA_ASHADHA"
    SHRAVANA = "SHRAVANA"
    DHANISHTA = "DHANISHTA"
    SHATABHISHA = "SHATABHISHA"
    PURVA_BHADRAPADA = "PURVA_BHADRAPADA"
    UTTARA_BHADRAPADA = "UTTARA_BHADRAPADA"
    REVATI = "REVATI"


# Open bookings can still change; completed and cancelled ones are history.
OPEN_STATUSES = frozenset(
    {BookingStatus.ENQUIRY, BookingStatus.TENTATIVE, BookingStatus.HOLD_EXPIRED, BookingStatus.CONFIRMED}
)


@dataclass(frozen=True)
class LocalizedName:
    en: str
    te: str


@dataclass(frozen=True)
class TimeWindow:
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class PanchangamPeriod:
    name: LocalizedName
    number: int
    starts_at: datetime
    ends_at: datetime
    paksha: LocalizedName | None = None


@dataclass(frozen=True)
class DayPanchangam:
    vara: LocalizedName
    tithi: tuple[PanchangamPeriod, ...]
    nakshatra: tuple[PanchangamPeriod, ...]
    rahu_kalam: TimeWindow
    yamagandam: TimeWindow
    durmuhurtham: tuple[TimeWindow, ...]
    festivals: tuple[LocalizedName, ...]
    muhurthams: tuple[MuhurthamKind, ...]


@dataclass(frozen=True)
class StockItemRef:
    id: str
    name: str
    unit: str


@dataclass(frozen=True)
class ItemDayUse:
    item: StockItemRef
    usable: int
    confirmed: int
    held: int
    free: int
    short: bool


@dataclass(frozen=True)
class BookingRef:
    id: str
    event_name: str
    status: BookingStatus
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class StockShortage:
    """One item (or the day's capacity when `item` is None) short, by how much, and who holds it."""

    item: StockItemRef | None
    day: date
    wanted: int
    available: int
    short_by: int
    held_by: tuple[BookingRef, ...]


@dataclass(frozen=True)
class Schedule:
    starts_at: datetime
    ends_at: datetime
    setup_starts_at: datetime
    teardown_ends_at: datetime


@dataclass(frozen=True)
class Venue:
    address: str
    district: str
    state_code: str
    state_name: str
    pin_code: str
    map_link: str | None = None


@dataclass(frozen=True)
class Client:
    name: str
    phones: tuple[str, ...]
    email: str | None = None
    birth_nakshatra: Nakshatra | None = None


@dataclass(frozen=True)
class LineItem:
    kind: LineItemKind
    description: str
    quantity: int
    agreed_price_paise: int
    stock_item: StockItemRef | None = None


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: str | None
    after: str | None


@dataclass(frozen=True)
class ActivityEntry:
    at: datetime
    action: ActivityAction
    changes: tuple[FieldChange, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Booking:
    id: str
    event_name: str
    kind: EventKind
    status: BookingStatus
    schedule: Schedule
    venue: Venue
    client: Client
    line_items: tuple[LineItem, ...]
    agreed_total_paise: int
    advance_paise: int
    version: int
    exceeds_stock: bool = False
    hold_expires_at: datetime | None = None
    details: str | None = None
    notes: str | None = None
    cancellation_reason: str | None = None
    shortages: tuple[StockShortage, ...] = ()
    activity: tuple[ActivityEntry, ...] = ()

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


@dataclass(frozen=True)
class BookingPage:
    items: tuple[Booking, ...]
    total: int
    next_cursor: str | None = None


@dataclass(frozen=True)
class BookingResult:
    booking: Booking | None = None
    shortages: tuple[StockShortage, ...] = ()
    errors: tuple[ApiError, ...] = ()


@dataclass(frozen=True)
class DayBooking:
    """A booking as a day of the month shows it: the detail asks for the rest when it is opened."""

    id: str
    event_name: str
    kind: EventKind
    status: BookingStatus
    starts_at: datetime
    ends_at: datetime
    district: str
    client_name: str


@dataclass(frozen=True)
class DayView:
    date: date
    panchangam: DayPanchangam
    bookings: tuple[DayBooking, ...]
    is_peak_day: bool
    peak_items: tuple[ItemDayUse, ...] = ()


@dataclass(frozen=True)
class PeakWarning:
    date: date
    item: StockItemRef
    free: int
    usable: int


@dataclass(frozen=True)
class MonthView:
    year: int
    month: int
    place: LocalizedName
    days: tuple[DayView, ...]
    peak_warnings: tuple[PeakWarning, ...] = ()


@dataclass(frozen=True)
class StockPart:
    item_id: str
    name: str
    unit: str
    quantity: int


@dataclass(frozen=True)
class StockItem:
    id: str
    name: str
    unit: str
    quantity: int
    usable: int
    out_of_service: int
    daily_rent_paise: int | None
    parts: tuple[StockPart, ...] = ()

    @property
    def is_composite(self) -> bool:
        return bool(self.parts)


class CapacityUnit(StrEnum):
    EVENTS = "EVENTS"
    GUESTS = "GUESTS"


@dataclass(frozen=True)
class DailyCapacity:
    """For businesses without item stock: events or guests a day."""

    unit: CapacityUnit
    per_day: int


@dataclass(frozen=True)
class CapacityResult:
    capacity: DailyCapacity | None = None
    errors: tuple[ApiError, ...] = ()


@dataclass(frozen=True)
class StockItemResult:
    item: StockItem | None = None
    errors: tuple[ApiError, ...] = ()


@dataclass(frozen=True)
class AvailabilityDay:
    date: date
    usable: int
    confirmed: int
    held: int
    free: int
    short: bool


@dataclass(frozen=True)
class ItemAvailability:
    item: StockItemRef
    days: tuple[AvailabilityDay, ...]
    short_days: tuple[date, ...]


@dataclass(frozen=True)
class MuhurthamDay:
    date: date
    windows: tuple[TimeWindow, ...]
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class MuhurthamResult:
    kind: MuhurthamKind
    place: LocalizedName
    days: tuple[MuhurthamDay, ...]


@dataclass(frozen=True)
class IcsFeedResult:
    url: str | None = None
    errors: tuple[ApiError, ...] = field(default_factory=tuple)
