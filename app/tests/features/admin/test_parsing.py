"""A page of the users list keeps who is on it, how many match and where the next page starts."""

from __future__ import annotations

from eventxperts_app.features.admin.parsing import parse_user_page

from ...payloads import user_json


def test_a_page_of_users_keeps_total_and_cursor() -> None:
    data = {"users": {"items": [user_json(), user_json(id="u-2")], "total": 41, "nextCursor": "c2"}}
    page = parse_user_page(data)
    assert ([u.id for u in page.items], page.total, page.next_cursor) == (["u-1", "u-2"], 41, "c2")
