"""Who may do what: the one place the marketplace decides access (tested as a matrix).

A store is its owner's (holding the store_owner role); the platform store and every store's
approval are super admins'. Buyers are any signed-in person; an order is its buyer's and its store's.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from servicekit.auth import Caller, Role
from servicekit.auth.policy import require_authenticated, require_roles
from servicekit.errors import Forbidden


class Operation(StrEnum):
    OPEN_STORE = "open_store"
    MANAGE_STORE = "manage_store"  # settings, products, stock, images, the store's orders
    MODERATE = "moderate"  # approve and suspend stores, moderate reviews, the platform store
    BUY = "buy"  # cart, checkout, own orders, reviews
    SELL_USED = "sell_used"  # any signed-in person lists used items and writes in their threads


def authorize(caller: Caller, operation: Operation, *, store: Any | None = None) -> str:
    """The caller's id when they may do `operation` (on `store`); NotAuthenticated/Forbidden else."""
    caller_id = require_authenticated(caller)
    if operation in (Operation.BUY, Operation.SELL_USED):
        return caller_id
    if operation is Operation.OPEN_STORE:
        return require_roles(caller, Role.STORE_OWNER)
    if caller.has(Role.SUPER_ADMIN):
        return caller_id
    owned = store is not None and not store.is_platform and store.owner_id is not None
    owner = owned and caller.has(Role.STORE_OWNER) and caller.is_self(str(getattr(store, "owner_id", "")))
    if operation is Operation.MANAGE_STORE and owner:
        return caller_id
    raise Forbidden("You do not have permission to do this.")


def may_manage(caller: Caller, store: Any) -> bool:
    try:
        authorize(caller, Operation.MANAGE_STORE, store=store)
    except Forbidden:
        return False
    return True
