"""The gallery's public routes answer a refused request in the services' error shape with its code."""

from __future__ import annotations

from servicekit.errors import DomainError
from servicekit.refusals import RequestRefused

from gallery_service.domain.errors import GalleryErrorCode as Code

_STATUS = {
    Code.NOT_FOUND: 404,
    Code.PHOTO_TOO_LARGE: 413,
    Code.UNSUPPORTED_IMAGE_TYPE: 415,
    Code.CONTENT_TYPE_MISMATCH: 415,
    Code.NOT_AN_IMAGE: 422,
    Code.TRUNCATED_IMAGE: 422,
    Code.TOO_MANY_PIXELS: 422,
    Code.EMPTY_UPLOAD: 422,
    Code.LINK_EXPIRED: 410,
    Code.LINK_REVOKED: 410,
    Code.NO_FACE: 422,
    Code.SEVERAL_FACES: 422,
    Code.FACE_SEARCH_OFF: 409,
    # Not 409: to a tus client a PATCH's 409 means "ask HEAD for the offset and retry".
    Code.QUOTA_EXCEEDED: 403,
    Code.STORAGE_UNAVAILABLE: 503,
    Code.TOO_BUSY: 503,
}

LINK_INVALID = RequestRefused(403, "LINK_INVALID", "This link is not valid (expired, or not ours).")
NOT_FOUND = RequestRefused(404, "NOT_FOUND", "Nothing is here.")


def refusal(error: DomainError) -> RequestRefused:
    status = next((s for code, s in _STATUS.items() if code.value == error.code), 400)
    return RequestRefused(status, error.code, error.message)
