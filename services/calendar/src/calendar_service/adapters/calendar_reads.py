"""The overlay's reads over the calendar's tables: the organizer's place from the profile copy, their
bookings in a window (statuses as they read at a moment: a hold that ran out reads as hold_expired),
and each item's use per day, counted as the stock guard counts it (confirmed bookings and live holds;
docs/decisions/0018)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from india import IndiaError, normalise_phone
from sqlalchemy.ext.asyncio import AsyncSession

from calendar_service.adapters import tables as t
from calendar_service.adapters.booking_rows import booking_from, line_from
from calendar_service.adapters.day_loads import DayLoads
from calendar_service.adapters.stock_repository import StockRepository
from calendar_service.domain.booking import Booking, LineItem
from calendar_service.domain.days import day_start
from calendar_service.domain.peak import ItemDay
from calendar_service.domain.vocabulary import BookingStatus
from calendar_service.panchangam_places import CalendarPlace, default_place, profile_place
from calendar_service.service_layer.overlay_reads import BookingWindow

b = t.bookings.c


class CalendarTablesReads:
    """`CalendarReads` inside one session; holds are live when they expire after `now`."""

    def __init__(self, session: AsyncSession, now: datetime) -> None:
        self.session = session
        self.now = now

    async def place_of(self, organizer_id: str) -> CalendarPlace:
        p = t.organizer_profiles.c
        query = sa.select(p.location_name, p.latitude, p.longitude).where(
            p.organizer_id == uuid.UUID(organizer_id)
        )
        row = (await self.session.execute(query)).one_or_none()
        return profile_place(row.location_name, row.latitude, row.longitude) if row else default_place()

    async def bookings(self, window: BookingWindow, *, limit: int) -> list[Booking]:
        where = [b.organizer_id == uuid.UUID(window.organizer_id), *self._window(window)]
        query = sa.select(t.bookings).where(*where).order_by(b.starts_at, b.id).limit(limit)
        rows = list(await self.session.execute(query))
        lines = await self._lines([row.id for row in rows])
        return [booking_from(row, lines[row.id]) for row in rows]

    async def booking(self, booking_id: str) -> Booking | None:
        try:
            wanted = uuid.UUID(booking_id)
        except ValueError:
            return None
        row = (await self.session.execute(sa.select(t.bookings).where(b.id == wanted))).one_or_none()
        return booking_from(row, (await self._lines([wanted]))[wanted]) if row else None

    async def item_days(self, organizer_id: str, first: date, last: date) -> list[ItemDay]:
        owner = uuid.UUID(organizer_id)
        items = [
            i for i in (await StockRepository(self.session).all_of(owner)).values() if not i.is_composite
        ]
        if not items:
            return []
        peaks = await DayLoads(self.session).item_peaks(
            owner, [i.id for i in items], first, last, live_at=self.now
        )
        return [
            ItemDay(str(item.id), item.name, item.unit, day, item.usable, *peaks.on(item.id, day))
            for item in items
            for day in peaks.days_used(item.id)
        ]

    def _window(self, window: BookingWindow) -> list[sa.ColumnElement[bool]]:
        where: list[sa.ColumnElement[bool]] = []
        if window.first_day is not None:
            where.append(b.ends_at > day_start(window.first_day))
        if window.last_day is not None:
            end = day_start(window.last_day + timedelta(days=1))
            # Set-up comes before the start: the same bookings, found by ix_bookings_organizer_window.
            where += [b.starts_at < end, b.setup_starts_at < end]
        if window.statuses:
            where.append(sa.or_(*(self._reads_as(BookingStatus(s)) for s in window.statuses)))
        if window.kinds:
            where.append(b.kind.in_(window.kinds))
        if window.search and window.search.strip():
            where.append(_client_matches(window.search.strip()))
        return where

    def _reads_as(self, status: BookingStatus) -> sa.ColumnElement[bool]:
        """Bookings whose status reads as `status` now (the sweeper may not have recorded a lapse)."""
        lapsed = sa.and_(b.status == BookingStatus.TENTATIVE.value, b.hold_expires_at <= self.now)
        if status is BookingStatus.TENTATIVE:
            return sa.and_(b.status == status.value, sa.not_(lapsed))
        if status is BookingStatus.HOLD_EXPIRED:
            return sa.or_(b.status == status.value, lapsed)
        return b.status == status.value

    async def _lines(self, booking_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[LineItem]]:
        found: dict[uuid.UUID, list[LineItem]] = defaultdict(list)
        if not booking_ids:
            return found
        c = t.line_items.c
        query = (
            sa.select(t.line_items).where(c.booking_id.in_(booking_ids)).order_by(c.booking_id, c.position)
        )
        for row in await self.session.execute(query):
            found[row.booking_id].append(line_from(row))
        return found


def _client_matches(text: str) -> sa.ColumnElement[bool]:
    """The client's name contains the text, or (when it is a phone number) one of their phones is it."""
    by_name = b.client_name.icontains(text, autoescape=True)
    try:
        phone = normalise_phone(text)
    except IndiaError:
        return by_name
    return sa.or_(by_name, sa.literal(phone) == sa.any_(b.client_phones))
