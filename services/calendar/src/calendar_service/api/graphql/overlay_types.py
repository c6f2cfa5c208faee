"""The panchangam overlay's types: month and day views, muhurtham search, feeds, exports, sharing.

Owned by the overlay work (issue 10's panchangam part); bookings and stock come from their modules.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

import strawberry

from calendar_service.api.graphql.booking_mapping import booking_type
from calendar_service.api.graphql.booking_types import BookingType
from calendar_service.api.graphql.enums import LanguageType, Nakshatra
from calendar_service.api.graphql.errors import CalendarErrorType
from calendar_service.api.graphql.stock_types import CapacityDayType, StockItemRefType
from calendar_service.domain.booking import Booking


@strawberry.enum(name="MuhurthamKind", description="The kinds of event the muhurtham finder has rules for.")
class MuhurthamKindType(Enum):
    MARRIAGE = "marriage"
    GRUHAPRAVESAM = "gruhapravesam"
    UPANAYANAM = "upanayanam"
    SHOP_OPENING = "shop_opening"


@strawberry.type(name="LocalizedName", description="A name in English and Telugu.")
class LocalizedNameType:
    en: str
    te: str


@strawberry.type(name="TimeWindow")
class TimeWindowType:
    starts_at: datetime
    ends_at: datetime


@strawberry.type(name="PanchangamPeriod", description="A tithi or nakshatra current during the day.")
class PanchangamPeriodType:
    name: LocalizedNameType
    number: int
    starts_at: datetime
    ends_at: datetime
    paksha: LocalizedNameType | None


@strawberry.type(name="CalendarPlace", description="Where the panchangam is reckoned for.")
class CalendarPlaceType:
    name: LocalizedNameType
    latitude: float
    longitude: float
    from_profile: bool = strawberry.field(description="False when the profile has none (Hyderabad).")


@strawberry.type(name="MuhurthamFlag")
class MuhurthamFlagType:
    kind: MuhurthamKindType
    name: LocalizedNameType


@strawberry.type(name="DayPanchangam")
class DayPanchangamType:
    vara: LocalizedNameType
    sunrise: datetime
    sunset: datetime
    tithi: list[PanchangamPeriodType]
    nakshatra: list[PanchangamPeriodType]
    masa: LocalizedNameType
    samvatsara: LocalizedNameType
    rahu_kalam: TimeWindowType
    yamagandam: TimeWindowType
    durmuhurtham: list[TimeWindowType]
    festivals: list[LocalizedNameType]
    is_marriage_muhurtham: bool
    is_gruhapravesam_muhurtham: bool
    muhurthams: list[MuhurthamFlagType] = strawberry.field(description="Every kind the day is good for.")


@strawberry.type(name="ItemDayUse", description="One stock item's use on one day.")
class ItemDayUseType:
    item: StockItemRefType
    usable: int
    confirmed: int
    held: int
    free: int
    short: bool


def _day_bookings(root: DayViewType) -> list[BookingType]:
    # Mapped when asked for only: a query of stock use alone skips a busy month's thousand bookings.
    return [booking_type(booking, root.now) for booking in root.booking_list]


@strawberry.type(name="DayView")
class DayViewType:
    date: date
    panchangam: DayPanchangamType
    bookings: list[BookingType] = strawberry.field(resolver=_day_bookings)
    stock_use: list[ItemDayUseType]
    capacity: CapacityDayType | None
    booking_list: strawberry.Private[list[Booking]]
    now: strawberry.Private[datetime]
    is_peak_day: bool = strawberry.field(
        description="A muhurtham day on which the bookings use most of some item's stock."
    )
    peak_items: list[ItemDayUseType] = strawberry.field(description="The items that make it a peak day.")


@strawberry.type(name="PeakWarning", description="An upcoming peak day whose stock is nearly gone.")
class PeakWarningType:
    date: date
    item: StockItemRefType
    free: int
    usable: int


@strawberry.type(name="MonthView")
class MonthViewType:
    year: int
    month: int
    place: CalendarPlaceType
    days: list[DayViewType]
    peak_warnings: list[PeakWarningType]


@strawberry.input(name="MuhurthamSearchInput")
class MuhurthamSearchInput:
    kind: MuhurthamKindType
    first_day: date
    last_day: date
    birth_nakshatras: list[Nakshatra] = strawberry.field(
        default_factory=list, description="Of the people involved (e.g. bride and groom)."
    )
    place: str | None = strawberry.field(
        default=None, description="A town of the gazetteer (English or Telugu); default the caller's place."
    )


@strawberry.type(name="MuhurthamDay")
class MuhurthamDayType:
    date: date
    windows: list[TimeWindowType]
    reasons: list[str]


@strawberry.type(name="MuhurthamRejectedDay")
class MuhurthamRejectedDayType:
    date: date
    rule: str
    reason: str


@strawberry.type(name="MuhurthamSearchResult")
class MuhurthamSearchResultType:
    kind: MuhurthamKindType
    name: LocalizedNameType
    place: CalendarPlaceType
    days: list[MuhurthamDayType]
    rejected: list[MuhurthamRejectedDayType]


@strawberry.type(name="IcsFeed", description="The organizer's calendar feed at a secret, revocable URL.")
class IcsFeedType:
    url: str
    created_at: datetime


@strawberry.type(name="IcsFeedPayload")
class IcsFeedPayload:
    feed: IcsFeedType | None = None
    errors: list[CalendarErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="CsvExportPayload", description="A short-lived signed URL of the bookings' CSV.")
class CsvExportPayload:
    url: str | None = None
    expires_at: datetime | None = None
    errors: list[CalendarErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="WhatsAppShare", description="A wa.me link with the booking's summary as its text.")
class WhatsAppShareType:
    url: str
    text: str
    language: LanguageType
