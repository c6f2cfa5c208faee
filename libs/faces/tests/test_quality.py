"""The threshold is chosen on the fr/ part of the labelled set, reproducibly."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from faces.detection import Box, Face
from faces.matching import MATCH_DISTANCE
from faces.pool import FacePool
from faces.quality import (
    IndexedPhoto,
    LabelledPhoto,
    choose_threshold,
    counts_at,
    index_labelled,
    read_labels,
)


def face(*values: float) -> Face:
    embedding = np.zeros(128, dtype=np.float32)
    embedding[: len(values)] = values
    return Face(Box(0, 0, 100, 100), 100, embedding)


def photo(file: str, people: str, kind: str, *faces: Face) -> IndexedPhoto:
    return IndexedPhoto(LabelledPhoto(file, frozenset(people.split(";")), kind), faces)


SET = [
    photo("x/a1.jpg", "a", "single", face(0.0)),
    photo("x/a2.jpg", "a", "single", face(0.35)),
    photo("x/b1.jpg", "b", "single", face(1.0)),
    photo("x/ab.jpg", "a;b", "group", face(0.45), face(1.0, 0.1)),
]


def test_counts_are_of_photos_over_every_selfie() -> None:
    # a1 finds a2 (0.35) and ab (0.45); a2 finds a1 and ab (0.10); b1 finds ab (0.10): all at 0.5.
    counts = counts_at(0.5, SET)
    assert (counts.true_positives, counts.false_positives, counts.false_negatives) == (5, 0, 0)
    tight = counts_at(0.4, SET)  # a1 loses ab
    assert (tight.true_positives, tight.false_negatives) == (4, 1)


def test_the_smallest_threshold_meeting_both_targets_is_chosen() -> None:
    assert choose_threshold(SET, min_precision=0.99, min_recall=0.9) == 0.45


def test_rows_marked_exclude_are_left_out(dataset: Path) -> None:
    files = {p.file for p in read_labels(dataset)}
    assert "fr/two_people.jpg" not in files
    assert "fr/biden.jpg" in files


@pytest.mark.slow
async def test_the_fr_part_chooses_the_committed_threshold(dataset: Path) -> None:
    fr = [p for p in read_labels(dataset) if p.part == "fr"]
    async with FacePool() as pool:
        indexed = await index_labelled(dataset, fr, pool)
    assert choose_threshold(indexed) == MATCH_DISTANCE
