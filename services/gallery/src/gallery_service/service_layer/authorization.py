"""Who may do what: the one place the gallery decides access (tested as a matrix).

An album and its photos are its organizer's: only they (holding the organizer role) and super admins
manage them, upload to them or download originals. Viewing is what visibility allows: a public album
to anyone, a link-shared one to whoever holds its live code, a private one to its owner and admins.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from enum import StrEnum

from servicekit.auth import Caller, Role
from servicekit.auth.policy import require_authenticated
from servicekit.errors import Forbidden

from gallery_service.domain.album import Album, Visibility
from gallery_service.domain.errors import GalleryError, GalleryErrorCode, not_found


class Operation(StrEnum):
    CREATE_ALBUM = "create_album"
    LIST_OWN_ALBUMS = "list_own_albums"
    MANAGE_ALBUM = "manage_album"  # edit, share, revoke, cover, face search, delete
    UPLOAD_PHOTOS = "upload_photos"
    DELETE_PHOTO = "delete_photo"
    DOWNLOAD_ORIGINALS = "download_originals"


def authorize(caller: Caller, operation: Operation, *, owner_id: str) -> str:
    """The caller's id when they may do `operation` on what `owner_id` (an organizer) owns; raise
    NotAuthenticated or Forbidden otherwise. For creating, `owner_id` is whom it is created for."""
    caller_id = require_authenticated(caller)
    if caller.has(Role.SUPER_ADMIN):
        return caller_id
    if caller.has(Role.ORGANIZER) and caller.is_self(owner_id):
        return caller_id
    raise Forbidden("You do not have permission to do this.")


def is_manager(caller: Caller, album: Album) -> bool:
    if caller.user_id is None:
        return False
    return caller.has(Role.SUPER_ADMIN) or (
        caller.has(Role.ORGANIZER) and caller.is_self(str(album.organizer_id))
    )


def authorize_view(caller: Caller, album: Album, *, share_code: str | None, now: datetime) -> None:
    """Raise unless the caller may see the album's photos. A wrong code is NOT_FOUND (it reveals
    nothing); a right code past its expiry is LINK_EXPIRED."""
    if is_manager(caller, album) or album.visibility is Visibility.PUBLIC:
        return
    if album.visibility is Visibility.LINK and _code_matches(share_code, album.share_code):
        if album.share_expires_at is not None and album.share_expires_at <= now:
            raise GalleryError(GalleryErrorCode.LINK_EXPIRED, "This album's link has expired.")
        return
    raise not_found()


def _code_matches(given: str | None, actual: str | None) -> bool:
    return given is not None and actual is not None and secrets.compare_digest(given, actual)
