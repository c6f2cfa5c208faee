"""Bookings in the database: load, store, search, and what they hold of each item over time."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from calendar_service.adapters import tables as t
from calendar_service.adapters.booking_rows import booking_from, booking_values, line_from, line_values
from calendar_service.adapters.dispatch_repository import DispatchRepository
from calendar_service.domain.activity import ActivityAction, ActivityEntry, FieldChange
from calendar_service.domain.booking import Booking, Schedule, ScheduleChange
from calendar_service.domain.capacity import DayUse
from calendar_service.domain.load import Use
from calendar_service.domain.stock import BookingRef
from calendar_service.domain.vocabulary import BookingStatus, EventKind


@dataclass(frozen=True)
class BookingSearch:
    organizer_id: uuid.UUID
    statuses: frozenset[BookingStatus] = frozenset()
    kinds: frozenset[EventKind] = frozenset()
    starts_from: datetime | None = None
    ends_by: datetime | None = None
    name: str | None = None
    phone: str | None = None


class BookingsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, booking: Booking) -> None:
        await self.session.execute(sa.insert(t.bookings).values(booking_values(booking)))
        await self._write_lines(booking)

    async def save(self, booking: Booking, *, lines_changed: bool) -> None:
        await self.session.execute(
            sa.update(t.bookings).where(t.bookings.c.id == booking.id).values(booking_values(booking))
        )
        if lines_changed:
            await self.session.execute(sa.delete(t.line_items).where(t.line_items.c.booking_id == booking.id))
            await self._write_lines(booking)

    async def _write_lines(self, booking: Booking) -> None:
        if booking.line_items:
            rows = [line_values(booking.id, i, line) for i, line in enumerate(booking.line_items)]
            await self.session.execute(sa.insert(t.line_items), rows)

    async def get(self, booking_id: uuid.UUID, *, for_update: bool = False) -> Booking | None:
        query = sa.select(t.bookings).where(t.bookings.c.id == booking_id)
        row = (await self.session.execute(query.with_for_update() if for_update else query)).one_or_none()
        if row is None:
            return None
        booking = booking_from(row, (await self._lines([booking_id]))[booking_id])
        # The charges of its return check travel in every later event of the booking.
        booking.damage_charges = await DispatchRepository(self.session).damage_charges(booking_id)
        return booking

    async def many(self, booking_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Booking]:
        """The bookings among `booking_ids` with their lines, in two statements (no damage charges:
        for reads that show what a booking holds, not for its events)."""
        wanted = list(set(booking_ids))
        if not wanted:
            return {}
        rows = list(await self.session.execute(sa.select(t.bookings).where(t.bookings.c.id.in_(wanted))))
        lines = await self._lines([r.id for r in rows])
        return {r.id: booking_from(r, lines[r.id]) for r in rows}

    async def expired_holds(self, now: datetime, *, limit: int) -> list[Booking]:
        """Tentative bookings whose hold ran out by `now`, oldest expiry first, their rows locked;
        rows locked by another transaction are skipped (it is changing them)."""
        b = t.bookings.c
        query = (
            sa.select(t.bookings)
            .where(b.status == BookingStatus.TENTATIVE.value, b.hold_expires_at <= now)
            .order_by(b.hold_expires_at, b.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        rows = list(await self.session.execute(query))
        lines = await self._lines([r.id for r in rows])
        return [booking_from(r, lines[r.id]) for r in rows]

    async def _lines(self, booking_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[Any]]:
        query = (
            sa.select(t.line_items)
            .where(t.line_items.c.booking_id.in_(booking_ids))
            .order_by(t.line_items.c.position)
        )
        found: dict[uuid.UUID, list[Any]] = defaultdict(list)
        for row in await self.session.execute(query):
            found[row.booking_id].append(line_from(row))
        return found

    async def search(self, search: BookingSearch, *, offset: int, limit: int) -> tuple[list[Booking], int]:
        b = t.bookings.c
        where: list[sa.ColumnElement[bool]] = [b.organizer_id == search.organizer_id]
        if search.statuses:
            where.append(b.status.in_([s.value for s in search.statuses]))
        if search.kinds:
            where.append(b.kind.in_([k.value for k in search.kinds]))
        if search.starts_from is not None:
            where.append(b.ends_at > search.starts_from)
        if search.ends_by is not None:
            where.append(b.starts_at < search.ends_by)
        matches: list[sa.ColumnElement[bool]] = []
        if search.name:
            matches.append(b.client_name.ilike(f"%{_escaped(search.name)}%", escape="\\"))
        if search.phone:
            matches.append(sa.literal(search.phone) == sa.any_(b.client_phones))
        if matches:
            where.append(sa.or_(*matches))
        total = await self.session.scalar(sa.select(sa.func.count()).select_from(t.bookings).where(*where))
        query = (
            sa.select(t.bookings).where(*where).order_by(b.starts_at.desc(), b.id).offset(offset).limit(limit)
        )
        rows = list(await self.session.execute(query))
        lines = await self._lines([r.id for r in rows])
        return [booking_from(r, lines[r.id]) for r in rows], int(total or 0)

    async def reserve(self, booking_id: uuid.UUID, plain: dict[uuid.UUID, int]) -> None:
        """Replace what the booking reserves (plain items, composites already exploded)."""
        await self.session.execute(sa.delete(t.reservations).where(t.reservations.c.booking_id == booking_id))
        if plain:
            rows = [{"booking_id": booking_id, "stock_item_id": k, "quantity": q} for k, q in plain.items()]
            await self.session.execute(sa.insert(t.reservations), rows)

    async def uses(
        self,
        item_ids: Iterable[uuid.UUID],
        starts_at: datetime,
        ends_at: datetime,
        statuses: frozenset[BookingStatus],
        *,
        live_at: datetime,
        excluding: uuid.UUID | None = None,
    ) -> dict[uuid.UUID, list[Use[BookingRef]]]:
        """Per item, what bookings in `statuses` hold of it inside the window (holds only while live)."""
        b, r = t.bookings.c, t.reservations.c
        query = (
            sa.select(
                r.stock_item_id,
                r.quantity,
                b.id,
                b.event_name,
                b.status,
                b.starts_at,
                b.ends_at,
                b.setup_starts_at,
                b.teardown_ends_at,
            )
            .select_from(t.reservations.join(t.bookings, b.id == r.booking_id))
            .where(
                r.stock_item_id.in_(list(item_ids)),
                b.status.in_([s.value for s in statuses]),
                b.setup_starts_at < ends_at,
                b.teardown_ends_at > starts_at,
                sa.or_(b.status != BookingStatus.TENTATIVE.value, b.hold_expires_at > live_at),
            )
        )
        if excluding is not None:
            query = query.where(b.id != excluding)
        found: dict[uuid.UUID, list[Use[BookingRef]]] = defaultdict(list)
        for row in await self.session.execute(query):
            ref = BookingRef(row.id, row.event_name, BookingStatus(row.status), row.starts_at, row.ends_at)
            found[row.stock_item_id].append(Use(row.setup_starts_at, row.teardown_ends_at, row.quantity, ref))
        return found

    async def confirmed_and_held(
        self, item_ids: Iterable[uuid.UUID], starts_at: datetime, ends_at: datetime, *, live_at: datetime
    ) -> tuple[dict[uuid.UUID, list[Use[BookingRef]]], dict[uuid.UUID, list[Use[BookingRef]]]]:
        """`uses` of confirmed bookings and of live holds, in one statement, apart."""
        both = frozenset({BookingStatus.CONFIRMED, BookingStatus.TENTATIVE})
        found = await self.uses(item_ids, starts_at, ends_at, both, live_at=live_at)
        confirmed: dict[uuid.UUID, list[Use[BookingRef]]] = defaultdict(list)
        held: dict[uuid.UUID, list[Use[BookingRef]]] = defaultdict(list)
        for item_id, uses in found.items():
            for use in uses:
                apart = confirmed if use.holder.status is BookingStatus.CONFIRMED else held
                apart[item_id].append(use)
        return confirmed, held

    async def day_uses(
        self,
        organizer_id: uuid.UUID,
        starts_at: datetime,
        ends_at: datetime,
        statuses: frozenset[BookingStatus],
        *,
        live_at: datetime,
        excluding: uuid.UUID | None = None,
    ) -> list[DayUse]:
        """The organizer's bookings in `statuses` whose event runs inside the window (holds only while
        live), with their guests: what counts against a capacity per day."""
        b = t.bookings.c
        query = sa.select(t.bookings).where(
            b.organizer_id == organizer_id,
            b.status.in_([s.value for s in statuses]),
            b.starts_at < ends_at,
            b.ends_at > starts_at,
            sa.or_(b.status != BookingStatus.TENTATIVE.value, b.hold_expires_at > live_at),
        )
        if excluding is not None:
            query = query.where(b.id != excluding)
        return [
            DayUse(
                row.starts_at,
                row.ends_at,
                row.guest_count or 0,
                BookingRef(row.id, row.event_name, BookingStatus(row.status), row.starts_at, row.ends_at),
            )
            for row in await self.session.execute(query)
        ]

    async def record(self, booking_id: uuid.UUID, entry: ActivityEntry) -> None:
        await self.session.execute(
            sa.insert(t.activity).values(
                booking_id=booking_id,
                at=entry.at,
                actor_id=uuid.UUID(entry.actor_id) if entry.actor_id else None,
                action=entry.action.value,
                changes=[{"field": c.field, "before": c.before, "after": c.after} for c in entry.changes],
                note=entry.note,
            )
        )

    async def activity(
        self, booking_id: uuid.UUID, *, offset: int, limit: int
    ) -> tuple[list[ActivityEntry], int]:
        """The booking's activity, newest first."""
        return (await self.activities([booking_id], offset=offset, limit=limit))[booking_id]

    async def activities(
        self, booking_ids: list[uuid.UUID], *, offset: int, limit: int
    ) -> dict[uuid.UUID, tuple[list[ActivityEntry], int]]:
        """Each booking's page of activity (newest first) and its count, in one statement."""
        a = t.activity.c
        numbered = (
            sa.select(
                t.activity,
                sa.func.row_number().over(partition_by=a.booking_id, order_by=a.id.desc()).label("n"),
                sa.func.count().over(partition_by=a.booking_id).label("total"),
            )
            .where(a.booking_id.in_(booking_ids))
            .subquery()
        )
        n = numbered.c
        query = sa.select(numbered).where(n.n > offset, n.n <= offset + limit).order_by(n.booking_id, n.n)
        found: dict[uuid.UUID, tuple[list[ActivityEntry], int]] = {i: ([], 0) for i in booking_ids}
        totals = await self._activity_totals(booking_ids) if offset else {}
        for row in await self.session.execute(query):
            entries, _ = found[row.booking_id]
            entries.append(_activity_from(row))
            found[row.booking_id] = (entries, int(row.total))
        for booking_id, total in totals.items():
            found[booking_id] = (found[booking_id][0], total)
        return found

    async def _activity_totals(self, booking_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
        # A page past the end has no row to carry the count.
        a = t.activity.c
        query = (
            sa.select(a.booking_id, sa.func.count())
            .where(a.booking_id.in_(booking_ids))
            .group_by(a.booking_id)
        )
        return {row[0]: int(row[1]) for row in await self.session.execute(query)}

    async def schedule_changes(self, booking_id: uuid.UUID) -> list[ScheduleChange]:
        """The booking's reschedules, oldest first."""
        return (await self.schedule_changes_of([booking_id]))[booking_id]

    async def schedule_changes_of(
        self, booking_ids: list[uuid.UUID]
    ) -> dict[uuid.UUID, list[ScheduleChange]]:
        """Each booking's reschedules, oldest first, in one statement."""
        c = t.schedule_changes.c
        query = sa.select(t.schedule_changes).where(c.booking_id.in_(booking_ids)).order_by(c.id)
        found: dict[uuid.UUID, list[ScheduleChange]] = {i: [] for i in booking_ids}
        for row in await self.session.execute(query):
            found[row.booking_id].append(
                ScheduleChange(
                    row.changed_at,
                    str(row.changed_by) if row.changed_by else None,
                    _schedule_from(row.before),
                    _schedule_from(row.after),
                    row.reason,
                )
            )
        return found

    async def record_schedule_change(
        self,
        booking_id: uuid.UUID,
        before: Schedule,
        after: Schedule,
        at: datetime,
        by: str | None,
        reason: str | None,
    ) -> None:
        await self.session.execute(
            sa.insert(t.schedule_changes).values(
                booking_id=booking_id,
                changed_at=at,
                changed_by=uuid.UUID(by) if by else None,
                before=_schedule_json(before),
                after=_schedule_json(after),
                reason=reason,
            )
        )


def _schedule_json(schedule: Schedule) -> dict[str, str]:
    return {
        "starts_at": schedule.starts_at.isoformat(),
        "ends_at": schedule.ends_at.isoformat(),
        "setup_starts_at": schedule.setup_starts_at.isoformat(),
        "teardown_ends_at": schedule.teardown_ends_at.isoformat(),
    }


def _schedule_from(stored: dict[str, str]) -> Schedule:
    return Schedule(
        datetime.fromisoformat(stored["starts_at"]),
        datetime.fromisoformat(stored["ends_at"]),
        datetime.fromisoformat(stored["setup_starts_at"]),
        datetime.fromisoformat(stored["teardown_ends_at"]),
    )


def _activity_from(row: Any) -> ActivityEntry:
    return ActivityEntry(
        row.at,
        str(row.actor_id) if row.actor_id else None,
        ActivityAction(row.action),
        tuple(FieldChange(c["field"], c["before"], c["after"]) for c in row.changes),
        row.note,
    )


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
