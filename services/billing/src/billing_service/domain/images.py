"""The organizer's logo and signature as documents print them: PNG or JPEG, checked before a pixel is
decoded, shrunk to what an A4 page needs and re-encoded, so what is kept holds no metadata (a phone's
EXIF has the place it was taken) and nothing Pillow did not write itself."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from enum import StrEnum

from PIL import Image, UnidentifiedImageError

from billing_service.domain.errors import BillingError, BillingErrorCode

MAX_BYTES = 1_000_000
MAX_SIDE = 4_000  # pixels, either side, as the file declares them (before decoding)
MAX_PIXELS = 12_000_000
KEPT_SIDE = 1_200  # larger images are shrunk to fit: a logo prints at most a few centimetres wide
_MEDIA_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg"}


class ImageKind(StrEnum):
    LOGO = "logo"
    SIGNATURE = "signature"


@dataclass(frozen=True)
class CheckedImage:
    media_type: str
    content: bytes
    width: int
    height: int


def _refused(code: BillingErrorCode, message: str) -> BillingError:
    return BillingError(code, message, "file")


def _opened(data: bytes) -> Image.Image:
    if len(data) > MAX_BYTES:
        raise _refused(BillingErrorCode.IMAGE_TOO_LARGE, f"An image is at most {MAX_BYTES // 1000} kB.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=list(_MEDIA_TYPES))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_many_pixels() from None
    except (UnidentifiedImageError, OSError):
        raise _refused(BillingErrorCode.IMAGE_NOT_SUPPORTED, "Upload a PNG or JPEG image.") from None
    width, height = image.size
    if max(width, height) > MAX_SIDE or width * height > MAX_PIXELS:
        raise _too_many_pixels()
    return image


def _too_many_pixels() -> BillingError:
    return _refused(
        BillingErrorCode.IMAGE_TOO_MANY_PIXELS, f"An image is at most {MAX_SIDE} pixels on a side."
    )


def checked_image(data: bytes) -> CheckedImage:
    """``data`` as it will be kept: the same format, at most KEPT_SIDE pixels a side, no metadata.
    IMAGE_TOO_LARGE, IMAGE_NOT_SUPPORTED or IMAGE_TOO_MANY_PIXELS otherwise."""
    image = _opened(data)
    kind = str(image.format)
    try:
        image.load()
    except (OSError, ValueError, SyntaxError):
        raise _refused(BillingErrorCode.IMAGE_NOT_SUPPORTED, "The image is damaged.") from None
    image.thumbnail((KEPT_SIDE, KEPT_SIDE))
    if kind == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    out = io.BytesIO()
    image.save(out, format=kind, **({"quality": 90} if kind == "JPEG" else {"optimize": True}))
    return CheckedImage(_MEDIA_TYPES[kind], out.getvalue(), image.width, image.height)
