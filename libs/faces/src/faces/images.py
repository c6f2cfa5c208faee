"""Decoding photos for detection: Pillow, EXIF orientation applied, RGB, a pixel limit checked
before any pixel is decoded."""

from __future__ import annotations

import io
import warnings

import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageOps, UnidentifiedImageError

from faces.errors import ImageTooLarge, ImageUnreadable

# 50 megapixels: more than any phone or camera-card photo (a 45 MP full-frame camera is 8192x5464),
# far less than a decompression bomb.
MAX_PIXELS = 50_000_000

RGBImage = NDArray[np.uint8]

# What a phone's camera or a gallery upload is, as the gallery keeps them. Pillow would otherwise try
# every decoder it has (PSD, EPS through Ghostscript, TGA, FITS, ...) on whatever a stranger sends
# as a selfie: more parsers, more attack surface, nothing anyone needs. HEIF counts when pi-heif has
# registered its decoder in this process (the gallery does).
PHOTO_FORMATS = ("JPEG", "PNG", "WEBP", "HEIF")


def _registered_photo_formats() -> tuple[str, ...]:
    Image.init()  # loads every plugin once; a format Pillow has no decoder for is left out
    return tuple(name for name in PHOTO_FORMATS if name in Image.OPEN)


def decode_photo(data: bytes, *, max_pixels: int = MAX_PIXELS) -> Image.Image:
    """The photo upright (EXIF orientation applied) in RGB; typed errors for what is not one, or not
    one of PHOTO_FORMATS (ImageUnreadable), or over `max_pixels` (ImageTooLarge)."""
    try:
        with warnings.catch_warnings():
            # Pillow's own bomb check warns at its limit; ours is explicit and comes first.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=_registered_photo_formats())
            width, height = image.size
            if width * height > max_pixels:
                raise ImageTooLarge(f"{width}x{height} is over the limit of {max_pixels} pixels")
            image.load()
            upright = ImageOps.exif_transpose(image)
            return upright.convert("RGB")
    except ImageTooLarge:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
        raise ImageUnreadable(f"not a readable image ({type(error).__name__})") from None


def as_array(image: Image.Image) -> RGBImage:
    """The contiguous HxWx3 uint8 array dlib reads."""
    return np.ascontiguousarray(np.asarray(image, dtype=np.uint8))
