"""Auth0 as the identity provider: the Management API (accounts, roles, blocking) and the
password-realm grant (sign-in). Used only with AUTH_PROVIDER=auth0."""

from __future__ import annotations

import time
from typing import Any

import httpx

from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.domain.passwords import PasswordRule, WeakPassword
from users_service.domain.roles import Role
from users_service.service_layer.dependencies import ExternalTokens, IdentityProvider
from users_service.settings import UsersSettings

PASSWORD_REALM_GRANT = "http://auth0.com/oauth/grant-type/password-realm"  # noqa: S105 (a grant type)
PASSWORDLESS_OTP_GRANT = "http://auth0.com/oauth/grant-type/passwordless/otp"
# The error names Auth0 puts first in a 400's message when the connection's password policy refuses
# a password ("PasswordStrengthError: Password is too weak").
PASSWORD_POLICY_ERRORS = (
    "PasswordStrengthError",
    "PasswordDictionaryError",
    "PasswordNoUserInfoError",
    "PasswordHistoryError",
)


class Auth0Error(Exception):
    """Auth0 answered with something other than success; the status says what."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"Auth0 answered {status}: {message}")
        self.status = status
        self.answer = message

    def password_refusal(self, field: str) -> WeakPassword | None:
        """The tenant's password policy refusing a password, as our typed WEAK_PASSWORD error."""
        if self.status != 400 or not any(name in self.answer for name in PASSWORD_POLICY_ERRORS):
            return None
        return WeakPassword(
            PasswordRule.PROVIDER_POLICY,
            "The sign-in provider's password policy refused this password; "
            "try a longer one with more kinds of characters.",
            field,
        )


