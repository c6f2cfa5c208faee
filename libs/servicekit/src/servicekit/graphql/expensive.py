"""At most one expensive operation per request, whatever the aliases or batching.

Signing in, signing up,
changing a password, erasing an account with its password, sending a one-time code, searching a year of
muhurthams: each costs a deliberately slow hash, a message or seconds of engine time, and each is
something an attacker wants to repeat. One request may run one of them; a second one in the same request
(an aliased copy, a second mutation) is refused with ONE_EXPENSIVE_OPERATION_PER_REQUEST, so the work a
request costs is bounded by what one client is allowed, not by the size of its document. Resolvers claim
before they work.
"""

from __future__ import annotations

from servicekit.errors import DomainError


class OneExpensiveOperationPerRequest(DomainError):
    code = "ONE_EXPENSIVE_OPERATION_PER_REQUEST"


class ExpensiveOperations:
    """The request's budget of expensive operations: one."""

    def __init__(self) -> None:
        self.claimed: str | None = None

    def claim(self, operation: str) -> None:
        """Take the request's one expensive operation for `operation`, or refuse."""
        if self.claimed is not None:
            raise OneExpensiveOperationPerRequest(
                "This request already ran an expensive operation (a sign-in, a password check, a search):"
                " send this one on its own."
            )
        self.claimed = operation
