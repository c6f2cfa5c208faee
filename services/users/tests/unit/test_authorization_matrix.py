"""Every operation x every role x own account / someone else's, against a table written by hand."""

from __future__ import annotations

import pytest
from servicekit.auth import Caller
from servicekit.errors import Forbidden, NotAuthenticated
from users_service.domain.roles import Role
from users_service.service_layer.authorization import Operation, authorize

ME = "0195a000-0000-7000-8000-000000000001"
SOMEONE_ELSE = "0195a000-0000-7000-8000-000000000002"
Op = Operation

# What each kind of caller may do to their own account and to someone else's.
ALLOWED: dict[str, dict[str, set[Operation]]] = {
    "member": {
        "own": {Op.READ_USER, Op.UPDATE_PROFILE, Op.CHANGE_PASSWORD, Op.ERASE_OWN_ACCOUNT},
        "other": set(),
    },
    "super_admin": {
        "own": {
            Op.READ_USER,
            Op.UPDATE_PROFILE,
            Op.CHANGE_PASSWORD,
            Op.ERASE_OWN_ACCOUNT,
            Op.LIST_USERS,
            Op.GRANT_ROLE,
        },
        "other": {
            Op.READ_USER,
            Op.LIST_USERS,
            Op.GRANT_ROLE,
            Op.REVOKE_ROLE,
            Op.DEACTIVATE_USER,
            Op.REACTIVATE_USER,
            Op.ERASE_USER,
        },
    },
}
ROLE_SETS = {
    Role.USER: frozenset({Role.USER}),
    Role.ORGANIZER: frozenset({Role.USER, Role.ORGANIZER}),
    Role.STORE_OWNER: frozenset({Role.USER, Role.STORE_OWNER}),
    Role.SUPER_ADMIN: frozenset({Role.USER, Role.SUPER_ADMIN}),
}
CASES = [(role, operation, whose) for role in Role for operation in Operation for whose in ("own", "other")]


@pytest.mark.parametrize(("role", "operation", "whose"), CASES)
def test_the_policy_matches_the_table(role: Role, operation: Operation, whose: str) -> None:
    caller = Caller(user_id=ME, roles=ROLE_SETS[role])
    target = ME if whose == "own" else SOMEONE_ELSE
    kind = "super_admin" if role is Role.SUPER_ADMIN else "member"
    if operation in ALLOWED[kind][whose]:
        assert authorize(caller, operation, target_user_id=target) == ME
    else:
        with pytest.raises(Forbidden):
            authorize(caller, operation, target_user_id=target)


@pytest.mark.parametrize("operation", list(Operation))
def test_nobody_signed_in_may_do_anything(operation: Operation) -> None:
    with pytest.raises(NotAuthenticated):
        authorize(Caller(user_id=None), operation, target_user_id=SOMEONE_ELSE)


@pytest.mark.parametrize("spelling", [ME.upper(), ME.replace("-", ""), "{" + ME + "}"])
@pytest.mark.parametrize("operation", [Op.REVOKE_ROLE, Op.DEACTIVATE_USER, Op.REACTIVATE_USER])
def test_an_admin_cannot_act_on_themselves_by_spelling_their_id_differently(
    spelling: str, operation: Operation
) -> None:
    caller = Caller(user_id=ME, roles=ROLE_SETS[Role.SUPER_ADMIN])
    with pytest.raises(Forbidden):
        authorize(caller, operation, target_user_id=spelling)
