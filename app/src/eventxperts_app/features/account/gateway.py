"""The account feature's calls through the gateway, each answered as a typed result."""

from __future__ import annotations

from eventxperts_app.api.client import GatewayClient
from eventxperts_app.api.models import AuthResult, OkResult, User, UserResult
from eventxperts_app.api.parsing import (
    parse_auth_payload,
    parse_ok_payload,
    parse_optional_user,
    parse_user_payload,
)
from eventxperts_app.features.account import operations, variables
from eventxperts_app.features.account.models import ProfileForm, RegistrationForm, State
from eventxperts_app.features.account.parsing import parse_states


async def register(client: GatewayClient, form: RegistrationForm) -> AuthResult:
    data = await client.execute(operations.REGISTER, variables.register_variables(form))
    return parse_auth_payload(data, "register")


async def login(client: GatewayClient, email: str, password: str) -> AuthResult:
    data = await client.execute(operations.LOGIN, variables.login_variables(email, password))
    return parse_auth_payload(data, "login")


async def erase_my_account(client: GatewayClient, password: str, access_token: str) -> OkResult:
    """Erases the signed-in person's data for good (their current password confirms it)."""
    data = await client.execute(
        operations.ERASE_MY_ACCOUNT, variables.erase_my_account_variables(password), access_token
    )
    return parse_ok_payload(data, "eraseMyAccount")


async def me(client: GatewayClient, access_token: str) -> User | None:
    data = await client.execute(operations.ME, {}, access_token)
    return parse_optional_user(data.get("me"))


async def states(client: GatewayClient) -> tuple[State, ...]:
    return parse_states(await client.execute(operations.STATES, {}))


async def update_profile(client: GatewayClient, form: ProfileForm, access_token: str) -> UserResult:
    data = await client.execute(operations.UPDATE_PROFILE, variables.profile_variables(form), access_token)
    return parse_user_payload(data, "updateProfile")


async def request_password_reset(client: GatewayClient, email: str) -> OkResult:
    """Asks for a code by email; `ok` whether or not the email has an account."""
    data = await client.execute(
        operations.REQUEST_PASSWORD_RESET, variables.request_password_reset_variables(email)
    )
    return parse_ok_payload(data, "requestPasswordReset")


async def reset_password(client: GatewayClient, email: str, code: str, new_password: str) -> AuthResult:
    """Sets a new password with the emailed code; signs in anew."""
    data = await client.execute(
        operations.RESET_PASSWORD, variables.reset_password_variables(email, code, new_password)
    )
    return parse_auth_payload(data, "resetPassword")


async def request_phone_code(client: GatewayClient, phone: str, language: str) -> OkResult:
    """Asks for a sign-in code by SMS; `ok` whether or not the number has an account."""
    data = await client.execute(
        operations.REQUEST_PHONE_CODE, variables.request_phone_code_variables(phone, language)
    )
    return parse_ok_payload(data, "requestPhoneCode")


async def sign_in_with_phone(
    client: GatewayClient, phone: str, code: str, name: str | None, language: str
) -> AuthResult:
    """Signs in with the texted code; with `name`, makes the account a new number lacks."""
    data = await client.execute(
        operations.SIGN_IN_WITH_PHONE, variables.phone_sign_in_variables(phone, code, name, language)
    )
    return parse_auth_payload(data, "signInWithPhone")
