"""Sending one image straight to the short-lived signed link a service gave for it (billing's logo,
a used listing's photo): the service checks size, type and pixels and answers a typed refusal."""

from __future__ import annotations

import httpx

from eventxperts_app.api.gateway_errors import GATEWAY_UNAVAILABLE, UNEXPECTED_RESPONSE
from eventxperts_app.api.models import ApiError

UPLOAD_SECONDS = 60
IMAGE_TYPES = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp"}


def refusal_of(response: httpx.Response) -> ApiError:
    """The service's typed refusal (IMAGE_TOO_LARGE, IMAGE_NOT_SUPPORTED, ...) from an upload."""
    try:
        error = response.json()["error"]
        return ApiError(str(error["code"]), str(error["message"]))
    except (ValueError, KeyError, TypeError):
        return ApiError(UNEXPECTED_RESPONSE, f"HTTP {response.status_code}")


async def put_image(upload_url: str, name: str, data: bytes) -> ApiError | None:
    """Sends the image to its signed link; None when kept, else why not."""
    media_type = IMAGE_TYPES.get(name.rsplit(".", 1)[-1].lower(), "application/octet-stream")
    try:
        async with httpx.AsyncClient(timeout=UPLOAD_SECONDS) as http:
            response = await http.put(upload_url, content=data, headers={"content-type": media_type})
    except httpx.HTTPError:
        return ApiError(GATEWAY_UNAVAILABLE, "upload failed")
    return None if response.is_success else refusal_of(response)
