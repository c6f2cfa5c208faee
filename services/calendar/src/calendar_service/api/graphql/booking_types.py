"""What the graph shows of a booking: venue, client, line items, schedule history, activity."""

from __future__ import annotations

from datetime import date, datetime

import strawberry

from calendar_service.api.graphql import described
from calendar_service.api.graphql.context import CalendarInfo
from calendar_service.api.graphql.dispatch_types import DispatchSheetType, ReturnCheckType
from calendar_service.api.graphql.enums import (
    ActivityAction,
    BookingStatus,
    EventKind,
    LineItemKind,
    Nakshatra,
)
from calendar_service.api.graphql.scalars import Paise
from calendar_service.api.graphql.stock_types import StockItemRefType


@strawberry.type(name="VenueState", description="The venue's state by its GST state code, with its name.")
class VenueStateType:
    code: str
    name: str


@strawberry.type(name="Venue")
class VenueType:
    address: str
    district: str
    state: VenueStateType
    pin_code: str
    map_link: str | None


@strawberry.type(name="Client", description="The organizer's client: not a user of ours.")
class ClientType:
    name: str
    phones: list[str] = strawberry.field(description="E.164, +91 by default.")
    email: str | None
    birth_nakshatra: Nakshatra | None


@strawberry.type(name="LineItem")
class LineItemType:
    id: strawberry.ID
    kind: LineItemKind
    description: str
    stock_item: StockItemRefType | None = strawberry.field(description="Set for kind STOCK.")
    quantity: int
    agreed_price_paise: Paise = strawberry.field(description="Agreed price of the whole line.")


@strawberry.type(name="Schedule", description="When the event runs and when the stock is out for it.")
class ScheduleType:
    starts_at: datetime
    ends_at: datetime
    setup_starts_at: datetime = strawberry.field(description="Stock leaves from here; <= startsAt.")
    teardown_ends_at: datetime = strawberry.field(description="Stock is back by here; >= endsAt.")


@strawberry.type(name="ScheduleChange", description="One reschedule: what it was, what it became, why.")
class ScheduleChangeType:
    changed_at: datetime
    changed_by: strawberry.ID | None
    before: ScheduleType
    after: ScheduleType
    reason: str | None


@strawberry.type(name="FieldChange")
class FieldChangeType:
    field: str
    before: str | None
    after: str | None


@strawberry.type(name="ActivityEntry", description="Who did what to a booking, when, and what changed.")
class ActivityEntryType:
    at: datetime
    actor_id: strawberry.ID | None = strawberry.field(
        description="Null when the service acted (hold expiry)."
    )
    action: ActivityAction
    changes: list[FieldChangeType]
    note: str | None


@strawberry.type(name="ActivityConnection")
class ActivityConnection:
    items: list[ActivityEntryType]
    total: int
    next_cursor: str | None


@strawberry.type(name="BookingRef", description="A booking as a shortage names it.")
class BookingRefType:
    id: strawberry.ID
    event_name: str
    status: BookingStatus
    starts_at: datetime
    ends_at: datetime


@strawberry.type(
    name="StockShortage",
    description="One item (or the day's capacity when item is null) short at some overlapping moment: "
    "how many are wanted, how many are free then, by how much it is short, and the bookings holding it.",
)
class StockShortageType:
    item: StockItemRefType | None
    at: datetime = strawberry.field(description="The first moment the item is short.")
    day: date = strawberry.field(description="That moment's local date.")
    wanted: int
    available: int
    short_by: int
    held_by: list[BookingRefType]


@strawberry.federation.type(name="Booking", keys=["id"], description="An organizer's booking of an event.")
class BookingType:
    id: strawberry.ID
    organizer_id: strawberry.ID
    event_name: str
    kind: EventKind
    status: BookingStatus
    schedule: ScheduleType
    hold_expires_at: datetime | None
    venue: VenueType
    client: ClientType
    guest_count: int | None = strawberry.field(description="Counted against a GUESTS capacity per day.")
    details: str | None = strawberry.field(description="Booking specifics in free text.")
    line_items: list[LineItemType]
    agreed_total_paise: Paise
    advance_paise: Paise
    damage_charges_paise: Paise = strawberry.field(description="Charged to the client at the return check.")
    notes: str | None
    cancellation_reason: str | None
    source_enquiry_id: strawberry.ID | None
    version: int = strawberry.field(description="Grows with every change.")
    created_at: datetime
    updated_at: datetime

    @classmethod
    async def resolve_reference(cls, info: CalendarInfo, id: strawberry.ID) -> BookingType | None:
        """Other subgraphs' references are checked like `booking(id)`: its organizer or a super admin."""
        from calendar_service.api.graphql.booking_resolvers import referenced_booking

        return await referenced_booking(info, str(id))

    @described.field(
        "A tentative hold beyond the stock free at its time: allowed, but it cannot be confirmed as it is "
        "(see shortages)."
    )
    async def exceeds_stock(self, info: CalendarInfo) -> bool:
        from calendar_service.api.graphql.booking_resolvers import shortages_of

        return self.status is BookingStatus.TENTATIVE and bool(await shortages_of(info, str(self.id)))

    @described.field("What confirming now would find short (empty when it fits).")
    async def shortages(self, info: CalendarInfo) -> list[StockShortageType]:
        from calendar_service.api.graphql.booking_resolvers import shortages_of

        return await shortages_of(info, str(self.id))

    @strawberry.field
    async def schedule_history(self, info: CalendarInfo) -> list[ScheduleChangeType]:
        from calendar_service.api.graphql.booking_resolvers import schedule_history_of

        return await schedule_history_of(info, str(self.id))

    @described.field("The activity log, newest first.")
    async def activity(
        self, info: CalendarInfo, first: int = 50, after: str | None = None
    ) -> ActivityConnection:
        from calendar_service.api.graphql.booking_resolvers import activity_of

        return await activity_of(info, str(self.id), first, after)

    @described.field("What leaves the godown for this booking (planned until dispatched).")
    async def dispatch_sheet(self, info: CalendarInfo) -> DispatchSheetType:
        from calendar_service.api.graphql.booking_resolvers import dispatch_sheet_of

        return await dispatch_sheet_of(info, str(self.id))

    @described.field("What came back; null until the return is checked.")
    async def return_check(self, info: CalendarInfo) -> ReturnCheckType | None:
        from calendar_service.api.graphql.booking_resolvers import return_check_of

        return await return_check_of(info, str(self.id))


@strawberry.type(name="BookingConnection")
class BookingConnection:
    items: list[BookingType]
    total: int
    next_cursor: str | None
