from __future__ import annotations

from datetime import UTC, datetime, timedelta

from panchangam import Interval
from panchangam.time_windows import intersect, normalised, subtract

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def _w(start_hour: float, end_hour: float) -> Interval:
    return Interval(T0 + timedelta(hours=start_hour), T0 + timedelta(hours=end_hour))


def test_normalised_merges_overlaps_and_drops_empty_windows() -> None:
    assert normalised([_w(5, 6), _w(1, 3), _w(2, 4), _w(7, 7)]) == [_w(1, 4), _w(5, 6)]


def test_intersect_keeps_only_common_parts() -> None:
    assert intersect([_w(0, 10)], [_w(2, 3), _w(8, 12)]) == [_w(2, 3), _w(8, 10)]
    assert intersect([_w(0, 1)], [_w(1, 2)]) == []


def test_subtract_cuts_holes_and_edges() -> None:
    assert subtract([_w(0, 10)], [_w(2, 3), _w(9, 11)]) == [_w(0, 2), _w(3, 9)]
    assert subtract([_w(0, 1)], [_w(0, 1)]) == []
