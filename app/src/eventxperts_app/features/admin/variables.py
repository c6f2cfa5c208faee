"""Builds the users list's and account changes' GraphQL variables (pure); names follow the contract."""

from __future__ import annotations

from eventxperts_app.api.json_fields import JsonObject
from eventxperts_app.api.models import Role
from eventxperts_app.features.admin.models import UserFilter

# The users service caps a page at 100; asking for more would silently get fewer.
MAX_PAGE_SIZE = 100


def users_variables(criteria: UserFilter, first: int = 20, after: str | None = None) -> JsonObject:
    search = (criteria.search or "").strip()
    return {
        "search": search or None,
        "role": criteria.role.value if criteria.role is not None else None,
        "includeInactive": criteria.include_inactive,
        "first": min(max(first, 1), MAX_PAGE_SIZE),
        "after": after or None,
    }


def role_change_variables(user_id: str, role: Role) -> JsonObject:
    return {"userId": user_id, "role": role.value}


def user_id_variables(user_id: str) -> JsonObject:
    return {"userId": user_id}
