"""Steps people take in the app, written once for the browser journeys (labels from the catalogue)."""

from __future__ import annotations

import secrets

import httpx
from eventxperts_app.i18n import Language, load_catalogue

from .. import operator
from ..conftest import RunningPlatform
from .flutter_ui import FlutterUi

EN = load_catalogue(Language.EN)
PASSWORD = "Mandapam-Decor-2026!"


def random_mobile() -> str:
    return "9" + "".join(secrets.choice("0123456789") for _ in range(9))


def register_organizer(ui: FlutterUi, name: str, email: str) -> None:
    ui.click(EN["login.to_register"])
    ui.expect_text(EN["register.title"])
    ui.type_into(EN["field.name"], name)
    ui.type_into(EN["field.email"], email)
    ui.type_into(EN["field.phone"], random_mobile())
    ui.type_into(EN["field.password"], PASSWORD)
    ui.choose(EN["role.ORGANIZER"])
    ui.click(EN["register.submit"])


def sign_in(ui: FlutterUi, email: str, password: str = PASSWORD) -> None:
    ui.expect_text(EN["login.title"])
    ui.type_into(EN["field.email"], email)
    ui.type_into(EN["field.password"], password)
    ui.click(EN["login.submit"])


def register_user_through_gateway(platform: RunningPlatform, name: str, email: str) -> None:
    """Someone who registered earlier (through the API, as any client may)."""
    mutation = "mutation($i: RegisterInput!) { register(input: $i) { errors { code } } }"
    variables = {"i": {"name": name, "email": email, "phone": random_mobile(), "password": PASSWORD}}
    answer = httpx.post(platform.gateway_url, json={"query": mutation, "variables": variables}, timeout=30)
    assert answer.json()["data"]["register"]["errors"] == [], answer.text


def create_super_admin(platform: RunningPlatform, email: str) -> None:
    """A super admin made with the operator's CLI, with the journeys' password."""
    operator.create_super_admin(platform, email, PASSWORD)
