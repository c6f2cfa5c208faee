"""When a calendar.availability.changed makes a day full in the directory."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from contracts import calendar as c
from discovery_service.consumers.availability import is_full


def item(name: str, *, usable: int, confirmed: int, held: int = 0) -> c.ItemLoadV1:
    free = max(usable - confirmed, 0)
    return c.ItemLoadV1(
        stock_item_id=uuid.uuid4(),
        name=name,
        unit="piece",
        usable=usable,
        confirmed=confirmed,
        held=held,
        free=free,
    )


def day(*items: c.ItemLoadV1, capacity: c.CapacityLoadV1 | None = None) -> c.AvailabilityChangedV1:
    return c.AvailabilityChangedV1(
        organizer_id=uuid.uuid4(),
        occurred_at=datetime.now(UTC),
        day=date(2027, 3, 2),
        items=list(items),
        capacity=capacity,
    )


def test_a_day_is_full_when_no_item_in_use_has_a_unit_free() -> None:
    assert is_full(day(item("Chairs", usable=200, confirmed=200), item("Shamianas", usable=2, confirmed=2)))
    assert not is_full(
        day(item("Chairs", usable=200, confirmed=100), item("Shamianas", usable=2, confirmed=2))
    )


def test_an_item_listed_but_not_in_use_does_not_count() -> None:
    # Events before decision 0048's fix named a booking's items, in use or not (after a cancellation).
    assert is_full(day(item("Chairs", usable=200, confirmed=0), item("Shamianas", usable=2, confirmed=2)))
    assert not is_full(day(item("Chairs", usable=200, confirmed=0)))
    assert not is_full(day())


def test_an_item_in_use_with_nothing_usable_has_nothing_free() -> None:
    assert is_full(day(item("Shamianas", usable=0, confirmed=0, held=1)))


def test_a_capacity_with_nothing_free_makes_the_day_full_whatever_the_items() -> None:
    capacity = c.CapacityLoadV1(unit="events", per_day=2, confirmed=2, held=0, free=0)
    assert is_full(day(item("Chairs", usable=200, confirmed=10), capacity=capacity))
