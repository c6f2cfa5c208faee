"""`eventxperts seed-demo` (make demo): the demo people exist, can sign in with what it prints, the
organizer's business profile is in Telugu, the organizer has stock and a month of bookings in every
status around the muhurtham days, and seeding again changes nothing."""

from __future__ import annotations

import asyncio

import pytest
from calendar_service.settings import CalendarSettings
from click.testing import CliRunner
from eventxperts_cli.main import cli
from servicekit.db import create_engine
from servicekit.postgres import service_database_url
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


async def calendar_counts() -> tuple[dict[str, int], int, int]:
    """Bookings per status as they read now, stock items, and muhurtham days: their statuses."""
    engine = create_engine(service_database_url(CalendarSettings()))
    status = "CASE WHEN status = 'tentative' AND hold_expires_at <= now() THEN 'hold_expired' ELSE status END"
    try:
        async with engine.connect() as connection:
            rows = await connection.execute(text(f"SELECT {status}, count(*) FROM bookings GROUP BY 1"))
            by_status = {row[0]: int(row[1]) for row in rows}
            items = int((await connection.execute(text("SELECT count(*) FROM stock_items"))).scalar_one())
            organizers = int(
                (
                    await connection.execute(text("SELECT count(DISTINCT organizer_id) FROM bookings"))
                ).scalar_one()
            )
    finally:
        await engine.dispose()
    return by_status, items, organizers


def test_the_demo_organizer_has_stock_and_a_month_of_bookings_in_every_status(seeded: str) -> None:
    by_status, items, organizers = asyncio.run(calendar_counts())
    assert set(by_status) == {"enquiry", "tentative", "hold_expired", "confirmed", "completed", "cancelled"}
    assert sum(by_status.values()) >= 15
    assert (items, organizers) == (5, 1)


def test_seeding_again_adds_nobody(seeded: str) -> None:
    settings = UsersSettings()
    before = asyncio.run(count_demo_accounts(settings)), asyncio.run(calendar_counts())
    again = CliRunner().invoke(cli, ["seed-demo"])
    assert again.exit_code == 0, again.output
    assert asyncio.run(count_demo_accounts(settings)) == before[0] == 3
    assert asyncio.run(calendar_counts()) == before[1]


def test_the_demo_has_a_shared_album_with_photos_from_the_labelled_set(seeded: str) -> None:
    assert "gallery: demo album 'Sravani weds Kiran' with 4 photos, link-shared" in seeded
