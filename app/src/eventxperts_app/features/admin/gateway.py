"""The super admin's calls through the gateway: pages of people and changes to one account."""

from __future__ import annotations

from eventxperts_app.api.client import GatewayClient
from eventxperts_app.api.json_fields import JsonObject
from eventxperts_app.api.models import Role, UserResult
from eventxperts_app.api.parsing import parse_user_payload
from eventxperts_app.features.admin import operations, variables
from eventxperts_app.features.admin.models import UserFilter, UserPage
from eventxperts_app.features.admin.parsing import parse_user_page


async def users(
    client: GatewayClient,
    access_token: str,
    criteria: UserFilter,
    *,
    first: int = 20,
    after: str | None = None,
) -> UserPage:
    """One page of the people matching `criteria`, after the cursor of the previous page."""
    data = await client.execute(
        operations.USERS, variables.users_variables(criteria, first, after), access_token
    )
    return parse_user_page(data)


async def grant_role(client: GatewayClient, user_id: str, role: Role, access_token: str) -> UserResult:
    given = variables.role_change_variables(user_id, role)
    return await _change_user(client, operations.GRANT_ROLE, "grantRole", given, access_token)


async def revoke_role(client: GatewayClient, user_id: str, role: Role, access_token: str) -> UserResult:
    given = variables.role_change_variables(user_id, role)
    return await _change_user(client, operations.REVOKE_ROLE, "revokeRole", given, access_token)


async def deactivate_user(client: GatewayClient, user_id: str, access_token: str) -> UserResult:
    given = variables.user_id_variables(user_id)
    return await _change_user(client, operations.DEACTIVATE_USER, "deactivateUser", given, access_token)


async def reactivate_user(client: GatewayClient, user_id: str, access_token: str) -> UserResult:
    given = variables.user_id_variables(user_id)
    return await _change_user(client, operations.REACTIVATE_USER, "reactivateUser", given, access_token)


async def erase_user(client: GatewayClient, user_id: str, access_token: str) -> UserResult:
    """A super admin erases someone's data on their request; answers the erased account."""
    given = variables.user_id_variables(user_id)
    return await _change_user(client, operations.ERASE_USER, "eraseUser", given, access_token)


async def _change_user(
    client: GatewayClient, document: str, field: str, given: JsonObject, access_token: str
) -> UserResult:
    data = await client.execute(document, given, access_token)
    return parse_user_payload(data, field)
