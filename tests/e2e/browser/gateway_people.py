"""People the client-level journeys act as or on: a super admin signed in through the app's own
GatewayClient and AuthSession, and accounts registered through it."""

from __future__ import annotations

from dataclasses import dataclass

from eventxperts_app.api import AuthSession, GatewayClient
from eventxperts_app.api.models import Role, User, UserResult
from eventxperts_app.features.account import gateway as account
from eventxperts_app.features.account.models import RegistrationForm

from .app_steps import PASSWORD, random_mobile


@dataclass(frozen=True)
class Admin:
    client: GatewayClient
    auth: AuthSession
    me: User


async def register(client: GatewayClient, email: str, role: Role = Role.USER) -> User:
    form = RegistrationForm("Kalyana Mandapam", email, random_mobile(), PASSWORD, role)
    result = await account.register(client, form)
    assert result.user is not None, result.errors
    return result.user


def codes(result: UserResult) -> list[str]:
    return [error.code for error in result.errors]
