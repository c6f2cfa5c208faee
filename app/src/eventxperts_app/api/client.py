"""The app's only way to the platform: GraphQL over HTTP to the gateway, with typed results."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Mapping

import httpx

from eventxperts_app.api import operations, parsing, variables
from eventxperts_app.api.gateway_errors import (
    GATEWAY_UNAVAILABLE,
    GatewayError,
    read_graphql_response,
)
from eventxperts_app.api.models import (
    AuthResult,
    OkResult,
    ProfileForm,
    RegistrationForm,
    Role,
    State,
    User,
    UserFilter,
    UserPage,
    UserResult,
)

logger = logging.getLogger(__name__)


class GatewayClient:
    """Sends the operations of api.operations; the caller passes the access token when needed."""

    def __init__(self, gateway_url: str, timeout_seconds: float = 10.0) -> None:
        self._gateway_url = gateway_url
        self._http = httpx.AsyncClient(timeout=timeout_seconds)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def execute(
        self, document: str, variables_: Mapping[str, object], access_token: str | None = None
    ) -> Mapping[str, object]:
        """The `data` of one GraphQL request, or a GatewayError."""
        request_id = uuid.uuid4().hex
        headers = {"x-request-id": request_id, "content-type": "application/json"}
        if access_token:
            headers["authorization"] = f"Bearer {access_token}"
        try:
            response = await self._http.post(
                self._gateway_url,
                json={"query": document, "variables": dict(variables_)},
                headers=headers,
            )
        except httpx.HTTPError as error:
            logger.warning("gateway unreachable request_id=%s: %s", request_id, error)
            raise GatewayError(GATEWAY_UNAVAILABLE, str(error)) from error
        return read_graphql_response(response.status_code, _decoded_body(response))

    async def register(self, form: RegistrationForm) -> AuthResult:
        data = await self.execute(operations.REGISTER, variables.register_variables(form))
        return parsing.parse_auth_payload(data, "register")

    async def login(self, email: str, password: str) -> AuthResult:
        data = await self.execute(operations.LOGIN, variables.login_variables(email, password))
        return parsing.parse_auth_payload(data, "login")

    async def refresh_token(self, refresh_token: str) -> AuthResult:
        data = await self.execute(operations.REFRESH_TOKEN, variables.refresh_variables(refresh_token))
        return parsing.parse_auth_payload(data, "refreshToken")

    async def logout(self, refresh_token: str, access_token: str | None) -> OkResult:
        data = await self.execute(operations.LOGOUT, variables.refresh_variables(refresh_token), access_token)
        return parsing.parse_ok_payload(data, "logout")

    async def erase_my_account(self, password: str, access_token: str) -> OkResult:
        """Erases the signed-in person's data for good (their current password confirms it)."""
        data = await self.execute(
            operations.ERASE_MY_ACCOUNT, variables.erase_my_account_variables(password), access_token
        )
        return parsing.parse_ok_payload(data, "eraseMyAccount")

    async def me(self, access_token: str) -> User | None:
        data = await self.execute(operations.ME, {}, access_token)
        return parsing.parse_optional_user(data.get("me"))

    async def states(self) -> tuple[State, ...]:
        return parsing.parse_states(await self.execute(operations.STATES, {}))

    async def update_profile(self, form: ProfileForm, access_token: str) -> UserResult:
        data = await self.execute(operations.UPDATE_PROFILE, variables.profile_variables(form), access_token)
        return parsing.parse_user_payload(data, "updateProfile")

    async def users(
        self, access_token: str, criteria: UserFilter, *, first: int = 20, after: str | None = None
    ) -> UserPage:
        """One page of the people matching `criteria`, after the cursor of the previous page."""
        data = await self.execute(
            operations.USERS, variables.users_variables(criteria, first, after), access_token
        )
        return parsing.parse_user_page(data)

    async def grant_role(self, user_id: str, role: Role, access_token: str) -> UserResult:
        return await self._change_user(
            operations.GRANT_ROLE, "grantRole", variables.role_change_variables(user_id, role), access_token
        )

    async def revoke_role(self, user_id: str, role: Role, access_token: str) -> UserResult:
        return await self._change_user(
            operations.REVOKE_ROLE, "revokeRole", variables.role_change_variables(user_id, role), access_token
        )

    async def deactivate_user(self, user_id: str, access_token: str) -> UserResult:
        return await self._change_user(
            operations.DEACTIVATE_USER, "deactivateUser", variables.user_id_variables(user_id), access_token
        )

    async def reactivate_user(self, user_id: str, access_token: str) -> UserResult:
        return await self._change_user(
            operations.REACTIVATE_USER, "reactivateUser", variables.user_id_variables(user_id), access_token
        )

    async def erase_user(self, user_id: str, access_token: str) -> UserResult:
        """A super admin erases someone's data on their request; answers the erased account."""
        return await self._change_user(
            operations.ERASE_USER, "eraseUser", variables.user_id_variables(user_id), access_token
        )

    async def _change_user(
        self, document: str, field: str, variables_: Mapping[str, object], access_token: str
    ) -> UserResult:
        data = await self.execute(document, variables_, access_token)
        return parsing.parse_user_payload(data, field)


def _decoded_body(response: httpx.Response) -> object:
    """The decoded JSON body, or None when it is not JSON (read_graphql_response says why)."""
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
