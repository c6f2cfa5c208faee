"""Every operation x every role x owner/non-owner (tested as a matrix, ARCHITECTURE.md section 4)."""

from __future__ import annotations

import uuid

import pytest
from discovery_service.service_layer.authorization import Operation, authorize
from servicekit.auth import Caller, Role
from servicekit.errors import Forbidden, NotAuthenticated

OWNER = str(uuid.uuid4())
OTHER = str(uuid.uuid4())

ORGANIZER_OPERATIONS = {
    Operation.MANAGE_LISTING,
    Operation.READ_ORGANIZER_INBOX,
    Operation.BLOCK_USER,
    Operation.REPLY_TO_REVIEW,
    Operation.PUBLISH_EVENT,
}
SENDER_OPERATIONS = {
    Operation.SEND_ENQUIRY,
    Operation.WITHDRAW_ENQUIRY,
    Operation.WRITE_REVIEW,
    Operation.MARK_INTERESTED,
    Operation.BLOCK_ORGANIZER,
}


def _caller(user_id: str, *roles: Role) -> Caller:
    return Caller(user_id=user_id, roles=frozenset(roles))


def expected(operation: Operation, who: str) -> bool:
    owner = who.endswith(", owner")
    if who.startswith("super admin"):
        return owner if operation in SENDER_OPERATIONS | {Operation.WRITE_IN_THREAD} else True
    if operation is Operation.MODERATE_REVIEW:
        return False
    if operation in ORGANIZER_OPERATIONS:
        return owner and who.startswith("organizer")
    return owner


CASES = {
    "organizer, owner": _caller(OWNER, Role.USER, Role.ORGANIZER),
    "organizer, not owner": _caller(OTHER, Role.USER, Role.ORGANIZER),
    "user, owner": _caller(OWNER, Role.USER),
    "user, not owner": _caller(OTHER, Role.USER),
    "store owner, not owner": _caller(OTHER, Role.USER, Role.STORE_OWNER),
    "super admin, owner": _caller(OWNER, Role.SUPER_ADMIN),
    "super admin, not owner": _caller(OTHER, Role.SUPER_ADMIN),
}


@pytest.mark.parametrize("operation", list(Operation))
@pytest.mark.parametrize("who", list(CASES))
def test_each_role_may_do_what_the_policy_says(operation: Operation, who: str) -> None:
    caller = CASES[who]
    if expected(operation, who):
        assert authorize(caller, operation, owner_ids=(OWNER,)) == caller.user_id
    else:
        with pytest.raises(Forbidden):
            authorize(caller, operation, owner_ids=(OWNER,))


@pytest.mark.parametrize("operation", list(Operation))
def test_a_guest_must_sign_in(operation: Operation) -> None:
    with pytest.raises(NotAuthenticated):
        authorize(Caller(user_id=None), operation, owner_ids=(OWNER,))


def test_both_parties_of_a_thread_may_write_in_it_and_no_one_else() -> None:
    parties = (OWNER, OTHER)
    assert authorize(_caller(OTHER, Role.USER), Operation.WRITE_IN_THREAD, owner_ids=parties) == OTHER
    with pytest.raises(Forbidden):
        authorize(_caller(str(uuid.uuid4()), Role.SUPER_ADMIN), Operation.WRITE_IN_THREAD, owner_ids=parties)
