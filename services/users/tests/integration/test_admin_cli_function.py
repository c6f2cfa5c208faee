"""`users_service.admin.create_super_admin`, as `eventxperts admin create` calls it."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator

import pytest
from servicekit.db import create_engine
from servicekit.migrations import upgrade_to_head
from servicekit.postgres import drop_database, service_database_url
from users_service.admin import create_super_admin, rotate_signing_key
from users_service.bootstrap import build_services
from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.domain.roles import Role
from users_service.service import SERVICE
from users_service.service_layer.authentication import login
from users_service.service_layer.commands import Login
from users_service.settings import UsersSettings

from ..conftest import cheap_settings


async def roles_after_login(settings: UsersSettings, email: str, password: str) -> frozenset[Role]:
    engine = create_engine(service_database_url(settings))
    services = build_services(settings, engine)
    try:
        await services.keys.ensure_key()
        return (await login(Login(email=email, password=password), services.deps)).user.roles
    finally:
        await engine.dispose()


@pytest.fixture
def admin_settings(pg_server_url: str) -> Iterator[UsersSettings]:
    """Settings naming a fresh, migrated database of their own, dropped afterwards."""
    settings = cheap_settings(database_url=pg_server_url, service_name=f"users_admin_{uuid.uuid4().hex[:8]}")
    url = service_database_url(settings)
    upgrade_to_head(SERVICE.migrations_dir, url)
    try:
        yield settings
    finally:
        drop_database(url)


def test_the_first_super_admin_can_sign_in_with_super_admin_and_a_second_with_that_email_fails(
    admin_settings: UsersSettings,
) -> None:
    settings = admin_settings
    user_id = create_super_admin(
        settings, "Owner@EventXperts.in", "Platform Owner", "9000000009", "lotus4platform"
    )
    assert isinstance(user_id, uuid.UUID)
    roles = asyncio.run(roles_after_login(settings, "owner@eventxperts.in", "lotus4platform"))
    assert roles == {Role.USER, Role.SUPER_ADMIN}
    with pytest.raises(UsersError) as raised:
        create_super_admin(settings, "owner@eventxperts.in", "Again", "9000000009", "lotus4platform")
    assert raised.value.code == UsersErrorCode.EMAIL_TAKEN


async def live_kids(settings: UsersSettings) -> list[str]:
    engine = create_engine(service_database_url(settings))
    try:
        return [key["kid"] for key in (await build_services(settings, engine).keys.public_jwks())["keys"]]
    finally:
        await engine.dispose()


def test_rotating_the_signing_key_from_the_cli_keeps_the_previous_key_live(
    admin_settings: UsersSettings,
) -> None:
    first = rotate_signing_key(admin_settings)
    second = rotate_signing_key(admin_settings)
    assert asyncio.run(live_kids(admin_settings)) == [second, first]
