"""The one face of a selfie. The selfie is processed in memory and never kept or logged: callers
pass its bytes and keep only the embedding for the duration of one search."""

from __future__ import annotations

from faces.detection import SMALL, DetectionMode, Face, detect_faces
from faces.errors import NoFaceFound, SeveralFaces

# A second face at least this fraction of the largest one's width makes "the" face ambiguous
# (two people side by side at the same distance); a face in the background is smaller than this.
EQUAL_FACE_RATIO = 0.9


def largest_face(faces: list[Face]) -> Face:
    """The face the selfie is of: the largest, if clearly the largest.

    Raises `NoFaceFound` when there is none and `SeveralFaces` when two are about equal.
    """
    if not faces:
        raise NoFaceFound("no face found in the selfie")
    ordered = sorted(faces, key=lambda face: face.box.width, reverse=True)
    if len(ordered) > 1 and ordered[1].box.width >= EQUAL_FACE_RATIO * ordered[0].box.width:
        raise SeveralFaces(f"{len(ordered)} faces of about the same size in the selfie")
    return ordered[0]


def selfie_face(data: bytes, mode: DetectionMode = SMALL) -> Face:
    """`largest_face` of an encoded selfie."""
    return largest_face(detect_faces(data, mode))