class Auth0IdentityProvider:
    def __init__(self, settings: UsersSettings, *, client: httpx.AsyncClient | None = None) -> None:
        if not (settings.auth0_domain and settings.auth0_client_id and settings.auth0_client_secret):
            raise ValueError("Auth0 mode needs AUTH0_DOMAIN, AUTH0_CLIENT_ID, AUTH0_CLIENT_SECRET")
        self._base = (settings.auth0_management_api_url or f"https://{settings.auth0_domain}").rstrip("/")
        self._domain = settings.auth0_domain
        self._client_id = settings.auth0_client_id
        self._client_secret = settings.auth0_client_secret
        self._audience = settings.token_audience
        self._connection = settings.auth0_connection
        self._sms_connection = settings.auth0_sms_connection
        self._http = client or httpx.AsyncClient(timeout=10.0)
        self._management_token: tuple[str, float] | None = None
        self._role_ids: dict[str, str] = {}

    async def aclose(self) -> None:
        await self._http.aclose()

    async def create_account(self, *, user_id: str, email: str, password: str, name: str, phone: str) -> str:
        """Create the Auth0 user with our id (its `sub` becomes `auth0|<our id>`)."""
        body = {
            "user_id": user_id,
            "connection": self._connection,
            "email": email,
            "password": password,
            "name": name,
            "user_metadata": {"phone": phone},
        }
        try:
            created = await self._management("POST", "/api/v2/users", json=body)
        except Auth0Error as error:
            if error.status == 409:  # the tenant knows the address though this service does not
                raise UsersError(
                    UsersErrorCode.EMAIL_TAKEN, "An account with this email exists.", "email"
                ) from None
            refusal = error.password_refusal("password")
            if refusal is not None:
                raise refusal from None
            raise
        return str(created["user_id"])

    async def delete_account(self, external_id: str) -> None:
        """Delete the tenant's user; one the tenant no longer knows counts as deleted."""
        try:
            await self._management("DELETE", f"/api/v2/users/{external_id}")
        except Auth0Error as error:
            if error.status != 404:
                raise

    async def change_roles(
        self, external_id: str, *, grant: frozenset[Role], revoke: frozenset[Role]
    ) -> None:
        path = f"/api/v2/users/{external_id}/roles"
        if grant:
            await self._management("POST", path, json={"roles": await self._ids_of(grant)})
        if revoke:
            await self._management("DELETE", path, json={"roles": await self._ids_of(revoke)})

    async def set_blocked(self, external_id: str, blocked: bool) -> None:
        await self._management("PATCH", f"/api/v2/users/{external_id}", json={"blocked": blocked})

    async def set_password(self, external_id: str, password: str) -> None:
        body = {"password": password, "connection": self._connection}
        try:
            await self._management("PATCH", f"/api/v2/users/{external_id}", json=body)
        except Auth0Error as error:
            refusal = error.password_refusal("newPassword")
            if refusal is not None:
                raise refusal from None
            raise

    async def revoke_refresh_token(self, refresh_token: str) -> None:
        body = {"client_id": self._client_id, "client_secret": self._client_secret, "token": refresh_token}
        _json(await self._http.post(f"{self._base}/oauth/revoke", json=body))

    def local_user_id(self, subject: str) -> str:
        """Auth0 prefixes the id we created the user with by its connection: `auth0|<our id>`."""
        return subject.split("|", 1)[-1]

    async def password_login(self, *, email: str, password: str) -> ExternalTokens | None:
        return await self._user_tokens(
            {
                "grant_type": PASSWORD_REALM_GRANT,
                "username": email,
                "password": password,
                "realm": self._connection,
                "scope": "openid offline_access",
            }
        )

    async def send_password_reset_email(self, email: str) -> None:
        """Auth0's Authentication API emails a change-password link, and answers the same whether or
        not the connection has the email."""
        body = {"client_id": self._client_id, "email": email, "connection": self._connection}
        response = await self._http.post(f"{self._base}/dbconnections/change_password", json=body)
        if response.status_code >= 300:
            raise Auth0Error(response.status_code, response.text[:200])

    async def start_phone_sign_in(self, phone: str) -> None:
        """Auth0's passwordless SMS connection texts its own code (the tenant's SMS provider)."""
        body = {
            "client_id": self._client_id,
            "client_secret": self._client_secret,
            "connection": self._sms_connection,
            "phone_number": phone,
            "send": "code",
        }
        response = await self._http.post(f"{self._base}/passwordless/start", json=body)
        if response.status_code >= 300:
            # The body may quote the number: only the status is kept.
            raise Auth0Error(response.status_code, "passwordless start refused")

    async def phone_login(self, *, phone: str, code: str) -> ExternalTokens | None:
        return await self._user_tokens(
            {
                "grant_type": PASSWORDLESS_OTP_GRANT,
                "username": phone,
                "otp": code,
                "realm": self._sms_connection,
                "scope": "openid offline_access",
            }
        )

    async def refresh(self, refresh_token: str) -> ExternalTokens | None:
        return await self._user_tokens({"grant_type": "refresh_token", "refresh_token": refresh_token})

    async def _user_tokens(self, grant: dict[str, str]) -> ExternalTokens | None:
        body = {
            **grant,
            "client_id": self._client_id,
            "client_secret": self._client_secret,
            "audience": self._audience,
        }
        response = await self._http.post(f"{self._base}/oauth/token", json=body)
        if response.status_code in (400, 401, 403):
            return None  # wrong password, blocked user, or a spent refresh token
        answer = _json(response)
        return ExternalTokens(
            access_token=str(answer["access_token"]),
            refresh_token=str(answer.get("refresh_token", "")),
            expires_in=int(answer["expires_in"]),
        )

    async def _ids_of(self, roles: frozenset[Role]) -> list[str]:
        if not self._role_ids:
            listed = await self._management("GET", "/api/v2/roles")
            self._role_ids = {str(r["name"]): str(r["id"]) for r in listed}
        missing = [role.value for role in roles if role.value not in self._role_ids]
        if missing:
            raise Auth0Error(404, f"roles not defined in the Auth0 tenant: {missing}")
        return [self._role_ids[role.value] for role in sorted(roles)]

    async def _management(self, method: str, path: str, json: Any = None) -> Any:
        token = await self._token()
        response = await self._http.request(
            method, f"{self._base}{path}", json=json, headers={"authorization": f"Bearer {token}"}
        )
        return _json(response) if response.content else None

    async def _token(self) -> str:
        """A client-credentials token for the Management API, reused until shortly before expiry."""
        if self._management_token and self._management_token[1] > time.monotonic():
            return self._management_token[0]
        body = {
            "grant_type": "client_credentials",
            "client_id": self._client_id,
            "client_secret": self._client_secret,
            "audience": f"https://{self._domain}/api/v2/",
        }
        answer = _json(await self._http.post(f"{self._base}/oauth/token", json=body))
        lifetime = float(answer.get("expires_in", 3600))
        self._management_token = (str(answer["access_token"]), time.monotonic() + lifetime - 60)
        return self._management_token[0]


def _json(response: httpx.Response) -> Any:
    if response.status_code >= 300:
        raise Auth0Error(response.status_code, response.text[:200])
    return response.json()


def identity_provider_for(settings: UsersSettings) -> IdentityProvider | None:
    """Auth0 in auth0 mode; None when this service is the issuer."""
    return Auth0IdentityProvider(settings) if settings.auth_provider == "auth0" else None
