"""Conversions between aware datetimes and the TT Julian dates used inside the engine."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import numpy as np

from panchangam.ayanamsa import FloatArray
from panchangam.ephemeris import ephemeris

_UNIX_EPOCH_JD = 2440587.5
_UNIX_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def tt_from_datetime(moment: datetime) -> float:
    """Return the TT Julian date of an aware datetime."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: a time zone is required")
    return float(ephemeris().timescale.from_datetime(moment.astimezone(UTC)).tt)


def local_midnight_tt(day: date, zone: ZoneInfo) -> float:
    """Return the TT Julian date of 00:00 local time on ``day``."""
    return tt_from_datetime(datetime.combine(day, time(0), tzinfo=zone))


def local_midnights_tt(first: date, count: int, zone: ZoneInfo) -> FloatArray:
    """TT Julian dates of ``count`` consecutive local midnights from ``first``.

    Only the first goes through skyfield; the others follow by whole days corrected for changes
    of the zone's UTC offset (a leap second inside the span would shift them by one second).
    """
    start = local_midnight_tt(first, zone)
    offsets = [
        (zone.utcoffset(datetime.combine(first + timedelta(days=n), time(0))) or timedelta(0)).total_seconds()
        for n in range(count)
    ]
    shift = offsets[0] - np.array(offsets, dtype=np.float64)
    return start + np.arange(count, dtype=np.float64) + shift / 86400.0


class LocalClock:
    """Turns TT Julian dates into local aware datetimes, truncated to the second like DP.

    TT - UTC only changes at leap seconds, so it is taken once for the span of interest; a span
    holding a leap second falls back to skyfield for every conversion.
    """

    def __init__(self, zone: ZoneInfo, first_tt: float, last_tt: float) -> None:
        self.zone = zone
        edges = ephemeris().timescale.tt_jd(np.array([first_tt, last_tt]))
        offsets = [tt - _utc_jd(moment) for tt, moment in zip(edges.tt, edges.utc_datetime(), strict=True)]
        self._offset = offsets[0] if abs(offsets[0] - offsets[1]) < 1e-7 else None

    def at(self, tt: float) -> datetime:
        """The local datetime of ``tt``."""
        if self._offset is None:
            moment = ephemeris().timescale.tt_jd(tt).utc_datetime()
            seconds = (_utc_jd(moment) - _UNIX_EPOCH_JD) * 86400.0
        else:
            seconds = (tt - self._offset - _UNIX_EPOCH_JD) * 86400.0
        # A millisecond absorbs float round-off (23:59:59.9999 is midnight), far below DP's minute.
        return datetime.fromtimestamp(math.floor(seconds + 0.001), self.zone)

    def all(self, tts: FloatArray) -> list[datetime]:
        """The local datetimes of several TT Julian dates (vectorised when no leap second)."""
        if self._offset is None:
            return [self.at(float(tt)) for tt in tts]
        seconds = np.floor((np.asarray(tts) - self._offset - _UNIX_EPOCH_JD) * 86400.0 + 0.001)
        return [datetime.fromtimestamp(int(s), self.zone) for s in seconds]


def _utc_jd(moment: datetime) -> float:
    return (moment - _UNIX_EPOCH).total_seconds() / 86400.0 + _UNIX_EPOCH_JD
