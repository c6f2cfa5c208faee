"""An UpdateBooking applied to a booking: every given field checked together (all failures at once),
and what changed, as the activity log writes it."""

from __future__ import annotations

from functools import partial

from servicekit.errors import InputChecks

from calendar_service.domain import booking_checks as check
from calendar_service.domain.activity import FieldChange
from calendar_service.domain.booking import Booking, LineItem
from calendar_service.domain.errors import CalendarErrorCode
from calendar_service.service_layer.booking_drafts import checked_client, checked_venue
from calendar_service.service_layer.commands import Keep, UpdateBooking
from calendar_service.service_layer.unit_of_work import CalendarUnitOfWork


async def apply_update(uow: CalendarUnitOfWork, booking: Booking, command: UpdateBooking) -> None:
    """Change `booking` as `command` says, or raise (one error, or InvalidInput with each)."""
    checks = InputChecks()
    c = command
    if not isinstance(c.event_name, Keep):
        name = c.event_name
        _set(booking, "event_name", checks.check(lambda: _name(name)))
    if not isinstance(c.kind, Keep):
        booking.kind = c.kind
    if not isinstance(c.venue, Keep):
        venue = c.venue
        _set(booking, "venue", checks.check(lambda: checked_venue(venue)))
    if not isinstance(c.client, Keep):
        client = c.client
        _set(booking, "client", checks.check(lambda: checked_client(client)))
    if not isinstance(c.guest_count, Keep):
        guests = c.guest_count
        booking.guest_count = checks.check(lambda: check.guest_count(guests))
    if not isinstance(c.details, Keep):
        details = c.details
        booking.details = checks.check(lambda: check.optional_text(details, "details", longest=5000))
    if not isinstance(c.notes, Keep):
        notes = c.notes
        booking.notes = checks.check(lambda: check.optional_text(notes, "notes", longest=5000))
    if not isinstance(c.agreed_total_paise, Keep):
        total = c.agreed_total_paise
        _set(booking, "agreed_total_paise", checks.check(lambda: check.amount(total, "agreedTotalPaise")))
    if not isinstance(c.advance_paise, Keep):
        advance = c.advance_paise
        _set(booking, "advance_paise", checks.check(lambda: check.amount(advance, "advancePaise")))
    if not isinstance(c.line_items, Keep):
        booking.line_items = await _lines(uow, booking, c.line_items, checks)
    checks.raise_failures()


def _name(value: str) -> str:
    return check.text(value, "eventName", longest=150, code=CalendarErrorCode.INVALID_NAME)


def _set(booking: Booking, attribute: str, value: object | None) -> None:
    # None: the check failed and is reported by raise_failures; the booking is dropped with the UoW.
    if value is not None:
        setattr(booking, attribute, value)


async def _lines(
    uow: CalendarUnitOfWork, booking: Booking, drafts: list[check.LineItemDraft], checks: InputChecks
) -> list[LineItem]:
    ids = check.referenced_stock(drafts)
    names = {i.id: i.name for i in (await uow.stock.of_organizer(booking.organizer_id, ids)).values()}
    lines = [checks.check(partial(check.line_item, d, i, names)) for i, d in enumerate(drafts)]
    return [line for line in lines if line is not None]


def same_lines(before: list[LineItem], after: list[LineItem]) -> bool:
    """Equal but for the lines' ids (a replaced list gets new ones)."""
    return [_line_key(line) for line in before] == [_line_key(line) for line in after]


def _line_key(line: LineItem) -> tuple[object, ...]:
    return (line.kind, line.description, line.stock_item_id, line.quantity, line.agreed_price_paise)


def changes_between(before: Booking, after: Booking) -> tuple[FieldChange, ...]:
    """The fields that differ, as short readable texts (lines as "200 x Plastic chairs @ 3000")."""
    found: list[FieldChange] = []
    for field, old, new in (
        ("eventName", before.event_name, after.event_name),
        ("kind", before.kind.value, after.kind.value),
        ("venue", _venue(before), _venue(after)),
        ("client", _client(before), _client(after)),
        ("guestCount", _text(before.guest_count), _text(after.guest_count)),
        ("details", before.details, after.details),
        ("notes", before.notes, after.notes),
        ("agreedTotalPaise", str(before.agreed_total_paise), str(after.agreed_total_paise)),
        ("advancePaise", str(before.advance_paise), str(after.advance_paise)),
        ("lineItems", _lines_text(before.line_items), _lines_text(after.line_items)),
    ):
        if old != new:
            found.append(FieldChange(field, old, new))
    return tuple(found)


def _text(value: object | None) -> str | None:
    return None if value is None else str(value)


def _venue(booking: Booking) -> str:
    v = booking.venue
    return f"{v.address}, {v.district} {v.pin_code} ({v.state_code})"


def _client(booking: Booking) -> str:
    c = booking.client
    star = f", {c.birth_nakshatra.value}" if c.birth_nakshatra else ""
    return f"{c.name} {' '.join(c.phones)}{f' {c.email}' if c.email else ''}{star}"


def _lines_text(lines: list[LineItem]) -> str:
    return "; ".join(f"{line.quantity} x {line.description} @ {line.agreed_price_paise}" for line in lines)
