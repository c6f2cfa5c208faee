"""The users list and account changes send variables named as in the contract."""

from __future__ import annotations

from eventxperts_app.api.models import Role
from eventxperts_app.features.admin.models import UserFilter
from eventxperts_app.features.admin.variables import role_change_variables, user_id_variables, users_variables


def test_a_users_page_is_capped_at_one_hundred() -> None:
    assert users_variables(UserFilter(search="  "), first=500) == {
        "search": None,
        "role": None,
        "includeInactive": True,
        "first": 100,
        "after": None,
    }


def test_a_users_page_sends_the_role_filter_active_only_and_the_cursor() -> None:
    criteria = UserFilter(search=" ravi ", role=Role.STORE_OWNER, include_inactive=False)
    assert users_variables(criteria, first=20, after="c-20") == {
        "search": "ravi",
        "role": "STORE_OWNER",
        "includeInactive": False,
        "first": 20,
        "after": "c-20",
    }


def test_role_changes_send_the_role_name_and_account_changes_only_the_id() -> None:
    assert role_change_variables("u-2", Role.SUPER_ADMIN) == {"userId": "u-2", "role": "SUPER_ADMIN"}
    assert user_id_variables("u-2") == {"userId": "u-2"}
