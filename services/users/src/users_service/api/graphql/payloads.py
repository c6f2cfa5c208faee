"""Mutation payloads: the result, or typed errors with a stable code (never a GraphQL error)."""

from __future__ import annotations

import strawberry
from servicekit.errors import DomainError, each_error

import users_service.api.graphql.enums  # noqa: F401 (registers UsersErrorCode with strawberry)
from users_service.api.graphql.types import TokenPairType
from users_service.api.graphql.user_type import UserType, user_type
from users_service.domain.accounts import UserAccount
from users_service.domain.errors import UsersError, UsersErrorCode, UsersErrorReason
from users_service.service_layer.results import SignedIn


@strawberry.type(name="UsersError")
class UsersErrorType:
    code: UsersErrorCode
    field: str | None
    message: str
    reason: UsersErrorReason | None = strawberry.field(
        default=None, description="The exact rule broken, for codes that cover several."
    )


@strawberry.type(name="AuthPayload")
class AuthPayload:
    user: UserType | None = None
    tokens: TokenPairType | None = None
    errors: list[UsersErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="UserPayload")
class UserPayload:
    user: UserType | None = None
    errors: list[UsersErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="LogoutPayload")
class LogoutPayload:
    ok: bool
    errors: list[UsersErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="ErasurePayload")
class ErasurePayload:
    ok: bool
    errors: list[UsersErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="PasswordResetRequestPayload")
class PasswordResetRequestPayload:
    """`ok` whether or not the email has an account: the answer never tells."""

    ok: bool
    errors: list[UsersErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="PhoneCodeRequestPayload")
class PhoneCodeRequestPayload:
    """`ok` whether or not the phone has an account: the answer never tells."""

    ok: bool
    errors: list[UsersErrorType] = strawberry.field(default_factory=list)


def errors_of(error: DomainError) -> list[UsersErrorType]:
    return [
        UsersErrorType(
            code=UsersErrorCode(e.code),
            field=e.field,
            message=e.message,
            reason=e.reason if isinstance(e, UsersError) else None,
        )
        for e in each_error(error)
    ]


def signed_in_payload(result: SignedIn) -> AuthPayload:
    tokens = result.tokens
    return AuthPayload(
        user=user_type(result.user),
        tokens=TokenPairType(
            access_token=tokens.access_token,
            refresh_token=tokens.refresh_token,
            expires_in=tokens.expires_in,
            token_type=tokens.token_type,
        ),
    )


def user_payload(account: UserAccount) -> UserPayload:
    return UserPayload(user=user_type(account))
