"""The documents whose addresses never change, so they are never cached for long: the page (index.html),
the web manifest and the service worker. Page and manifest speak the language the browser prefers."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from string import Template

from eventxperts_app import brand
from eventxperts_app.i18n import Language, Translator
from eventxperts_app.web_client.build import WebClient
from eventxperts_app.web_client.layout import ICONS_DIR, PACKAGE_DIR

STATIC_DIR = PACKAGE_DIR / "static"
ICON_NAME = re.compile(r"^(icon|maskable)-(\d+)\.png$")


def preferred_language(accept_language: str) -> Language:
    """Telugu when the browser ranks it above English, else English (RFC 9110 Accept-Language)."""
    ranked: list[tuple[float, int, Language]] = []
    for position, part in enumerate(accept_language.split(",")):
        tag, *params = (item.strip() for item in part.split(";"))
        weight = next((param[2:] for param in params if param.startswith("q=")), "1")
        primary = tag.lower().split("-")[0]
        if primary in {language.value for language in Language}:
            try:
                ranked.append((float(weight), -position, Language(primary)))
            except ValueError:
                continue
    chosen = max(ranked, default=None)
    return chosen[2] if chosen and chosen[0] > 0 else Language.EN


@dataclass(frozen=True)
class Pages:
    client: WebClient

    def index(self, language: Language) -> str:
        tr = Translator(language)
        values = {
            "lang": language.value,
            "name": brand.APP_NAME,
            "short_name": brand.SHORT_NAME,
            "description": tr(brand.DESCRIPTION),
            "tagline": tr(brand.TAGLINE),
            "loading": tr(brand.LOADING),
            "theme_colour": brand.THEME_COLOUR,
            "background": brand.BACKGROUND_COLOUR,
            "dark_background": brand.DARK_BACKGROUND_COLOUR,
            "client": self.client.url,
        }
        template = Template((STATIC_DIR / "index.html").read_text(encoding="utf-8"))
        return template.substitute({key: html.escape(value) for key, value in values.items()})

    def manifest(self, language: Language) -> str:
        tr = Translator(language)
        return json.dumps(
            {
                "id": "/",
                "name": brand.APP_NAME,
                "short_name": brand.SHORT_NAME,
                "description": tr(brand.DESCRIPTION),
                "lang": language.value,
                "dir": "ltr",
                "start_url": "/",
                "scope": "/",
                "display": "standalone",
                "orientation": "any",
                "background_color": brand.BACKGROUND_COLOUR,
                "theme_color": brand.THEME_COLOUR,
                "categories": ["business", "productivity"],
                "icons": self._icons(),
            },
            ensure_ascii=False,
            indent=1,
        )

    def service_worker(self) -> str:
        offline = "".join(
            f"<p lang='{language.value}'>{html.escape(Translator(language)(brand.OFFLINE))}</p>"
            for language in Language
        )
        page = (
            f"<!DOCTYPE html><meta charset='utf-8'><meta name='viewport' content='width=device-width'>"
            f"<title>{brand.APP_NAME}</title><body style='font-family:system-ui,sans-serif;padding:24px;"
            f"background:{brand.BACKGROUND_COLOUR};color:{brand.THEME_COLOUR}'><h1>{brand.APP_NAME}</h1>"
            f"{offline}</body>"
        )
        script = (STATIC_DIR / "sw.js").read_text(encoding="utf-8")
        return script.replace("__OFFLINE_PAGE__", json.dumps(page, ensure_ascii=False))

    def _icons(self) -> list[dict[str, str]]:
        icons = []
        for path in sorted(ICONS_DIR.glob("*.png"), key=lambda p: (len(p.name), p.name)):
            found = ICON_NAME.match(path.name)
            if found:
                purpose, size = found.groups()
                icons.append(
                    {
                        "src": f"{self.client.url}icons/{path.name}",
                        "sizes": f"{size}x{size}",
                        "type": "image/png",
                        "purpose": "maskable" if purpose == "maskable" else "any",
                    }
                )
        return icons
