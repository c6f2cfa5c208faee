"""The account a person has: identity, roles and profile, as the use cases see it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime

from users_service.domain.address import Address
from users_service.domain.language import DEFAULT_LANGUAGE, Language
from users_service.domain.location import Location
from users_service.domain.roles import Role


@dataclass(frozen=True, slots=True)
class Profile:
    preferred_language: Language = DEFAULT_LANGUAGE
    business_name: str | None = None
    gstin: str | None = None
    state_code: str | None = None
    address: Address | None = None
    default_location: Location | None = None


@dataclass(frozen=True, slots=True)
class UserAccount:
    id: uuid.UUID
    email: str
    name: str
    phone: str
    roles: frozenset[Role]
    is_active: bool
    created_at: datetime
    profile: Profile = field(default_factory=Profile)
    erased_at: datetime | None = None
    # When a code sent to `phone` was last typed back: the phone may then sign in (phone_sign_in.py).
    phone_verified_at: datetime | None = None

    def with_phone(self, phone: str) -> UserAccount:
        """A new number is not proven: it signs in only once a code sent to it is typed back."""
        if phone == self.phone:
            return self
        return replace(self, phone=phone, phone_verified_at=None)
