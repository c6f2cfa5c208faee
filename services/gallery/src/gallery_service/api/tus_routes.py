"""`/gallery/tus/{token}`: the tus 1.0.0 endpoint (core, creation, termination) over service_layer/tus.

The signed token in the path names the album (as for whole-file uploads); the upload's own id
follows it: `/gallery/tus/{token}/{upload_id}`.
"""

from __future__ import annotations

import base64
import binascii
import uuid

from fastapi import APIRouter, Request, Response
from servicekit.errors import DomainError
from servicekit.refusals import RequestRefused
from starlette.requests import ClientDisconnect

from gallery_service.api.refusals import LINK_INVALID, refusal
from gallery_service.bootstrap import GalleryServices
from gallery_service.service_layer.links import UploadGrant, read_upload_token
from gallery_service.service_layer.tus import OffsetMismatch, append, create_upload, find_upload, terminate

TUS_VERSION = "1.0.0"
OFFSET_CONTENT_TYPE = "application/offset+octet-stream"


def _headers(**extra: str) -> dict[str, str]:
    return {"Tus-Resumable": TUS_VERSION, "Cache-Control": "no-store", **extra}


def _metadata(header: str | None) -> dict[str, str]:
    """`Upload-Metadata: key base64,key base64` (values optional)."""
    pairs: dict[str, str] = {}
    for item in (header or "").split(","):
        key, _, encoded = item.strip().partition(" ")
        if not key:
            continue
        try:
            pairs[key] = base64.b64decode(encoded, validate=True).decode() if encoded else ""
        except (binascii.Error, UnicodeDecodeError):
            raise RequestRefused(400, "INVALID_METADATA", "Upload-Metadata values are base64.") from None
    return pairs


def _require_version(request: Request) -> None:
    if request.headers.get("tus-resumable") != TUS_VERSION:
        raise RequestRefused(412, "TUS_VERSION_UNSUPPORTED", f"This server speaks tus {TUS_VERSION}.")


def _number(request: Request, name: str) -> int:
    value = request.headers.get(name, "")
    if not value.isdigit():
        raise RequestRefused(400, "INVALID_HEADER", f"{name} must be a whole number.")
    return int(value)


def tus_router(services: GalleryServices) -> APIRouter:
    router = APIRouter(prefix="/gallery/tus")
    deps = services.deps

    def grant_of(token: str) -> UploadGrant:
        grant = read_upload_token(deps.links, token, deps.clock())
        if grant is None:
            raise LINK_INVALID
        return grant

    @router.options("/{token}")
    async def capabilities(token: str) -> Response:
        headers = _headers(**{"Tus-Version": TUS_VERSION, "Tus-Extension": "creation,termination"})
        headers["Tus-Max-Size"] = str(deps.limits.max_bytes)
        return Response(status_code=204, headers=headers)

    @router.post("/{token}")
    async def create(token: str, request: Request) -> Response:
        _require_version(request)
        grant = grant_of(token)
        meta = _metadata(request.headers.get("upload-metadata"))
        try:
            upload = await create_upload(
                grant, _number(request, "upload-length"), meta.get("filename"), meta.get("filetype"), deps
            )
        except DomainError as error:
            raise refusal(error) from None
        location = f"{deps.links.public_url}/gallery/tus/{token}/{upload.id}"
        return Response(status_code=201, headers=_headers(Location=location))

    @router.head("/{token}/{upload_id}")
    async def offset(token: str, upload_id: uuid.UUID, request: Request) -> Response:
        _require_version(request)
        try:
            upload = await find_upload(grant_of(token), upload_id, deps)
        except DomainError as error:
            raise refusal(error) from None
        return Response(
            status_code=200,
            headers=_headers(**{"Upload-Offset": str(upload.received), "Upload-Length": str(upload.length)}),
        )

    @router.patch("/{token}/{upload_id}")
    async def patch(token: str, upload_id: uuid.UUID, request: Request) -> Response:
        _require_version(request)
        grant = grant_of(token)
        if request.headers.get("content-type") != OFFSET_CONTENT_TYPE:
            raise RequestRefused(415, "UNSUPPORTED_CONTENT_TYPE", f"PATCH bodies are {OFFSET_CONTENT_TYPE}.")
        try:
            result = await append(grant, upload_id, _number(request, "upload-offset"), request.stream(), deps)
        except OffsetMismatch:
            raise RequestRefused(
                409, "OFFSET_MISMATCH", "Ask HEAD for the offset and go on from there."
            ) from None
        except ClientDisconnect:
            return Response(status_code=400)  # the bytes that came are kept; nobody is listening
        except DomainError as error:
            raise refusal(error) from None
        headers = _headers(**{"Upload-Offset": str(result.offset)})
        if result.stored is not None:
            headers["Gallery-Photo-Id"] = str(result.stored.photo.id)
            headers["Gallery-Duplicate"] = "true" if result.stored.duplicate else "false"
        return Response(status_code=204, headers=headers)

    @router.delete("/{token}/{upload_id}")
    async def delete(token: str, upload_id: uuid.UUID, request: Request) -> Response:
        _require_version(request)
        try:
            await terminate(grant_of(token), upload_id, deps)
        except DomainError as error:
            raise refusal(error) from None
        return Response(status_code=204, headers=_headers())

    return router
