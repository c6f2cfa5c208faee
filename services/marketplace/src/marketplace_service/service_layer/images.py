"""Product images and listing photos: a manager (or the listing's seller) asks for a signed upload
link, the file arrives at `/marketplace/uploads/{token}`, is checked and made into a display size and
a thumbnail (imaging/item_images.py) in servicekit.storage, and only then counts as the owner's
image. Each link uploads one image, once; downloads are short-lived signed links too."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from servicekit.auth import Caller
from servicekit.bounded_threads import BoundedThreads
from servicekit.signed_links import read_claims, sign_claims

from marketplace_service.domain.errors import MarketError, MarketErrorCode, not_found
from marketplace_service.domain.listings import MAX_PHOTOS, OPEN_STATUSES
from marketplace_service.imaging.item_images import check_declared_type, process_item_image
from marketplace_service.service_layer.authorization import Operation, authorize
from marketplace_service.service_layer.dependencies import FileLinks, UseCaseDependencies
from marketplace_service.service_layer.stores import managed_store
from marketplace_service.service_layer.unit_of_work import MarketUnitOfWork

UPLOAD, FILE = "marketplace-image-upload", "marketplace-file"
# Decoding photos is CPU work: one at a time off the event loop, a few waiting, TOO_BUSY beyond.
_IMAGING = BoundedThreads(workers=1, queue_limit=8, name="item-images", niceness=5)


@dataclass(frozen=True)
class UploadTicket:
    image_id: uuid.UUID
    upload_url: str
    expires_at: datetime


@dataclass(frozen=True)
class ImageLinks:
    id: uuid.UUID
    url: str
    thumbnail_url: str


async def _owned(uow: MarketUnitOfWork, caller: Caller, owner: str, owner_id: uuid.UUID) -> None:
    """The caller may add images to this product (they manage its store) or listing (they sell it)."""
    if owner == "product":
        product = await uow.catalogue.product(owner_id, lock=True)
        if product is None:
            raise not_found("product", "productId")
        await managed_store(uow, caller, product.store_id)
        return
    seller = uuid.UUID(authorize(caller, Operation.SELL_USED))
    listing = await uow.listings.get(owner_id, lock=True)
    if listing is None or listing.seller_id != seller:
        raise not_found("listing", "listingId")
    if listing.status not in OPEN_STATUSES:
        raise MarketError(MarketErrorCode.LISTING_NOT_ACTIVE, "This listing is closed.", "listingId")


async def request_upload(
    deps: UseCaseDependencies, caller: Caller, owner: str, owner_id: uuid.UUID, content_type: str | None
) -> UploadTicket:
    check_declared_type(content_type)
    image_id, now = uuid.uuid4(), deps.clock()
    async with deps.unit_of_work() as uow:
        await _owned(uow, caller, owner, owner_id)
        # The owner's row is locked: two requests at once cannot both take the last place.
        count = await uow.images.count(owner, owner_id)
        if count >= MAX_PHOTOS:
            raise MarketError(MarketErrorCode.TOO_MANY_IMAGES, f"At most {MAX_PHOTOS} photos.", "images")
        folder = f"{owner}s/{owner_id.hex}/{image_id.hex}"
        await uow.images.add(
            owner,
            {
                "id": image_id,
                f"{owner}_id": owner_id,
                "object_key": f"{folder}.jpg",
                "thumbnail_key": f"{folder}-thumb.jpg",
                "content_type": "image/jpeg",
                "status": "pending",
                "position": count,
                "created_at": now,
            },
        )
        await uow.commit()
    expires = int(now.timestamp()) + deps.files.link_seconds
    token = sign_claims(deps.files.secret_key, UPLOAD, {"o": owner, "i": image_id.hex, "exp": expires})
    return UploadTicket(
        image_id,
        f"{deps.files.public_url}/marketplace/uploads/{token}",
        datetime.fromtimestamp(expires, now.tzinfo),
    )


def upload_grant(files: FileLinks, token: str, now: datetime) -> tuple[str, uuid.UUID] | None:
    claims = read_claims(files.secret_key, UPLOAD, token, now)
    if claims is None or claims.get("o") not in ("product", "listing"):
        return None
    try:
        return str(claims["o"]), uuid.UUID(str(claims["i"]))
    except (KeyError, ValueError):
        return None


async def store_upload(
    deps: UseCaseDependencies, grant: tuple[str, uuid.UUID], data: bytes, declared: str | None
) -> Any:
    """Keep an uploaded image: files first, then the row; if the row does not commit, the files go."""
    owner, image_id = grant
    processed = await _IMAGING.run(process_item_image, data, declared)
    async with deps.unit_of_work() as uow:
        image = await uow.images.get(owner, image_id, lock=True)
        if image is None or image.status != "pending":
            raise not_found("upload", "token")  # used already, or its owner is gone
        await deps.storage.put(image.object_key, processed.display_jpeg, content_type="image/jpeg")
        await deps.storage.put(image.thumbnail_key, processed.thumbnail_jpeg, content_type="image/jpeg")
        try:
            await uow.images.update(owner, image_id, {"status": "ready"})
            await uow.commit()
        except BaseException:
            await deps.storage.delete(image.object_key)
            await deps.storage.delete(image.thumbnail_key)
            raise
        return image


def file_url(files: FileLinks, key: str, now: datetime) -> str:
    token = sign_claims(files.secret_key, FILE, {"k": key, "exp": int(now.timestamp()) + files.link_seconds})
    return f"{files.public_url}/marketplace/files/{token}"


def file_key(files: FileLinks, token: str, now: datetime) -> str | None:
    claims = read_claims(files.secret_key, FILE, token, now)
    key = claims.get("k") if claims else None
    return key if isinstance(key, str) else None


async def image_links(
    deps: UseCaseDependencies, owner: str, owner_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[ImageLinks]]:
    """The ready images of each owner, in order, with signed links to the display size and thumbnail."""
    if not owner_ids:
        return {}
    async with deps.unit_of_work() as uow:
        rows = await uow.images.ready_of(owner, owner_ids)
    now = deps.clock()
    found: dict[uuid.UUID, list[ImageLinks]] = {i: [] for i in owner_ids}
    for row in rows:
        owner_id = getattr(row, f"{owner}_id")
        found[owner_id].append(
            ImageLinks(
                row.id,
                file_url(deps.files, row.object_key, now),
                file_url(deps.files, row.thumbnail_key, now),
            )
        )
    return found
