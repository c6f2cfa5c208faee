"""The two-stage rule: a looser face is a match only when a first-stage match of another photo
vouches for it; alone it stays a maybe, or nothing."""

from __future__ import annotations

import numpy as np
from faces.matching import Candidate, Tier, tiers_of


def at(*values: float) -> np.ndarray:
    embedding = np.zeros(128, dtype=np.float32)
    embedding[: len(values)] = values
    return embedding


def test_a_near_face_is_a_match_and_a_far_one_nothing() -> None:
    assert tiers_of([Candidate("p1", 0.40, at(0.0)), Candidate("p2", 0.70, at(1.0))]) == [Tier.MATCH, None]


def test_a_looser_face_confirmed_by_a_match_in_another_photo_is_a_match() -> None:
    candidates = [Candidate("p1", 0.50, at(0.0)), Candidate("p2", 0.59, at(0.3))]  # 0.3 from p1's face
    assert tiers_of(candidates) == [Tier.MATCH, Tier.MATCH]


def test_without_a_confirming_face_the_looser_one_stays_a_maybe_or_nothing() -> None:
    alone = [Candidate("p2", 0.56, at(0.3)), Candidate("p3", 0.59, at(0.3))]
    far = [Candidate("p1", 0.50, at(0.0)), Candidate("p2", 0.56, at(0.9))]  # 0.9 from p1's face
    assert tiers_of(alone) == [Tier.MAYBE, None]
    assert tiers_of(far) == [Tier.MATCH, Tier.MAYBE]


def test_a_match_does_not_vouch_for_another_face_of_its_own_photo() -> None:
    candidates = [Candidate("p1", 0.50, at(0.0)), Candidate("p1", 0.59, at(0.3))]
    assert tiers_of(candidates) == [Tier.MATCH, None]


def test_past_the_confirm_distance_nothing_is_promoted() -> None:
    candidates = [Candidate("p1", 0.50, at(0.0)), Candidate("p2", 0.61, at(0.1))]
    assert tiers_of(candidates) == [Tier.MATCH, None]
