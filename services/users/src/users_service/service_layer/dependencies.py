"""What the use cases need from the outside world, gathered once by the composition root."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from mail import MailDispatch

from users_service.adapters.access_tokens import AccessTokenIssuer
from users_service.adapters.password_hasher import PasswordHasher
from users_service.adapters.sms import SmsDispatch
from users_service.domain.lockout import SignInThrottle
from users_service.domain.phone_codes import PhoneCodePolicy
from users_service.domain.reset_codes import ResetCodePolicy
from users_service.domain.roles import Role
from users_service.service_layer.unit_of_work import UsersUnitOfWork


@dataclass(frozen=True, slots=True)
class ExternalTokens:
    access_token: str
    refresh_token: str
    expires_in: int


class IdentityProvider(Protocol):
    """An outside issuer (Auth0) that owns passwords and roles; None means we are the issuer."""

    async def create_account(
        self, *, user_id: str, email: str, password: str, name: str, phone: str
    ) -> str: ...

    async def delete_account(self, external_id: str) -> None: ...

    async def change_roles(
        self, external_id: str, *, grant: frozenset[Role], revoke: frozenset[Role]
    ) -> None: ...

    async def set_blocked(self, external_id: str, blocked: bool) -> None: ...

    async def set_password(self, external_id: str, password: str) -> None: ...

    async def send_password_reset_email(self, email: str) -> None:
        """Ask the provider to email the person its own way of choosing a new password."""
        ...

    async def start_phone_sign_in(self, phone: str) -> None:
        """Ask the provider to text a sign-in code to `phone` (E.164), its passwordless way."""
        ...

    async def phone_login(self, *, phone: str, code: str) -> ExternalTokens | None:
        """Tokens for the code texted to `phone`; None when the provider refuses the code."""
        ...

    async def revoke_refresh_token(self, refresh_token: str) -> None: ...

    async def password_login(self, *, email: str, password: str) -> ExternalTokens | None: ...

    async def refresh(self, refresh_token: str) -> ExternalTokens | None: ...

    def local_user_id(self, subject: str) -> str:
        """Our user id inside the provider's token subject."""
        ...


@dataclass(frozen=True)
class UseCaseDependencies:
    unit_of_work: Callable[[], UsersUnitOfWork]
    hasher: PasswordHasher
    access_tokens: AccessTokenIssuer | None
    clock: Callable[[], datetime]
    throttle: SignInThrottle
    refresh_token_lifetime: timedelta
    identity_provider: IdentityProvider | None = None
    # Sends after the answer (libs/mail); None: mail is not wired (a test that sends none).
    mail: MailDispatch | None = None
    reset_codes: ResetCodePolicy = field(default_factory=ResetCodePolicy)
    # Sends sign-in codes after the answer; None: SMS is not wired (a test that sends none).
    sms: SmsDispatch | None = None
    phone_codes: PhoneCodePolicy = field(default_factory=PhoneCodePolicy)
    # The DLT template of the sign-in code per language (SmsSettings.sms_template).
    sms_template: Callable[[str], str] = lambda _language: "development"
