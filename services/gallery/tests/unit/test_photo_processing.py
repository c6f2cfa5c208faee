"""What the gallery keeps of a photo, and how it refuses what it will not keep (stable codes)."""

from __future__ import annotations

import io

import pytest
from gallery_service.domain.errors import GalleryError, GalleryErrorCode
from gallery_service.imaging.photo_processing import PhotoLimits, process_photo
from PIL import Image

from ..photos import bomb_png, encoded, jpeg, truncated_jpeg

LIMITS = PhotoLimits(max_bytes=2_000_000, max_pixels=50_000_000, web_long_edge=32, thumbnail_long_edge=16)


@pytest.mark.parametrize(
    ("kind", "media_type"), [("JPEG", "image/jpeg"), ("PNG", "image/png"), ("WEBP", "image/webp")]
)
def test_each_kept_format_gets_a_web_size_and_a_thumbnail_as_jpeg(kind: str, media_type: str) -> None:
    processed = process_photo(encoded(kind, 80, 60), None, LIMITS)
    assert processed.media_type == media_type
    assert (processed.width, processed.height) == (80, 60)
    assert Image.open(io.BytesIO(processed.web_jpeg)).size == (32, 24)
    assert Image.open(io.BytesIO(processed.thumbnail_jpeg)).size == (16, 12)


def test_exif_orientation_is_applied_so_a_portrait_stays_upright() -> None:
    processed = process_photo(jpeg(64, 48, orientation=6), "image/jpeg", LIMITS)  # rotate 90 degrees
    assert (processed.width, processed.height) == (48, 64)
    web = Image.open(io.BytesIO(processed.web_jpeg))
    assert web.width < web.height


def test_gps_is_noticed_and_absent_from_what_is_generated() -> None:
    processed = process_photo(jpeg(gps=True), "image/jpeg", LIMITS)
    assert processed.had_gps
    for derived in (processed.web_jpeg, processed.thumbnail_jpeg):
        assert not Image.open(io.BytesIO(derived)).getexif().get_ifd(0x8825)


@pytest.mark.parametrize(
    ("data", "declared", "code"),
    [
        (b"%PDF-1.7 not a photo", None, GalleryErrorCode.NOT_AN_IMAGE),
        (b"", None, GalleryErrorCode.EMPTY_UPLOAD),
        (truncated_jpeg(), "image/jpeg", GalleryErrorCode.TRUNCATED_IMAGE),
        (bomb_png(), "image/png", GalleryErrorCode.TOO_MANY_PIXELS),
        (encoded("GIF"), None, GalleryErrorCode.UNSUPPORTED_IMAGE_TYPE),
        (jpeg(), "application/pdf", GalleryErrorCode.UNSUPPORTED_IMAGE_TYPE),
        (jpeg(), "image/png", GalleryErrorCode.CONTENT_TYPE_MISMATCH),
        (b"\xff" * 2_000_001, None, GalleryErrorCode.PHOTO_TOO_LARGE),
    ],
    ids=["not-an-image", "empty", "truncated", "bomb", "gif", "pdf-declared", "declared-png", "too-large"],
)
def test_bad_photos_are_refused_with_their_code(
    data: bytes, declared: str | None, code: GalleryErrorCode
) -> None:
    with pytest.raises(GalleryError) as refused:
        process_photo(data, declared, LIMITS)
    assert refused.value.code == code


def test_the_pixel_limit_is_the_gallerys_own_not_pillows_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1_000)  # Pillow warns above this, refuses above twice it
    roomy = PhotoLimits(max_bytes=2_000_000, max_pixels=1_000_000, web_long_edge=32, thumbnail_long_edge=16)
    tight = PhotoLimits(max_bytes=2_000_000, max_pixels=1_000, web_long_edge=32, thumbnail_long_edge=16)
    photo = encoded("PNG", 40, 40)  # 1600 pixels: Pillow would warn, our roomy limit keeps it
    with pytest.raises(GalleryError) as refused:
        process_photo(photo, "image/png", tight)
    assert refused.value.code == GalleryErrorCode.TOO_MANY_PIXELS
    assert process_photo(photo, "image/png", roomy).width == 40
