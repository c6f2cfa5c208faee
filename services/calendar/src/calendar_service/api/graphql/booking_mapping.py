"""Domain bookings and stock items to their graph types."""

from __future__ import annotations

from datetime import datetime

import strawberry
from india import state_for_code

from calendar_service.api.graphql.booking_types import (
    BookingRefType,
    BookingType,
    ClientType,
    LineItemType,
    ScheduleType,
    StockShortageType,
    VenueStateType,
    VenueType,
)
from calendar_service.api.graphql.scalars import Paise
from calendar_service.api.graphql.stock_types import StockItemRefType
from calendar_service.domain.booking import Booking, Schedule
from calendar_service.domain.stock import Shortage


def schedule_type(s: Schedule) -> ScheduleType:
    return ScheduleType(
        starts_at=s.starts_at,
        ends_at=s.ends_at,
        setup_starts_at=s.setup_starts_at,
        teardown_ends_at=s.teardown_ends_at,
    )


def booking_type(b: Booking, now: datetime) -> BookingType:
    state = state_for_code(b.venue.state_code)
    return BookingType(
        id=strawberry.ID(str(b.id)),
        organizer_id=strawberry.ID(str(b.organizer_id)),
        event_name=b.event_name,
        kind=b.kind,
        status=b.status_at(now),
        schedule=schedule_type(b.schedule),
        hold_expires_at=b.hold_expires_at,
        venue=VenueType(
            address=b.venue.address,
            district=b.venue.district,
            state=VenueStateType(code=state.code, name=state.name),
            pin_code=b.venue.pin_code,
            map_link=b.venue.map_link,
        ),
        client=ClientType(
            name=b.client.name,
            phones=list(b.client.phones),
            email=b.client.email,
            birth_nakshatra=b.client.birth_nakshatra,
        ),
        guest_count=b.guest_count,
        details=b.details,
        line_items=[
            LineItemType(
                id=strawberry.ID(str(line.id)),
                kind=line.kind,
                description=line.description,
                stock_item=None,
                quantity=line.quantity,
                agreed_price_paise=Paise(line.agreed_price_paise),
            )
            for line in b.line_items
        ],
        agreed_total_paise=Paise(b.agreed_total_paise),
        advance_paise=Paise(b.advance_paise),
        damage_charges_paise=Paise(b.damage_charges_paise),
        notes=b.notes,
        cancellation_reason=b.cancellation_reason,
        source_enquiry_id=strawberry.ID(str(b.source_enquiry_id)) if b.source_enquiry_id else None,
        version=b.version,
        created_at=b.created_at,
        updated_at=b.updated_at,
    )


def shortage_type(s: Shortage) -> StockShortageType:
    return StockShortageType(
        item=StockItemRefType(id=strawberry.ID(str(s.item_id)), name=s.item_name, unit=s.unit)
        if s.item_id
        else None,
        at=s.at,
        day=s.day,
        wanted=s.wanted,
        available=s.available,
        short_by=s.short_by,
        held_by=[
            BookingRefType(
                id=strawberry.ID(str(h.id)),
                event_name=h.event_name,
                status=h.status,
                starts_at=h.starts_at,
                ends_at=h.ends_at,
            )
            for h in s.held_by
        ],
    )
