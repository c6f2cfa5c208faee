"""The load per day worked out in SQL (`adapters/day_loads.py`) is the load the Python sweeps
(`domain/load.daily_peaks`, `domain/capacity.per_day`) work out from the same bookings: random
calendars of overlapping bookings in every status, holds live and lapsed, windows across India's
midnight, ranges cutting bookings at either end."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa
from calendar_service.adapters import tables as t
from calendar_service.adapters.bookings_repository import BookingsRepository
from calendar_service.adapters.day_loads import DayLoads
from calendar_service.bootstrap import CalendarServices
from calendar_service.domain.capacity import per_day
from calendar_service.domain.days import day_start, days_between
from calendar_service.domain.load import daily_peaks
from calendar_service.domain.stock import DailyCapacity
from calendar_service.domain.vocabulary import BookingStatus, CapacityUnit
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FIRST = date(2027, 3, 1)
NOW = datetime(2027, 3, 3, 6, 30, tzinfo=UTC)
ITEMS = 3
CONFIRMED = frozenset({BookingStatus.CONFIRMED})
HELD = frozenset({BookingStatus.TENTATIVE})

# Times on steps of 3 hours from India's midnight (so windows often start or end on one) over ten
# days; windows of up to three days.
STEP = timedelta(hours=3)
steps = st.integers(min_value=0, max_value=10 * 8)
bookings = st.fixed_dictionaries(
    {
        "status": st.sampled_from(["confirmed", "tentative", "enquiry", "cancelled", "completed"]),
        "hold_live": st.booleans(),
        "starts": steps,
        "length": st.integers(min_value=1, max_value=3 * 8),
        "setup": st.integers(min_value=0, max_value=2),
        "teardown": st.integers(min_value=0, max_value=2),
        "guests": st.none() | st.integers(min_value=0, max_value=500),
        "quantities": st.lists(st.integers(min_value=0, max_value=40), min_size=ITEMS, max_size=ITEMS),
    }
)
calendars = st.lists(bookings, max_size=25)
ranges = st.tuples(st.integers(min_value=-1, max_value=9), st.integers(min_value=0, max_value=6))


def at(step: int) -> datetime:
    return day_start(FIRST).astimezone(UTC) + step * STEP


async def write(
    services: CalendarServices, owner: uuid.UUID, calendar: list[dict[str, object]]
) -> list[uuid.UUID]:
    items = [uuid.uuid4() for _ in range(ITEMS)]
    async with services.sessions() as session:
        await session.execute(
            sa.insert(t.stock_items),
            [
                {"id": i, "organizer_id": owner, "name": f"item {n}", "unit": "unit", "quantity": 100}
                | {"created_at": NOW, "updated_at": NOW}
                for n, i in enumerate(items)
            ],
        )
        for drawn in calendar:
            booking_id = uuid.uuid4()
            await session.execute(sa.insert(t.bookings).values(booking_row(booking_id, owner, drawn)))
            quantities: list[int] = drawn["quantities"]  # type: ignore[assignment]
            reserved = [
                {"booking_id": booking_id, "stock_item_id": i, "quantity": q}
                for i, q in zip(items, quantities, strict=True)
                if q
            ]
            if reserved:
                await session.execute(sa.insert(t.reservations), reserved)
        await session.commit()
    return items


def booking_row(booking_id: uuid.UUID, owner: uuid.UUID, drawn: dict[str, object]) -> dict[str, object]:
    starts = at(drawn["starts"])  # type: ignore[arg-type]
    ends = starts + STEP * drawn["length"]  # type: ignore[operator]
    hold = NOW + (timedelta(hours=1) if drawn["hold_live"] else -timedelta(hours=1))
    return {
        "id": booking_id,
        "organizer_id": owner,
        "event_name": "Random event",
        "kind": "wedding",
        "status": drawn["status"],
        "starts_at": starts,
        "ends_at": ends,
        "setup_starts_at": starts - STEP * drawn["setup"],  # type: ignore[operator]
        "teardown_ends_at": ends + STEP * drawn["teardown"],  # type: ignore[operator]
        "hold_expires_at": hold if drawn["status"] == "tentative" else None,
        "venue": {},
        "client_name": "Client",
        "client_phones": ["+919848022338"],
        "guest_count": drawn["guests"],
        "agreed_total_paise": 0,
        "advance_paise": 0,
        "version": 1,
        "created_at": NOW,
        "updated_at": NOW,
    }


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(calendar=calendars, span=ranges, by_guests=st.booleans())
async def test_the_load_per_day_in_sql_is_the_load_of_the_sweep(
    services: CalendarServices, calendar: list[dict[str, object]], span: tuple[int, int], by_guests: bool
) -> None:
    owner = uuid.uuid4()
    items = await write(services, owner, calendar)
    first = FIRST + timedelta(days=span[0])
    last = first + timedelta(days=span[1])
    days = list(days_between(first, last))
    start, end = day_start(first), day_start(last + timedelta(days=1))
    async with services.sessions() as session:
        sql = await DayLoads(session).item_peaks(owner, items, first, last, live_at=NOW)
        repository = BookingsRepository(session)
        confirmed, held = await repository.confirmed_and_held(items, start, end, live_at=NOW)
        capacity = DailyCapacity(owner, CapacityUnit.GUESTS if by_guests else CapacityUnit.EVENTS, 1)
        counted = await DayLoads(session).capacity_counts(
            owner, first, last, by_guests=by_guests, live_at=NOW
        )
        taken = per_day(capacity, await repository.day_uses(owner, start, end, CONFIRMED, live_at=NOW))
        holding = per_day(capacity, await repository.day_uses(owner, start, end, HELD, live_at=NOW))
    for item in items:
        swept = (
            daily_peaks(confirmed.get(item, []), first, last),
            daily_peaks(held.get(item, []), first, last),
        )
        assert [sql.on(item, day) for day in days] == [(swept[0][day], swept[1][day]) for day in days]
    assert [counted.on(None, day) for day in days] == [
        (taken.get(day, (0, []))[0], holding.get(day, (0, []))[0]) for day in days
    ]
