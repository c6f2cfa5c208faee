"""What a distance between two embeddings means: a match, a maybe, or nothing; and the two-stage
rule that confirms a looser face by a second face of the same person (`tiers_of`).

The thresholds are chosen on the `fr/` part of the labelled set by `faces.quality.choose_threshold`
and reported on `bbt/` and on all of it by `bench/gallery.py`; the reasoning is in
docs/decisions/0027-face-threshold-and-privacy.md. A test checks that the set still chooses
MATCH_DISTANCE.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
from numpy.typing import NDArray

# Euclidean distance between dlib's 128-d embeddings. dlib's usual 0.6 is too loose for a crowd
# of relatives; below this the labelled set had no false match.
MATCH_DISTANCE = 0.53
# A band of 0.05 above: shown apart as "maybe", for the guest to judge (dlib's usual 0.6 is above it).
MAYBE_DISTANCE = 0.58
# The second stage (docs/decisions/0038): a face up to dlib's usual 0.6 from the selfie is a match
# when it also lies within MATCH_DISTANCE of a face matched (first stage) in another photo: the
# guest's own face, seen once more in the album, confirms it.
CONFIRM_DISTANCE = 0.60


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


@dataclass(frozen=True)
class Candidate:
    """A face of the gallery near the selfie: its photo, its distance to the selfie, its embedding."""

    photo: Hashable
    distance: float
    embedding: NDArray[np.float32]


def tiers_of(candidates: Sequence[Candidate]) -> list[Tier | None]:
    """Each candidate's tier by the two-stage rule: within MATCH_DISTANCE a match; up to
    CONFIRM_DISTANCE a match when within MATCH_DISTANCE of a first-stage match of another photo;
    otherwise `tier_of` (a maybe up to MAYBE_DISTANCE)."""
    first = [c for c in candidates if c.distance <= MATCH_DISTANCE]
    matched = np.stack([c.embedding for c in first]) if first else np.empty((0, 0), dtype=np.float32)
    tiers: list[Tier | None] = []
    for candidate in candidates:
        tier = tier_of(candidate.distance)
        if tier is not Tier.MATCH and candidate.distance <= CONFIRM_DISTANCE and first:
            near = np.linalg.norm(matched - candidate.embedding, axis=1) <= MATCH_DISTANCE
            if any(bool(n) and c.photo != candidate.photo for n, c in zip(near, first, strict=True)):
                tier = Tier.MATCH
        tiers.append(tier)
    return tiers
