"""Finding faces in a photo and describing each with a 128-d embedding."""

from __future__ import annotations

from dataclasses import dataclass

import dlib
import numpy as np
from numpy.typing import NDArray
from PIL import Image

from faces.images import as_array, decode_photo
from faces.models import load_models

# Faces narrower than this (in the pixels detection looked at) give embeddings too unreliable to
# match a guest on: they are skipped.
MIN_FACE_PX = 40

Embedding = NDArray[np.float32]


@dataclass(frozen=True)
class DetectionMode:
    """How hard to look. HOG's window is 80 px: each upsampling halves the smallest face found and
    quadruples the work; the photo is first scaled down (never up) to `max_side`."""

    name: str
    max_side: int
    upsample: int


# Faces down to ~40 px of a 1600 px photo (a guest at the back of a group photo).
SMALL = DetectionMode("small", max_side=1600, upsample=1)
# Faces of 80 px and more of a 2000 px photo: portraits and close groups, about twice as fast.
FAST = DetectionMode("fast", max_side=2000, upsample=0)
MODES = {mode.name: mode for mode in (SMALL, FAST)}


@dataclass(frozen=True)
class Box:
    """Where a face is, in pixels of the upright photo as stored."""

    left: int
    top: int
    width: int
    height: int


@dataclass(frozen=True)
class Face:
    box: Box
    # Width of the face in the pixels detection and the embedding used (after scaling down).
    size_px: int
    embedding: Embedding


def detect_faces(data: bytes, mode: DetectionMode = SMALL) -> list[Face]:
    """Every face of usable size in an encoded photo, with its box and embedding.

    Raises `ImageUnreadable` or `ImageTooLarge` for what is not a photo we can read.
    """
    return faces_in_image(decode_photo(data), mode)


def faces_in_image(image: Image.Image, mode: DetectionMode = SMALL) -> list[Face]:
    """`detect_faces` for a decoded, upright RGB image."""
    scale = min(1.0, mode.max_side / max(image.size))
    if scale < 1.0:
        size = (round(image.width * scale), round(image.height * scale))
        image = image.resize(size, Image.Resampling.BILINEAR)
    pixels = as_array(image)
    models = load_models()
    rects = [r for r in models.detector(pixels, mode.upsample) if r.width() >= MIN_FACE_PX]
    if not rects:
        return []
    shapes = dlib.full_object_detections()
    for rect in rects:
        shapes.append(models.landmarks(pixels, rect))
    vectors = models.embedder.compute_face_descriptor(pixels, shapes)
    return [
        Face(box=_box_in_photo(rect, scale), size_px=rect.width(), embedding=np.asarray(v, dtype=np.float32))
        for rect, v in zip(rects, vectors, strict=True)
    ]


def _box_in_photo(rect: dlib.rectangle, scale: float) -> Box:
    return Box(
        left=max(0, round(rect.left() / scale)),
        top=max(0, round(rect.top() / scale)),
        width=round(rect.width() / scale),
        height=round(rect.height() / scale),
    )
