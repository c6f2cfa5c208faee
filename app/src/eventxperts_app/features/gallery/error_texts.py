"""The texts of the gallery service's error codes (GalleryErrorCode), and of the selfie search's
(faces' NO_FACE, SEVERAL_FACES, IMAGE_UNREADABLE, IMAGE_TOO_LARGE) worded ahead so the catalogues stay
complete when the gallery's SDL grows them. Codes shared with other services (FORBIDDEN, NOT_FOUND,
INVALID_TEXT, INVALID_PAGE_SIZE, TOO_BUSY, ...) keep the texts worded once elsewhere."""

from __future__ import annotations

from types import MappingProxyType

from eventxperts_app.i18n import N_

GALLERY_ERROR_TEXTS = MappingProxyType(
    {
        "INVALID_TITLE": N_("Give the album a title in English and in Telugu"),
        "INVALID_POSITION": N_("Enter the album's place in the list as 0 or more"),
        "INVALID_EXPIRY": N_("The link must stop working at a time in the future"),
        "PHOTO_NOT_IN_ALBUM": N_("This photo is not in this album"),
        "LINK_EXPIRED": N_("This album link has expired. Ask the organizer for a new one."),
        "LINK_REVOKED": N_("This album link no longer works. Ask the organizer for a new one."),
        "PHOTO_TOO_LARGE": N_("This photo is too large to upload"),
        "TOO_MANY_PIXELS": N_("This photo has too many pixels. Resize it and try again."),
        "NOT_AN_IMAGE": N_("This file is not a photo"),
        "UNSUPPORTED_IMAGE_TYPE": N_("Upload JPEG, PNG, WebP or HEIC photos"),
        "CONTENT_TYPE_MISMATCH": N_("The file's type does not match its contents"),
        "TRUNCATED_IMAGE": N_("This photo is incomplete. Copy it again and retry."),
        "EMPTY_UPLOAD": N_("This file is empty"),
        "INVALID_HASH": N_("The photo changed on its way. Try again."),
        "TOO_MANY_PHOTOS": N_("Choose at most 100 photos at a time"),
        "QUOTA_EXCEEDED": N_("Your photo storage is full. Delete photos or albums to upload more."),
        "LINK_INVALID": N_("This upload link has expired. Start the upload again."),
        "STORAGE_UNAVAILABLE": N_("Photos cannot be stored right now. Try again in a moment."),
        "NO_FACE": N_("No face was found in the selfie. Take one facing the camera in good light."),
        "SEVERAL_FACES": N_("The selfie shows several faces of the same size. Take one of yourself alone."),
        "IMAGE_UNREADABLE": N_("This image cannot be read. Try another one."),
        "IMAGE_TOO_LARGE": N_("This image is too large. Try a smaller one."),
        "FACE_SEARCH_OFF": N_("Finding photos by selfie is switched off for this album"),
        "CONSENT_REQUIRED": N_("Agree to the selfie search before sending a selfie"),
    }
)
