"""Settings come from the environment with safe defaults; bad values are named, not crashed on."""

from __future__ import annotations

import pytest
from eventxperts_app.settings import AppSettings, SettingsError


def test_defaults_match_the_architecture() -> None:
    settings = AppSettings.from_env({})
    assert (settings.host, settings.port, settings.gateway_url) == (
        "127.0.0.1",
        8550,
        "http://127.0.0.1:4000/graphql",
    )


def test_environment_overrides_defaults() -> None:
    settings = AppSettings.from_env(
        {"APP_HOST": "0.0.0.0", "APP_PORT": "9000", "GATEWAY_URL": "https://api.example.in/graphql"}
    )
    assert (settings.host, settings.port, settings.gateway_url) == (
        "0.0.0.0",
        9000,
        "https://api.example.in/graphql",
    )


def test_the_public_url_gives_the_origin_the_page_may_take_images_from() -> None:
    assert AppSettings.from_env({}).public_origin is None
    settings = AppSettings.from_env({"PUBLIC_URL": "https://eventxperts.in/base/"})
    assert settings.public_origin == "https://eventxperts.in"


@pytest.mark.parametrize(
    ("env", "code"),
    [
        ({"APP_PORT": "eighty"}, "INVALID_PORT"),
        ({"APP_PORT": "70000"}, "INVALID_PORT"),
        ({"APP_PORT": "²"}, "INVALID_PORT"),
        ({"GATEWAY_URL": "localhost:4000"}, "INVALID_URL"),
        ({"GATEWAY_URL": "http://[::1"}, "INVALID_URL"),
        ({"PUBLIC_URL": "eventxperts.in"}, "INVALID_URL"),
        ({"GATEWAY_TIMEOUT_SECONDS": "0"}, "INVALID_TIMEOUT"),
        ({"GATEWAY_TIMEOUT_SECONDS": "nan"}, "INVALID_TIMEOUT"),
        ({"GATEWAY_TIMEOUT_SECONDS": "inf"}, "INVALID_TIMEOUT"),
    ],
)
def test_bad_values_are_typed_errors(env: dict[str, str], code: str) -> None:
    with pytest.raises(SettingsError) as raised:
        AppSettings.from_env(env)
    assert raised.value.code == code
