"""Test photos made on the spot with Pillow: sizes, formats, EXIF orientation and GPS."""

from __future__ import annotations

import io
import random

from PIL import Image

ORIENTATION, GPS_IFD = 0x0112, 0x8825


def jpeg(
    width: int = 64, height: int = 48, *, orientation: int | None = None, gps: bool = False, seed: int = 0
) -> bytes:
    image = Image.new("RGB", (width, height), (random.Random(seed).randrange(256), 120, 40))
    image.putpixel((0, 0), (255, 255, 255))  # a marker in the top-left corner as stored
    image.paste((seed * 37 % 256, seed * 91 % 256, 255), (0, height // 2, width, height))  # seeds differ
    exif = Image.Exif()
    if orientation is not None:
        exif[ORIENTATION] = orientation
    if gps:
        exif[GPS_IFD] = {1: "N", 2: (17.0, 23.0, 0.0), 3: "E", 4: (78.0, 29.0, 0.0)}
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes(), quality=90)
    return out.getvalue()


def encoded(kind: str, width: int = 40, height: int = 30) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (10, 200, 30)).save(out, kind)
    return out.getvalue()


def bomb_png(width: int = 30_000, height: int = 30_000) -> bytes:
    """A tiny PNG whose header declares a huge image (a decompression bomb, never decoded)."""
    out = io.BytesIO()
    Image.new("1", (width, height)).save(out, "PNG", optimize=True)
    return out.getvalue()


def noisy_jpeg(width: int = 200, height: int = 150, seed: int = 0) -> bytes:
    """A JPEG whose bytes are mostly pixel data (so cutting it leaves a valid header)."""
    rng = random.Random(seed)
    image = Image.frombytes(
        "RGB", (width, height), bytes(rng.randrange(256) for _ in range(width * height * 3))
    )
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def truncated_jpeg() -> bytes:
    whole = noisy_jpeg()
    return whole[: len(whole) // 2]
