"""Who may do what: the one place the billing service decides access (tested as a matrix).

Everything billing keeps (profile, series, clients, documents, payments) is its business's: only the
owner, holding the organizer or the store owner role (a store's invoices for its marketplace orders are
billed here too, decision 0045), and super admins see or change it.
"""

from __future__ import annotations

from enum import StrEnum

from servicekit.auth import Caller, Role
from servicekit.auth.policy import require_authenticated
from servicekit.errors import Forbidden


class Operation(StrEnum):
    READ_PROFILE = "read_profile"
    MANAGE_PROFILE = "manage_profile"
    READ_CLIENTS = "read_clients"
    MANAGE_CLIENTS = "manage_clients"
    READ_DOCUMENTS = "read_documents"
    WRITE_DRAFTS = "write_drafts"
    ISSUE_DOCUMENTS = "issue_documents"
    CANCEL_DOCUMENTS = "cancel_documents"
    RECORD_PAYMENTS = "record_payments"
    READ_REPORTS = "read_reports"


def authorize(caller: Caller, operation: Operation, *, owner_id: str) -> str:
    """The caller's id when they may do ``operation`` on what ``owner_id`` (an organizer) owns; raise
    NotAuthenticated or Forbidden otherwise. For creating, ``owner_id`` is whom it is created for."""
    caller_id = require_authenticated(caller)
    if caller.has(Role.SUPER_ADMIN):
        return caller_id
    if (caller.has(Role.ORGANIZER) or caller.has(Role.STORE_OWNER)) and caller.is_self(owner_id):
        return caller_id
    raise Forbidden("You do not have permission to do this.")
