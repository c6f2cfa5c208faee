"""Measuring match quality on a labelled set: every labelled person's selfie against the rest.

The set is a folder with `labels.csv` (file, identities `;`-separated, kind single|crop|group,
eval_use yes|exclude). A trial is a single or crop photo of one person used as the selfie; the
gallery is every other photo of the part evaluated; a photo is predicted to contain the person
when any of its faces lies within the threshold of the selfie's largest face. Counts are of
photos, summed over all trials (micro average).
"""

from __future__ import annotations

import asyncio
import csv
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from faces.detection import SMALL, DetectionMode, Embedding, Face
from faces.errors import FaceError
from faces.matching import Candidate, Tier, tiers_of
from faces.pool import FacePool
from faces.selfie import largest_face


@dataclass(frozen=True)
class LabelledPhoto:
    file: str  # relative to the set's folder, e.g. "fr/biden.jpg"
    people: frozenset[str]
    kind: str  # single | crop | group

    @property
    def part(self) -> str:
        return self.file.split("/", 1)[0]


@dataclass(frozen=True)
class IndexedPhoto:
    photo: LabelledPhoto
    faces: tuple[Face, ...]


@dataclass(frozen=True)
class Trial:
    selfie: LabelledPhoto
    person: str
    embedding: Embedding


@dataclass(frozen=True)
class Counts:
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0


def read_labels(folder: Path) -> list[LabelledPhoto]:
    """The rows of `labels.csv` meant for evaluation (rows marked `exclude` left out)."""
    with (folder / "labels.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [
        LabelledPhoto(row["file"], frozenset(row["identities"].split(";")), row["kind"])
        for row in rows
        if row["eval_use"].strip() != "exclude"
    ]


def trials_of(indexed: Iterable[IndexedPhoto]) -> list[Trial]:
    """One trial per single or crop photo whose largest face is clear."""
    trials = []
    for item in indexed:
        if item.photo.kind == "group" or len(item.photo.people) != 1:
            continue
        try:
            face = largest_face(list(item.faces))
        except FaceError:
            continue  # reported by the caller as a selfie that could not be used
        trials.append(Trial(item.photo, next(iter(item.photo.people)), face.embedding))
    return trials


def nearest_distances(trial: Trial, gallery: Sequence[IndexedPhoto]) -> list[float]:
    """Per gallery photo, the distance of its nearest face to the selfie (inf without faces)."""
    distances = []
    for item in gallery:
        if not item.faces:
            distances.append(float("inf"))
            continue
        stacked = np.stack([face.embedding for face in item.faces])
        distances.append(float(np.min(np.linalg.norm(stacked - trial.embedding, axis=1))))
    return distances


PhotoFilter = Callable[[IndexedPhoto], bool]


def counts_at(
    threshold: float,
    indexed: Sequence[IndexedPhoto],
    *,
    selfies_from: PhotoFilter = lambda item: True,
    gallery_from: PhotoFilter = lambda item: True,
) -> Counts:
    """Photo-level counts at `threshold` for every trial from `selfies_from` against the photos of
    `gallery_from` (the selfie's own photo left out)."""
    tp = fp = fn = 0
    for trial in trials_of(item for item in indexed if selfies_from(item)):
        gallery = [i for i in indexed if gallery_from(i) and i.photo.file != trial.selfie.file]
        for item, distance in zip(gallery, nearest_distances(trial, gallery), strict=True):
            predicted = distance <= threshold
            actual = trial.person in item.photo.people
            tp += predicted and actual
            fp += predicted and not actual
            fn += actual and not predicted
    return Counts(tp, fp, fn)


def counts_by_rule(
    indexed: Sequence[IndexedPhoto],
    *,
    with_maybes: bool = False,
    selfies_from: PhotoFilter = lambda item: True,
    gallery_from: PhotoFilter = lambda item: True,
) -> Counts:
    """`counts_at` for the search's own rule (`faces.matching.tiers_of`: the two-stage match, and
    with `with_maybes` the maybes too) instead of one threshold."""
    tp = fp = fn = 0
    for trial in trials_of(item for item in indexed if selfies_from(item)):
        gallery = [i for i in indexed if gallery_from(i) and i.photo.file != trial.selfie.file]
        candidates = [
            Candidate(n, float(np.linalg.norm(face.embedding - trial.embedding)), face.embedding)
            for n, item in enumerate(gallery)
            for face in item.faces
        ]
        wanted = {Tier.MATCH, Tier.MAYBE} if with_maybes else {Tier.MATCH}
        shown = {c.photo for c, tier in zip(candidates, tiers_of(candidates), strict=True) if tier in wanted}
        for n, item in enumerate(gallery):
            predicted, actual = n in shown, trial.person in item.photo.people
            tp += predicted and actual
            fp += predicted and not actual
            fn += actual and not predicted
    return Counts(tp, fp, fn)


CANDIDATES = tuple(round(0.30 + 0.01 * step, 2) for step in range(41))  # 0.30 .. 0.70


class NoThresholdMeetsTargets(Exception):
    code = "NO_THRESHOLD_MEETS_TARGETS"


def choose_threshold(
    indexed: Sequence[IndexedPhoto], *, min_precision: float = 0.99, min_recall: float = 0.90
) -> float:
    """The smallest candidate threshold at which `indexed` reaches both targets.

    The smallest, not the one with the best recall: a small labelled set has few look-alikes, so
    its precision stays perfect well past where a crowd of relatives would break it; every step
    above what the targets need spends precision margin the set cannot measure.
    """
    for threshold in CANDIDATES:
        counts = counts_at(threshold, indexed)
        if counts.precision >= min_precision and counts.recall >= min_recall:
            return threshold
    raise NoThresholdMeetsTargets(f"no threshold in {CANDIDATES[0]}..{CANDIDATES[-1]} meets the targets")


async def index_labelled(
    folder: Path, photos: Sequence[LabelledPhoto], pool: FacePool, mode: DetectionMode = SMALL
) -> list[IndexedPhoto]:
    """Every photo's faces, detected in the pool."""
    found = await asyncio.gather(*(pool.detect((folder / photo.file).read_bytes(), mode) for photo in photos))
    return [IndexedPhoto(photo, tuple(faces)) for photo, faces in zip(photos, found, strict=True)]
