"""When each tithi, nakshatra, pada, yoga and karana begins and ends over a span of time."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import numpy as np

from panchangam.ayanamsa import FloatArray
from panchangam.crossings import Cycle, IntArray, SampledSky, crossings, solve

# Six hours: no unit is shorter than nine hours, and the interpolation stays exact to ~1 mas.
SAMPLE_STEP_DAYS = 0.25
_NAKSHATRA_SPAN = 360.0 / 27.0


class AngaKind(Enum):
    """The time-varying limbs (and nakshatra quarters) and the cycle each one runs through."""

    TITHI = Cycle(12.0, 1.0, -1.0)
    NAKSHATRA = Cycle(_NAKSHATRA_SPAN, 1.0, 0.0)
    YOGA = Cycle(_NAKSHATRA_SPAN, 1.0, 1.0)
    KARANA = Cycle(6.0, 1.0, -1.0)
    PADA = Cycle(_NAKSHATRA_SPAN / 4.0, 1.0, 0.0)
    RASHI = Cycle(30.0, 1.0, 0.0)  # the Moon's sign: nine padas


@dataclass(frozen=True)
class AngaTimeline:
    """Consecutive units of one limb: unit ``numbers[i]`` runs from ``starts[i]`` to ``ends[i]``.

    Numbers are 0-based positions in the cycle (0..29 tithi, 0..26 nakshatra and yoga, 0..59
    karana half-tithis, 0..107 padas). Times are TT Julian dates.
    """

    kind: AngaKind
    numbers: IntArray
    starts: FloatArray
    ends: FloatArray


def sample_for_angas(first_tt: float, last_tt: float) -> SampledSky:
    """Sample the sky densely enough for ``anga_timelines`` over [first_tt, last_tt]."""
    # The margins close the units current at both ends of the range, the Moon's sign included:
    # a sign lasts up to 2.6 days and is built from padas of complete nakshatras (< 1.2 days).
    return SampledSky.sample(first_tt - 4.0, last_tt + 4.0, SAMPLE_STEP_DAYS)


def anga_timelines(sky: SampledSky) -> dict[AngaKind, AngaTimeline]:
    """Return, for every limb, the complete units inside the sampled span."""
    timelines = {}
    for kind in (AngaKind.TITHI, AngaKind.NAKSHATRA, AngaKind.YOGA, AngaKind.KARANA):
        units, times = crossings(sky, kind.value)
        timelines[kind] = AngaTimeline(kind, units[:-1], times[:-1], times[1:])
    timelines[AngaKind.PADA] = _padas(sky, timelines[AngaKind.NAKSHATRA])
    timelines[AngaKind.RASHI] = _rashis(timelines[AngaKind.PADA])
    return timelines


def _rashis(padas: AngaTimeline) -> AngaTimeline:
    """Merge runs of padas of the same sign; the partial signs at both ends are dropped."""
    signs = padas.numbers // 9
    changes = np.nonzero(np.diff(signs))[0] + 1  # first pada of each new sign
    starts, ends = padas.starts[changes[:-1]], padas.starts[changes[1:]]
    return AngaTimeline(AngaKind.RASHI, signs[changes[:-1]], starts, ends)


def _padas(sky: SampledSky, nakshatras: AngaTimeline) -> AngaTimeline:
    """Quarter each nakshatra: interpolate the three inner boundaries in time, then solve them."""
    cycle = AngaKind.PADA.value
    quarter = (nakshatras.ends - nakshatras.starts) / 4.0
    inner_guess = nakshatras.starts[:, None] + quarter[:, None] * np.arange(1, 4)[None, :]
    start_angle = sky.angle(AngaKind.NAKSHATRA.value, nakshatras.starts)
    inner_target = start_angle[:, None] + cycle.span * np.arange(1, 4)[None, :]
    inner = solve(sky, cycle, inner_target.ravel(), inner_guess.ravel()).reshape(-1, 3)
    starts = np.column_stack([nakshatras.starts, inner])
    ends = np.column_stack([inner, nakshatras.ends])
    numbers = (nakshatras.numbers * 4)[:, None] + np.arange(4)[None, :]
    return AngaTimeline(AngaKind.PADA, numbers.ravel(), starts.ravel(), ends.ravel())
