"""An organizer's usage against their quota: what fits, and the refusal saying what is used."""

import pytest
from gallery_service.domain.errors import GalleryError
from gallery_service.domain.quota import StorageQuota, StorageUsage

QUOTA = StorageQuota(photos=5_000, bytes=20_000_000_000)


def test_a_photo_fits_up_to_the_last_photo_and_the_last_byte() -> None:
    StorageUsage(4_999, 19_999_000_000, QUOTA).refuse_unless_room_for(1, 1_000_000)


@pytest.mark.parametrize(
    ("photos", "size", "adding"),
    [(5_000, 1_000, 1), (10, 19_999_999_999, 2)],
)
def test_past_either_limit_the_refusal_says_what_is_used_and_allowed(
    photos: int, size: int, adding: int
) -> None:
    with pytest.raises(GalleryError) as refused:
        StorageUsage(photos, size, QUOTA).refuse_unless_room_for(1, adding)
    assert refused.value.code == "QUOTA_EXCEEDED"
    assert f"{photos:,} of 5,000 photos" in refused.value.message
    assert f"{size / 1e9:,.1f} of 20 GB used" in refused.value.message
