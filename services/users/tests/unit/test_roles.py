import pytest
from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.domain.roles import Role, parse_role, roles_after_revoke, roles_at_registration


@pytest.mark.parametrize("chosen", [Role.USER, Role.ORGANIZER, Role.STORE_OWNER])
def test_registration_gives_the_base_role_plus_the_chosen_one(chosen: Role) -> None:
    assert roles_at_registration(chosen) == {Role.USER, chosen}


def test_super_admin_cannot_be_chosen_at_registration() -> None:
    with pytest.raises(UsersError) as raised:
        roles_at_registration(Role.SUPER_ADMIN)
    assert raised.value.code is UsersErrorCode.INVALID_ROLE


def test_unknown_role_names_are_rejected() -> None:
    assert parse_role(" Organizer ") is Role.ORGANIZER
    with pytest.raises(UsersError) as raised:
        parse_role("root")
    assert raised.value.code is UsersErrorCode.INVALID_ROLE


def test_revoking_keeps_other_roles_and_refuses_to_remove_the_base_role() -> None:
    current = frozenset({Role.USER, Role.ORGANIZER, Role.STORE_OWNER})
    assert roles_after_revoke(current, Role.ORGANIZER) == {Role.USER, Role.STORE_OWNER}
    with pytest.raises(UsersError):
        roles_after_revoke(current, Role.USER)
