"""One photo in, what the gallery keeps out: the original as sent, a web size and a thumbnail (JPEG,
EXIF orientation applied, GPS removed), its oriented size, and whether it carried GPS.

Decoding is guarded before any pixel is read: the header's size against the pixel limit (a
decompression bomb is refused without decoding it), the format sniffed from the bytes (never the
file name), and a truncated file refused instead of padded with grey (Pillow's default refuses).
HEIC is decoded by pi-heif, the decoder-only build of libheif.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pi_heif
from PIL import Image, ImageOps, UnidentifiedImageError

from gallery_service.domain.errors import GalleryError, GalleryErrorCode

pi_heif.register_heif_opener()

# Pillow's format name -> the media type the original is kept under.
MEDIA_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "HEIF": "image/heic"}
DECLARABLE = {*MEDIA_TYPES.values(), "image/jpg", "image/heif", "application/octet-stream"}
_SAME_AS = {"image/jpg": "image/jpeg", "image/heif": "image/heic"}
GPS_IFD = 0x8825
ORIENTATION = 0x0112
DATETIME_ORIGINAL = 0x9003
EXIF_IFD = 0x8769


@dataclass(frozen=True)
class PhotoLimits:
    max_bytes: int
    max_pixels: int
    web_long_edge: int
    thumbnail_long_edge: int


@dataclass(frozen=True)
class ProcessedPhoto:
    media_type: str
    width: int
    height: int
    web_jpeg: bytes
    web_width: int
    web_height: int
    thumbnail_jpeg: bytes
    had_gps: bool
    taken_at: datetime | None


def process_photo(data: bytes, declared_type: str | None, limits: PhotoLimits) -> ProcessedPhoto:
    """Check and derive; a GalleryError with a stable code for anything the gallery will not keep."""
    check_declared_type(declared_type)
    if not data:
        raise GalleryError(GalleryErrorCode.EMPTY_UPLOAD, "The upload is empty.")
    if len(data) > limits.max_bytes:
        raise too_large(limits.max_bytes)
    image = _opened(data, limits.max_pixels)
    media_type = MEDIA_TYPES[image.format or ""]
    if declared_type and _normal(declared_type) not in (media_type, "application/octet-stream"):
        raise GalleryError(
            GalleryErrorCode.CONTENT_TYPE_MISMATCH,
            f"The file was sent as {declared_type} but is {media_type}.",
        )
    exif = image.getexif()
    had_gps, taken_at = bool(exif.get_ifd(GPS_IFD)), _taken_at(exif)
    oriented = _decoded(image)
    web = _jpeg_within(oriented, limits.web_long_edge, quality=88)
    thumbnail = _jpeg_within(oriented, limits.thumbnail_long_edge, quality=80)
    return ProcessedPhoto(
        media_type=media_type,
        width=oriented.width,
        height=oriented.height,
        web_jpeg=web[0],
        web_width=web[1],
        web_height=web[2],
        thumbnail_jpeg=thumbnail[0],
        had_gps=had_gps,
        taken_at=taken_at,
    )


def check_declared_type(declared_type: str | None) -> None:
    if declared_type and _normal(declared_type) not in {_normal(t) for t in DECLARABLE}:
        raise GalleryError(
            GalleryErrorCode.UNSUPPORTED_IMAGE_TYPE,
            f"{declared_type} is not a photo type the gallery keeps (JPEG, PNG, WebP, HEIC).",
        )


def too_large(max_bytes: int) -> GalleryError:
    return GalleryError(
        GalleryErrorCode.PHOTO_TOO_LARGE, f"A photo is at most {max_bytes // (1024 * 1024)} MB."
    )


def _normal(media_type: str) -> str:
    bare = media_type.split(";", 1)[0].strip().lower()
    return _SAME_AS.get(bare, bare)


def _opened(data: bytes, max_pixels: int) -> Image.Image:
    try:
        with warnings.catch_warnings():
            # Our own limit (below) decides; Pillow's warning starts at its default of ~89 MP.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except (UnidentifiedImageError, Image.DecompressionBombError) as error:
        if isinstance(error, UnidentifiedImageError):
            raise GalleryError(GalleryErrorCode.NOT_AN_IMAGE, "The file is not an image.") from None
        raise _too_many_pixels(max_pixels) from None
    except (OSError, ValueError, SyntaxError):
        raise GalleryError(GalleryErrorCode.NOT_AN_IMAGE, "The file is not an image.") from None
    if image.format not in MEDIA_TYPES:
        raise GalleryError(
            GalleryErrorCode.UNSUPPORTED_IMAGE_TYPE,
            f"{image.format} photos are not kept (JPEG, PNG, WebP, HEIC).",
        )
    if image.width * image.height > max_pixels:
        raise _too_many_pixels(max_pixels)
    return image


def _too_many_pixels(max_pixels: int) -> GalleryError:
    return GalleryError(
        GalleryErrorCode.TOO_MANY_PIXELS, f"A photo has at most {max_pixels // 1_000_000} million pixels."
    )


def _decoded(image: Image.Image) -> Image.Image:
    """The pixels, upright (EXIF orientation applied), in RGB; a truncated file is refused."""
    try:
        image.load()
        oriented = ImageOps.exif_transpose(image) or image
        return oriented.convert("RGB")
    except (OSError, ValueError, SyntaxError):
        raise GalleryError(GalleryErrorCode.TRUNCATED_IMAGE, "The file ends before the image does.") from None


def _jpeg_within(image: Image.Image, long_edge: int, *, quality: int) -> tuple[bytes, int, int]:
    """A JPEG no longer than `long_edge` on its long side, with no EXIF at all (so no GPS)."""
    copy = image.copy()
    copy.thumbnail((long_edge, long_edge), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    copy.save(out, "JPEG", quality=quality, optimize=True, progressive=True)
    return out.getvalue(), copy.width, copy.height


def _taken_at(exif: Image.Exif) -> datetime | None:
    value = exif.get_ifd(EXIF_IFD).get(DATETIME_ORIGINAL)
    if not isinstance(value, str):
        return None
    try:
        # Cameras write local time without a zone; India is UTC+05:30 (the platform's default zone).
        local = datetime.strptime(value.strip(), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    return local.replace(tzinfo=ZoneInfo("Asia/Kolkata")).astimezone(UTC)
