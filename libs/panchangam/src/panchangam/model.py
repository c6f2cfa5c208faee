"""The typed result of the engine: one ``DayPanchangam`` per civil day."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from panchangam.names import Name
from panchangam.places import Place


@dataclass(frozen=True)
class Interval:
    """A span of time with aware local datetimes, truncated to the second."""

    start: datetime
    end: datetime


@dataclass(frozen=True)
class AngaPeriod:
    """One tithi, nakshatra, yoga or karana current during the day.

    ``number`` is 1-based within its cycle (tithi 1-30 from Shukla Pratipada, nakshatra and yoga
    1-27, karana 1-60 half-tithis). ``paksha`` is set for tithis; ``padas`` (quarter ends) for
    nakshatras.
    """

    name: Name
    number: int
    starts_at: datetime
    ends_at: datetime
    paksha: Name | None = None
    padas: tuple[PadaEnd, ...] = ()


@dataclass(frozen=True)
class PadaEnd:
    """The end of quarter ``pada`` (1-4) of a nakshatra."""

    pada: int
    ends_at: datetime


@dataclass(frozen=True)
class Masa:
    """The amanta lunar month; ``number`` 1 = Chaitra .. 12 = Phalguna.

    ``adhika``: no solar ingress inside it; ``kshaya``: two ingresses inside it (very rare).
    """

    name: Name
    number: int
    adhika: bool
    kshaya: bool = False


@dataclass(frozen=True)
class Samvatsara:
    """The year of the southern 60-year cycle, with its Shaka year."""

    name: Name
    shaka: int


@dataclass(frozen=True)
class Festival:
    """A festival falling on the day and the rule that placed it there."""

    name: Name
    rule: str


@dataclass(frozen=True)
class DayPanchangam:
    """The panchangam of one civil day at one place (the day runs from sunrise to next sunrise)."""

    date: date
    place: Place
    vara: Name
    sunrise: datetime
    sunset: datetime
    next_sunrise: datetime
    tithi: list[AngaPeriod]
    nakshatra: list[AngaPeriod]
    yoga: list[AngaPeriod]
    karana: list[AngaPeriod]
    moon_rashi: list[AngaPeriod]
    masa: Masa
    samvatsara: Samvatsara
    ayana: Name
    ritu: Name
    rahu_kalam: Interval
    yamagandam: Interval
    gulika: Interval
    abhijit: Interval | None
    brahma_muhurtham: Interval
    durmuhurtham: list[Interval]
    varjyam: list[Interval]
    amrit_kalam: list[Interval]
    moudyami: list[Name]
    sun_rashi: Name
    festivals: list[Festival] = field(default_factory=list)
