"""Domain errors of the gallery service. Codes are part of the API contract (GalleryErrorCode)."""

from __future__ import annotations

from enum import StrEnum

from servicekit.errors import DomainError


class GalleryErrorCode(StrEnum):
    # Who may do it.
    NOT_AUTHENTICATED = "NOT_AUTHENTICATED"
    FORBIDDEN = "FORBIDDEN"
    NOT_FOUND = "NOT_FOUND"
    # What an album says.
    INVALID_TITLE = "INVALID_TITLE"
    INVALID_TEXT = "INVALID_TEXT"
    INVALID_POSITION = "INVALID_POSITION"
    INVALID_EXPIRY = "INVALID_EXPIRY"
    PHOTO_NOT_IN_ALBUM = "PHOTO_NOT_IN_ALBUM"
    # Shared links.
    LINK_EXPIRED = "LINK_EXPIRED"
    LINK_REVOKED = "LINK_REVOKED"
    # Photos as they arrive.
    PHOTO_TOO_LARGE = "PHOTO_TOO_LARGE"
    TOO_MANY_PIXELS = "TOO_MANY_PIXELS"
    NOT_AN_IMAGE = "NOT_AN_IMAGE"
    UNSUPPORTED_IMAGE_TYPE = "UNSUPPORTED_IMAGE_TYPE"
    CONTENT_TYPE_MISMATCH = "CONTENT_TYPE_MISMATCH"
    TRUNCATED_IMAGE = "TRUNCATED_IMAGE"
    EMPTY_UPLOAD = "EMPTY_UPLOAD"
    INVALID_HASH = "INVALID_HASH"
    TOO_MANY_PHOTOS = "TOO_MANY_PHOTOS"
    QUOTA_EXCEEDED = "QUOTA_EXCEEDED"
    # Face search (selfies are processed in memory, never kept).
    FACE_SEARCH_OFF = "FACE_SEARCH_OFF"
    CONSENT_REQUIRED = "CONSENT_REQUIRED"
    NO_FACE = "NO_FACE"
    SEVERAL_FACES = "SEVERAL_FACES"
    # Capacity of the service, paging, and storage.
    INVALID_PAGE_SIZE = "INVALID_PAGE_SIZE"
    STORAGE_UNAVAILABLE = "STORAGE_UNAVAILABLE"
    TOO_BUSY = "TOO_BUSY"


class GalleryError(DomainError):
    """An expected failure: a stable code, the input field it concerns, a readable message."""

    def __init__(self, code: GalleryErrorCode, message: str, field: str | None = None) -> None:
        super().__init__(message, field=field, code=code)

    def __repr__(self) -> str:
        return f"GalleryError({self.code}, field={self.field!r})"


def not_found(what: str = "album", field: str | None = None) -> GalleryError:
    # One answer for "does not exist" and "is someone else's": ids do not reveal albums.
    return GalleryError(GalleryErrorCode.NOT_FOUND, f"No such {what}.", field)
