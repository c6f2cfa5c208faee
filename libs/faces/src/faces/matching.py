"""What a distance between two embeddings means: a match, a maybe, or nothing.

The thresholds are chosen on the `fr/` part of the labelled set by `faces.quality.choose_threshold`
and reported on `bbt/` and on all of it by `bench/gallery.py`; the reasoning is in
docs/decisions/0027-face-threshold-and-privacy.md. A test checks that the set still chooses
MATCH_DISTANCE.
"""

from __future__ import annotations

from enum import StrEnum

# Euclidean distance between dlib's 128-d embeddings. dlib's usual 0.6 is too loose for a crowd
# of relatives; below this the labelled set had no false match.
MATCH_DISTANCE = 0.53
# A band of 0.05 above: shown apart as "maybe", for the guest to judge (dlib's usual 0.6 is above it).
MAYBE_DISTANCE = 0.58


class Tier(StrEnum):
    MATCH = "match"
    MAYBE = "maybe"


def tier_of(distance: float) -> Tier | None:
    """The result tier of a face at this distance from the selfie; None when it is not shown."""
    if distance <= MATCH_DISTANCE:
        return Tier.MATCH
    if distance <= MAYBE_DISTANCE:
        return Tier.MAYBE
    return None
