"""One selfie to the signed link the gallery gave (`/gallery/selfies/{token}`), answered with the
guest's photos or, for "hide me", how many faces were hidden. The bytes go in one request and are
dropped with it: the app keeps no selfie (a second purpose asks for it again)."""

from __future__ import annotations

import mimetypes

import httpx

from eventxperts_app.api.gateway_errors import GATEWAY_UNAVAILABLE, UNEXPECTED_RESPONSE
from eventxperts_app.api.models import ApiError
from eventxperts_app.features.gallery.models import SelfieAnswer
from eventxperts_app.features.gallery.parsing import parse_selfie_answer
from eventxperts_app.features.gallery.uploads import refusal_of


async def send_selfie(http: httpx.AsyncClient, upload_url: str, name: str, data: bytes) -> SelfieAnswer:
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    try:
        response = await http.post(upload_url, content=data, headers={"content-type": content_type})
    except httpx.HTTPError:
        return SelfieAnswer(error=ApiError(GATEWAY_UNAVAILABLE, "selfie not sent"))
    if not response.is_success:
        return SelfieAnswer(error=refusal_of(response))
    try:
        answer = response.json()
    except ValueError:
        return SelfieAnswer(error=ApiError(UNEXPECTED_RESPONSE, "unreadable selfie answer"))
    return parse_selfie_answer(answer)  # off-contract: GatewayError, shown by run_action
