"""Each organizer's storage quota (photos and bytes), enforced when a photo is kept.

A photo's row is inserted and the organizer's usage then counted under a per-organizer lock held to
the commit, so two uploads at the quota's edge cannot both pass one count: the second waits for the
first's commit and counts it. Uploads are also refused early, before their bytes are processed
(whole files) or sent (tus creation), when they could not fit.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from servicekit.auth import Caller

from gallery_service.domain.quota import StorageUsage
from gallery_service.service_layer.authorization import Operation, authorize
from gallery_service.service_layer.dependencies import GalleryDependencies
from gallery_service.service_layer.unit_of_work import GalleryUnitOfWork


async def storage_usage(
    uow: GalleryUnitOfWork, organizer_id: uuid.UUID, deps: GalleryDependencies
) -> StorageUsage:
    photos, size = await uow.photos.usage(organizer_id)
    return StorageUsage(photos, size, deps.quota)


async def usage_of(organizer_id: uuid.UUID, deps: GalleryDependencies) -> StorageUsage:
    async with deps.unit_of_work() as uow:
        return await storage_usage(uow, organizer_id, deps)


async def my_storage(caller: Caller, deps: GalleryDependencies) -> StorageUsage:
    """The signed-in organizer's usage and quota (what the album screen shows)."""
    own_id = authorize(caller, Operation.LIST_OWN_ALBUMS, owner_id=caller.user_id or "")
    return await usage_of(uuid.UUID(own_id), deps)


async def refuse_unless_room(organizer_id: uuid.UUID, size: int, deps: GalleryDependencies) -> None:
    """The early check: QUOTA_EXCEEDED now if one more photo of `size` bytes cannot fit."""
    (await usage_of(organizer_id, deps)).refuse_unless_room_for(1, size)


async def lock_storage(uow: GalleryUnitOfWork, organizer_id: uuid.UUID) -> None:
    """Serializes the organizer's photo inserts until this transaction ends."""
    await uow.session.execute(
        sa.text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))"),
        {"key": f"gallery.quota:{organizer_id}"},
    )
