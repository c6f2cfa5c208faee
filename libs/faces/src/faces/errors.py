"""Errors of the faces library, each with a stable code. Messages never quote image bytes or
embeddings: they may be logged or shown as they are."""

from __future__ import annotations


class FaceError(Exception):
    """Base of every expected failure of this library."""

    code = "FACE_ERROR"


class ImageUnreadable(FaceError):
    """Not an image Pillow can decode (not an image, truncated, unsupported format)."""

    code = "IMAGE_UNREADABLE"


class ImageTooLarge(FaceError):
    """More pixels than allowed: refused before decoding (decompression bombs)."""

    code = "IMAGE_TOO_LARGE"


class NoFaceFound(FaceError):
    """A selfie in which no face of usable size was found."""

    code = "NO_FACE"


class SeveralFaces(FaceError):
    """A selfie whose largest faces are about equal in size: whose face is meant is unclear."""

    code = "SEVERAL_FACES"
