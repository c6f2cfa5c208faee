"""Load per local day, worked out by PostgreSQL in one statement each: every item's peak use by
confirmed bookings and by live holds, and what they take of a capacity per day. The same rules as the
sweep in `domain/load.daily_peaks` and `domain/capacity.per_day` (a property test compares them), set
based: the moments the load changes, the stretches between them with their load, each stretch spread
over the local days it touches (`generate_series`), the highest stretch of each day kept."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, UUID
from sqlalchemy.ext.asyncio import AsyncSession

from calendar_service.domain.days import LOCAL, day_start

# Bookings that hold stock now: confirmed ones, and holds until they run out. The window index
# (organizer, set-up, tear-down) finds them; their reservations come by primary key.
ITEM_PEAKS = sa.text("""
WITH uses AS (
    SELECT r.stock_item_id AS item_id, b.status = 'confirmed' AS confirmed, r.quantity,
           b.setup_starts_at AS starts_at, b.teardown_ends_at AS ends_at
    FROM bookings b JOIN booking_reservations r ON r.booking_id = b.id
    WHERE b.organizer_id = :organizer_id
      AND r.stock_item_id = ANY(:item_ids)
      AND b.setup_starts_at < :window_end AND b.teardown_ends_at > :window_start
      AND (b.status = 'confirmed' OR (b.status = 'tentative' AND b.hold_expires_at > :live_at))
), changes AS (
    SELECT item_id, confirmed, m.at, sum(m.delta) AS delta
    FROM uses CROSS JOIN LATERAL (VALUES (starts_at, quantity), (ends_at, -quantity)) AS m(at, delta)
    GROUP BY item_id, confirmed, m.at
), stretches AS (
    SELECT item_id, confirmed, at AS starts_at, lead(at) OVER w AS ends_at, sum(delta) OVER w AS load
    FROM changes
    WINDOW w AS (PARTITION BY item_id, confirmed ORDER BY at)
)
SELECT s.item_id, s.confirmed, d.day::date AS day, max(s.load)::int AS peak
FROM stretches s
CROSS JOIN LATERAL generate_series(
    greatest((s.starts_at AT TIME ZONE :zone)::date, :first_day)::timestamp,
    least(((s.ends_at - interval '1 microsecond') AT TIME ZONE :zone)::date, :last_day)::timestamp,
    interval '1 day'
) AS d(day)
WHERE s.load > 0 AND s.ends_at IS NOT NULL
GROUP BY s.item_id, s.confirmed, d.day
""").bindparams(
    sa.bindparam("organizer_id", type_=UUID(as_uuid=True)),
    sa.bindparam("item_ids", type_=ARRAY(UUID(as_uuid=True))),
    sa.bindparam("window_start", type_=sa.DateTime(timezone=True)),
    sa.bindparam("window_end", type_=sa.DateTime(timezone=True)),
    sa.bindparam("live_at", type_=sa.DateTime(timezone=True)),
    sa.bindparam("first_day", type_=sa.Date()),
    sa.bindparam("last_day", type_=sa.Date()),
)

# A booking counts on each local day its event runs (not set-up or tear-down): 1 event, or its guests.
CAPACITY_COUNTS = sa.text("""
SELECT b.status = 'confirmed' AS confirmed, d.day::date AS day,
       sum(CASE WHEN :by_guests THEN coalesce(b.guest_count, 0) ELSE 1 END)::int AS counted
FROM bookings b
CROSS JOIN LATERAL generate_series(
    greatest((b.starts_at AT TIME ZONE :zone)::date, :first_day)::timestamp,
    least(((b.ends_at - interval '1 microsecond') AT TIME ZONE :zone)::date, :last_day)::timestamp,
    interval '1 day'
) AS d(day)
WHERE b.organizer_id = :organizer_id
  AND b.starts_at < :window_end AND b.ends_at > :window_start
  -- Implied by the two above (set-up comes before the start, tear-down after the end): they let the
  -- window index find the bookings.
  AND b.setup_starts_at < :window_end AND b.teardown_ends_at > :window_start
  AND (b.status = 'confirmed' OR (b.status = 'tentative' AND b.hold_expires_at > :live_at))
GROUP BY 1, 2
""").bindparams(
    sa.bindparam("organizer_id", type_=UUID(as_uuid=True)),
    sa.bindparam("by_guests", type_=sa.Boolean()),
    sa.bindparam("window_start", type_=sa.DateTime(timezone=True)),
    sa.bindparam("window_end", type_=sa.DateTime(timezone=True)),
    sa.bindparam("live_at", type_=sa.DateTime(timezone=True)),
    sa.bindparam("first_day", type_=sa.Date()),
    sa.bindparam("last_day", type_=sa.Date()),
)


@dataclass
class DayPeaks:
    """Per key (an item id, or None for the capacity), per day: confirmed and held, apart. A day
    missing is 0."""

    confirmed: dict[uuid.UUID | None, dict[date, int]] = field(default_factory=lambda: defaultdict(dict))
    held: dict[uuid.UUID | None, dict[date, int]] = field(default_factory=lambda: defaultdict(dict))

    def add(self, key: uuid.UUID | None, confirmed: bool, day: date, value: int) -> None:
        (self.confirmed if confirmed else self.held)[key][day] = value

    def on(self, key: uuid.UUID | None, day: date) -> tuple[int, int]:
        """Confirmed and held on the day."""
        return self.confirmed.get(key, {}).get(day, 0), self.held.get(key, {}).get(day, 0)

    def days_used(self, key: uuid.UUID | None) -> list[date]:
        return sorted(self.confirmed.get(key, {}).keys() | self.held.get(key, {}).keys())


class DayLoads:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def item_peaks(
        self,
        organizer_id: uuid.UUID,
        item_ids: list[uuid.UUID],
        first: date,
        last: date,
        *,
        live_at: datetime,
    ) -> DayPeaks:
        """Each item's peak units at once on each local day first..last with any use."""
        found = DayPeaks()
        if not item_ids:
            return found
        params = {**_window(organizer_id, first, last, live_at), "item_ids": item_ids}
        for row in await self.session.execute(ITEM_PEAKS, params):
            found.add(row.item_id, row.confirmed, row.day, row.peak)
        return found

    async def capacity_counts(
        self, organizer_id: uuid.UUID, first: date, last: date, *, by_guests: bool, live_at: datetime
    ) -> DayPeaks:
        """What confirmed bookings and live holds count against the capacity on each day (key None)."""
        found = DayPeaks()
        params = {**_window(organizer_id, first, last, live_at), "by_guests": by_guests}
        for row in await self.session.execute(CAPACITY_COUNTS, params):
            found.add(None, row.confirmed, row.day, row.counted)
        return found


def _window(organizer_id: uuid.UUID, first: date, last: date, live_at: datetime) -> dict[str, object]:
    return {
        "organizer_id": organizer_id,
        "window_start": day_start(first),
        "window_end": day_start(last + timedelta(days=1)),
        "live_at": live_at,
        "first_day": first,
        "last_day": last,
        "zone": LOCAL.key,
    }
