"""One identity everywhere: the phone builds' settings say what brand.py says, their images are there,
and the app uses no font the web client leaves out."""

from __future__ import annotations

import struct
import tomllib
from pathlib import Path

from eventxperts_app import brand
from eventxperts_app.settings import PACKAGE_ASSETS_DIR

APP_DIR = Path(__file__).resolve().parents[1]
SOURCE = APP_DIR / "src" / "eventxperts_app"


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header.startswith(b"\x89PNG\r\n\x1a\n"), path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_flet_build_gives_the_phone_apps_the_web_apps_name_colours_and_description() -> None:
    pyproject = tomllib.loads((APP_DIR / "pyproject.toml").read_text())
    flet = pyproject["tool"]["flet"]

    assert flet["product"] == brand.APP_NAME
    assert pyproject["project"]["description"] == brand.DESCRIPTION
    assert flet["splash"] == {
        "color": brand.BACKGROUND_COLOUR,
        "dark_color": brand.DARK_BACKGROUND_COLOUR,
        "icon_bgcolor": brand.THEME_COLOUR,
    }
    assert flet["android"]["adaptive_icon_background"] == brand.THEME_COLOUR
    assert flet["web"] == {
        "pwa_background_color": brand.BACKGROUND_COLOUR,
        "pwa_theme_color": brand.THEME_COLOUR,
    }


def test_the_phone_builds_find_our_icon_and_splash_in_the_assets() -> None:
    assert png_size(PACKAGE_ASSETS_DIR / "icon.png") == (1024, 1024)
    assert png_size(PACKAGE_ASSETS_DIR / "splash.png") == (768, 768)


def test_the_app_uses_no_cupertino_icons_which_the_web_client_leaves_out() -> None:
    users = [path for path in SOURCE.rglob("*.py") if "CupertinoIcons" in path.read_text(encoding="utf-8")]

    assert users == []
