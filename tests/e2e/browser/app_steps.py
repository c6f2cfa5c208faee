"""Steps people take in the app, written once for the browser journeys (in English, as they read)."""

from __future__ import annotations

import secrets

import httpx

from .. import operator
from ..conftest import RunningPlatform
from .flutter_ui import FlutterUi

PASSWORD = "Mandapam-Decor-2026!"


def random_mobile() -> str:
    return "9" + "".join(secrets.choice("0123456789") for _ in range(9))


def register_organizer(ui: FlutterUi, name: str, email: str) -> None:
    ui.click("New here? Create an account")
    ui.expect_text("Create your account")
    ui.type_into("Full name", name)
    ui.type_into("Email", email)
    ui.type_into("Mobile number", random_mobile())
    ui.type_into("Password", PASSWORD)
    ui.choose("I run an event business")
    ui.click("Create account")


def sign_in(ui: FlutterUi, email: str, password: str = PASSWORD) -> None:
    ui.expect_text("Welcome back")
    ui.type_into("Email", email)
    ui.type_into("Password", password)
    ui.click("Sign in")


def register_user_through_gateway(platform: RunningPlatform, name: str, email: str) -> None:
    """Someone who registered earlier (through the API, as any client may)."""
    mutation = "mutation($i: RegisterInput!) { register(input: $i) { errors { code } } }"
    variables = {"i": {"name": name, "email": email, "phone": random_mobile(), "password": PASSWORD}}
    answer = httpx.post(platform.gateway_url, json={"query": mutation, "variables": variables}, timeout=30)
    assert answer.json()["data"]["register"]["errors"] == [], answer.text


def create_super_admin(platform: RunningPlatform, email: str) -> None:
    """A super admin made with the operator's CLI, with the journeys' password."""
    operator.create_super_admin(platform, email, PASSWORD)
