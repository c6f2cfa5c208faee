"""`/gallery/uploads/{token}`: one whole photo per request (PUT or POST, the body is the file), as the
app's file picker sends them. The signed token names the album; nothing else is trusted."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from servicekit.errors import DomainError
from servicekit.refusals import RequestRefused
from starlette.requests import ClientDisconnect

from gallery_service.api.refusals import LINK_INVALID, refusal
from gallery_service.bootstrap import GalleryServices
from gallery_service.imaging.photo_processing import too_large
from gallery_service.service_layer.links import read_upload_token
from gallery_service.service_layer.uploads import StoredPhoto, known_hashes, store_photo


async def read_whole(request: Request, max_bytes: int) -> bytes:
    """The body, refused as soon as it passes `max_bytes` (never held beyond that)."""
    parts, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise too_large(max_bytes)
        parts.append(chunk)
    return b"".join(parts)


def stored_answer(stored: StoredPhoto) -> JSONResponse:
    photo = stored.photo
    body = {
        "photo": {
            "id": str(photo.id),
            "albumId": str(photo.album_id),
            "contentSha256": photo.content_sha256,
            "width": photo.width,
            "height": photo.height,
            "duplicate": stored.duplicate,
        }
    }
    return JSONResponse(body, status_code=200 if stored.duplicate else 201)


def upload_router(services: GalleryServices) -> APIRouter:
    router = APIRouter(prefix="/gallery/uploads")
    deps = services.deps

    @router.api_route("/{token}", methods=["PUT", "POST"])
    async def upload(token: str, request: Request, name: str | None = None) -> JSONResponse:
        grant = read_upload_token(deps.links, token, deps.clock())
        if grant is None:
            raise LINK_INVALID
        try:
            data = await read_whole(request, deps.limits.max_bytes)
            stored = await store_photo(
                grant, data, file_name=name, declared_type=request.headers.get("content-type"), deps=deps
            )
        except ClientDisconnect:
            return JSONResponse({}, status_code=400)  # nobody is listening; nothing was kept
        except DomainError as error:
            raise refusal(error) from None
        return stored_answer(stored)

    @router.post("/{token}/known")
    async def known(token: str, request: Request) -> JSONResponse:
        grant = read_upload_token(deps.links, token, deps.clock())
        if grant is None:
            raise LINK_INVALID
        try:
            asked = (await request.json())["contentHashes"]
            if not isinstance(asked, list) or not all(isinstance(h, str) for h in asked):
                raise TypeError
        except (ValueError, KeyError, TypeError):
            raise RequestRefused(400, "INVALID_BODY", 'Send {"contentHashes": ["<sha256>", ...]}.') from None
        try:
            stored = await known_hashes(grant, asked, deps)
        except DomainError as error:
            raise refusal(error) from None
        return JSONResponse({"alreadyStored": stored})

    return router
