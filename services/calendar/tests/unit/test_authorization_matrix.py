"""Every operation x every role x own / another organizer's, against a table written by hand."""

from __future__ import annotations

import pytest
from calendar_service.service_layer.authorization import Operation, authorize
from servicekit.auth import Caller, Role
from servicekit.errors import Forbidden, NotAuthenticated

ME = "0195a000-0000-7000-8000-000000000001"
OTHER_ORGANIZER = "0195a000-0000-7000-8000-000000000002"
EVERYTHING = set(Operation)
ONLY_MUHURTHAM = {Operation.SEARCH_MUHURTHAM}

ALLOWED: dict[Role, dict[str, set[Operation]]] = {
    Role.USER: {"own": ONLY_MUHURTHAM, "other": ONLY_MUHURTHAM},
    Role.STORE_OWNER: {"own": ONLY_MUHURTHAM, "other": ONLY_MUHURTHAM},
    Role.ORGANIZER: {"own": EVERYTHING, "other": ONLY_MUHURTHAM},
    Role.SUPER_ADMIN: {"own": EVERYTHING, "other": EVERYTHING},
}
CASES = [(role, operation, whose) for role in Role for operation in Operation for whose in ("own", "other")]


@pytest.mark.parametrize(("role", "operation", "whose"), CASES)
def test_the_policy_matches_the_table(role: Role, operation: Operation, whose: str) -> None:
    caller = Caller(user_id=ME, roles=frozenset({Role.USER, role}))
    owner = ME if whose == "own" else OTHER_ORGANIZER
    if operation in ALLOWED[role][whose]:
        assert authorize(caller, operation, owner_id=owner) == ME
    else:
        with pytest.raises(Forbidden):
            authorize(caller, operation, owner_id=owner)


@pytest.mark.parametrize("operation", list(Operation))
def test_nobody_signed_in_may_do_anything(operation: Operation) -> None:
    with pytest.raises(NotAuthenticated):
        authorize(Caller(user_id=None), operation, owner_id=OTHER_ORGANIZER)


def test_an_organizer_cannot_pass_for_another_by_spelling_the_id_differently() -> None:
    caller = Caller(user_id=ME, roles=frozenset({Role.ORGANIZER}))
    assert authorize(caller, Operation.CONFIRM_BOOKING, owner_id=ME.upper()) == ME
    with pytest.raises(Forbidden):
        authorize(caller, Operation.CONFIRM_BOOKING, owner_id=OTHER_ORGANIZER.upper())
