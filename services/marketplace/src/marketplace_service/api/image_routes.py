"""`/marketplace/uploads/{token}` (PUT or POST, the body is one photo) and `/marketplace/files/{token}`
(a stored image): the signed token is the permission, checked here; the edge adds nothing."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, StreamingResponse
from servicekit.errors import DomainError
from servicekit.refusals import RequestRefused
from servicekit.storage.serving import stored_file_response
from starlette.requests import ClientDisconnect

from marketplace_service.bootstrap import MarketplaceServices
from marketplace_service.domain.errors import MarketErrorCode as Code
from marketplace_service.imaging.item_images import MAX_BYTES, too_large
from marketplace_service.service_layer.images import file_key, store_upload, upload_grant

LINK_INVALID = RequestRefused(403, "LINK_INVALID", "This link is not valid (expired, or not ours).")
NOTHING_HERE = RequestRefused(404, "NOT_FOUND", "Nothing is here.")
_STATUS = {
    Code.NOT_FOUND: 404,
    Code.IMAGE_TOO_LARGE: 413,
    Code.UNSUPPORTED_IMAGE_TYPE: 415,
    Code.INVALID_IMAGE: 422,
    Code.TOO_BUSY: 503,
}


def refusal(error: DomainError) -> RequestRefused:
    status = next((s for code, s in _STATUS.items() if code.value == error.code), 400)
    return RequestRefused(status, error.code, error.message)


async def read_whole(request: Request, max_bytes: int) -> bytes:
    """The body, refused as soon as it passes `max_bytes` (never held beyond that)."""
    parts, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise too_large()
        parts.append(chunk)
    return b"".join(parts)


def image_router(services: MarketplaceServices) -> APIRouter:
    router = APIRouter(prefix="/marketplace")
    deps = services.deps

    @router.api_route("/uploads/{token}", methods=["PUT", "POST"])
    async def upload(token: str, request: Request) -> JSONResponse:
        grant = upload_grant(deps.files, token, deps.clock())
        if grant is None:
            raise LINK_INVALID
        try:
            data = await read_whole(request, MAX_BYTES)
            image = await store_upload(deps, grant, data, request.headers.get("content-type"))
        except ClientDisconnect:
            return JSONResponse({}, status_code=400)  # nobody is listening; nothing was kept
        except DomainError as error:
            raise refusal(error) from None
        return JSONResponse({"image": {"id": str(image.id)}}, status_code=201)

    @router.get("/files/{token}")
    async def one_file(token: str) -> StreamingResponse:
        key = file_key(deps.files, token, deps.clock())
        if key is None:
            raise LINK_INVALID
        response = await stored_file_response(deps.storage, key)
        if response is None:
            raise NOTHING_HERE
        return response

    return router
