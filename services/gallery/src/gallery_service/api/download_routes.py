"""`/gallery/files/{token}` (one stored file) and `/gallery/zips/{token}.zip` (an album or chosen
photos, streamed): the signed token is the permission, checked here; the edge adds nothing."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter
from fastapi.responses import StreamingResponse
from servicekit.storage import ObjectNotFound, StorageError

from gallery_service.api.refusals import LINK_INVALID, NOT_FOUND
from gallery_service.bootstrap import GalleryServices
from gallery_service.domain.errors import GalleryError
from gallery_service.service_layer.downloads import zip_members, zip_stream
from gallery_service.service_layer.links import read_file_token, read_zip_token


def _attachment(name: str) -> str:
    ascii_name = name.encode("ascii", "replace").decode().replace('"', "_").replace("?", "_")
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"


def download_router(services: GalleryServices) -> APIRouter:
    router = APIRouter(prefix="/gallery")
    deps = services.deps

    @router.get("/files/{token}")
    async def one_file(token: str) -> StreamingResponse:
        found = read_file_token(deps.links, token, deps.clock())
        if found is None:
            raise LINK_INVALID
        key, name = found
        try:
            stat = await deps.storage.stat(key)
        except (ObjectNotFound, StorageError):
            raise NOT_FOUND from None
        headers = {
            "content-length": str(stat.size),
            "content-disposition": _attachment(name).replace("attachment", "inline", 1),
            "cache-control": "private, max-age=300",
            "x-robots-tag": "noindex",
            # The app shows photos from whichever origin it is opened at (the edge, or its own port):
            # a cross-origin-isolated page (COEP require-corp) takes only what CORS or CORP allows,
            # and Flutter fetches images. The signed token is the permission, not the origin.
            "access-control-allow-origin": "*",
            "cross-origin-resource-policy": "cross-origin",
        }
        return StreamingResponse(deps.storage.stream(key), media_type=stat.content_type, headers=headers)

    @router.get("/zips/{token}")
    async def album_zip(token: str) -> StreamingResponse:
        found = read_zip_token(deps.links, token, deps.clock())
        if found is None:
            raise LINK_INVALID
        album_id, photo_ids, originals = found
        try:
            photos = await zip_members(album_id, photo_ids, originals, deps)
        except GalleryError:
            raise NOT_FOUND from None
        headers = {"content-disposition": _attachment("photos.zip"), "cache-control": "no-store"}
        return StreamingResponse(
            zip_stream(photos, originals, deps), media_type="application/zip", headers=headers
        )

    return router
