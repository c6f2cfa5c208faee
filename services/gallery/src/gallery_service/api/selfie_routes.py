"""`/gallery/selfies/{token}`: one selfie per request (POST, the body is the image), answered with
the guest's photos in the album (or, for a "hide me" link, how many faces were hidden). The selfie
is held in memory for this request only: never stored, never logged (the request log names the
route template, not the token, and nothing here logs the body or its embedding)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from servicekit.errors import DomainError
from starlette.requests import ClientDisconnect

from gallery_service.api.refusals import LINK_INVALID, refusal
from gallery_service.api.upload_routes import read_whole
from gallery_service.bootstrap import GalleryServices
from gallery_service.domain.errors import GalleryError, GalleryErrorCode
from gallery_service.service_layer.downloads import photo_urls
from gallery_service.service_layer.face_search import FoundPhoto, SelfieAnswer, search_by_selfie
from gallery_service.service_layer.links import read_selfie_token


def _answer(answer: SelfieAnswer, services: GalleryServices) -> dict[str, Any]:
    def photo(found: FoundPhoto) -> dict[str, Any]:
        thumbnail, web, download = photo_urls(answer.view, found.photo, services.deps)
        return {
            "photoId": str(found.photo.id),
            "albumId": str(found.photo.album_id),
            "thumbnailUrl": thumbnail,
            "webUrl": web,
            "downloadUrl": download,
        }

    return {
        "matches": [photo(found) for found in answer.matches],
        "maybes": [photo(found) for found in answer.maybes],
        "hiddenFaces": answer.hidden_faces,
    }


def selfie_router(services: GalleryServices) -> APIRouter:
    router = APIRouter(prefix="/gallery/selfies")
    deps = services.deps

    @router.post("/{token}")
    async def selfie(token: str, request: Request) -> JSONResponse:
        grant = read_selfie_token(deps.links, token, deps.clock())
        if grant is None:
            raise LINK_INVALID
        try:
            data = await read_whole(request, deps.max_selfie_bytes)
            if not data:
                raise GalleryError(GalleryErrorCode.EMPTY_UPLOAD, "The selfie is empty.")
            answer = await search_by_selfie(grant, data, deps)
        except ClientDisconnect:
            return JSONResponse({}, status_code=400)
        except DomainError as error:
            raise refusal(error) from None
        finally:
            data = b""
        return JSONResponse(_answer(answer, services))

    return router
