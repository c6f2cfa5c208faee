"""Asking for a phone sign-in code and reading it from the SMS gateway's local stand-in."""

from __future__ import annotations

import secrets

from users_service.adapters.sms.testing import LocalSmsGateway
from users_service.bootstrap import UsersServices
from users_service.service_layer.commands import RequestPhoneCode, SignInWithPhone
from users_service.service_layer.phone_sign_in import request_phone_code, sign_in_with_phone
from users_service.service_layer.results import SignedIn


def unique_phone() -> str:
    """A mobile number (E.164) no other test texts: the stand-in is shared by the session."""
    return f"+919{secrets.randbelow(10**9):09d}"


async def ask_for_phone_code(
    services: UsersServices, phone: str, client_address: str = "203.0.113.7", language: str | None = None
) -> None:
    await request_phone_code(RequestPhoneCode(phone, language, client_address), services.deps)
    assert services.deps.sms is not None
    await services.deps.sms.drain()  # the message leaves after the answer


async def texted_code(
    services: UsersServices, gateway: LocalSmsGateway, phone: str, client_address: str = "203.0.113.7"
) -> str:
    """Ask for a code for `phone` and return the one that arrives (the newest to that number)."""
    before = len([sms for sms in gateway.received if sms.to == phone])
    await ask_for_phone_code(services, phone, client_address)
    return gateway.wait_for(phone, count=before + 1)[-1].variables["otp"]


async def signed_up_by_phone(
    services: UsersServices, gateway: LocalSmsGateway, phone: str, name: str = "Lakshmi Devi"
) -> SignedIn:
    code = await texted_code(services, gateway, phone)
    return await sign_in_with_phone(SignInWithPhone(phone, code, name=name), services.deps)
