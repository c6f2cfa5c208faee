"""A booking to and from its rows."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Row

from calendar_service.domain.booking import Booking, Client, LineItem, Schedule, Venue
from calendar_service.domain.vocabulary import BookingStatus, EventKind, LineItemKind, Nakshatra


def booking_values(booking: Booking) -> dict[str, Any]:
    s, v, c = booking.schedule, booking.venue, booking.client
    return {
        "id": booking.id,
        "organizer_id": booking.organizer_id,
        "event_name": booking.event_name,
        "kind": booking.kind.value,
        "status": booking.status.value,
        "starts_at": s.starts_at,
        "ends_at": s.ends_at,
        "setup_starts_at": s.setup_starts_at,
        "teardown_ends_at": s.teardown_ends_at,
        "hold_expires_at": booking.hold_expires_at,
        "venue": {
            "address": v.address,
            "district": v.district,
            "state_code": v.state_code,
            "pin_code": v.pin_code,
            "map_link": v.map_link,
        },
        "client_name": c.name,
        "client_phones": list(c.phones),
        "client_email": c.email,
        "client_birth_nakshatra": c.birth_nakshatra.value if c.birth_nakshatra else None,
        "guest_count": booking.guest_count,
        "details": booking.details,
        "agreed_total_paise": booking.agreed_total_paise,
        "advance_paise": booking.advance_paise,
        "damage_charges_paise": booking.damage_charges_paise,
        "notes": booking.notes,
        "cancellation_reason": booking.cancellation_reason,
        "source_enquiry_id": booking.source_enquiry_id,
        "version": booking.version,
        "created_at": booking.created_at,
        "updated_at": booking.updated_at,
    }


def line_values(booking_id: uuid.UUID, position: int, line: LineItem) -> dict[str, Any]:
    return {
        "id": line.id,
        "booking_id": booking_id,
        "position": position,
        "kind": line.kind.value,
        "description": line.description,
        "stock_item_id": line.stock_item_id,
        "quantity": line.quantity,
        "agreed_price_paise": line.agreed_price_paise,
    }


def line_from(row: Row[Any]) -> LineItem:
    return LineItem(
        id=row.id,
        kind=LineItemKind(row.kind),
        description=row.description,
        stock_item_id=row.stock_item_id,
        quantity=row.quantity,
        agreed_price_paise=row.agreed_price_paise,
    )


def booking_from(row: Row[Any], lines: list[LineItem]) -> Booking:
    venue = row.venue
    return Booking(
        id=row.id,
        organizer_id=row.organizer_id,
        event_name=row.event_name,
        kind=EventKind(row.kind),
        status=BookingStatus(row.status),
        schedule=Schedule(row.starts_at, row.ends_at, row.setup_starts_at, row.teardown_ends_at),
        venue=Venue(
            venue["address"], venue["district"], venue["state_code"], venue["pin_code"], venue["map_link"]
        ),
        client=Client(
            name=row.client_name,
            phones=tuple(row.client_phones),
            email=row.client_email,
            birth_nakshatra=Nakshatra(row.client_birth_nakshatra) if row.client_birth_nakshatra else None,
        ),
        line_items=lines,
        agreed_total_paise=row.agreed_total_paise,
        advance_paise=row.advance_paise,
        created_at=row.created_at,
        updated_at=row.updated_at,
        guest_count=row.guest_count,
        details=row.details,
        notes=row.notes,
        hold_expires_at=row.hold_expires_at,
        cancellation_reason=row.cancellation_reason,
        source_enquiry_id=row.source_enquiry_id,
        damage_charges_paise=row.damage_charges_paise,
        version=row.version,
    )
