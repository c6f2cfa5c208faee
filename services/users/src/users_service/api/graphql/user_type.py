"""`User`, the entity this subgraph owns (`@key(fields: "id")`)."""

from __future__ import annotations

from datetime import datetime

import strawberry

from users_service.api.graphql.context import UsersInfo, users_loader
from users_service.api.graphql.enums import RoleType
from users_service.api.graphql.types import ProfileType, profile_type
from users_service.domain.accounts import UserAccount


@strawberry.federation.type(name="User", keys=["id"])
class UserType:
    id: strawberry.ID
    name: str
    email: str
    phone: str
    roles: list[RoleType]
    is_active: bool
    created_at: datetime
    profile: ProfileType
    phone_verified: bool = strawberry.field(
        default=False,
        description="Whether a code texted to `phone` was typed back: the phone may then sign in.",
    )
    erased_at: datetime | None = strawberry.field(
        default=None,
        description="When the person's data was erased; name and phone are then empty, email a placeholder.",
    )

    @classmethod
    async def resolve_reference(cls, info: UsersInfo, id: strawberry.ID) -> UserType | None:
        """Other subgraphs' references are checked like `user(id)`: self or super_admin."""
        account = await users_loader(info).load(str(id))
        return user_type(account) if account is not None else None


def user_type(account: UserAccount) -> UserType:
    return UserType(
        id=strawberry.ID(str(account.id)),
        name=account.name,
        email=account.email,
        phone=account.phone,
        roles=[RoleType(role.value) for role in sorted(account.roles)],
        is_active=account.is_active,
        created_at=account.created_at,
        profile=profile_type(account.profile),
        erased_at=account.erased_at,
        phone_verified=account.phone_verified_at is not None,
    )
