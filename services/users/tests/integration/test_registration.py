"""Registering through the service layer against real PostgreSQL."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from servicekit.errors import InvalidInput
from sqlalchemy import text
from users_service.bootstrap import UsersServices
from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.domain.language import Language
from users_service.domain.roles import Role
from users_service.service_layer.commands import Register
from users_service.service_layer.registration import register


def registration(email: str = "ravi@example.in", role: str = "organizer") -> Register:
    return Register(name="Ravi Kumar", email=email, phone="98765 43210", password="mangoes4sale", role=role)


async def outbox_types(services: UsersServices, key: str) -> list[str]:
    async with services.deps.unit_of_work() as uow:
        rows = await uow.session.execute(
            text("SELECT type FROM outbox WHERE key = :key ORDER BY position"), {"key": key}
        )
        return [row[0] for row in rows]


async def test_registering_stores_the_account_signs_in_and_records_user_registered(
    services: UsersServices,
) -> None:
    signed_in = await register(registration("Ravi@Example.in"), services.deps)

    assert signed_in.user.email == "ravi@example.in"
    assert signed_in.user.phone == "+919876543210"
    assert signed_in.user.roles == {Role.USER, Role.ORGANIZER}
    assert signed_in.tokens.access_token
    assert signed_in.tokens.refresh_token
    assert await outbox_types(services, str(signed_in.user.id)) == ["users.user.registered"]


async def test_a_second_account_with_the_same_email_in_other_case_is_refused(
    services: UsersServices,
) -> None:
    await register(registration("ravi@example.in"), services.deps)
    with pytest.raises(UsersError) as raised:
        await register(registration("RAVI@example.in"), services.deps)
    assert raised.value.code is UsersErrorCode.EMAIL_TAKEN


async def test_registering_as_super_admin_is_refused_and_nothing_is_stored(
    services: UsersServices,
) -> None:
    with pytest.raises(UsersError) as raised:
        await register(registration(role="super_admin"), services.deps)
    assert raised.value.code is UsersErrorCode.INVALID_ROLE
    async with services.deps.unit_of_work() as uow:
        assert await uow.users.get_by_email("ravi@example.in") is None


async def test_two_registrations_racing_for_one_email_give_one_account_and_one_email_taken(
    committing_services: UsersServices,
) -> None:
    email = f"race-{uuid.uuid4().hex[:8]}@example.in"
    results = await asyncio.gather(
        register(registration(email), committing_services.deps),
        register(registration(email), committing_services.deps),
        return_exceptions=True,
    )

    errors = [r for r in results if isinstance(r, BaseException)]
    assert len(errors) == 1
    assert isinstance(errors[0], UsersError)
    assert errors[0].code is UsersErrorCode.EMAIL_TAKEN
    async with committing_services.deps.unit_of_work() as uow:
        count = await uow.session.execute(text("SELECT count(*) FROM users WHERE email = :e"), {"e": email})
        assert count.scalar_one() == 1


async def test_the_language_someone_registers_in_becomes_their_preference(
    services: UsersServices,
) -> None:
    english = await register(
        Register(
            name="Anil",
            email="anil@example.in",
            phone="9876500001",
            password="mangoes4sale",
            role="user",
            preferred_language="en",
        ),
        services.deps,
    )
    unstated = await register(registration("sita@example.in"), services.deps)
    async with services.deps.unit_of_work() as uow:
        stored = await uow.users.get(english.user.id)
    assert stored is not None
    assert stored.profile.preferred_language is Language.EN
    assert unstated.user.profile.preferred_language is Language.TE


async def test_an_unknown_language_is_refused_with_every_other_mistake(services: UsersServices) -> None:
    with pytest.raises(InvalidInput) as refused:
        await register(
            Register(
                name="Anil",
                email="not-an-email",
                phone="9876500002",
                password="mangoes4sale",
                role="user",
                preferred_language="hi",
            ),
            services.deps,
        )
    assert {e.code for e in refused.value.errors} == {"INVALID_EMAIL", "INVALID_LANGUAGE"}
