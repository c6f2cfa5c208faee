"""Two sign-ins with one texted code at once, committing on real PostgreSQL: exactly one wins."""

from __future__ import annotations

import asyncio

from sqlalchemy.ext.asyncio import AsyncEngine
from users_service.adapters.sms.testing import LocalSmsGateway
from users_service.bootstrap import build_services
from users_service.domain.errors import UsersError
from users_service.service_layer.commands import SignInWithPhone
from users_service.service_layer.phone_sign_in import sign_in_with_phone
from users_service.service_layer.results import SignedIn

from ..conftest import texting_settings
from .phone_scenarios import signed_up_by_phone, texted_code, unique_phone


async def test_of_two_sign_ins_racing_with_one_code_exactly_one_succeeds(
    service_engine: AsyncEngine, sms_gateway: LocalSmsGateway
) -> None:
    services = build_services(texting_settings(sms_gateway), service_engine)
    phone = unique_phone()
    await signed_up_by_phone(services, sms_gateway, phone)
    code = await texted_code(services, sms_gateway, phone)

    results = await asyncio.gather(
        sign_in_with_phone(SignInWithPhone(phone, code), services.deps),
        sign_in_with_phone(SignInWithPhone(phone, code), services.deps),
        return_exceptions=True,
    )

    assert sorted(type(r).__name__ for r in results) == ["SignedIn", "UsersError"]
    assert [r.code for r in results if isinstance(r, UsersError)] == ["PHONE_CODE_INVALID"]


async def test_of_two_sign_ups_racing_with_one_code_exactly_one_account_is_made(
    service_engine: AsyncEngine, sms_gateway: LocalSmsGateway
) -> None:
    services = build_services(texting_settings(sms_gateway), service_engine)
    phone = unique_phone()
    code = await texted_code(services, sms_gateway, phone)

    results = await asyncio.gather(
        sign_in_with_phone(SignInWithPhone(phone, code, name="First Person"), services.deps),
        sign_in_with_phone(SignInWithPhone(phone, code, name="Second Person"), services.deps),
        return_exceptions=True,
    )

    winners = [r for r in results if isinstance(r, SignedIn)]
    assert len(winners) == 1
    assert [r.code for r in results if isinstance(r, UsersError)] == ["PHONE_CODE_INVALID"]
