"""The app's look, in the one place it is decided: colours, font, text sizes by language, tap targets.

Telugu letters at a given size look smaller than Latin ones (a shorter body, with vowel signs above
and below), so when the app is in Telugu every text style is set a notch larger and both languages
read alike. Every text uses a style of this theme (no control sets its own size), so the rule holds
everywhere.
"""

from __future__ import annotations

from types import MappingProxyType

import flet as ft

from eventxperts_app import brand
from eventxperts_app.fonts import TELUGU_FONT_FAMILY
from eventxperts_app.i18n import Language

TELUGU_TEXT_SCALE = 1.125  # 14 px body text becomes 15.75 px: one step, not a bigger font
# Material 3's type scale (logical pixels): what every style measures in English.
TYPE_SCALE = MappingProxyType(
    {
        "display_large": 57, "display_medium": 45, "display_small": 36,
        "headline_large": 32, "headline_medium": 28, "headline_small": 24,
        "title_large": 22, "title_medium": 16, "title_small": 14,
        "body_large": 16, "body_medium": 14, "body_small": 12,
        "label_large": 14, "label_medium": 12, "label_small": 11,
    }
)  # fmt: skip
MIN_TAP_TARGET = 48  # Material's (and Android's) smallest tap target, in logical pixels
# Label line (20 px) + 2 x 14 px = 48 px: buttons reach the tap target whatever the platform's density.
BUTTON_PADDING = ft.Padding.symmetric(horizontal=16, vertical=14)


def text_scale(language: Language) -> float:
    return TELUGU_TEXT_SCALE if language is Language.TE else 1.0


def app_theme(language: Language) -> ft.Theme:
    """The theme for the app shown in `language`."""
    scale = text_scale(language)
    styles = {name: ft.TextStyle(size=round(size * scale, 2)) for name, size in TYPE_SCALE.items()}
    button = ft.ButtonStyle(padding=BUTTON_PADDING)
    return ft.Theme(
        font_family=TELUGU_FONT_FAMILY,
        color_scheme_seed=brand.THEME_COLOUR,
        text_theme=ft.TextTheme(**styles),
        # Desktop browsers would get Flutter's compact density (32 px buttons); phones get standard.
        visual_density=ft.VisualDensity.STANDARD,
        button_theme=ft.ButtonTheme(style=button),
        filled_button_theme=ft.FilledButtonTheme(style=button),
        outlined_button_theme=ft.OutlinedButtonTheme(style=button),
        text_button_theme=ft.TextButtonTheme(style=button),
        icon_button_theme=ft.IconButtonTheme(style=ft.ButtonStyle(padding=12)),
    )
