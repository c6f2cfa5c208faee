"""Each organizer's storage quota: how many photos, and how many bytes of originals, they may keep."""

from __future__ import annotations

from dataclasses import dataclass

from gallery_service.domain.errors import GalleryError, GalleryErrorCode

GB = 1_000_000_000


@dataclass(frozen=True)
class StorageQuota:
    photos: int
    bytes: int


@dataclass(frozen=True)
class StorageUsage:
    """What an organizer keeps (their photos, and the bytes of the originals uploaded) and may keep."""

    photos: int
    bytes: int
    quota: StorageQuota

    def refuse_unless_room_for(self, photos: int, size: int) -> None:
        """QUOTA_EXCEEDED, saying what is used and allowed, unless `photos` more of `size` bytes fit."""
        if self.photos + photos > self.quota.photos or self.bytes + size > self.quota.bytes:
            raise GalleryError(GalleryErrorCode.QUOTA_EXCEEDED, self.describe())

    def describe(self) -> str:
        used, allowed = self.bytes / GB, self.quota.bytes / GB
        return (
            f"Storage is full: {self.photos:,} of {self.quota.photos:,} photos, "
            f"{used:,.1f} of {allowed:,.4g} GB used."
        )
