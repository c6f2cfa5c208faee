"""Steps people take in the app, written once for the browser journeys (labels from the catalogue)."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys

import httpx
from eventxperts_app.i18n import Language, load_catalogue

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
    """The only way to a super admin: the operator's CLI against the platform's database."""
    env = {**os.environ, "DATABASE_URL": platform.server_url, "DATA_DIR": str(platform.data_dir),
           "ARGON2_MEMORY_KIB": "8192", "ARGON2_TIME_COST": "1"}  # fmt: skip
    phone = "+91" + random_mobile()
    command = [sys.executable, "-m", "eventxperts_cli", "admin", "create", "--email", email,
               "--name", "Platform Admin", "--phone", phone, "--password", PASSWORD]  # fmt: skip
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
