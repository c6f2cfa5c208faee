"""Maps the users list's answer to a typed page (pure)."""

from __future__ import annotations

from collections.abc import Mapping

from eventxperts_app.api.json_fields import as_list, optional_str, required_int
from eventxperts_app.api.parsing import parse_user, payload_of
from eventxperts_app.features.admin.models import UserPage


def parse_user_page(data: Mapping[str, object]) -> UserPage:
    connection = payload_of(data, "users")
    return UserPage(
        items=tuple(parse_user(item) for item in as_list(connection.get("items"), "items")),
        total=required_int(connection, "total"),
        next_cursor=optional_str(connection, "nextCursor"),
    )
