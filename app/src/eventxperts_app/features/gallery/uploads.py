"""A batch of photos to an album: whole files, one request each to the signed URL the gallery gives.

A batch resumes per file: the SHA-256 of every picked file is asked about first and those the album
already holds are skipped (so picking the same folder again after a dropped connection sends only
what is missing). The gallery answers at most 100 hashes per request, so batches go in chunks.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from urllib.parse import quote

import httpx

from eventxperts_app.api.gateway_errors import GATEWAY_UNAVAILABLE, UNEXPECTED_RESPONSE
from eventxperts_app.api.models import ApiError
from eventxperts_app.features.gallery.models import UploadLinksResult

CHUNK = 100  # the gallery's MAX_HASHES_PER_REQUEST


@dataclass(frozen=True)
class PickedPhoto:
    name: str
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class UploadFailure:
    file_name: str
    error: ApiError


@dataclass(frozen=True)
class BatchReport:
    sent: int
    skipped: int
    failures: tuple[UploadFailure, ...]


AskLinks = Callable[[list[str]], Awaitable[UploadLinksResult]]
Progress = Callable[[int, int], None]  # (done, total)


def unique(photos: Sequence[PickedPhoto]) -> list[PickedPhoto]:
    """The picked photos without repeats of the same content (the first name is kept)."""
    seen: dict[str, PickedPhoto] = {}
    for photo in photos:
        seen.setdefault(photo.sha256, photo)
    return list(seen.values())


QUOTA_EXCEEDED = "QUOTA_EXCEEDED"


async def upload_batch(
    http: httpx.AsyncClient, photos: Sequence[PickedPhoto], ask_links: AskLinks, progress: Progress
) -> BatchReport:
    """Sends every photo the album lacks; `progress(done, total)` after each file (skipped ones count)."""
    batch = unique(photos)
    done, sent = 0, 0
    failures: list[UploadFailure] = []
    for start in range(0, len(batch), CHUNK):
        chunk = batch[start : start + CHUNK]
        answer = await ask_links([p.sha256 for p in chunk])
        if answer.links is None:
            error = answer.errors[0] if answer.errors else ApiError(UNEXPECTED_RESPONSE, "no upload link")
            return BatchReport(sent, done - sent, (*failures, *(UploadFailure(p.name, error) for p in chunk)))
        for photo in chunk:
            failure = None
            if photo.sha256 not in answer.links.already_stored:
                failure = await _send(http, answer.links.upload_url, photo)
                sent += failure is None
                failures += [failure] if failure else []
            done += 1
            progress(done, len(batch))
            if failure is not None and failure.error.code == QUOTA_EXCEEDED:
                # The organizer's storage is full: the rest cannot fit either, so none is sent.
                rest = (UploadFailure(p.name, failure.error) for p in batch[done:])
                return BatchReport(sent, done - sent - len(failures), (*failures, *rest))
    return BatchReport(sent, done - sent - len(failures), tuple(failures))


async def _send(http: httpx.AsyncClient, upload_url: str, photo: PickedPhoto) -> UploadFailure | None:
    content_type = mimetypes.guess_type(photo.name)[0] or "application/octet-stream"
    try:
        response = await http.put(
            f"{upload_url}?name={quote(photo.name)}",
            content=photo.data,
            headers={"content-type": content_type},
        )
    except httpx.HTTPError:
        return UploadFailure(photo.name, ApiError(GATEWAY_UNAVAILABLE, "upload failed"))
    if response.is_success:
        return None
    return UploadFailure(photo.name, refusal_of(response))


def refusal_of(response: httpx.Response) -> ApiError:
    """The typed error of a gallery route's refusal (`{"error": {code, message}}`)."""
    try:
        error = response.json()["error"]
        return ApiError(str(error["code"]), str(error["message"]))
    except (ValueError, KeyError, TypeError):
        return ApiError(UNEXPECTED_RESPONSE, f"HTTP {response.status_code}")
