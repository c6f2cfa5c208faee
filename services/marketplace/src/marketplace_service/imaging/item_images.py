"""One product or listing photo in, what the marketplace keeps out: a display JPEG (1600 px long edge)
and a thumbnail (400 px), both upright with no EXIF at all (a seller's phone photo carries its GPS).
The original is not kept: nobody needs it, and it is where the location lives.

Guarded before any pixel is decoded: the byte size, the format sniffed from the bytes (JPEG, PNG,
WebP), the declared type compared with it, the pixel count from the header against the limit (a
decompression bomb is refused undecoded), and a truncated file refused instead of padded.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from marketplace_service.domain.errors import MarketError, MarketErrorCode

MEDIA_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
DECLARABLE = {"image/jpeg", "image/jpg", "image/png", "image/webp", "application/octet-stream"}
MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000
DISPLAY_EDGE = 1600
THUMBNAIL_EDGE = 400


@dataclass(frozen=True)
class ItemImage:
    display_jpeg: bytes
    thumbnail_jpeg: bytes
    width: int
    height: int


def check_declared_type(declared: str | None) -> None:
    if declared and _bare(declared) not in DECLARABLE:
        raise MarketError(
            MarketErrorCode.UNSUPPORTED_IMAGE_TYPE, "Send a JPEG, PNG or WebP photo.", "contentType"
        )


def too_large() -> MarketError:
    return MarketError(MarketErrorCode.IMAGE_TOO_LARGE, f"A photo is at most {MAX_BYTES // 2**20} MB.")


def process_item_image(data: bytes, declared: str | None) -> ItemImage:
    """Check and derive; a MarketError with a stable code for anything the marketplace will not keep."""
    check_declared_type(declared)
    if len(data) > MAX_BYTES:
        raise too_large()
    image = _opened(data)
    found = MEDIA_TYPES[image.format or ""]
    if declared and _bare(declared) not in (
        found,
        "application/octet-stream",
        "image/jpg" if found == "image/jpeg" else "",
    ):
        raise MarketError(MarketErrorCode.INVALID_IMAGE, f"The file was sent as {declared} but is {found}.")
    try:
        image.load()
        upright = (ImageOps.exif_transpose(image) or image).convert("RGB")
    except (OSError, ValueError, SyntaxError):
        raise MarketError(MarketErrorCode.INVALID_IMAGE, "The file ends before the image does.") from None
    return ItemImage(
        _jpeg_within(upright, DISPLAY_EDGE, 85),
        _jpeg_within(upright, THUMBNAIL_EDGE, 80),
        upright.width,
        upright.height,
    )


def _bare(media_type: str) -> str:
    return media_type.split(";", 1)[0].strip().lower()


def _opened(data: bytes) -> Image.Image:
    not_an_image = MarketError(MarketErrorCode.INVALID_IMAGE, "The file is not a photo.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError:
        raise _too_many_pixels() from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise not_an_image from None
    if image.format not in MEDIA_TYPES:
        raise MarketError(MarketErrorCode.UNSUPPORTED_IMAGE_TYPE, "Send a JPEG, PNG or WebP photo.")
    if image.width * image.height > MAX_PIXELS:
        raise _too_many_pixels()
    return image


def _too_many_pixels() -> MarketError:
    return MarketError(
        MarketErrorCode.INVALID_IMAGE, f"A photo has at most {MAX_PIXELS // 1_000_000} million pixels."
    )


def _jpeg_within(image: Image.Image, long_edge: int, quality: int) -> bytes:
    copy = image.copy()
    copy.thumbnail((long_edge, long_edge), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    copy.save(out, "JPEG", quality=quality, optimize=True)
    return out.getvalue()
