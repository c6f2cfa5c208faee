"""The users part of `make demo`: a super admin, an organizer with a Telugu business profile, and a
user, all with the same demo password. Seeding twice changes nothing (a taken email is skipped)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from servicekit.auth import Caller, Role

from users_service.bootstrap import UsersServices
from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.service import connect
from users_service.service_layer.accounts import update_profile
from users_service.service_layer.commands import AddressInput, LocationInput, Register, UpdateProfile
from users_service.service_layer.registration import register, register_super_admin
from users_service.settings import UsersSettings

DEMO_PASSWORD = "Muhurtham2026"  # noqa: S105 - published in README for the demo accounts only


@dataclass(frozen=True)
class DemoPerson:
    key: str
    email: str
    name: str
    phone: str
    role: str


ADMIN = DemoPerson("admin", "admin@demo.eventxperts.in", "Demo Admin", "+91 98480 22338", "super_admin")
ORGANIZER = DemoPerson(
    "organizer", "lakshmi@demo.eventxperts.in", "Lakshmi Prasanna", "+91 94400 12345", "organizer"
)
USER = DemoPerson("user", "ravi@demo.eventxperts.in", "Ravi Teja", "+91 99890 54321", "user")


def organizer_profile(caller: Caller) -> UpdateProfile:
    """A Telangana decorator's business profile, in Telugu."""
    return UpdateProfile(
        caller=caller,
        business_name="శ్రీ లక్ష్మి డెకరేటర్స్ & టెంట్ హౌస్",
        gstin="36AABCS1429B1ZV",
        state_code="36",
        preferred_language="te",
        address=AddressInput(
            line1="12-2-831, మెహదీపట్నం",
            line2=None,
            city="Hyderabad",
            district="Hyderabad",
            pin_code="500028",
            state_code="36",
        ),
        default_location=LocationInput(city="Hyderabad", latitude=None, longitude=None, timezone=None),
    )


def seed(facts: dict[str, str]) -> list[str]:
    """Make the demo people (once); record their ids in `facts`; say what to sign in with."""
    return asyncio.run(_seed(UsersSettings(), facts))


async def _seed(settings: UsersSettings, facts: dict[str, str]) -> list[str]:
    services = connect(settings)
    try:
        if settings.auth_provider == "builtin":
            await services.keys.ensure_key()
        for person in (ADMIN, ORGANIZER, USER):
            if (user_id := await _make(services, person)) is not None:
                facts[f"{person.key}_id"] = user_id
    finally:
        await services.engine.dispose()
    return [f"{p.role:<12} {p.email} / {DEMO_PASSWORD}" for p in (ADMIN, ORGANIZER, USER)]


async def _make(services: UsersServices, person: DemoPerson) -> str | None:
    role = "user" if person.role == "super_admin" else person.role
    command = Register(
        name=person.name, email=person.email, phone=person.phone, password=DEMO_PASSWORD, role=role
    )
    try:
        if person.role == "super_admin":
            account = await register_super_admin(command, services.deps)
        else:
            account = (await register(command, services.deps)).user
    except UsersError as error:
        if error.code == UsersErrorCode.EMAIL_TAKEN:
            return None
        raise
    if person is ORGANIZER:
        caller = Caller(user_id=str(account.id), roles=frozenset({Role.USER, Role.ORGANIZER}))
        await update_profile(organizer_profile(caller), services.deps)
    return str(account.id)
