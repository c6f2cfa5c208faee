"""`/gallery/files/{token}` (one stored file) and `/gallery/zips/{token}.zip` (an album or chosen
photos, streamed): the signed token is the permission, checked here; the edge adds nothing."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import StreamingResponse
from servicekit.storage.serving import content_disposition, stored_file_response

from gallery_service.api.refusals import LINK_INVALID, NOT_FOUND
from gallery_service.bootstrap import GalleryServices
from gallery_service.domain.errors import GalleryError
from gallery_service.service_layer.downloads import zip_members, zip_stream
from gallery_service.service_layer.links import read_file_token, read_zip_token


def download_router(services: GalleryServices) -> APIRouter:
    router = APIRouter(prefix="/gallery")
    deps = services.deps

    @router.get("/files/{token}")
    async def one_file(token: str) -> StreamingResponse:
        found = read_file_token(deps.links, token, deps.clock())
        if found is None:
            raise LINK_INVALID
        key, name = found
        response = await stored_file_response(deps.storage, key, name)
        if response is None:
            raise NOT_FOUND
        return response

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
        headers = {"content-disposition": content_disposition("photos.zip"), "cache-control": "no-store"}
        return StreamingResponse(
            zip_stream(photos, originals, deps), media_type="application/zip", headers=headers
        )

    return router
