"""The app's settings, read once from the environment at start-up."""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

PACKAGE_ASSETS_DIR = Path(__file__).resolve().parent / "assets"
# Relative to the working directory: the repository's root when make or `eventxperts up` starts the app.
DEFAULT_WEB_CLIENT_DIR = Path(".cache/web-client")


class SettingsError(ValueError):
    """A setting has a value the app cannot use; `code` is stable, `setting` names the variable."""

    def __init__(self, code: str, setting: str, message: str) -> None:
        super().__init__(f"{setting}: {message}")
        self.code = code
        self.setting = setting


@dataclass(frozen=True)
class AppSettings:
    host: str = "127.0.0.1"
    port: int = 8550
    gateway_url: str = "http://127.0.0.1:4000/graphql"
    gateway_timeout_seconds: float = 10.0
    assets_dir: Path = PACKAGE_ASSETS_DIR
    web_client_dir: Path = DEFAULT_WEB_CLIENT_DIR
    # The platform's public origin (the edge), where the services' signed photo URLs point: the page
    # may load images from it when it is opened elsewhere (the app's own port). None: only its own.
    public_origin: str | None = None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> AppSettings:
        env = os.environ if environ is None else environ
        defaults = cls()
        return cls(
            host=env.get("APP_HOST", defaults.host),
            port=_read_port(env.get("APP_PORT"), defaults.port),
            gateway_url=_read_url(env.get("GATEWAY_URL"), defaults.gateway_url),
            gateway_timeout_seconds=_read_timeout(
                env.get("GATEWAY_TIMEOUT_SECONDS"), defaults.gateway_timeout_seconds
            ),
            assets_dir=Path(env.get("APP_ASSETS_DIR", str(defaults.assets_dir))),
            web_client_dir=Path(env.get("APP_WEB_CLIENT_DIR") or defaults.web_client_dir),
            public_origin=_read_origin(env.get("PUBLIC_URL")),
        )


def _read_port(raw: str | None, default: int) -> int:
    if raw is None or raw == "":
        return default
    # isdigit() alone lets through digits int() refuses, such as "²".
    if not (raw.isascii() and raw.isdigit()) or not 0 < int(raw) < 65536:
        raise SettingsError("INVALID_PORT", "APP_PORT", f"expected 1-65535, got {raw!r}")
    return int(raw)


def _read_url(raw: str | None, default: str) -> str:
    if raw is None or raw == "":
        return default
    if not _is_http_url(raw):
        raise SettingsError("INVALID_URL", "GATEWAY_URL", f"expected an http(s) URL, got {raw!r}")
    return raw


def _read_origin(raw: str | None) -> str | None:
    """The origin (scheme://host[:port]) of PUBLIC_URL, as a Content-Security-Policy names it."""
    if raw is None or raw == "":
        return None
    if not _is_http_url(raw):
        raise SettingsError("INVALID_URL", "PUBLIC_URL", f"expected an http(s) URL, got {raw!r}")
    parsed = urlparse(raw)
    return f"{parsed.scheme}://{parsed.netloc}"


def _is_http_url(raw: str) -> bool:
    try:
        parsed = urlparse(raw)
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return False
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


def _read_timeout(raw: str | None, default: float) -> float:
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not math.isfinite(value) or value <= 0:
        raise SettingsError(
            "INVALID_TIMEOUT", "GATEWAY_TIMEOUT_SECONDS", f"expected seconds > 0, got {raw!r}"
        )
    return value
