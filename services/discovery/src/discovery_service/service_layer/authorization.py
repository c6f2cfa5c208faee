"""Who may do what: the one place the discovery service decides access (tested as a matrix).

The directory and public events are readable by anyone. An organizer manages their own listing, reads
the enquiries sent to them and blocks users; a user reads and withdraws their own enquiries and blocks
organizers; both
parties (and no one else) write in an enquiry's thread; super admins may do everything an organizer
may, read threads, and moderate.
"""

from __future__ import annotations

from enum import StrEnum

from servicekit.auth import Caller, Role
from servicekit.auth.policy import require_authenticated
from servicekit.errors import Forbidden


class Operation(StrEnum):
    MANAGE_LISTING = "manage_listing"  # owner: the organizer
    READ_ORGANIZER_INBOX = "read_organizer_inbox"  # owner: the organizer
    BLOCK_USER = "block_user"  # owner: the organizer
    REPLY_TO_REVIEW = "reply_to_review"  # owner: the organizer
    PUBLISH_EVENT = "publish_event"  # owner: the publisher (an organizer)
    SEND_ENQUIRY = "send_enquiry"  # owner: the sender
    WITHDRAW_ENQUIRY = "withdraw_enquiry"  # owner: the sender
    WRITE_REVIEW = "write_review"  # owner: the sender of the enquiry
    MARK_INTERESTED = "mark_interested"  # owner: the caller
    BLOCK_ORGANIZER = "block_organizer"  # owner: the user who blocks
    READ_ENQUIRY = "read_enquiry"  # owners: sender and organizer
    WRITE_IN_THREAD = "write_in_thread"  # owners: sender and organizer
    MODERATE_REVIEW = "moderate_review"  # super admins only


_ORGANIZER_OPERATIONS = {
    Operation.MANAGE_LISTING,
    Operation.READ_ORGANIZER_INBOX,
    Operation.BLOCK_USER,
    Operation.REPLY_TO_REVIEW,
    Operation.PUBLISH_EVENT,
}
_SENDER_OPERATIONS = {
    Operation.SEND_ENQUIRY,
    Operation.WITHDRAW_ENQUIRY,
    Operation.WRITE_REVIEW,
    Operation.MARK_INTERESTED,
    Operation.BLOCK_ORGANIZER,
}
_PARTY_OPERATIONS = {Operation.READ_ENQUIRY, Operation.WRITE_IN_THREAD}


def authorize(caller: Caller, operation: Operation, *, owner_ids: tuple[str, ...]) -> str:
    """The caller's id when they may do ``operation`` on what ``owner_ids`` own (for a thread: the
    sender and the organizer); raise NotAuthenticated or Forbidden otherwise."""
    caller_id = require_authenticated(caller)
    if caller.has(Role.SUPER_ADMIN) and operation not in _SENDER_OPERATIONS | {Operation.WRITE_IN_THREAD}:
        return caller_id
    owner = any(caller.is_self(owner_id) for owner_id in owner_ids)
    if operation in _ORGANIZER_OPERATIONS and owner and caller.has(Role.ORGANIZER):
        return caller_id
    if operation in _SENDER_OPERATIONS and owner:
        return caller_id
    if operation in _PARTY_OPERATIONS and owner:
        return caller_id
    raise Forbidden("You do not have permission to do this.")
