"""The logo and signature printed on documents: the graph hands out a short-lived signed upload link,
the public route `PUT /files/billing/images/<token>` takes the file (checked and re-encoded:
domain/images.py)."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta

from servicekit.auth import Caller
from servicekit.signed_links import read_claims, sign_claims

from billing_service.domain.images import CheckedImage, ImageKind, checked_image
from billing_service.service_layer.authorization import Operation, authorize
from billing_service.service_layer.dependencies import UseCaseDependencies
from billing_service.service_layer.pdf_files import FileLink, files_of

UPLOAD_PURPOSE = "billing-image-upload"


def image_upload_link(
    deps: UseCaseDependencies, caller: Caller, organizer_id: uuid.UUID, kind: ImageKind
) -> FileLink:
    """A link that takes one PNG or JPEG for the next few minutes (FILE_LINK_SECONDS); uploading again
    within them replaces it."""
    authorize(caller, Operation.MANAGE_PROFILE, owner_id=str(organizer_id))
    links = files_of(deps)
    expires_at = deps.clock() + timedelta(seconds=links.link_seconds)
    claims = {"o": organizer_id.hex, "k": kind.value, "exp": int(expires_at.timestamp())}
    token = sign_claims(links.secret_key, UPLOAD_PURPOSE, claims)
    return FileLink(f"{links.public_url}/files/billing/images/{token}", expires_at)


def upload_target(deps: UseCaseDependencies, token: str) -> tuple[uuid.UUID, ImageKind] | None:
    """Whose image of which kind a signed link takes, or None for a forged, expired or malformed one."""
    claims = read_claims(files_of(deps).secret_key, UPLOAD_PURPOSE, token, deps.clock())
    try:
        return (uuid.UUID(hex=str(claims["o"])), ImageKind(claims["k"])) if claims else None
    except (KeyError, ValueError):
        return None


async def keep_image(
    deps: UseCaseDependencies, organizer_id: uuid.UUID, kind: ImageKind, data: bytes
) -> CheckedImage:
    """Check, shrink and keep the uploaded file (a BillingError with the IMAGE_* code otherwise)."""
    image = await asyncio.to_thread(checked_image, data)
    async with deps.unit_of_work() as uow:
        await uow.images.put(organizer_id, kind.value, image.media_type, image.content, deps.clock())
        await uow.commit()
    return image


async def remove_image(
    deps: UseCaseDependencies, caller: Caller, organizer_id: uuid.UUID, kind: ImageKind
) -> None:
    authorize(caller, Operation.MANAGE_PROFILE, owner_id=str(organizer_id))
    async with deps.unit_of_work() as uow:
        await uow.images.remove(organizer_id, kind.value)
        await uow.commit()
