"""`eventxperts seed-demo` (make demo): the demo people exist, can sign in with what it prints, the
organizer's business profile is in Telugu, and seeding again changes nothing."""

from __future__ import annotations

import asyncio

import pytest
from click.testing import CliRunner
from eventxperts_cli.main import cli
from sqlalchemy import text
from users_service.service import connect
from users_service.service_layer.authentication import login
from users_service.service_layer.commands import Login
from users_service.settings import UsersSettings


@pytest.fixture
def seeded(pg_server_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("DATABASE_URL", pg_server_url)
    monkeypatch.setenv("ARGON2_MEMORY_KIB", "8192")
    monkeypatch.setenv("ARGON2_TIME_COST", "1")
    result = CliRunner().invoke(cli, ["seed-demo"])
    assert result.exit_code == 0, result.output
    return result.output


def sign_in_lines(output: str) -> list[tuple[str, str, str]]:
    after = output.split("Sign in with:", 1)[1]
    lines = [line for line in after.strip().splitlines() if " / " in line]  # other lines say what to look at
    return [tuple(line.replace("/", " ").split()) for line in lines]  # type: ignore[misc]


async def count_demo_accounts(settings: UsersSettings) -> int:
    services = connect(settings)
    try:
        async with services.engine.connect() as connection:
            query = text("SELECT count(*) FROM users WHERE email LIKE '%@demo.eventxperts.in'")
            return int((await connection.execute(query)).scalar_one())
    finally:
        await services.engine.dispose()


async def signed_in_roles_and_business(
    settings: UsersSettings, email: str, password: str
) -> tuple[set[str], str]:
    services = connect(settings)
    try:
        signed_in = await login(Login(email=email, password=password), services.deps)
    finally:
        await services.engine.dispose()
    user = signed_in.user
    return {str(role) for role in user.roles}, user.profile.business_name or ""


def test_the_demo_people_sign_in_with_what_it_prints(seeded: str) -> None:
    people = sign_in_lines(seeded)
    assert [role for role, _, _ in people] == ["super_admin", "organizer", "user"]
    settings = UsersSettings()
    for role, email, password in people:
        roles, business = asyncio.run(signed_in_roles_and_business(settings, email, password))
        assert role in roles
        if role == "organizer":
            assert any("\u0c00" <= letter <= "\u0c7f" for letter in business), business


def test_seeding_again_adds_nobody(seeded: str) -> None:
    settings = UsersSettings()
    before = asyncio.run(count_demo_accounts(settings))
    again = CliRunner().invoke(cli, ["seed-demo"])
    assert again.exit_code == 0, again.output
    assert asyncio.run(count_demo_accounts(settings)) == before == 3


def test_the_demo_has_a_shared_album_with_photos_from_the_labelled_set(seeded: str) -> None:
    assert "gallery: demo album 'Sravani weds Kiran' with 4 photos, link-shared" in seeded
