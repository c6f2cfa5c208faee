"""Which of the facts other services keep a copy of (users.user.profile_changed) a change touched."""

from __future__ import annotations

from collections.abc import Callable

from users_service.domain.accounts import UserAccount

# The event's fact names, each with how to read it from an account.
_FACTS: dict[str, Callable[[UserAccount], object]] = {
    "name": lambda account: account.name,
    "preferred_language": lambda account: account.profile.preferred_language,
    "business_name": lambda account: account.profile.business_name,
    "gstin": lambda account: account.profile.gstin,
    "state_code": lambda account: account.profile.state_code,
    "address": lambda account: account.profile.address,
    "default_location": lambda account: account.profile.default_location,
}


def changed_facts(before: UserAccount, after: UserAccount) -> list[str]:
    """The facts that differ, in the event's order; empty when the change touched none of them
    (the same values saved again, or only the phone number, which the event does not carry)."""
    return [fact for fact, read in _FACTS.items() if read(before) != read(after)]
