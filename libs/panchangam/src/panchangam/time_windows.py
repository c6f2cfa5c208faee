"""Sets of time windows: sorted, non-overlapping lists of ``Interval``."""

from __future__ import annotations

from collections.abc import Iterable

from panchangam.model import Interval


def normalised(windows: Iterable[Interval]) -> list[Interval]:
    """Sort and merge touching or overlapping windows; drop empty ones."""
    merged: list[Interval] = []
    for window in sorted((w for w in windows if w.end > w.start), key=lambda w: w.start):
        if merged and window.start <= merged[-1].end:
            merged[-1] = Interval(merged[-1].start, max(merged[-1].end, window.end))
        else:
            merged.append(window)
    return merged


def intersect(first: list[Interval], second: list[Interval]) -> list[Interval]:
    """Windows inside both sets."""
    found = [
        Interval(max(a.start, b.start), min(a.end, b.end))
        for a in first
        for b in second
        if a.start < b.end and b.start < a.end
    ]
    return normalised(found)


def subtract(windows: list[Interval], removed: list[Interval]) -> list[Interval]:
    """Windows with every part covered by ``removed`` cut out."""
    remaining = normalised(windows)
    for cut in normalised(removed):
        pieces: list[Interval] = []
        for window in remaining:
            if cut.end <= window.start or cut.start >= window.end:
                pieces.append(window)
                continue
            pieces += [Interval(window.start, cut.start)] if cut.start > window.start else []
            pieces += [Interval(cut.end, window.end)] if cut.end < window.end else []
        remaining = pieces
    return remaining
