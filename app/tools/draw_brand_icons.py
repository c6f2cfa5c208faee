"""Draws the EventXperts mark (a white X crossed over a marigold on kumkum maroon) at every size the web
manifest, the browsers and `flet build` ask for. The PNGs are committed; run this again after changing
the mark or the colours in eventxperts_app/brand.py:

    uv run python app/tools/draw_brand_icons.py
"""

from __future__ import annotations

from pathlib import Path

from eventxperts_app.brand import ACCENT_COLOUR, THEME_COLOUR
from PIL import Image, ImageDraw

APP_SRC = Path(__file__).resolve().parents[1] / "src" / "eventxperts_app"
WEB_ICONS = APP_SRC / "web_client" / "icons"
BUILD_ASSETS = APP_SRC / "assets"  # what `flet build` reads: icon.png, splash.png
ANY_SIZES = (48, 72, 96, 128, 144, 192, 256, 384, 512)
MASKABLE_SIZES = (192, 512)
SUPERSAMPLE = 4  # drawn large, then scaled down: smooth edges without an antialiasing renderer


def draw_mark(draw: ImageDraw.ImageDraw, size: int, radius: float) -> None:
    """The X and the marigold at its crossing, centred, reaching `radius` from the centre."""
    centre = size / 2
    arm = radius * 0.62
    width = radius * 0.34
    for sign in (1, -1):
        start = (centre - arm, centre - sign * arm)
        end = (centre + arm, centre + sign * arm)
        draw.line([start, end], fill="white", width=round(width))
        for x, y in (start, end):  # round ends
            draw.ellipse([x - width / 2, y - width / 2, x + width / 2, y + width / 2], fill="white")
    ring, flower = radius * 0.40, radius * 0.30
    draw.ellipse([centre - ring, centre - ring, centre + ring, centre + ring], fill=THEME_COLOUR)
    draw.ellipse([centre - flower, centre - flower, centre + flower, centre + flower], fill=ACCENT_COLOUR)


def icon(size: int, *, maskable: bool) -> Image.Image:
    """`any`: a rounded tile; `maskable`: full bleed with the mark inside the central safe circle."""
    big = size * SUPERSAMPLE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    if maskable:
        draw.rectangle([0, 0, big, big], fill=THEME_COLOUR)
        draw_mark(draw, big, big * 0.30)
    else:
        draw.rounded_rectangle([0, 0, big - 1, big - 1], radius=big * 0.22, fill=THEME_COLOUR)
        draw_mark(draw, big, big * 0.40)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def splash(size: int) -> Image.Image:
    """The mark alone on transparent ground, for the native splash of the phone builds."""
    big = size * SUPERSAMPLE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse([big * 0.1, big * 0.1, big * 0.9, big * 0.9], fill=THEME_COLOUR)
    draw_mark(draw, big, big * 0.30)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def save(image: Image.Image, path: Path, *, opaque: bool = False) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    (image.convert("RGB") if opaque else image).save(path, optimize=True)
    print(f"{path.relative_to(APP_SRC.parents[1])}: {image.size[0]}px")


def main() -> None:
    for size in ANY_SIZES:
        save(icon(size, maskable=False), WEB_ICONS / f"icon-{size}.png")
    for size in MASKABLE_SIZES:
        save(icon(size, maskable=True), WEB_ICONS / f"maskable-{size}.png", opaque=True)
    save(icon(180, maskable=True), WEB_ICONS / "apple-touch-icon.png", opaque=True)  # iOS rounds it
    save(icon(32, maskable=False), WEB_ICONS / "favicon-32.png")
    save(icon(1024, maskable=True), BUILD_ASSETS / "icon.png", opaque=True)
    save(splash(768), BUILD_ASSETS / "splash.png")


if __name__ == "__main__":
    main()
