"""Mutations of the users subgraph: each builds a command, runs its use case, maps the result."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

import strawberry
from servicekit.errors import DomainError

from users_service.api.graphql.context import UsersInfo, caller_of, deps_of, services_of
from users_service.api.graphql.enums import LanguageType, RoleType
from users_service.api.graphql.inputs import (
    ChangePasswordInput,
    LoginInput,
    PhoneSignInInput,
    ProfileInput,
    RegisterInput,
    ResetPasswordInput,
    given,
)
from users_service.api.graphql.payloads import (
    AuthPayload,
    ErasurePayload,
    LogoutPayload,
    PasswordResetRequestPayload,
    PhoneCodeRequestPayload,
    UserPayload,
    errors_of,
    signed_in_payload,
    user_payload,
)
from users_service.domain.accounts import UserAccount
from users_service.service_layer import (
    accounts,
    administration,
    authentication,
    erasure,
    password_reset,
    phone_sign_in,
    registration,
)
from users_service.service_layer.commands import (
    ChangePassword,
    ChangeRole,
    EraseOwnAccount,
    Login,
    RequestPasswordReset,
    RequestPhoneCode,
    SetActive,
)

T = TypeVar("T")


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def register(self, info: UsersInfo, input: RegisterInput) -> AuthPayload:
        try:
            return signed_in_payload(
                await _expensive(
                    info, "sign-up", lambda: registration.register(input.command(), deps_of(info))
                )
            )
        except DomainError as error:
            return AuthPayload(errors=errors_of(error))

    @strawberry.mutation
    async def login(self, info: UsersInfo, input: LoginInput) -> AuthPayload:
        command = Login(
            email=input.email, password=input.password, client_address=info.context.client_address
        )
        try:
            return signed_in_payload(
                await _expensive(info, "sign-in", lambda: authentication.login(command, deps_of(info)))
            )
        except DomainError as error:
            return AuthPayload(errors=errors_of(error))

    @strawberry.mutation
    async def refresh_token(self, info: UsersInfo, refresh_token: str) -> AuthPayload:
        try:
            return signed_in_payload(await authentication.refresh(refresh_token, deps_of(info)))
        except DomainError as error:
            return AuthPayload(errors=errors_of(error))

    @strawberry.mutation
    async def logout(self, info: UsersInfo, refresh_token: str) -> LogoutPayload:
        try:
            await authentication.logout(refresh_token, deps_of(info))
        except DomainError as error:
            return LogoutPayload(ok=False, errors=errors_of(error))
        return LogoutPayload(ok=True)

    @strawberry.mutation
    async def request_password_reset(self, info: UsersInfo, email: str) -> PasswordResetRequestPayload:
        """Email a one-time code to `email` if it has an account; the answer is the same if not."""
        command = RequestPasswordReset(email=email, client_address=info.context.client_address)
        try:
            await _expensive(
                info,
                "password reset request",
                lambda: password_reset.request_password_reset(command, deps_of(info)),
            )
        except DomainError as error:
            return PasswordResetRequestPayload(ok=False, errors=errors_of(error))
        return PasswordResetRequestPayload(ok=True)

    @strawberry.mutation
    async def reset_password(self, info: UsersInfo, input: ResetPasswordInput) -> AuthPayload:
        """Set a new password with the emailed code; ends every session and signs in anew."""
        try:
            return signed_in_payload(
                await _expensive(
                    info,
                    "password reset",
                    lambda: password_reset.reset_password(input.command(), deps_of(info)),
                )
            )
        except DomainError as error:
            return AuthPayload(errors=errors_of(error))

    @strawberry.mutation
    async def request_phone_code(
        self, info: UsersInfo, phone: str, language: LanguageType | None = strawberry.UNSET
    ) -> PhoneCodeRequestPayload:
        """Text a six-digit sign-in code to `phone`; the same answer whether it has an account or not."""
        command = RequestPhoneCode(
            phone=phone,
            language=chosen.value if (chosen := given(language)) else None,
            client_address=info.context.client_address,
        )
        try:
            await _expensive(
                info, "phone code request", lambda: phone_sign_in.request_phone_code(command, deps_of(info))
            )
        except DomainError as error:
            return PhoneCodeRequestPayload(ok=False, errors=errors_of(error))
        return PhoneCodeRequestPayload(ok=True)

    @strawberry.mutation
    async def sign_in_with_phone(self, info: UsersInfo, input: PhoneSignInInput) -> AuthPayload:
        """Sign in with the texted code: the account whose phone was proven, or a new one with `name`."""
        try:
            return signed_in_payload(
                await _expensive(
                    info,
                    "phone sign-in",
                    lambda: phone_sign_in.sign_in_with_phone(input.command(), deps_of(info)),
                )
            )
        except DomainError as error:
            return AuthPayload(errors=errors_of(error))

    @strawberry.mutation
    async def update_profile(self, info: UsersInfo, input: ProfileInput) -> UserPayload:
        command = input.command(caller_of(info))
        return await _user_result(accounts.update_profile(command, deps_of(info)))

    @strawberry.mutation
    async def change_password(self, info: UsersInfo, input: ChangePasswordInput) -> UserPayload:
        command = ChangePassword(caller_of(info), input.current_password, input.new_password)
        return await _user_result(
            _expensive(info, "password change", lambda: accounts.change_password(command, deps_of(info)))
        )

    @strawberry.mutation
    async def grant_role(self, info: UsersInfo, user_id: strawberry.ID, role: RoleType) -> UserPayload:
        command = ChangeRole(caller_of(info), str(user_id), role.value)
        return await _user_result(administration.grant_role(command, deps_of(info)))

    @strawberry.mutation
    async def revoke_role(self, info: UsersInfo, user_id: strawberry.ID, role: RoleType) -> UserPayload:
        command = ChangeRole(caller_of(info), str(user_id), role.value)
        return await _user_result(administration.revoke_role(command, deps_of(info)))

    @strawberry.mutation
    async def deactivate_user(self, info: UsersInfo, user_id: strawberry.ID) -> UserPayload:
        command = SetActive(caller_of(info), str(user_id))
        return await _user_result(administration.deactivate_user(command, deps_of(info)))

    @strawberry.mutation
    async def reactivate_user(self, info: UsersInfo, user_id: strawberry.ID) -> UserPayload:
        command = SetActive(caller_of(info), str(user_id))
        return await _user_result(administration.reactivate_user(command, deps_of(info)))

    @strawberry.mutation
    async def erase_my_account(self, info: UsersInfo, password: str) -> ErasurePayload:
        command = EraseOwnAccount(caller_of(info), password)
        try:
            await _expensive(info, "erasure", lambda: erasure.erase_own_account(command, deps_of(info)))
        except DomainError as error:
            return ErasurePayload(ok=False, errors=errors_of(error))
        return ErasurePayload(ok=True)

    @strawberry.mutation
    async def erase_user(self, info: UsersInfo, user_id: strawberry.ID) -> UserPayload:
        command = SetActive(caller_of(info), str(user_id))
        return await _user_result(erasure.erase_user(command, deps_of(info)))


async def _expensive(info: UsersInfo, operation: str, use_case: Callable[[], Awaitable[T]]) -> T:
    """Claim the request's one expensive operation (servicekit.graphql.expensive), then run it when
    its turn comes: only a few run at once in the process (UsersServices.expensive_operations)."""
    info.context.claim_expensive(operation)
    async with services_of(info).expensive_operations.slot():
        return await use_case()


async def _user_result(use_case: Awaitable[UserAccount]) -> UserPayload:
    try:
        return user_payload(await use_case)
    except DomainError as error:
        return UserPayload(errors=errors_of(error))
