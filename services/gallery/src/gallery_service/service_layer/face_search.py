"""Face search as the gallery offers it (libs/faces does the work): the organizer's indexing
progress, a guest's selfie search (a signed upload; the selfie is described in memory in the face
pool and dropped: never stored, never logged), and "hide me".

A guest may search an album they may see (public, or link-shared with its live code) whose face
search is on, and only after consenting to their selfie being processed (CONSENT_REQUIRED).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from faces.errors import FaceError, ImageTooLarge, NoFaceFound, SeveralFaces
from faces.indexing.progress import AlbumProgress, album_progress
from faces.selfie_search import find_my_photos, hide_me
from servicekit.auth import Caller

from gallery_service.adapters.tables import face_store
from gallery_service.domain.album import Album
from gallery_service.domain.errors import GalleryError, GalleryErrorCode, not_found
from gallery_service.domain.photo import Photo
from gallery_service.service_layer.authorization import authorize_view, is_manager
from gallery_service.service_layer.commands import RequestSelfieSearch
from gallery_service.service_layer.dependencies import GalleryDependencies
from gallery_service.service_layer.links import SelfieGrant, selfie_url
from gallery_service.service_layer.viewing import AlbumView

GUEST = Caller(None)


@dataclass(frozen=True)
class SelfieLink:
    upload_url: str
    expires_at: datetime


@dataclass(frozen=True)
class FoundPhoto:
    photo: Photo
    distance: float


@dataclass(frozen=True)
class SelfieAnswer:
    view: AlbumView
    matches: list[FoundPhoto]
    maybes: list[FoundPhoto]
    hidden_faces: int = 0


async def indexing_progress(view: AlbumView, deps: GalleryDependencies) -> AlbumProgress | None:
    """ "312 of 540 indexed", for the album's managers only (None for guests)."""
    if not view.managed:
        return None
    async with deps.unit_of_work() as uow:
        return await album_progress(uow.session, face_store, view.album.id)


def _searchable(album: Album) -> None:
    if not album.face_search_enabled:
        raise GalleryError(GalleryErrorCode.FACE_SEARCH_OFF, "Face search is off for this album.")


async def request_selfie_search(command: RequestSelfieSearch, deps: GalleryDependencies) -> SelfieLink:
    if not command.consent:
        raise GalleryError(
            GalleryErrorCode.CONSENT_REQUIRED,
            "Agree to your selfie being used once to find your photos (it is not kept).",
            "consent",
        )
    album = await _visible_album(command.caller, command.album_id, command.share_code, deps)
    _searchable(album)
    expires = int(deps.clock().timestamp()) + deps.links.download_seconds
    manager = is_manager(command.caller, album)
    grant = SelfieGrant(album.id, command.share_code, command.hide, manager, expires)
    return SelfieLink(selfie_url(deps.links, grant), datetime.fromtimestamp(expires, UTC))


async def search_by_selfie(grant: SelfieGrant, selfie: bytes, deps: GalleryDependencies) -> SelfieAnswer:
    """The selfie's photos in the album (or, for a "hide me" grant, the guest's faces hidden)."""
    # The grant was given to someone who could see the album: check it still can be seen by the
    # code they came with (revoked or expired links stop here) and still searched.
    album = await _visible_album(GUEST, grant.album_id, grant.share_code, deps, manager=grant.manager)
    _searchable(album)
    view = AlbumView(album, grant.manager, grant.share_code)
    pool = await deps.faces.pool()
    try:
        async with deps.unit_of_work() as uow:
            if grant.hide:
                hidden = await hide_me(uow.session, face_store, pool, selfie, album.id)
                await uow.commit()
                return SelfieAnswer(view, [], [], hidden)
            found = await find_my_photos(uow.session, face_store, pool, selfie, [album.id])
            ids = [m.photo_id for m in found.matches + found.maybes]
            photos = {p.id: p for p in await uow.photos.in_album(album.id, ids)} if ids else {}
    except FaceError as error:
        raise _gallery_error(error) from None
    finally:
        del selfie
    return SelfieAnswer(
        view,
        [FoundPhoto(photos[m.photo_id], m.distance) for m in found.matches if m.photo_id in photos],
        [FoundPhoto(photos[m.photo_id], m.distance) for m in found.maybes if m.photo_id in photos],
    )


def _gallery_error(error: FaceError) -> GalleryError:
    # Messages are the library's own: they never quote the selfie or its embedding.
    if isinstance(error, NoFaceFound):
        return GalleryError(GalleryErrorCode.NO_FACE, "No face was found in the selfie.")
    if isinstance(error, SeveralFaces):
        return GalleryError(
            GalleryErrorCode.SEVERAL_FACES, "Several faces are in the selfie: take one of just you."
        )
    if isinstance(error, ImageTooLarge):
        return GalleryError(GalleryErrorCode.TOO_MANY_PIXELS, "The selfie has too many pixels.")
    return GalleryError(GalleryErrorCode.NOT_AN_IMAGE, "The selfie is not an image we can read.")


async def _visible_album(
    caller: Caller,
    album_id: uuid.UUID,
    share_code: str | None,
    deps: GalleryDependencies,
    *,
    manager: bool = False,
) -> Album:
    async with deps.unit_of_work() as uow:
        album = await uow.albums.get(album_id)
    if album is None:
        raise not_found()
    if manager:
        return album  # its manager asked for the link (they may search their own private album)
    authorize_view(caller, album, share_code=share_code, now=deps.clock())
    return album
