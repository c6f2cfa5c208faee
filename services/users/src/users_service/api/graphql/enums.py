"""GraphQL enums; their values are the domain's, so mapping is `Domain(value)`."""

from __future__ import annotations

from enum import Enum

import strawberry

from users_service.domain.errors import UsersErrorCode, UsersErrorReason

# Registered on the domain enums themselves, so payloads are annotated with UsersErrorCode.
strawberry.enum(UsersErrorCode, name="UsersErrorCode")
strawberry.enum(UsersErrorReason, name="UsersErrorReason")


@strawberry.enum(name="Role")
class RoleType(Enum):
    USER = "user"
    ORGANIZER = "organizer"
    STORE_OWNER = "store_owner"
    SUPER_ADMIN = "super_admin"


@strawberry.enum(name="Language")
class LanguageType(Enum):
    TE = "te"
    EN = "en"
