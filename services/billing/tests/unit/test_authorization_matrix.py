"""Every operation x every role x owner/non-owner: only the owning organizer or store owner, and super
admins."""

from __future__ import annotations

import uuid

import pytest
from billing_service.service_layer.authorization import Operation, authorize
from servicekit.auth import Caller, Role
from servicekit.errors import Forbidden, NotAuthenticated

OWNER = str(uuid.uuid4())
OTHER = str(uuid.uuid4())


def _caller(user_id: str | None, *roles: Role) -> Caller:
    return Caller(user_id=user_id, roles=frozenset(roles))


CASES = [
    ("organizer, owner", _caller(OWNER, Role.USER, Role.ORGANIZER), True),
    ("organizer, not owner", _caller(OTHER, Role.USER, Role.ORGANIZER), False),
    ("user, owner's id without the organizer role", _caller(OWNER, Role.USER), False),
    ("store owner, owner", _caller(OWNER, Role.USER, Role.STORE_OWNER), True),
    ("store owner, not owner", _caller(OTHER, Role.USER, Role.STORE_OWNER), False),
    ("super admin, not owner", _caller(OTHER, Role.SUPER_ADMIN), True),
]


@pytest.mark.parametrize("operation", list(Operation))
@pytest.mark.parametrize(("who", "caller", "allowed"), CASES, ids=[c[0] for c in CASES])
def test_only_the_owning_business_and_super_admins_may(
    operation: Operation, who: str, caller: Caller, allowed: bool
) -> None:
    if allowed:
        assert authorize(caller, operation, owner_id=OWNER) == caller.user_id
    else:
        with pytest.raises(Forbidden):
            authorize(caller, operation, owner_id=OWNER)


@pytest.mark.parametrize("operation", list(Operation))
def test_a_guest_must_sign_in(operation: Operation) -> None:
    with pytest.raises(NotAuthenticated):
        authorize(Caller(user_id=None), operation, owner_id=OWNER)
