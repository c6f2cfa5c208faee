"""The gallery's signed URLs: one purpose each (upload, file, zip), short-lived, on the edge's origin."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from servicekit.signed_links import read_claims, sign_claims

from gallery_service.service_layer.dependencies import Links

UPLOAD, FILE, ZIP, SELFIE = "gallery-upload", "gallery-file", "gallery-zip", "gallery-selfie"
MAX_TOKEN_CHARS = 8192


@dataclass(frozen=True)
class UploadGrant:
    album_id: uuid.UUID
    organizer_id: uuid.UUID
    expires_at: int


def upload_token(
    links: Links, album_id: uuid.UUID, organizer_id: uuid.UUID, now: datetime
) -> tuple[str, int]:
    expires = int(now.timestamp()) + links.upload_seconds
    return sign_claims(
        links.secret_key, UPLOAD, {"a": album_id.hex, "o": organizer_id.hex, "exp": expires}
    ), expires


def read_upload_token(links: Links, token: str, now: datetime) -> UploadGrant | None:
    claims = _claims(links, UPLOAD, token, now)
    if claims is None:
        return None
    return UploadGrant(uuid.UUID(str(claims["a"])), uuid.UUID(str(claims["o"])), int(claims["exp"]))


@dataclass(frozen=True)
class SelfieGrant:
    """A guest's one selfie upload: to find their photos in the album, or to hide them from it."""

    album_id: uuid.UUID
    share_code: str | None  # the code the guest came with (re-checked when the selfie arrives)
    hide: bool
    manager: bool  # asked for by the album's manager (who may search it whatever its visibility)
    expires_at: int


def selfie_url(links: Links, grant: SelfieGrant) -> str:
    claims: dict[str, Any] = {
        "a": grant.album_id.hex,
        "h": grant.hide,
        "m": grant.manager,
        "exp": grant.expires_at,
    }
    share_code = grant.share_code
    if share_code is not None:
        claims["s"] = share_code
    token = sign_claims(links.secret_key, SELFIE, claims)
    return f"{links.public_url}/gallery/selfies/{token}"


def read_selfie_token(links: Links, token: str, now: datetime) -> SelfieGrant | None:
    claims = _claims(links, SELFIE, token, now)
    if claims is None:
        return None
    code = claims.get("s")
    return SelfieGrant(
        uuid.UUID(str(claims["a"])),
        str(code) if code is not None else None,
        bool(claims["h"]),
        bool(claims["m"]),
        int(claims["exp"]),
    )


def file_url(links: Links, key: str, file_name: str, now: datetime) -> str:
    claims = {"k": key, "n": file_name, "exp": int(now.timestamp()) + links.download_seconds}
    return f"{links.public_url}/gallery/files/{sign_claims(links.secret_key, FILE, claims)}"


def read_file_token(links: Links, token: str, now: datetime) -> tuple[str, str] | None:
    claims = _claims(links, FILE, token, now)
    return (str(claims["k"]), str(claims["n"])) if claims else None


def zip_url(
    links: Links, album_id: uuid.UUID, photo_ids: list[uuid.UUID] | None, originals: bool, now: datetime
) -> str:
    claims: dict[str, Any] = {
        "a": album_id.hex,
        "o": originals,
        "exp": int(now.timestamp()) + links.download_seconds,
    }
    if photo_ids is not None:
        claims["p"] = [photo_id.hex for photo_id in photo_ids]
    return f"{links.public_url}/gallery/zips/{sign_claims(links.secret_key, ZIP, claims)}.zip"


def read_zip_token(
    links: Links, token: str, now: datetime
) -> tuple[uuid.UUID, list[uuid.UUID] | None, bool] | None:
    claims = _claims(links, ZIP, token.removesuffix(".zip"), now)
    if claims is None:
        return None
    ids = [uuid.UUID(str(i)) for i in claims["p"]] if "p" in claims else None
    return uuid.UUID(str(claims["a"])), ids, bool(claims["o"])


def _claims(links: Links, purpose: str, token: str, now: datetime) -> dict[str, Any] | None:
    if len(token) > MAX_TOKEN_CHARS:
        return None
    try:
        return read_claims(links.secret_key, purpose, token, now)
    except (KeyError, ValueError, TypeError):
        return None
